"""Registration for events: the form, the waiting list, cancellation and concurrency."""

import threading

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone, translation

from home.events.registration import (
    EMAIL_RATE_LIMIT,
    RegistrationError,
    cancel,
    cancel_token,
    register,
)
from home.models import Registration
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    session_times,
)

PERSON = {
    "name": "Jürgen Müller",
    "email": "juergen@example.org",
    "organisation": "TSV Lindau",
    "phone": "04321 123456",
    "accessibility_needs": "Stufenloser Zugang",
    "consent": "on",
    "website": "",
}


def de(text, params=None):
    """A text of the portal as German visitors read it."""
    with translation.override("de"):
        text = translation.gettext(text)
    return text % params if params else text


def de_plural(singular, plural, count):
    with translation.override("de"):
        return translation.ngettext(singular, plural, count) % {"counter": count}


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(event_index):
    """A workshop in a week with three places and a waiting list."""
    return EventPageFactory(
        parent=event_index, title="Kassenführung leicht gemacht", slug="kasse", capacity=3
    )


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    def send(page, without=(), language="de", ip="203.0.113.9", **data):
        data = {k: v for k, v in {**PERSON, **data}.items() if k not in without}
        with django_capture_on_commit_callbacks(execute=True), translation.override(language):
            return client.post(page.url, data, REMOTE_ADDR=ip)

    return send


def html(response):
    return response.content.decode()


def error_summary(response):
    summary = BeautifulSoup(html(response), "html.parser").select_one("[data-error-summary]")
    return summary.get_text(" ", strip=True) if summary else ""


def fill(event, count, status="confirmed"):
    return [RegistrationFactory(event=event, status=status) for _ in range(count)]


@pytest.mark.django_db
class TestForm:
    def test_page_shows_the_form_with_places_left(self, client, event):
        fill(event, 1)
        with translation.override("de"):
            soup = BeautifulSoup(html(client.get(event.url)), "html.parser")

        form = soup.select_one("form.registration-form")
        for name in ("name", "email", "organisation", "phone", "accessibility_needs", "consent"):
            assert form.select_one(f"[name={name}]"), name
        assert form.select_one("input[name=website]").find_parent("div").has_attr("hidden")
        assert form.select_one("input[name=csrfmiddlewaretoken]")
        badge = soup.select_one(".registration-section .kern-badge").get_text(strip=True)
        assert badge == de_plural("%(counter)s place left", "%(counter)s places left", 2)

    def test_valid_registration_is_stored_confirmed_and_mailed(
        self, submit, client, event, mailoutbox
    ):
        response = submit(event)

        assert response.status_code == 302
        registration = Registration.objects.get()
        assert registration.event_id == event.pk
        assert registration.status == Registration.Status.CONFIRMED
        assert registration.confirmed_at is not None
        assert (registration.name, registration.organisation) == ("Jürgen Müller", "TSV Lindau")
        assert registration.accessibility_needs == "Stufenloser Zugang"
        assert "Kassenführung leicht gemacht" in registration.consent_text
        assert registration.language == "de"
        (mail,) = mailoutbox
        assert mail.to == ["juergen@example.org"]
        assert "Kassenführung leicht gemacht" in mail.subject
        assert f"?token={cancel_token(registration)[:20]}" in mail.body.replace("%3A", ":")
        with translation.override("de"):
            page = html(client.get(response["Location"]))
        assert de("Thank you! Your place is confirmed. We have sent you an email.") in page

    @pytest.mark.parametrize(
        ("data", "without", "message", "params"),
        [
            ({}, ("name",), "Please enter your name.", None),
            (
                {"email": "kein-at"},
                (),
                "Please enter a valid email address, e.g. name@example.org.",
                None,
            ),
            (
                {},
                ("consent",),
                "Please agree that we store your details; otherwise we cannot register you.",
                None,
            ),
            ({"phone": "abc"}, (), "Please enter a phone number, e.g. 04321 123456.", None),
            (
                {"name": "x" * 5000},
                (),
                "Please shorten your name to at most %(limit_value)d characters.",
                {"limit_value": 150},
            ),
            (
                {"accessibility_needs": "y" * 1001},
                (),
                "Please shorten your note to at most %(limit_value)d characters; "
                "it has %(show_value)d.",
                {"limit_value": 1000, "show_value": 1001},
            ),
        ],
    )
    def test_bad_input_is_explained_and_nothing_is_stored(
        self, submit, event, mailoutbox, data, without, message, params
    ):
        response = submit(event, without=without, **data)

        assert response.status_code == 200
        assert de(message, params) in error_summary(response)
        assert Registration.objects.count() == 0
        assert mailoutbox == []

    def test_garbage_post_gets_the_form_again(self, client, event):
        with translation.override("de"):
            response = client.post(event.url, {"name": ["a", "b"], "email": "\x00", "x": "y"})

        assert response.status_code == 200
        assert error_summary(response)
        assert Registration.objects.count() == 0

    def test_honeypot_stores_and_sends_nothing(self, submit, event, mailoutbox):
        response = submit(event, website="https://spam.example")

        assert response.status_code == 302
        assert Registration.objects.count() == 0
        assert mailoutbox == []

    def test_rate_limit_per_email(self, submit, event_index, event):
        for _ in range(EMAIL_RATE_LIMIT.limit):
            EMAIL_RATE_LIMIT.hit(PERSON["email"])

        response = submit(event)

        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 3600
        assert de(
            "You have registered several times in a short time. Please try again in an hour."
        ) in error_summary(response)
        assert Registration.objects.count() == 0

    def test_duplicate_email_gets_a_clear_message(self, submit, event):
        submit(event)

        response = submit(event, email="JUERGEN@example.org", name="Jürgen M.")

        assert response.status_code == 200
        assert de(
            "You are already registered for this event with this email address. Your "
            "confirmation email has the link to cancel."
        ) in error_summary(response)
        assert Registration.objects.count() == 1

    def test_name_is_kept_on_one_line(self, submit, event):
        submit(event, name="Jürgen\r\nBcc: x@example.org")

        assert Registration.objects.get().name == "Jürgen Bcc: x@example.org"


@pytest.mark.django_db
class TestClosed:
    def test_refused_after_the_deadline(self, submit, event):
        event.registration_deadline = timezone.now() - timezone.timedelta(hours=1)
        event.save_revision().publish()

        response = submit(event)

        assert Registration.objects.count() == 0
        section = BeautifulSoup(html(response), "html.parser").select_one(".registration-section")
        assert section.select_one("form") is None
        assert de("Registration for this event is closed.") in section.get_text()

    def test_refused_when_switched_off(self, event):
        event.registration_enabled = False
        event.save()

        with pytest.raises(RegistrationError):
            register(event, PERSON, consent_text="ok", language="de")

    def test_refused_when_the_event_is_over(self, event_index):
        over = EventPageFactory(parent=event_index, sessions_in=(-3,))

        with pytest.raises(RegistrationError):
            register(over, PERSON, consent_text="ok", language="de")

    def test_full_without_waiting_list_is_refused(self, submit, event):
        event.waiting_list_enabled = False
        event.save()
        fill(event, 3)

        with pytest.raises(RegistrationError):
            register(event, PERSON, consent_text="ok", language="de")

    def test_a_refused_registration_uses_up_none_of_the_person_s_attempts(
        self, submit, event_index, event
    ):
        event.waiting_list_enabled = False
        event.save()
        fill(event, 3)
        for _ in range(EMAIL_RATE_LIMIT.limit):
            assert submit(event).status_code == 200  # "All places are taken."

        other = EventPageFactory(parent=event_index, title="Vereinsrecht", slug="recht")

        assert submit(other).status_code == 302
        assert Registration.objects.filter(event=other).count() == 1


@pytest.mark.django_db
class TestWaitingList:
    def test_fourth_person_goes_on_the_waiting_list(self, submit, client, event, mailoutbox):
        fill(event, 3)

        response = submit(event)

        registration = Registration.objects.get(email=PERSON["email"])
        assert registration.status == Registration.Status.WAITING
        assert registration.confirmed_at is None
        assert mailoutbox[0].subject == de("Waiting list: %(title)s", {"title": event.title})
        with translation.override("de"):
            page = html(client.get(response["Location"]))
        message = de(
            "All places are taken: you are number %(position)d on the waiting list. We will "
            "write to you as soon as a place becomes free.",
            {"position": 1},
        )
        assert message in page

    def test_cancellation_moves_the_first_waiting_person_up_and_mails_them(
        self, event, rf, mailoutbox, django_capture_on_commit_callbacks
    ):
        confirmed = fill(event, 3)
        first, second = fill(event, 2, status="waiting")

        cancelled, moved = cancel(confirmed[1])

        assert cancelled
        assert moved == [first]
        statuses = dict(Registration.objects.values_list("pk", "status"))
        assert statuses[confirmed[1].pk] == "cancelled"
        assert statuses[first.pk] == "confirmed"
        assert statuses[second.pk] == "waiting"
        assert Registration.objects.filter(event=event, status="confirmed").count() == 3

    def test_cancelling_a_waiting_person_moves_nobody(self, event):
        fill(event, 3)
        first, second = fill(event, 2, status="waiting")

        assert cancel(first) == (True, [])
        assert Registration.objects.get(pk=second.pk).status == "waiting"

    def test_cancelling_twice_changes_nothing(self, event):
        (registration,) = fill(event, 1)

        assert cancel(registration)[0] is True
        assert cancel(registration) == (False, [])


@pytest.mark.django_db
class TestCancelLink:
    def cancel_url(self, event_index, registration):
        return f"{event_index.url}abmelden/?token={cancel_token(registration)}"

    def test_get_asks_for_confirmation_and_changes_nothing(self, client, event_index, event):
        (registration,) = fill(event, 1)

        with translation.override("de"):
            response = client.get(self.cancel_url(event_index, registration))

        assert response.status_code == 200
        soup = BeautifulSoup(html(response), "html.parser")
        form = soup.select_one("main form[method=post]")
        assert form.select_one("input[name=csrfmiddlewaretoken]")
        assert registration.name in soup.get_text()
        registration.refresh_from_db()
        assert registration.status == "confirmed"

    def test_post_cancels_moves_up_and_mails_both(
        self, client, event_index, event, mailoutbox, django_capture_on_commit_callbacks
    ):
        confirmed = fill(event, 3)
        (waiting,) = fill(event, 1, status="waiting")
        token = cancel_token(confirmed[0])

        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            response = client.post(f"{event_index.url}abmelden/", {"token": token})

        assert response.status_code == 200
        assert Registration.objects.get(pk=confirmed[0].pk).status == "cancelled"
        assert Registration.objects.get(pk=waiting.pk).status == "confirmed"
        assert sorted(mail.to[0] for mail in mailoutbox) == sorted(
            [confirmed[0].email, waiting.email]
        )

    @pytest.mark.parametrize("token", ["", "garbage", "a" * 5000, "IjEi:1x:forged"])
    def test_forged_or_broken_links_cancel_nothing(self, client, event_index, event, token):
        (registration,) = fill(event, 1)

        with translation.override("de"):
            response = client.post(f"{event_index.url}abmelden/", {"token": token})

        assert response.status_code == 404
        assert de(
            "This cancellation link is not valid. Please copy the whole link from your email, "
            "or write to the organisers."
        ) in html(response)
        registration.refresh_from_db()
        assert registration.status == "confirmed"


@pytest.mark.django_db
def test_english_page_registers_at_the_german_event_and_mails_in_english(
    submit, event, english_home_page, english, mailoutbox
):
    english_index = event.get_parent().specific.copy_for_translation(english)
    english_index.save_revision().publish()
    english_event = event.copy_for_translation(english)
    english_event.title = "Bookkeeping made easy"
    english_event.save_revision().publish()

    response = submit(english_event, language="en")

    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.event_id == event.pk
    assert registration.language == "en"
    (mail,) = mailoutbox
    assert mail.subject == "Your registration: Bookkeeping made easy"
    assert "/en/veranstaltungen/abmelden/?token=" in mail.body
    assert mail.body.startswith("Hello,\n")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_registrations_never_exceed_capacity(event):
    """Ten people at the same moment for three places: three confirmed, seven waiting."""
    barrier = threading.Barrier(10)
    errors = []

    def attempt(number):
        try:
            barrier.wait()
            register(
                event,
                {"name": f"Person {number}", "email": f"person{number}@example.org"},
                consent_text="ok",
                language="de",
            )
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    registrations = list(Registration.objects.filter(event=event).order_by("created_at", "pk"))
    statuses = [registration.status for registration in registrations]
    assert statuses == ["confirmed"] * 3 + ["waiting"] * 7
    waiting = [r.pk for r in Registration.objects.filter(event=event).waiting_in_order()]
    assert waiting == [r.pk for r in registrations[3:]]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_cancellations_move_up_in_order(event):
    """Two confirmed people cancel at once: the first two on the waiting list move up."""
    confirmed = fill(event, 3)
    waiting = fill(event, 3, status="waiting")
    barrier = threading.Barrier(2)

    def attempt(registration):
        try:
            barrier.wait()
            cancel(registration)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(r,)) for r in confirmed[:2]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert [statuses[r.pk] for r in waiting] == ["confirmed", "confirmed", "waiting"]
    assert Registration.objects.filter(event=event, status="confirmed").count() == 3


def test_session_times_helper_gives_local_hours():
    start, end = session_times(1)
    assert timezone.localtime(start).hour == 10
    assert end > start
