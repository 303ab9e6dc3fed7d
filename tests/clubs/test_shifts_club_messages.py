"""A club writes to the helpers of a shift or of an offer: each helper gets a mail of their
own, replies go to the representative, and the portal is no mass mailer."""

import pytest

from clubs.shifts.messaging import MESSAGE_RATE_LIMIT
from tests.clubs.shifts_club_setup import *  # noqa: F403 (the fixtures)
from tests.clubs.shifts_club_setup import en_url, in_days
from tests.factories import ShiftFactory, ShiftSignupFactory

pytestmark = pytest.mark.django_db

MESSAGE = {"subject": "Treffpunkt geändert", "text": "Wir treffen uns am Vereinsheim."}


@pytest.fixture(autouse=True)
def _fresh_limit(club):
    MESSAGE_RATE_LIMIT.reset(str(club.pk))
    yield
    MESSAGE_RATE_LIMIT.reset(str(club.pk))


def send(client, url, capture, data=MESSAGE, **kwargs):
    with capture(execute=True):
        return client.post(url, data, **kwargs)


class TestMessageToTheHelpersOfAShift:
    def test_each_helper_gets_their_own_mail_without_the_others_addresses(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)

        send(
            client,
            en_url("club_shift_message", club.pk, shift.pk),
            django_capture_on_commit_callbacks,
        )

        assert sorted(mail.to[0] for mail in mailoutbox) == [s.email for s in signups]
        for mail in mailoutbox:
            assert (len(mail.to), mail.cc, mail.bcc) == (1, [], [])
            others = [s.email for s in signups if s.email != mail.to[0]]
            text = mail.subject + mail.body + str(mail.message())
            assert not any(address in text for address in others)
            assert "Wir treffen uns am Vereinsheim." in mail.body

    def test_replies_go_to_the_representative(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)

        send(
            client,
            en_url("club_shift_message", club.pk, shift.pk),
            django_capture_on_commit_callbacks,
        )

        assert {tuple(mail.reply_to) for mail in mailoutbox} == {(representative.email,)}

    def test_the_form_says_where_replies_go(self, client, representative, club, shift, signups):
        client.force_login(representative)

        response = client.get(en_url("club_shift_message", club.pk, shift.pk))

        assert f"Replies go to your address {representative.email}." in response.content.decode()

    def test_the_success_message_says_how_many_helpers_got_it(
        self, client, representative, club, shift, signups, django_capture_on_commit_callbacks
    ):
        client.force_login(representative)

        response = send(
            client,
            en_url("club_shift_message", club.pk, shift.pk),
            django_capture_on_commit_callbacks,
            follow=True,
        )

        assert "sent to 3 helpers" in response.content.decode()

    def test_cancelled_helpers_get_nothing(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        ShiftSignupFactory(shift=shift, email="weg@example.org", cancelled_at="2026-01-01T10:00Z")
        client.force_login(representative)

        send(
            client,
            en_url("club_shift_message", club.pk, shift.pk),
            django_capture_on_commit_callbacks,
        )

        assert "weg@example.org" not in [mail.to[0] for mail in mailoutbox]

    def test_a_shift_without_helpers_sends_nothing_and_says_so(
        self, client, representative, club, shift, mailoutbox, django_capture_on_commit_callbacks
    ):
        client.force_login(representative)

        response = send(
            client,
            en_url("club_shift_message", club.pk, shift.pk),
            django_capture_on_commit_callbacks,
        )

        assert "Nobody is signed up yet" in response.content.decode()
        assert mailoutbox == []

    def test_a_double_click_sends_once(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)
        url = en_url("club_shift_message", club.pk, shift.pk)
        data = {**MESSAGE, "submission_token": "b" * 32}

        send(client, url, django_capture_on_commit_callbacks, data=data)
        send(client, url, django_capture_on_commit_callbacks, data=data)

        assert len(mailoutbox) == len(signups)

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"subject": ""}, "Please enter a subject."),
            ({"subject": "x" * 151}, "Please shorten the subject to at most 150 characters."),
            ({"text": "x" * 3001}, "Please shorten the message to at most 3000 characters"),
        ],
    )
    def test_refuses_wrong_entries(
        self,
        client,
        representative,
        club,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
        changes,
        message,
    ):
        client.force_login(representative)

        response = send(
            client,
            en_url("club_shift_message", club.pk, shift.pk),
            django_capture_on_commit_callbacks,
            data={**MESSAGE, **changes},
        )

        assert message in response.content.decode()
        assert mailoutbox == []


class TestMessageToTheHelpersOfAnOffer:
    def test_reaches_the_helpers_of_every_shift_once_each(
        self,
        client,
        representative,
        club,
        offer,
        shift,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        later = ShiftFactory(opportunity=offer, date=in_days(8))
        ShiftSignupFactory(shift=later, name="Dora", email="dora@example.org")
        ShiftSignupFactory(shift=later, name="Anna Beispiel", email="ANNA@example.org")
        client.force_login(representative)

        send(
            client,
            en_url("club_offer_message", club.pk, offer.pk),
            django_capture_on_commit_callbacks,
        )

        assert sorted(mail.to[0].lower() for mail in mailoutbox) == [
            "anna@example.org",
            "bodo@example.org",
            "cem@example.org",
            "dora@example.org",
        ]

    def test_the_rate_limit_stops_a_club_after_ten_messages_an_hour(
        self,
        client,
        representative,
        club,
        offer,
        signups,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        client.force_login(representative)
        url = en_url("club_offer_message", club.pk, offer.pk)
        for number in range(10):
            send(
                client,
                url,
                django_capture_on_commit_callbacks,
                data={**MESSAGE, "subject": f"Nr. {number}"},
            )
        sent = len(mailoutbox)

        response = send(client, url, django_capture_on_commit_callbacks)

        assert response.status_code == 429
        assert "many messages in the last hour" in response.content.decode()
        assert len(mailoutbox) == sent == 10 * len(signups)


def test_a_helper_who_signed_up_in_english_reads_the_english_title(
    client,
    representative,
    club,
    offer,
    shift,
    signups,
    english,
    english_home_page,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    club.copy_for_translation(english, copy_parents=True).save_revision().publish()
    offer_en = offer.copy_for_translation(english)
    offer_en.title = "Summer fair"
    offer_en.save_revision().publish()
    client.force_login(representative)

    send(
        client, en_url("club_shift_message", club.pk, shift.pk), django_capture_on_commit_callbacks
    )

    titles = {mail.to[0]: "Summer fair" in mail.body for mail in mailoutbox}
    assert titles == {"anna@example.org": False, "bodo@example.org": False, "cem@example.org": True}
