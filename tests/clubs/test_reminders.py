"""Reminders the day before (`send_reminders`): one mail per address and day with everything
that day holds and the links to cancel, in the person's language, never twice."""

import datetime
import io
import re
import urllib.parse

import pytest
from django.core.management import call_command

from clubs.reminders.models import Reminder
from clubs.shifts.models import ShiftSignup
from home.models import Registration
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    OpportunityPageFactory,
    RegistrationFactory,
    ShiftFactory,
    ShiftSignupFactory,
)

pytestmark = pytest.mark.django_db

# Monday 2 March 2026, 15:00 in Berlin; the shift and the course are on Tuesday.
NOW = datetime.datetime(2026, 3, 2, 14, 0, tzinfo=datetime.UTC)
TUESDAY = datetime.date(2026, 3, 3)
HOUR = datetime.timedelta(hours=1)


def at(day, hour):
    from django.utils import timezone

    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def clock(time_machine):
    def move_to(moment):
        time_machine.move_to(moment, tick=False)

    move_to(NOW)
    return move_to


@pytest.fixture
def run(django_capture_on_commit_callbacks, mailoutbox):
    def command():
        before = len(mailoutbox)
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_reminders", stdout=io.StringIO())
        return mailoutbox[before:]

    return command


@pytest.fixture
def offer(club_in, villages):
    club = club_in(villages["lindau"], title="TSV Lindau")
    return OpportunityPageFactory(
        parent=club, title="Sommerfest", commitment="one_off", starts_on=TUESDAY
    )


@pytest.fixture
def shift(offer):
    return ShiftFactory(
        opportunity=offer,
        date=TUESDAY,
        starts_at=datetime.time(14),
        ends_at=datetime.time(17),
        task="Kuchenstand",
    )


@pytest.fixture
def course(home_page):
    from home.models import EventSession

    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page), title="Erste Hilfe", sessions=[]
    )
    EventSession.objects.create(page=event, start=at(TUESDAY, 9), end=at(TUESDAY, 12))
    next_week = TUESDAY + datetime.timedelta(days=7)
    EventSession.objects.create(page=event, start=at(next_week, 9), end=at(next_week, 12))
    return event


def test_one_mail_per_address_and_day_with_the_shift_and_the_course_session(
    clock, run, client, shift, course
):
    ShiftSignupFactory(shift=shift, email="Jana@example.org", name="Jana")
    RegistrationFactory(event=course, email="jana@example.org")

    (mail,) = run()

    assert mail.to == ["jana@example.org"]
    assert mail.subject == "Erinnerung: Ihr Engagement am 03.03.2026"
    body = mail.body
    assert body.index("Erste Hilfe") < body.index("Sommerfest – Kuchenstand")
    assert "09:00–12:00 Uhr" in body
    assert "14:00–17:00 Uhr" in body
    assert "Wenn Sie nicht kommen können, sagen Sie Ihre Schicht bitte hier ab:" in body
    assert "Wenn Sie nicht kommen können, sagen Sie Ihren Platz bitte hier ab:" in body
    assert Reminder.objects.get().day == TUESDAY


def test_the_shifts_cancellation_link_in_the_reminder_cancels(clock, run, client, shift):
    signup = ShiftSignupFactory(shift=shift)
    (mail,) = run()
    path = re.search(r"http://testserver(/schichten/absagen/\S+/)", mail.body).group(1)

    client.post(path)

    signup.refresh_from_db()
    assert signup.cancelled_at is not None


def test_the_courses_cancellation_link_in_the_reminder_cancels(clock, run, client, course):
    registration = RegistrationFactory(event=course)
    (mail,) = run()
    path, token = re.search(r"http://testserver(/\S*abmelden/)\?token=(\S+)", mail.body).groups()

    token = urllib.parse.unquote(token)
    assert client.get(path, {"token": token}).status_code == 200
    client.post(path, {"token": token})

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


def test_a_second_run_sends_nothing(clock, run, shift):
    ShiftSignupFactory(shift=shift)

    assert len(run()) == 1
    clock(NOW + HOUR)
    assert run() == []
    assert Reminder.objects.count() == 1


def test_not_before_the_window_nor_for_what_already_started(clock, run, shift):
    ShiftSignupFactory(shift=shift)

    clock(at(TUESDAY, 13) - datetime.timedelta(hours=25))
    assert run() == []
    clock(at(TUESDAY, 15))
    assert run() == []


def test_not_for_cancelled_sign_ups_or_waiting_list_places(clock, run, shift, course):
    from django.utils import timezone

    ShiftSignupFactory(shift=shift, cancelled_at=timezone.now())
    RegistrationFactory(event=course, status=Registration.Status.WAITING)
    RegistrationFactory(event=course, status=Registration.Status.CANCELLED)

    assert run() == []
    assert not Reminder.objects.exists()


def test_not_for_offers_or_courses_taken_offline(clock, run, shift, course):
    ShiftSignupFactory(shift=shift)
    RegistrationFactory(event=course, status=Registration.Status.CONFIRMED)
    shift.opportunity.unpublish()
    course.unpublish()

    assert run() == []
    assert not Reminder.objects.exists()


def test_in_the_language_of_the_sign_up(clock, run, shift):
    ShiftSignupFactory(shift=shift, language="en")

    (mail,) = run()

    assert mail.subject == "Reminder: your commitment on 03/03/2026"
    assert "If you cannot come, please cancel your shift here:" in mail.body
    assert "/en/" in mail.body


def test_two_addresses_get_one_mail_each(clock, run, shift):
    ShiftSignupFactory(shift=shift, email="a@example.org")
    ShiftSignupFactory(shift=shift, email="b@example.org")

    assert sorted(mail.to[0] for mail in run()) == ["a@example.org", "b@example.org"]


def test_erasure_and_retention(clock, run, shift, rf):
    from clubs.reminders.personal_data import Reminders

    ShiftSignupFactory(shift=shift, email="jana@example.org")
    run()
    kind = Reminders()

    assert kind.export("JANA@example.org")[0]["day"] == TUESDAY
    assert kind.expired(at(TUESDAY, 23)).count() == 0
    assert kind.expired(at(TUESDAY + datetime.timedelta(days=1), 0)).count() == 1
    assert kind.erase("Jana@Example.org", rf.get("/")) == 1
    assert not Reminder.objects.exists()
    assert ShiftSignup.objects.exists()
