"""Signing up for a shift from the offer's page: the list, the form, refusals and the mails."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation

from clubs.models import ShiftSignup
from clubs.shifts.forms import EMAIL_RATE_LIMIT
from tests.factories import (
    OpportunityPageFactory,
    ShiftFactory,
    ShiftSignupFactory,
    UserFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
HELPER = {
    "name": "Jürgen  Müller",
    "email": "juergen@example.org",
    "phone": "04321 123456",
    "consent": "on",
    "website": "",
}


def de(text, params=None):
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


@pytest.fixture
def club(club_in, villages):
    club = club_in(villages["lindau"], title="TSV Lindau", contact_email="vorstand@tsv.example")
    return club


@pytest.fixture
def offer(club):
    return OpportunityPageFactory(
        parent=club,
        title="Sommerfest",
        slug="sommerfest",
        commitment="one_off",
        starts_on=TODAY + datetime.timedelta(days=30),
    )


@pytest.fixture
def shift(offer):
    return ShiftFactory(
        opportunity=offer,
        date=datetime.date(2099, 6, 20),
        starts_at=datetime.time(14),
        ends_at=datetime.time(17),
        helpers_needed=4,
        task="Kuchenstand",
        place_note="Treffpunkt am Festzelt",
    )


def signup_url(shift, language="de"):
    prefix = "" if language == "de" else f"/{language}"
    return f"{prefix}/schichten/{shift.pk}/anmelden/"


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    def send(shift, language="de", ip="203.0.113.9", **data):
        data = {**HELPER, **data}
        with django_capture_on_commit_callbacks(execute=True), translation.override(language):
            return client.post(signup_url(shift, language), data, REMOTE_ADDR=ip)

    return send


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return " ".join(soup_of(response).get_text(" ").split())


def get(client, url, language="de"):
    with translation.override(language):
        response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response


class TestOfferPage:
    def test_lists_upcoming_shifts_with_free_places_and_links(self, client, offer, shift):
        ShiftSignupFactory(shift=shift)
        full = ShiftFactory(opportunity=offer, date=shift.date, helpers_needed=1, task="Abbau")
        ShiftSignupFactory(shift=full)

        section = soup_of(get(client, offer.url)).select_one(".shifts-section")

        items = section.select(".shift-list__item")
        first = " ".join(items[0].get_text(" ").split())
        assert "Sa, 20.06.2099, 14:00–17:00 Uhr" in first
        assert "Kuchenstand" in first
        assert "Treffpunkt am Festzelt" in first
        assert "noch 3 von 4 Plätzen frei" in first
        assert items[0].select_one("a")["href"] == f"/schichten/{shift.pk}/anmelden/"
        second = items[1].get_text(" ")
        assert "Ausgebucht" in second
        assert not items[1].select_one("a")

    def test_past_and_started_shifts_are_not_shown(self, client, offer, shift):
        ShiftFactory(opportunity=offer, date=TODAY - datetime.timedelta(days=1), task="Gestern")
        ShiftFactory(
            opportunity=offer,
            date=TODAY,
            starts_at=datetime.time(0),
            ends_at=datetime.time(23, 59),
            task="Läuft schon",
        )

        section = soup_of(get(client, offer.url)).select_one(".shifts-section")

        assert len(section.select(".shift-list__item")) == 1
        assert "Gestern" not in section.get_text()
        assert "Läuft schon" not in section.get_text()

    def test_an_offer_without_shifts_has_no_section(self, client, offer):
        assert soup_of(get(client, offer.url)).select_one(".shifts-section") is None

    def test_english_translation_shows_the_shifts_of_the_german_offer(
        self, client, offer, shift, english, english_home_page
    ):
        club_en = offer.get_parent().specific.copy_for_translation(english, copy_parents=True)
        club_en.save_revision().publish()
        offer_en = offer.copy_for_translation(english)
        offer_en.title = "Summer fair"
        offer_en.save_revision().publish()

        section = soup_of(get(client, offer_en.url, "en")).select_one(".shifts-section")

        assert "3 of 4 places left" not in section.get_text()  # nobody signed up yet
        assert "4 of 4 places left" in " ".join(section.get_text(" ").split())
        assert section.select_one("a")["href"] == f"/en/schichten/{shift.pk}/anmelden/"

    def test_query_count_does_not_grow_with_the_shifts(self, client, offer):
        def add(count):
            for _ in range(count):
                ShiftSignupFactory(shift=ShiftFactory(opportunity=offer))

        add(3)
        few = count_queries(client, offer.url)
        add(27)
        many = count_queries(client, offer.url)

        assert many == few


class TestForm:
    def test_shows_the_shift_and_the_form(self, client, shift):
        soup = soup_of(get(client, signup_url(shift)))

        details = " ".join(soup.select_one(".fact-list").get_text(" ").split())
        assert "Sommerfest" in details
        assert "TSV Lindau" in details
        assert "Sa, 20.06.2099, 14:00–17:00 Uhr" in details
        assert "Kuchenstand" in details
        form = soup.select_one("form.shift-signup-form")
        for name in ("name", "email", "phone", "consent", "submission_token"):
            assert form.select_one(f"[name={name}]"), name
        assert form.select_one("input[name=website]").find_parent("div").has_attr("hidden")
        consent = form.select_one("[name=consent]").find_parent("div").get_text(" ")
        assert "TSV Lindau" in consent
        assert "90" in consent

    def test_valid_sign_up_is_stored_confirmed_and_the_club_told(
        self, submit, client, shift, mailoutbox
    ):
        response = submit(shift)

        assert response.status_code == 302
        assert response.url == shift.opportunity.url
        signup = ShiftSignup.objects.get()
        assert (signup.name, signup.email, signup.phone) == (
            "Jürgen Müller",
            "juergen@example.org",
            "04321 123456",
        )
        assert "TSV Lindau" in signup.consent_text
        assert signup.language == "de"
        confirmation, notification = mailoutbox
        assert confirmation.to == ["juergen@example.org"]
        assert confirmation.subject == "Ihre Schicht am Sa, 20.06.2099: Sommerfest"
        for part in ("14:00–17:00 Uhr", "Lindau, Treffpunkt am Festzelt", "Kuchenstand"):
            assert part in confirmation.body
        assert re.search(r"http://testserver/schichten/absagen/[^/\s]+/", confirmation.body)
        assert notification.to == ["vorstand@tsv.example"]
        assert "Jürgen Müller" in notification.body
        shifts_page = reverse(
            "club_offer_shifts",
            kwargs={
                "club_id": shift.opportunity.get_parent().pk,
                "opportunity_id": shift.opportunity.pk,
            },
        )
        assert f"http://testserver{shifts_page}" in notification.body
        page = text_of(client.get(response.url))
        assert "Sie sind für die Schicht am Sa, 20.06.2099, 14:00–17:00 Uhr eingetragen" in page
        assert "noch 3 von 4 Plätzen frei" in page

    def test_bad_input_names_the_field_and_stores_nothing(self, submit, shift, mailoutbox):
        response = submit(shift, name="", email="kein-at", consent="")

        summary = text_of(response)
        assert response.status_code == 200
        assert de("Please enter your name so that the club knows who is coming.") in summary
        assert de("Please enter a valid email address, e.g. name@example.org.") in summary
        assert "Bitte stimmen Sie zu" in summary
        assert not ShiftSignup.objects.exists()
        assert mailoutbox == []

    def test_garbage_is_answered_without_error(self, client, shift):
        response = client.post(signup_url(shift), {"name": "\x00" * 5, "email": ["a", "b"]})
        assert response.status_code == 200

    def test_honeypot_stores_and_sends_nothing(self, submit, shift, mailoutbox):
        response = submit(shift, website="http://spam.example")

        assert response.status_code == 302
        assert not ShiftSignup.objects.exists()
        assert mailoutbox == []

    def test_double_click_signs_up_and_mails_once(self, submit, client, shift, mailoutbox):
        with translation.override("de"):
            token = soup_of(client.get(signup_url(shift))).select_one("[name=submission_token]")[
                "value"
            ]

        first = submit(shift, submission_token=token)
        second = submit(shift, submission_token=token)

        assert first.status_code == second.status_code == 302
        assert ShiftSignup.objects.count() == 1
        assert len(mailoutbox) == 2

    def test_rate_limit_per_email(self, submit, offer):
        for number in range(EMAIL_RATE_LIMIT.limit):
            assert submit(ShiftFactory(opportunity=offer)).status_code == 302, number

        response = submit(ShiftFactory(opportunity=offer))

        assert response.status_code == 429
        assert de(
            "You have signed up several times in a short time. Please try again in an hour."
        ) in text_of(response)

    def test_signing_up_twice_is_refused_kindly(self, submit, shift, mailoutbox):
        submit(shift)
        mailoutbox.clear()

        response = submit(shift, email="JUERGEN@example.org")

        assert response.status_code == 200
        assert "Sie sind für diese Schicht bereits eingetragen" in text_of(response)
        assert ShiftSignup.objects.count() == 1
        assert mailoutbox == []

    def test_full_shift_is_refused_and_offers_the_others(self, submit, client, offer, shift):
        ShiftSignupFactory.create_batch(4, shift=shift)
        other = ShiftFactory(opportunity=offer, task="Aufbau", helpers_needed=2)
        full_too = ShiftFactory(opportunity=offer, task="Abbau", helpers_needed=1)
        ShiftSignupFactory(shift=full_too)

        response = submit(shift)

        page = text_of(response)
        assert de("This shift is already full.") in page
        links = [a["href"] for a in soup_of(response).select(".shift-list a")]
        assert links == [f"/schichten/{other.pk}/anmelden/"]
        assert ShiftSignup.objects.filter(email=HELPER["email"]).count() == 0

    def test_full_shift_says_so_on_get_without_a_form(self, client, shift):
        ShiftSignupFactory.create_batch(4, shift=shift)

        soup = soup_of(get(client, signup_url(shift)))

        assert soup.select_one("form.shift-signup-form") is None
        assert de("This shift is already full.") in soup.get_text()

    def test_started_shift_takes_no_sign_ups(self, submit, offer):
        started = ShiftFactory(
            opportunity=offer, date=TODAY, starts_at=datetime.time(0), ends_at=datetime.time(23)
        )

        response = submit(started)

        assert de("This shift has already started; it takes no sign-ups.") in text_of(response)
        assert not ShiftSignup.objects.exists()

    def test_offer_that_is_over_takes_no_sign_ups(self, submit, offer, shift):
        offer.expires_on = TODAY - datetime.timedelta(days=1)
        offer.save_revision().publish()

        response = submit(shift)

        assert de("This offer no longer takes sign-ups.") in text_of(response)
        assert not ShiftSignup.objects.exists()

    def test_unpublished_offer_and_unknown_shift_give_404(self, client, offer, shift):
        assert client.get("/schichten/999999/anmelden/").status_code == 404
        offer.unpublish()
        assert client.get(signup_url(shift)).status_code == 404

    def test_english_sign_up_mails_in_english_with_the_english_link(
        self, submit, offer, shift, english, english_home_page, mailoutbox
    ):
        club_en = offer.get_parent().specific.copy_for_translation(english, copy_parents=True)
        club_en.save_revision().publish()
        offer_en = offer.copy_for_translation(english)
        offer_en.title = "Summer fair"
        offer_en.save_revision().publish()

        response = submit(shift, language="en")

        assert response.url == offer_en.url
        signup = ShiftSignup.objects.get()
        assert signup.language == "en"
        assert signup.shift == shift
        confirmation, notification = mailoutbox
        assert confirmation.subject == "Your shift on Sat, 06/20/2099: Summer fair"
        assert "/en/schichten/absagen/" in confirmation.body
        assert notification.subject.startswith("Neue Anmeldung")


def test_coordinator_account_is_not_needed_to_sign_up(client, shift):
    """No login: the form is the same for visitors and for people who are logged in."""
    client.force_login(UserFactory())
    assert soup_of(get(client, signup_url(shift))).select_one("form.shift-signup-form")


def test_a_full_shift_lists_the_others_with_the_same_queries_for_more(client, offer, shift):
    ShiftSignupFactory.create_batch(4, shift=shift)

    def add(count):
        for _ in range(count):
            ShiftSignupFactory(shift=ShiftFactory(opportunity=offer, helpers_needed=3))

    add(2)
    few = count_queries(client, signup_url(shift))
    add(18)
    many = count_queries(client, signup_url(shift))

    with translation.override("de"):
        listed = soup_of(client.get(signup_url(shift))).select(".shift-list__item")
    assert len(listed) == 20
    assert many == few
