"""Saving a search from the finder's filters, confirming it, changing it, unsubscribing and
deleting it in "Mein Engagement"."""

import re
import urllib.parse

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.urls import reverse
from django.utils import translation

from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.tokens import CONFIRM_SALT, confirm_token, manage_token
from clubs.volunteer_area.access import SESSION_KEY, create_link, link_for_token
from tests.clubs.saved_search_setup import DAY, MONDAY_7, link
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db

CREATE = "/mein-engagement/suchauftrag/neu/"
FORM = {"email": "Jana@Example.org", "frequency": "weekly", "consent": "on", "website": ""}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text(response):
    return " ".join(soup(response).get_text(" ").split())


@pytest.fixture
def sport(db):
    return CategoryFactory(name="Sport", slug="sport")


@pytest.fixture
def now(time_machine):
    time_machine.move_to(MONDAY_7, tick=False)
    return MONDAY_7


@pytest.fixture
def save(client, django_capture_on_commit_callbacks):
    def post(query="", ip="203.0.113.9", **data):
        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            return client.post(f"{CREATE}?{query}", {**FORM, **data}, REMOTE_ADDR=ip)

    return post


def stored_search(**fields):
    defaults = {"email": "jana@example.org", "consent_text": "Ja.", "query": "ort=Lindau"}
    return SavedSearch.objects.create(**{**defaults, **fields})


class TestFinderLink:
    def test_the_finder_links_to_saving_its_filters_without_order_page_or_period(
        self, client, finder, villages, sport
    ):
        query = (
            "ort=Lindau&umkreis=10&bereich=sport&sortierung=naechster-termin&page=2"
            "&von=2026-05-01&schichten=on"
        )
        with translation.override("de"):
            response = client.get(f"{finder.url}?{query}")

        anchor = soup(response).find("a", string=re.compile("Neue Angebote per E-Mail"))
        url = urllib.parse.urlsplit(anchor["href"])
        assert url.path == CREATE
        assert urllib.parse.parse_qs(url.query) == {
            "ort": ["Lindau"],
            "umkreis": ["10"],
            "bereich": ["sport"],
            "schichten": ["on"],
        }


class TestCreate:
    def test_shows_the_filters_in_words_and_the_form(self, client, finder, villages, sport):
        with translation.override("de"):
            response = client.get(f"{CREATE}?ort=Lindau&umkreis=10&bereich=sport&zuhause=on")

        assert response.status_code == 200
        page = text(response)
        assert "Ort: Lindau, Umkreis 10 km; Bereich: Sport; Auch von zu Hause möglich" in page
        assert "Suchauftrag speichern" in page
        labels = [label.get_text(strip=True) for label in soup(response).select("label")]
        assert "täglich" in labels
        assert "wöchentlich" in labels
        assert soup(response).select_one("input[name=frequency][value=weekly]").has_attr("checked")

    def test_without_filters_it_is_all_offers(self, client, finder):
        with translation.override("de"):
            assert "Alle Angebote" in text(client.get(CREATE))

    @pytest.mark.parametrize(
        "query",
        [
            "ort=Nirgendwo",
            "bereich=gibtsnicht",
            "umkreis=7&ort=Lindau",
            "umkreis=10",
            "art=x" * 500,
        ],
    )
    def test_filters_the_finder_refuses_get_a_clear_message_and_no_form(
        self, client, finder, villages, save, mailoutbox, query
    ):
        with translation.override("de"):
            response = client.get(f"{CREATE}?{query}")
        posted = save(query)

        for answer in (response, posted):
            assert answer.status_code == 200
            assert "Diese Filter können nicht gespeichert werden" in text(answer)
            assert not soup(answer).select("input[name=email]")
        assert not SavedSearch.objects.exists()
        assert mailoutbox == []

    def test_saving_stores_it_unconfirmed_and_mails_a_confirmation_link(
        self, client, finder, villages, sport, save, mailoutbox, now
    ):
        response = save("ort=Lindau&bereich=sport&seite=3", frequency="daily")

        assert response.status_code == 302
        search = SavedSearch.objects.get()
        assert search.email == "jana@example.org"
        assert search.query == "ort=Lindau&bereich=sport"
        assert search.frequency == "daily"
        assert search.language == "de"
        assert search.confirmed_at is None
        assert "E-Mail-Adresse und diese Filter" in search.consent_text
        (mail,) = mailoutbox
        assert mail.to == ["jana@example.org"]
        assert mail.subject == "Bitte bestätigen Sie Ihren Suchauftrag"
        assert "Ort: Lindau; Bereich: Sport" in mail.body
        assert "/mein-engagement/suchauftrag/bestaetigen/" in mail.body

    def test_the_answer_is_the_same_whether_the_address_has_searches_or_not(
        self, client, finder, villages, save
    ):
        first = client.get(save().url)
        stored_search(email="jana@example.org", confirmed_at=MONDAY_7)
        second = client.get(save(query="ort=Lindau").url)

        assert text(first) == text(second)
        assert "Wir haben Ihnen eine E-Mail mit einem Link geschickt" in text(first)

    def test_a_double_click_stores_and_mails_once(self, client, finder, villages, save, mailoutbox):
        with translation.override("de"):
            token = soup(client.get(CREATE)).select_one("input[name=submission_token]")["value"]

        save(submission_token=token)
        save(submission_token=token)

        assert SavedSearch.objects.count() == 1
        assert len(mailoutbox) == 1

    def test_bad_input_names_the_field_and_stores_nothing(self, finder, save, mailoutbox):
        response = save(email="kein-at", consent="", frequency="stündlich")

        page = text(response)
        assert "Bitte geben Sie eine gültige E-Mail-Adresse ein" in page
        assert "Bitte wählen Sie täglich oder wöchentlich." in page
        assert "Einwilligung" in page
        assert not SavedSearch.objects.exists()
        assert mailoutbox == []

    def test_the_honeypot_stores_nothing_but_looks_like_success(self, finder, save, mailoutbox):
        response = save(website="http://spam.example")

        assert response.status_code == 302
        assert not SavedSearch.objects.exists()
        assert mailoutbox == []

    def test_rate_limit_per_address(self, finder, save, mailoutbox):
        for number in range(5):
            assert save(ip=f"203.0.113.{number}").status_code == 302

        refused = save(ip="203.0.113.99")

        assert refused.status_code == 429
        assert SavedSearch.objects.count() == 5


class TestConfirm:
    def test_get_asks_and_post_confirms_with_digests_starting_now(
        self, client, finder, villages, save, mailoutbox, now
    ):
        save("ort=Lindau")
        path = link(mailoutbox[0], r"/mein-engagement/suchauftrag/bestaetigen/[^/\s]+/")

        asked = client.get(path)
        assert "Suchauftrag bestätigen" in text(asked)
        assert SavedSearch.objects.get().confirmed_at is None

        client.post(path)
        search = SavedSearch.objects.get()
        assert search.confirmed_at == search.last_digest_at == search.last_used_at == now

        again = client.post(path)
        assert again.status_code == 200
        assert SavedSearch.objects.get().confirmed_at == now

    def test_an_expired_link_is_refused(self, client, finder, time_machine):
        time_machine.move_to(MONDAY_7, tick=False)
        search = stored_search()
        token = confirm_token(search)
        time_machine.move_to(MONDAY_7 + 3 * DAY + DAY / 24, tick=False)

        response = client.post(f"/mein-engagement/suchauftrag/bestaetigen/{token}/")

        assert response.status_code == 404
        assert "nicht mehr gültig" in text(response)
        assert SavedSearch.objects.get().confirmed_at is None

    @pytest.mark.parametrize(
        "forge",
        [
            lambda search: confirm_token(search) + "x",
            lambda search: signing.dumps(str(search.reference), salt="anderes"),
            lambda search: manage_token(search),
            lambda search: signing.dumps("keine-uuid", salt=CONFIRM_SALT),
            lambda search: "x",
        ],
    )
    def test_a_forged_link_is_refused(self, client, finder, forge):
        search = stored_search()

        response = client.post(f"/mein-engagement/suchauftrag/bestaetigen/{forge(search)}/")

        assert response.status_code == 404
        assert SavedSearch.objects.get().confirmed_at is None

    def test_confirming_the_same_filters_again_renews_the_first_instead_of_doubling(
        self, client, finder, now
    ):
        first = stored_search(confirmed_at=MONDAY_7 - 400 * DAY, last_used_at=MONDAY_7 - 400 * DAY)
        second = stored_search(email="JANA@example.org", frequency="daily")

        client.post(f"/mein-engagement/suchauftrag/bestaetigen/{confirm_token(second)}/")

        (kept,) = SavedSearch.objects.all()
        assert kept.pk == first.pk
        assert kept.frequency == "daily"
        assert kept.last_used_at == now


class TestManage:
    def url(self, search, suffix=""):
        return f"/mein-engagement/suchauftrag/{manage_token(search)}/{suffix}"

    def test_shows_the_finders_filters_and_saves_changes_which_renews(
        self, client, finder, villages, sport, now
    ):
        search = stored_search(
            confirmed_at=MONDAY_7 - 400 * DAY,
            last_used_at=MONDAY_7 - 400 * DAY,
            expiry_notice_sent_at=MONDAY_7 - DAY,
        )
        with translation.override("de"):
            page = client.get(self.url(search))
        assert soup(page).select_one("input[name=ort]")["value"] == "Lindau"
        assert "Dieser Suchauftrag endet am" in text(page)

        with translation.override("de"):
            response = client.post(
                self.url(search),
                {
                    "ort": "Nachbardorf",
                    "umkreis": "25",
                    "bereich": ["sport"],
                    "frequency": "daily",
                    "von": "2026-01-01",
                    "action": "save",
                },
                follow=True,
            )

        search.refresh_from_db()
        assert search.query == "ort=Nachbardorf&umkreis=25&bereich=sport"
        assert search.frequency == "daily"
        assert search.last_used_at == now
        assert search.expiry_notice_sent_at is None
        assert "Ort: Nachbardorf, Umkreis 25 km; Bereich: Sport" in text(response)

    def test_invalid_changes_are_refused_with_the_fields_name(self, client, finder, villages):
        search = stored_search(confirmed_at=MONDAY_7)

        with translation.override("de"):
            response = client.post(
                self.url(search), {"ort": "Nirgendwo", "frequency": "weekly", "action": "save"}
            )

        assert response.status_code == 200
        assert "Ort oder Postleitzahl" in text(response)
        search.refresh_from_db()
        assert search.query == "ort=Lindau"

    def test_renew_button(self, client, finder, villages, now):
        search = stored_search(
            confirmed_at=MONDAY_7 - 400 * DAY,
            last_used_at=MONDAY_7 - 400 * DAY,
            expiry_notice_sent_at=MONDAY_7 - DAY,
        )

        client.post(self.url(search), {"action": "renew"})

        search.refresh_from_db()
        assert search.last_used_at == now
        assert search.expiry_notice_sent_at is None
        assert search.query == "ort=Lindau"

    def test_delete(self, client, finder, villages):
        search = stored_search(confirmed_at=MONDAY_7)

        client.post(self.url(search), {"action": "delete"})
        again = client.get(self.url(search))

        assert not SavedSearch.objects.exists()
        assert "Dieser Suchauftrag besteht nicht mehr" in text(again)


class TestUnsubscribe:
    def url(self, search):
        return f"/mein-engagement/suchauftrag/{manage_token(search)}/abbestellen/"

    def test_get_only_asks(self, client, finder, villages):
        search = stored_search(confirmed_at=MONDAY_7)

        response = client.get(self.url(search))

        assert response.status_code == 200
        assert soup(response).select_one("form[method=post] button")
        assert SavedSearch.objects.exists()

    def test_one_click_post_without_csrf_deletes_and_a_repeat_answers_the_same(self, finder):
        from django.test import Client

        search = stored_search(confirmed_at=MONDAY_7)
        mail_program = Client(enforce_csrf_checks=True)

        first = mail_program.post(
            self.url(search),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        second = mail_program.post(
            self.url(search),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )

        assert first.status_code == second.status_code == 200
        assert not SavedSearch.objects.exists()

    def test_a_forged_token_deletes_nothing(self, client, finder):
        stored_search(confirmed_at=MONDAY_7)

        response = client.post("/mein-engagement/suchauftrag/abc:def/abbestellen/")

        assert response.status_code == 404
        assert SavedSearch.objects.exists()

    def test_other_views_keep_csrf(self, finder):
        from django.test import Client

        search = stored_search(confirmed_at=MONDAY_7)
        response = Client(enforce_csrf_checks=True).post(
            f"/mein-engagement/suchauftrag/{manage_token(search)}/", {"action": "delete"}
        )

        assert response.status_code == 403
        assert SavedSearch.objects.exists()


class TestArea:
    @pytest.fixture
    def area(self, client):
        """A browser that opened a link to the area of jana@example.org."""
        session = client.session
        session[SESSION_KEY] = link_for_token(create_link("jana@example.org")).pk
        session.save()
        return client

    def test_the_section_lists_the_addresss_searches_in_words(self, finder, villages, sport):
        from django.template.loader import render_to_string

        from clubs.saved_searches.area import area_context

        stored_search(
            email="Jana@example.org", query="ort=Lindau&bereich=sport", confirmed_at=MONDAY_7
        )
        stored_search(email="jana@example.org", query="", frequency="daily")
        stored_search(email="other@example.org", query="ort=Weitdorf")

        with translation.override("de"):
            html = render_to_string(
                "clubs/saved_searches/area_section.html", area_context("jana@example.org")
            )

        page = " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())
        assert "Suchaufträge" in page
        assert "Ort: Lindau; Bereich: Sport" in page
        assert "Alle Angebote" in page
        badges = BeautifulSoup(html, "html.parser").select(".kern-badge")
        assert [badge.get_text(strip=True) for badge in badges] == [
            "noch nicht bestätigt",
            "bestätigt",
        ]
        assert "Weitdorf" not in page

    def test_empty_state_links_to_the_finder(self, finder):
        from django.template.loader import render_to_string

        from clubs.saved_searches.area import area_context

        with translation.override("de"):
            html = render_to_string(
                "clubs/saved_searches/area_section.html", area_context("x@example.org")
            )

        assert "Sie haben keine Suchaufträge" in html
        assert f'href="{finder.url}"' in html

    def test_delete_in_the_area_only_for_the_own_address(self, area, finder):
        own = stored_search(email="Jana@example.org")
        other = stored_search(email="other@example.org")

        refused = area.post(f"/mein-engagement/suchauftraege/{other.pk}/loeschen/")
        deleted = area.post(f"/mein-engagement/suchauftraege/{own.pk}/loeschen/")
        repeated = area.post(f"/mein-engagement/suchauftraege/{own.pk}/loeschen/")

        # Somebody else's search answers as one that is gone: nothing tells it exists.
        assert refused.url == deleted.url == repeated.url == reverse("volunteer_area")
        assert list(SavedSearch.objects.all()) == [other]

    def test_delete_needs_the_area(self, client, finder):
        search = stored_search()

        response = client.post(f"/mein-engagement/suchauftraege/{search.pk}/loeschen/")

        assert response.url == reverse("volunteer_area")
        assert SavedSearch.objects.exists()


class TestPersonalData:
    def test_export_erase_and_retention(self, rf, time_machine):
        from clubs.saved_searches.personal_data import SavedSearches

        time_machine.move_to(MONDAY_7, tick=False)
        kept = stored_search(email="Jana@example.org", confirmed_at=MONDAY_7)
        stored_search(email="jana@example.org")  # unconfirmed
        kind = SavedSearches()

        exported = kind.export("JANA@example.org")
        assert [row["filters"] for row in exported] == ["ort=Lindau", "ort=Lindau"]
        assert exported[0]["consent"]["text"] == "Ja."

        cutoff = MONDAY_7 + 4 * DAY - 3 * DAY  # four days later, less the three of the setting
        assert list(kind.expired(cutoff).values_list("confirmed_at", flat=True)) == [None]
        assert kind.expire(kind.expired(cutoff), cutoff) == 1
        assert list(SavedSearch.objects.all()) == [kept]

        assert kind.erase("jana@EXAMPLE.org", rf.get("/")) == 1
        assert not SavedSearch.objects.exists()
