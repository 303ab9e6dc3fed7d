"""The digests of saved searches (`send_saved_search_digests`): new offers since the last one,
matched by the finder's filter, never twice, never missed; and the end of unused searches."""

import datetime
import io
import zoneinfo

import pytest
from django.core.management import call_command
from django.utils import translation

from clubs.saved_searches import digests
from clubs.saved_searches.models import SavedSearch
from tests.clubs.saved_search_setup import DAY, MONDAY_7, link, offer_in
from tests.concurrency import HeldAtFirstCall, in_thread, until_it_waits_for_a_lock
from tests.factories import (
    CategoryFactory,
    OpportunityPageFactory,
    ShiftFactory,
    ShiftSignupFactory,
)

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def clock(time_machine):
    def move_to(moment):
        time_machine.move_to(moment, tick=False)
        return moment

    move_to(MONDAY_7)
    return move_to


@pytest.fixture
def run(django_capture_on_commit_callbacks, mailoutbox):
    """Run the command; the mails it sent this time."""

    def command():
        before = len(mailoutbox)
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_saved_search_digests", stdout=io.StringIO())
        return mailoutbox[before:]

    return command


@pytest.fixture
def lindau_club(club_in, villages):
    return club_in(villages["lindau"], title="TSV Lindau")


def confirmed(query="", frequency="weekly", at=MONDAY_7, **fields):
    return SavedSearch.objects.create(
        email="jana@example.org",
        query=query,
        frequency=frequency,
        consent_text="Ja.",
        confirmed_at=at,
        last_digest_at=at,
        last_used_at=at,
        **fields,
    )


def test_lists_an_offer_published_after_confirmation_and_not_an_older_one(
    clock, run, finder, lindau_club
):
    clock(MONDAY_7 - DAY)
    offer_in(lindau_club, "Schon bekannt")
    clock(MONDAY_7)
    search = confirmed()
    clock(MONDAY_7 + 2 * DAY)
    offer_in(lindau_club, "Trainerin gesucht")

    clock(MONDAY_7 + 7 * DAY)
    (mail,) = run()

    assert mail.to == ["jana@example.org"]
    assert mail.subject == "1 neues Angebot zu Ihrem Suchauftrag"
    assert "Trainerin gesucht" in mail.body
    assert "TSV Lindau, Lindau" in mail.body
    assert "/vereine/" in mail.body
    assert "Schon bekannt" not in mail.body
    assert "Suchauftrag ändern" in mail.body
    unsubscribe = link(mail, r"/mein-engagement/suchauftrag/[^/\s]+/abbestellen/")
    assert mail.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.extra_headers["Message-ID"].startswith("<digest-")
    search.refresh_from_db()
    assert search.last_digest_at == MONDAY_7 + 7 * DAY - digests.SETTLE


def test_the_one_click_link_of_the_digest_unsubscribes(clock, run, finder, lindau_club):
    from django.test import Client

    confirmed()
    clock(MONDAY_7 + DAY)
    offer_in(lindau_club, "Neu")
    clock(MONDAY_7 + 7 * DAY)
    (mail,) = run()

    Client(enforce_csrf_checks=True).post(
        link(mail, r"/mein-engagement/suchauftrag/[^/\s]+/abbestellen/"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert not SavedSearch.objects.exists()


def test_matches_the_finders_filters_radius_category_and_open_shift_places(
    clock, run, finder, club_in, villages
):
    sport = CategoryFactory(name="Sport", slug="sport")
    culture = CategoryFactory(name="Kultur", slug="kultur")
    confirmed("ort=Lindau&umkreis=10&bereich=sport&schichten=on")
    clock(MONDAY_7 + DAY)
    near = club_in(villages["nachbardorf"], title="SV Nachbardorf")
    far = club_in(villages["weitdorf"], title="SV Weitdorf")
    fest = datetime.date(2026, 3, 20)

    def offer(club, title, category, free_places=True):
        page = offer_in(club, title, commitment="one_off", starts_on=fest)
        page.categories.set([category])
        page.save_revision().publish()
        shift = ShiftFactory(opportunity=page, date=fest, helpers_needed=1)
        if not free_places:
            ShiftSignupFactory(shift=shift)
        return page

    offer(near, "Passt genau", sport)
    offer(far, "Zu weit weg", sport)
    offer(near, "Falscher Bereich", culture)
    offer(near, "Schon voll", sport, free_places=False)

    clock(MONDAY_7 + 7 * DAY)
    (mail,) = run()

    assert "Passt genau" in mail.body
    for title in ("Zu weit weg", "Falscher Bereich", "Schon voll"):
        assert title not in mail.body
    assert "Ort: Lindau, Umkreis 10 km; Bereich: Sport; Nur mit freien Schichtplätzen" in mail.body


def test_nothing_is_sent_when_nothing_is_new_but_the_window_moves_on(
    clock, run, finder, lindau_club
):
    search = confirmed("ort=Weitdorf")
    clock(MONDAY_7 + DAY)
    offer_in(lindau_club, "Nicht in Weitdorf")

    clock(MONDAY_7 + 7 * DAY)
    assert run() == []

    search.refresh_from_db()
    assert search.last_digest_at == MONDAY_7 + 7 * DAY - digests.SETTLE


def test_weekly_waits_a_week_daily_a_day(clock, run, finder, lindau_club):
    confirmed(frequency="weekly")
    SavedSearch.objects.create(
        email="taeglich@example.org",
        frequency="daily",
        consent_text="Ja.",
        confirmed_at=MONDAY_7,
        last_digest_at=MONDAY_7,
    )
    clock(MONDAY_7 + DAY / 2)
    offer_in(lindau_club, "Neu am Montag")

    clock(MONDAY_7 + DAY)
    assert [mail.to for mail in run()] == [["taeglich@example.org"]]
    clock(MONDAY_7 + 6 * DAY)
    assert run() == []
    clock(MONDAY_7 + 7 * DAY)
    (weekly,) = run()
    assert weekly.to == ["jana@example.org"]
    assert "Neu am Montag" in weekly.body


def test_a_daily_cron_job_a_minute_early_still_finds_the_search_due(
    clock, run, finder, lindau_club
):
    SavedSearch.objects.create(
        email="taeglich@example.org",
        frequency="daily",
        consent_text="Ja.",
        confirmed_at=MONDAY_7 - DAY,
        last_digest_at=MONDAY_7 - DAY,
    )
    clock(MONDAY_7)
    run()
    clock(MONDAY_7 + DAY - datetime.timedelta(minutes=1))
    offer_in(lindau_club, "Kurz vorher")
    clock(MONDAY_7 + 2 * DAY - datetime.timedelta(minutes=1))

    (mail,) = run()
    assert "Kurz vorher" in mail.body


def test_a_daily_digest_comes_every_morning_across_the_clock_change_and_after_a_late_run(
    clock, run, finder, lindau_club
):
    """Cron at 07:00 Berlin time: 23 hours between two runs in spring; a run 20 minutes late
    must not make the next morning's run skip the search."""
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    mornings = [
        datetime.datetime(2026, 3, day, 7, 0, tzinfo=berlin) for day in (27, 28, 29, 30, 31)
    ]
    mornings[1] += datetime.timedelta(minutes=20)  # the run on the 28th starts late
    SavedSearch.objects.create(
        email="taeglich@example.org",
        frequency="daily",
        consent_text="Ja.",
        confirmed_at=mornings[0] - DAY,
        last_digest_at=mornings[0] - DAY,
    )
    sent = []
    for number, morning in enumerate(mornings):
        clock(morning - datetime.timedelta(hours=2))
        offer_in(lindau_club, f"Angebot {number}")
        clock(morning)
        sent.append(run())
        assert run() == []  # a second run the same morning sends nothing
    assert [len(mails) for mails in sent] == [1, 1, 1, 1, 1]
    for number, (mail,) in enumerate(sent):
        assert f"Angebot {number}" in mail.body


def test_running_twice_sends_nothing_twice_and_misses_nothing(clock, run, finder, lindau_club):
    confirmed(frequency="daily")
    clock(MONDAY_7 + DAY / 2)
    offer_in(lindau_club, "Erstes")

    clock(MONDAY_7 + DAY)
    assert len(run()) == 1
    assert run() == []
    # Published while the first run was settling: the next window has it, once.
    clock(MONDAY_7 + DAY - datetime.timedelta(minutes=2))
    offer_in(lindau_club, "Knapp davor")
    clock(MONDAY_7 + 2 * DAY)
    (second,) = run()
    assert "Knapp davor" in second.body
    assert "Erstes" not in second.body
    assert run() == []


def test_unconfirmed_searches_get_no_digest_and_go_after_three_days(
    clock, run, finder, lindau_club
):
    SavedSearch.objects.create(email="neu@example.org", consent_text="Ja.", created_at=MONDAY_7)
    clock(MONDAY_7 + DAY)
    offer_in(lindau_club, "Neu")

    clock(MONDAY_7 + 3 * DAY - datetime.timedelta(minutes=1))
    assert run() == []
    assert SavedSearch.objects.exists()
    clock(MONDAY_7 + 3 * DAY + datetime.timedelta(minutes=1))
    run()
    assert not SavedSearch.objects.exists()


def test_an_unused_search_gets_one_notice_and_ends_thirty_days_later(clock, run, client, finder):
    search = confirmed()
    clock(MONDAY_7 + 365 * DAY)

    (notice,) = [mail for mail in run() if "endet" in mail.subject]
    assert notice.subject == "Ihr Suchauftrag endet in 30 Tagen – hier verlängern"
    assert "Suchauftrag verlängern" in notice.body
    assert [mail for mail in run() if "endet" in mail.subject] == []

    clock(MONDAY_7 + 394 * DAY)
    run()
    assert SavedSearch.objects.filter(pk=search.pk).exists()
    clock(MONDAY_7 + 395 * DAY)
    run()
    assert not SavedSearch.objects.filter(pk=search.pk).exists()


def test_renewing_after_the_notice_keeps_the_search(clock, run, client, finder):
    search = confirmed()
    clock(MONDAY_7 + 365 * DAY)
    (notice,) = [mail for mail in run() if "endet" in mail.subject]
    manage = link(notice, r"/mein-engagement/suchauftrag/[^/\s]+/")

    clock(MONDAY_7 + 380 * DAY)
    client.post(manage, {"action": "renew"})
    clock(MONDAY_7 + 400 * DAY)
    run()

    search.refresh_from_db()
    assert search.expiry_notice_sent_at is None
    assert search.last_used_at == MONDAY_7 + 380 * DAY


def test_the_digest_is_in_the_searchs_language(
    clock, run, finder, lindau_club, english, english_home_page
):
    confirmed(language="en")
    clock(MONDAY_7 + DAY)
    german = offer_in(lindau_club, "Nur auf Deutsch")
    club_en = lindau_club.copy_for_translation(english, copy_parents=True)
    club_en.save_revision().publish()
    offer_en = german.copy_for_translation(english)
    offer_en.title = "Coach wanted"
    offer_en.save_revision().publish()

    clock(MONDAY_7 + 7 * DAY)
    with translation.override("de"):
        (mail,) = run()

    assert mail.subject == "1 new offer for your saved search"
    assert "Coach wanted" in mail.body
    assert "Nur auf Deutsch" not in mail.body
    assert "/en/" in mail.body


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_overlapping_runs_send_one_digest(finder, lindau_club, mailoutbox, monkeypatch):
    search = confirmed(frequency="daily", at=MONDAY_7)
    OpportunityPageFactory(parent=lindau_club, title="Neu", first_published_at=MONDAY_7 + HOUR)
    run_at = MONDAY_7 + DAY
    held = HeldAtFirstCall(monkeypatch, digests, "_queue_digest")

    first_thread, first = in_thread(lambda: digests.send_due_digests(run_at))
    assert held.inside.wait(timeout=60)
    second_thread, second = in_thread(lambda: digests.send_due_digests(run_at))
    until_it_waits_for_a_lock(second_thread)
    held.release()
    first_thread.join()
    second_thread.join()

    assert sorted([first["response"], second["response"]]) == [0, 1]
    assert [mail.to for mail in mailoutbox] == [["jana@example.org"]]
    search.refresh_from_db()
    assert search.last_digest_at == run_at - digests.SETTLE
