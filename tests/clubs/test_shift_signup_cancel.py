"""Cancelling a shift by the link in the confirmation mail, and parallel sign-ups."""

import datetime
import threading

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone, translation

from clubs.models import ShiftSignup
from clubs.shifts.signups import SignupRefusedError, cancel_token, sign_up
from tests.factories import OpportunityPageFactory, ShiftFactory, ShiftSignupFactory

TODAY = timezone.localdate()


def de(text):
    with translation.override("de"):
        return translation.gettext(text)


@pytest.fixture
def offer(club_in, villages):
    club = club_in(villages["lindau"], title="TSV Lindau", contact_email="vorstand@tsv.example")
    return OpportunityPageFactory(parent=club, title="Sommerfest", slug="sommerfest")


@pytest.fixture
def signup(offer):
    shift = ShiftFactory(opportunity=offer, helpers_needed=1, task="Aufbau")
    return ShiftSignupFactory(shift=shift, name="Jürgen Müller")


def cancel_url(signup):
    return f"/schichten/absagen/{cancel_token(signup)}/"


def page_text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(url):
        with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
            return client.post(url)

    return send


@pytest.mark.django_db
class TestCancel:
    def test_get_shows_the_shift_and_asks_without_cancelling(self, client, signup):
        with translation.override("de"):
            response = client.get(cancel_url(signup))

        text = page_text(response)
        assert "Sommerfest" in text
        assert "Aufbau" in text
        assert "Jürgen Müller" in text
        assert BeautifulSoup(response.content, "html.parser").select_one("form[method=post]")
        signup.refresh_from_db()
        assert signup.cancelled_at is None

    def test_post_cancels_frees_the_place_and_tells_the_club(self, post, signup, mailoutbox):
        response = post(cancel_url(signup))

        assert de("Your sign-up is cancelled; your place is free again for others.") in (
            page_text(response)
        )
        signup.refresh_from_db()
        assert signup.cancelled_at is not None
        assert signup.cancelled_by is None
        (notification,) = mailoutbox
        assert notification.to == ["vorstand@tsv.example"]
        assert "Jürgen Müller" in notification.body
        sign_up(
            signup.shift,
            name="Nächste",
            email="naechste@example.org",
            consent_text="ok",
            language="de",
        )

    def test_second_cancel_says_already_cancelled_and_mails_nothing(self, post, signup, mailoutbox):
        post(cancel_url(signup))
        mailoutbox.clear()

        response = post(cancel_url(signup))

        assert de("This sign-up was already cancelled.") in page_text(response)
        assert mailoutbox == []

    def test_started_shift_cannot_be_cancelled_here(self, post, offer, mailoutbox):
        started = ShiftFactory(
            opportunity=offer, date=TODAY, starts_at=datetime.time(0), ends_at=datetime.time(23)
        )
        signup = ShiftSignupFactory(shift=started)

        response = post(cancel_url(signup))

        assert "Diese Schicht hat bereits begonnen" in page_text(response)
        signup.refresh_from_db()
        assert signup.cancelled_at is None
        assert mailoutbox == []

    @pytest.mark.parametrize("token", ["kaputt", "1:abc:def", "x" * 900])
    def test_forged_or_broken_links_get_a_friendly_page(self, client, signup, token):
        with translation.override("de"):
            response = client.post(f"/schichten/absagen/{token}/")

        assert response.status_code == 404
        assert "Dieser Link zum Absagen ist nicht gültig" in page_text(response)
        signup.refresh_from_db()
        assert signup.cancelled_at is None

    def test_a_link_of_a_deleted_sign_up_is_invalid(self, client, signup):
        url = cancel_url(signup)
        signup.delete()
        assert client.get(url).status_code == 404


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_sign_ups_never_exceed_the_places(offer):
    """Eight people at the same moment for three places: three stored, five refused as full."""
    shift = ShiftFactory(opportunity=offer, helpers_needed=3)
    barrier = threading.Barrier(8)
    refusals, errors = [], []

    def attempt(number):
        try:
            barrier.wait()
            sign_up(
                shift,
                name=f"Person {number}",
                email=f"person{number}@example.org",
                consent_text="ok",
                language="de",
            )
        except SignupRefusedError as refused:
            refusals.append(refused.reason)
        except Exception as error:  # any other failure fails the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert ShiftSignup.objects.filter(shift=shift).count() == 3
    assert refusals == [SignupRefusedError.FULL] * 5
