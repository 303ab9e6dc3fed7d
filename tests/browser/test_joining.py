"""Joining in a real browser: a new initiative applies from a phone-sized window, and the
pages of joining (form, answer, board) have no WCAG AA violations in German and English at
1280 and 375 px."""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from clubs.joining.applications import confirmation_token
from clubs.joining.models import ClubApplication
from clubs.profiles.models import ClubPage
from tests.browser.helpers import log_in
from tests.browser.test_accessibility import violations_on

PHONE = {"width": 375, "height": 800}


def test_a_new_initiative_applies_from_a_phone(page, demo):
    page.set_viewport_size(PHONE)
    page.goto("/verein-eintragen/")

    page.fill("#id_name", "Repair-Café Grotenhusen")
    page.locator("input[name=kind][value=initiative]").check()
    page.select_option("#id_municipality", label="Grotenhusen")
    page.locator("input[name=categories]").first.check()
    page.fill("#id_summary", "Wir reparieren einmal im Monat gemeinsam, was kaputt ist.")
    page.fill("#id_contact_name", "Maren Thiessen")
    page.fill("#id_email", "maren@example.org")
    page.locator("#id_consent").check()
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url("**/verein-eintragen/gesendet/")

    application = ClubApplication.objects.get(name="Repair-Café Grotenhusen")
    assert application.status == ClubApplication.Status.UNCONFIRMED
    assert application.municipality.name == "Grotenhusen"
    assert application.categories.count() == 1


def test_joining_pages_have_no_wcag_aa_violations(page, demo):
    log_in(page, "verein.sport")
    club = ClubPage.objects.filter(
        representatives__user__username="verein.sport", locale__language_code="de"
    ).first()
    member = get_user_model().objects.get(username="verein.sport")
    invited = get_user_model().objects.create_user("eingeladen", "eingeladen@example.org")
    invited.set_unusable_password()
    invited.save()
    application = ClubApplication.objects.filter(status=ClubApplication.Status.PENDING).first()
    paths = {}
    for prefix in ("", "/en"):
        # Each language gets its own link: the first visit of an invitation link moves the token
        # into the session, as Django's password reset does.
        invitation = (
            f"{prefix}/konto/einladung/{urlsafe_base64_encode(force_bytes(invited.pk))}/"
            f"{default_token_generator.make_token(invited)}/"
        )
        paths.update(
            {
                f"{prefix} application form": f"{prefix}/verein-eintragen/",
                f"{prefix} answer": f"{prefix}/verein-eintragen/gesendet/",
                f"{prefix} invalid confirmation": f"{prefix}/verein-eintragen/bestaetigen/x/",
                f"{prefix} board": f"{prefix}/mein-bereich/vereine/{club.pk}/vorstand/",
                f"{prefix} board invite": f"{prefix}/mein-bereich/vereine/{club.pk}/vorstand/"
                "einladen/",
                f"{prefix} board remove": f"{prefix}/mein-bereich/vereine/{club.pk}/vorstand/"
                f"{member.pk}/entfernen/",
                f"{prefix} confirmed": f"{prefix}/verein-eintragen/bestaetigen/"
                f"{confirmation_token(application)}/",
                f"{prefix} invitation": invitation,
            }
        )

    failures = violations_on(page, paths)

    assert not failures, "\n\n".join(failures)
