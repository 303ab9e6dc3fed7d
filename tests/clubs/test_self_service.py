"""A club's overview and profile in "Mein Bereich": the representative edits the profile in a
plain form; saving makes a draft, submitting starts the regional review, nothing is published
directly, and nobody reaches another club's data."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import WorkflowPage

from clubs.models import ClubPage
from clubs.self_service.access import club_for_representative, offer_of_club
from clubs.self_service.moderation import State
from tests.clubs.self_service_world import *  # noqa: F403 (the fixtures)
from tests.clubs.self_service_world import PROFILE_DATA, de, png_bytes, state_label
from tests.factories import CategoryFactory, OpportunityPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def profile_url(club):
    return reverse("club_profile_edit", args=[club.pk])


def profile_data(club, **changes):
    return {**PROFILE_DATA, "municipality": str(club.municipality_id), **changes}


def test_club_for_representative_finds_own_club_only(representative, club_a, club_b):
    assert club_for_representative(representative, club_a.pk) == club_a
    with pytest.raises(Http404):
        club_for_representative(representative, club_b.pk)


def test_superusers_may_act_for_any_club(club_a):
    admin = UserFactory(username="admin", is_superuser=True)

    assert club_for_representative(admin, club_a.pk) == club_a


def test_an_offer_of_another_club_is_not_found(club_a, club_b):
    offer = OpportunityPageFactory(parent=club_b)

    with pytest.raises(Http404):
        offer_of_club(club_a, offer.pk)


def test_my_area_links_each_club_to_its_overview(logged_in, club_a):
    html = logged_in.get("/mein-bereich/").content.decode()

    assert f'href="/mein-bereich/vereine/{club_a.pk}/"' in html


def test_dashboard_shows_the_club_the_profile_state_and_the_offers(logged_in, club_a):
    OpportunityPageFactory(parent=club_a)
    OpportunityPageFactory(parent=club_a, live=False)

    html = logged_in.get(reverse("club_dashboard", args=[club_a.pk])).content.decode()

    assert club_a.title in html
    assert state_label(State.PUBLISHED) in html
    assert f"{state_label(State.DRAFT)}: 1" in html
    assert reverse("club_profile_edit", args=[club_a.pk]) in html
    assert reverse("club_offers", args=[club_a.pk]) in html


def test_the_form_shows_the_current_profile_with_paragraphs(logged_in, club_a):
    club_a.description = "<p>Erster <b>Absatz</b></p><p>Zweiter</p>"
    club_a.save_revision()

    html = logged_in.get(profile_url(club_a)).content.decode()

    assert "Erster Absatz\n\nZweiter" in html


def test_saving_makes_a_draft_and_leaves_the_live_page(logged_in, club_a):
    response = logged_in.post(profile_url(club_a), profile_data(club_a, action="save"))

    assert response.status_code == 302
    club = ClubPage.objects.get(pk=club_a.pk)
    assert club.title == "Sportverein Nord"
    assert club.has_unpublished_changes
    draft = club.get_latest_revision_as_object()
    assert draft.title == "Sportverein Lindau"
    assert draft.description == "<p>Wir sind ein Verein.</p><p>Seit 1920 &amp; mehr.</p>"
    assert club.current_workflow_state is None


def test_the_page_says_the_draft_is_not_live(logged_in, club_a):
    logged_in.post(profile_url(club_a), profile_data(club_a, action="save"))

    html = logged_in.get(profile_url(club_a)).content.decode()

    assert state_label(State.DRAFT) in html
    assert (
        de("The site still shows the last approved version; your newer changes are not live yet.")
        in html
    )


def test_submitting_starts_the_review_and_the_coordinator_publishes_it(
    logged_in, club_a, coordinator_a
):
    logged_in.post(profile_url(club_a), profile_data(club_a, action="submit"))

    club = ClubPage.objects.get(pk=club_a.pk)
    task_state = club.current_workflow_task_state
    assert task_state is not None
    assert club.title == "Sportverein Nord"
    task_state.task.specific.on_action(task_state, coordinator_a, "approve")

    club = ClubPage.objects.get(pk=club_a.pk)
    assert club.live
    assert club.title == "Sportverein Lindau"
    assert club.street == "Am Sportplatz 1"


def test_the_page_shows_in_review(logged_in, club_a):
    logged_in.post(profile_url(club_a), profile_data(club_a, action="submit"))

    html = logged_in.get(profile_url(club_a)).content.decode()

    assert state_label(State.IN_REVIEW) in html


def test_changes_requested_show_the_coordinators_comment_and_resubmit_resumes(
    logged_in, club_a, coordinator_a
):
    logged_in.post(profile_url(club_a), profile_data(club_a, action="submit"))
    club = ClubPage.objects.get(pk=club_a.pk)
    task_state = club.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, coordinator_a, "reject", comment="Bitte die Trainingszeiten ergänzen."
    )

    html = logged_in.get(profile_url(club_a)).content.decode()
    assert state_label(State.CHANGES_REQUESTED) in html
    assert "Bitte die Trainingszeiten ergänzen." in html

    logged_in.post(
        profile_url(club_a), profile_data(club_a, action="submit", meeting_times="Mi 19 Uhr")
    )
    club = ClubPage.objects.get(pk=club_a.pk)
    assert club.workflow_in_progress
    assert club.current_workflow_task_state.revision.as_object().meeting_times == "Mi 19 Uhr"


def test_without_a_workflow_the_draft_stays_a_draft(client, club_a, representative):
    WorkflowPage.objects.all().delete()
    client.force_login(representative)

    response = client.post(profile_url(club_a), profile_data(club_a, action="submit"), follow=True)

    club = ClubPage.objects.get(pk=club_a.pk)
    assert club.title == "Sportverein Nord"
    assert club.current_workflow_state is None
    assert de(
        "The draft is saved, but it cannot be submitted: no review is set up for your club's "
        "pages. Please contact the coordination of your region."
    ) in response.content.decode().replace("&#x27;", "'")


def test_missing_fields_are_named_with_the_fix(logged_in, club_a):
    response = logged_in.post(
        profile_url(club_a), profile_data(club_a, title="", contact_email="kein-at", action="save")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert de("Please enter the name of your club.") in html
    assert de("Please enter a valid email address, e.g. name@example.org.") in html
    assert not ClubPage.objects.get(pk=club_a.pk).has_unpublished_changes


def test_categories_are_saved_in_the_draft(logged_in, club_a):
    category = CategoryFactory(name="Sport")

    logged_in.post(
        profile_url(club_a), profile_data(club_a, categories=[category.pk], action="save")
    )

    draft = ClubPage.objects.get(pk=club_a.pk).get_latest_revision_as_object()
    assert list(draft.categories.all()) == [category]


def test_a_logo_with_alt_text_is_stored_in_the_logo_collection(logged_in, club_a):
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")

    logged_in.post(
        profile_url(club_a),
        profile_data(club_a, logo=logo, logo_alt="Blauer Ball", action="save"),
    )

    draft = ClubPage.objects.get(pk=club_a.pk).get_latest_revision_as_object()
    assert draft.logo.description == "Blauer Ball"
    assert draft.logo_alt_text == "Blauer Ball"
    assert draft.logo.collection.name == "Vereinslogos"


def test_a_new_alt_text_waits_for_the_review_like_the_rest(logged_in, club_a):
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    logged_in.post(
        profile_url(club_a), profile_data(club_a, logo=logo, logo_alt="Blauer Ball", action="save")
    )
    draft = ClubPage.objects.get(pk=club_a.pk).get_latest_revision_as_object()
    draft.save_revision().publish()

    logged_in.post(
        profile_url(club_a), profile_data(club_a, logo_alt="Roter Ball", action="submit")
    )

    live = ClubPage.objects.get(pk=club_a.pk)
    assert live.logo.description == "Blauer Ball"
    assert 'alt="Blauer Ball"' in logged_in.get(live.url).content.decode()
    assert live.get_latest_revision_as_object().logo_alt_text == "Roter Ball"


def test_a_logo_without_alt_text_is_refused_with_a_message(logged_in, club_a):
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")

    response = logged_in.post(profile_url(club_a), profile_data(club_a, logo=logo, action="save"))

    assert response.status_code == 200
    assert de("Please describe the logo in a few words for people who cannot see it.") in (
        response.content.decode()
    )
    assert not get_image_model().objects.exists()


def test_a_file_that_is_no_image_is_refused(logged_in, club_a):
    logo = SimpleUploadedFile("logo.png", b"not an image", content_type="image/png")

    response = logged_in.post(
        profile_url(club_a), profile_data(club_a, logo=logo, logo_alt="Logo", action="save")
    )

    assert response.status_code == 200
    assert "JPEG, PNG" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_gif_logo_is_refused(logged_in, club_a):
    logo = SimpleUploadedFile("logo.gif", png_bytes(image_format="GIF"), content_type="image/gif")

    response = logged_in.post(
        profile_url(club_a), profile_data(club_a, logo=logo, logo_alt="Logo", action="save")
    )

    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_the_logo_can_be_removed(logged_in, club_a):
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    logged_in.post(
        profile_url(club_a), profile_data(club_a, logo=logo, logo_alt="Ball", action="save")
    )

    logged_in.post(profile_url(club_a), profile_data(club_a, remove_logo="on", action="save"))

    assert ClubPage.objects.get(pk=club_a.pk).get_latest_revision_as_object().logo is None


def test_a_double_click_saves_one_revision(logged_in, club_a):
    token = "abcdefghijklmnopqrstuvwx"
    before = club_a.revisions.count()
    data = profile_data(club_a, action="save", submission_token=token)

    logged_in.post(profile_url(club_a), data)
    logged_in.post(profile_url(club_a), data)

    assert club_a.revisions.count() == before + 1


def test_unchanged_text_keeps_its_formatting(logged_in, club_a):
    club_a.description = '<p>Mit <a href="https://example.org">Link</a></p>'
    club_a.save_revision()

    logged_in.post(profile_url(club_a), profile_data(club_a, description="Mit Link", action="save"))

    draft = ClubPage.objects.get(pk=club_a.pk).get_latest_revision_as_object()
    assert draft.description == '<p>Mit <a href="https://example.org">Link</a></p>'


def test_categories_are_labelled_in_the_visitors_language(logged_in, club_a, english):
    category = CategoryFactory(name="Sport und Bewegung")
    translated = category.copy_for_translation(english)
    translated.name = "Sports and exercise"
    translated.save()

    html = logged_in.get("/en" + profile_url(club_a)).content.decode()

    assert "Sports and exercise" in html
