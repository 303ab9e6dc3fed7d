"""Asking for a link to Mein Engagement and opening it: the answer never tells whether an address
is known, links expire and can be revoked, and one link works in several browsers."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from clubs.volunteer_area.access import token_hash
from clubs.volunteer_area.forms import LinkRequestForm
from clubs.volunteer_area.models import VolunteerAreaLink
from home.roles import EDITORS, setup_roles
from tests.clubs.test_volunteer_area_setup import (
    OTHER,
    PERSON,
    AreaWorld,
    de,
    open_area,
    page_text,
)
from tests.factories import UserFactory

SENT = "If there is something under this address, we have sent you a link."
INVALID = "This link has expired or is not valid."
TOKEN = "t" * 24


@pytest.fixture
def ask(django_capture_on_commit_callbacks):
    """POST the request form like a browser, from a fresh client unless one is given."""

    def send(email, client=None, language="de", **extra):
        client = client or Client()
        prefix = "" if language == "de" else f"/{language}"
        client.get(f"{prefix}/mein-engagement/")  # the form page sets the CSRF cookie
        data = {"email": email, "submission_token": TOKEN, **extra}
        with django_capture_on_commit_callbacks(execute=True), translation.override(language):
            return client.post(f"{prefix}/mein-engagement/", data)

    return send


def link_in(mail):
    return next(word for word in mail.body.split() if "/mein-engagement/zugang/" in word)


@pytest.mark.django_db
class TestAskingForALink(AreaWorld):
    def test_the_page_asks_for_an_address(self, client):
        with translation.override("de"):
            response = client.get("/mein-engagement/")

        soup = BeautifulSoup(response.content, "html.parser")
        assert response.status_code == 200
        assert soup.select_one("form[method=post] input[name=email][type=email]")
        assert de("Email address") in soup.select_one("label[for=id_email]").get_text()
        assert de("Request link") in soup.select_one("form[method=post] button").get_text()

    def test_a_known_and_an_unknown_address_get_the_same_answer(self, ask, shifts, mailoutbox):
        known = ask(PERSON)
        unknown = ask("niemand@example.org")

        assert known.status_code == unknown.status_code == 302
        assert dict(known.items()) == dict(unknown.items())
        assert {name: morsel.value for name, morsel in known.cookies.items()} == {
            name: morsel.value for name, morsel in unknown.cookies.items()
        }
        assert known.content == unknown.content
        followed = [Client().get(response["Location"]) for response in (known, unknown)]
        assert followed[0].content == followed[1].content
        assert de(SENT) in page_text(followed[0])
        (mail,) = mailoutbox
        assert mail.to == [PERSON]

    def test_the_mail_goes_out_for_any_kind_of_record(self, ask, world, mailoutbox):
        UserFactory(username="konto", email="konto@example.org")
        only_interest = world["other"].email  # OTHER also has a sign-up; any record counts

        for email in ("konto@example.org", only_interest, PERSON.upper()):
            ask(email)

        assert [mail.to for mail in mailoutbox] == [
            ["konto@example.org"],
            [only_interest],
            [PERSON],
        ]
        assert VolunteerAreaLink.objects.filter(email=PERSON).count() == 1

    def test_nothing_is_stored_for_an_unknown_address(self, ask, db, mailoutbox):
        ask("niemand@example.org")

        assert mailoutbox == []
        assert not VolunteerAreaLink.objects.exists()

    def test_the_mail_is_in_the_language_of_the_page_and_its_link_opens_the_area(
        self, ask, shifts, english, mailoutbox
    ):
        ask(PERSON, language="en")

        (mail,) = mailoutbox
        assert "My volunteering" in mail.subject
        link = link_in(mail)
        assert "/en/mein-engagement/zugang/" in link
        client = Client()
        response = client.get(link.split("testserver", 1)[1], follow=True)
        assert PERSON in page_text(response)
        assert "Kuchenstand" in page_text(response)

    def test_a_double_click_sends_one_mail(self, ask, shifts, mailoutbox):
        client = Client()
        first = ask(PERSON, client=client)
        second = ask(PERSON, client=client)

        assert first["Location"] == second["Location"]
        assert len(mailoutbox) == 1

    def test_a_bot_in_the_honeypot_gets_the_same_answer_and_nothing_is_sent(
        self, ask, shifts, mailoutbox
    ):
        response = ask(PERSON, website="http://spam.example")

        assert response["Location"] == ask("niemand@example.org")["Location"]
        assert mailoutbox == []

    def test_a_wrong_address_gets_a_clear_message(self, ask, db):
        response = ask("kein-at-zeichen")

        assert response.status_code == 200
        assert de("Please enter a valid email address, e.g. name@example.org.") in page_text(
            response
        )

    @pytest.mark.parametrize("email", [PERSON, "niemand@example.org"])
    def test_too_many_requests_for_one_address_are_refused_alike(
        self, ask, shifts, mailoutbox, email
    ):
        for number in range(5):
            ask(email, submission_token=f"{TOKEN}{number}")

        refused = ask(email, submission_token=f"{TOKEN}x")

        assert refused.status_code == 429
        assert refused["Retry-After"]
        with translation.override("de"):
            message = str(LinkRequestForm.rate_limited_message)
        assert message.startswith("Sie haben")
        assert message in page_text(refused)
        assert len(mailoutbox) == (5 if email == PERSON else 0)


@pytest.mark.django_db
class TestTheTokenStaysOutOfTheDatabase(AreaWorld):
    @pytest.mark.parametrize("email", [PERSON, "niemand@example.org"])
    def test_the_request_queues_only_the_address_and_the_worker_makes_the_link(
        self, ask, shifts, settings, mailoutbox, email
    ):
        """With the production queue the task row holds the address and language only, the
        same for a known and an unknown address; the link is made when the worker runs it,
        and only its hash is stored."""
        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

        ask(email)

        (queued,) = DBTaskResult.objects.all()
        assert queued.args_kwargs == {"args": [], "kwargs": {"email": email, "language": "de"}}
        assert not VolunteerAreaLink.objects.exists()

        queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])

        if email == PERSON:
            (mail,) = mailoutbox
            token = link_in(mail).rstrip("/").rsplit("/", 1)[1]
            stored = [*VolunteerAreaLink.objects.values_list("token_hash", flat=True)]
            assert stored == [token_hash(token)]
            queued.refresh_from_db()
            assert token not in json.dumps([queued.args_kwargs, queued.return_value])
        else:
            assert mailoutbox == []
            assert not VolunteerAreaLink.objects.exists()


@pytest.mark.django_db
class TestOpeningALink(AreaWorld):
    def test_a_valid_link_opens_the_overview(self, client, shifts):
        open_area(client)

        response = client.get("/mein-engagement/")

        assert PERSON in page_text(response)
        assert "Kuchenstand" in page_text(response)

    @pytest.mark.parametrize("token", ["unbekannt", "x" * 500])
    def test_an_unknown_link_says_so_and_offers_a_new_one(self, client, shifts, token):
        response = client.get(f"/mein-engagement/zugang/{token}/")

        assert response.status_code == 410
        assert de(INVALID) in page_text(response)
        assert BeautifulSoup(response.content, "html.parser").select_one("input[name=email]")
        assert PERSON not in page_text(response)

    def test_an_expired_link_is_refused(self, client, shifts, time_machine):
        time_machine.move_to(timezone.now(), tick=False)
        token = open_area(Client())
        time_machine.shift(datetime.timedelta(hours=24, seconds=1))

        response = client.get(f"/mein-engagement/zugang/{token}/")

        assert response.status_code == 410
        assert de(INVALID) in page_text(response)

    def test_a_browser_loses_the_area_when_its_link_expires(self, client, shifts, time_machine):
        time_machine.move_to(timezone.now(), tick=False)
        open_area(client)
        time_machine.shift(datetime.timedelta(hours=23))
        assert PERSON in page_text(client.get("/mein-engagement/"))

        time_machine.shift(datetime.timedelta(hours=1, seconds=1))
        response = client.get("/mein-engagement/")

        assert PERSON not in page_text(response)
        assert BeautifulSoup(response.content, "html.parser").select_one("input[name=email]")

    def test_one_link_works_in_several_browsers(self, shifts):
        phone, laptop = Client(), Client()
        token = open_area(phone)

        laptop.get(f"/mein-engagement/zugang/{token}/")

        for browser in (phone, laptop):
            assert PERSON in page_text(browser.get("/mein-engagement/"))

    def test_signing_out_everywhere_closes_every_browser_and_revokes_the_link(self, shifts):
        phone, laptop = Client(), Client()
        token = open_area(phone)
        laptop.get(f"/mein-engagement/zugang/{token}/")

        laptop.post("/mein-engagement/ueberall-abmelden/")

        assert PERSON not in page_text(phone.get("/mein-engagement/"))
        assert PERSON not in page_text(laptop.get("/mein-engagement/"))
        reopened = phone.get(f"/mein-engagement/zugang/{token}/")
        assert reopened.status_code == 410

    def test_signing_out_closes_only_this_browser(self, shifts):
        phone, laptop = Client(), Client()
        token = open_area(phone)
        laptop.get(f"/mein-engagement/zugang/{token}/")

        phone.post("/mein-engagement/abmelden/")

        assert PERSON not in page_text(phone.get("/mein-engagement/"))
        assert PERSON in page_text(laptop.get("/mein-engagement/"))

    def test_signing_out_everywhere_leaves_other_addresses_alone(self, shifts):
        mine, theirs = Client(), Client()
        open_area(mine)
        open_area(theirs, OTHER)

        mine.post("/mein-engagement/ueberall-abmelden/")

        assert OTHER in page_text(theirs.get("/mein-engagement/"))

    def test_the_overview_is_never_kept_by_a_cache(self, client, shifts):
        open_area(client)

        response = client.get("/mein-engagement/")

        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


@pytest.mark.django_db
class TestAccounts(AreaWorld):
    def test_a_logged_in_person_sees_the_area_of_their_own_address(self, client, shifts):
        user = UserFactory(username="helga", email=PERSON.upper())
        client.force_login(user)

        with translation.override("de"):
            my_area = client.get("/mein-bereich/")
            overview = client.get("/mein-engagement/")

        link = BeautifulSoup(my_area.content, "html.parser").select_one(
            "a[href='/mein-engagement/']"
        )
        assert link is not None
        assert PERSON in page_text(overview)
        assert "Kuchenstand" in page_text(overview)
        # The account's own area closes by logging out, not by revoking links.
        assert not BeautifulSoup(overview.content, "html.parser").select_one("section#sign-out")

    def test_nobody_can_give_their_account_another_persons_address(self, client, shifts):
        """The account's address opens the area, so the admin's account settings must not
        change it: an editor who types a volunteer's address there still sees only their own."""
        editor = UserFactory(username="redakteur", email="redakteur@example.org")
        setup_roles()
        editor.groups.add(Group.objects.get(name=EDITORS.group_name))
        client.force_login(editor)

        form = account_settings_as_shown(client)
        form["name_email-email"] = PERSON
        client.post("/admin/account/", form)

        editor.refresh_from_db()
        assert editor.email == "redakteur@example.org"
        assert PERSON not in page_text(client.get("/mein-engagement/"))


def account_settings_as_shown(client):
    """The admin's account settings form with every value it shows, as a browser sends it."""
    soup = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    data = {}
    for field in soup.select("form input[name], form select[name]"):
        name = field["name"]
        if field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") != "file":
            data[name] = field.get("value", "")
    return data
