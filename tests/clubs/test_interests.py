"""'Ich möchte helfen': the form on club and opportunity pages, "Mein Bereich" and retention."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import timezone, translation

from clubs.interests.forms import EMAIL_RATE_LIMIT, IP_RATE_LIMIT, InterestForm
from clubs.models import Interest
from home.models import PortalSettings
from home.ratelimit import RateLimit, client_ip
from home.roles import CLUB_REPRESENTATIVES, COORDINATORS, setup_roles
from tests.factories import (
    ClubDirectoryPageFactory,
    ClubPageFactory,
    InterestFactory,
    MunicipalityFactory,
    OpportunityPageFactory,
    RegionFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

VOLUNTEER = {
    "name": "Alex Beispiel",
    "email": "alex@example.org",
    "phone": "04321 123456",
    "message": "Ich habe samstags Zeit.",
    "consent": "on",
    "website": "",
}


def de(text):
    """A text of the portal as German visitors read it."""
    with translation.override("de"):
        return translation.gettext(text)


def post(client, url, data, ip="203.0.113.7", **extra):
    with translation.override("de"):
        return client.post(url, data, REMOTE_ADDR=ip, **extra)


def html_of(response):
    return response.content.decode()


def error_summary(response):
    soup = BeautifulSoup(html_of(response), "html.parser")
    summary = soup.select_one("[data-error-summary]")
    return summary.get_text(" ", strip=True) if summary else ""


@pytest.fixture
def north(db):
    return RegionFactory(name="Amt Nordheide", slug="amt-nordheide")


@pytest.fixture
def south(db):
    return RegionFactory(name="Kreis Südmark", slug="kreis-suedmark")


@pytest.fixture
def club_directory(home_page):
    return ClubDirectoryPageFactory(parent=home_page)


@pytest.fixture
def club(club_directory, north):
    return ClubPageFactory(
        parent=club_directory,
        title="TSV Lindau",
        slug="tsv-lindau",
        municipality=MunicipalityFactory(region=north, name="Lindau", slug="lindau"),
        contact_email="vorstand@tsv-lindau.example",
    )


@pytest.fixture
def other_club(club_directory, south):
    return ClubPageFactory(
        parent=club_directory,
        title="Chor Südheim",
        slug="chor-suedheim",
        municipality=MunicipalityFactory(region=south, name="Südheim", slug="suedheim"),
        contact_email="chor@suedheim.example",
    )


@pytest.fixture
def opportunity(club):
    page = OpportunityPageFactory(parent=club, title="Helfen beim Dorffest", slug="dorffest")
    club.refresh_from_db()
    return page


@pytest.fixture
def representative(club):
    user = UserFactory(username="vertretung.tsv", email="kim@tsv-lindau.example")
    user.groups.add(club.representatives)
    return user


@pytest.fixture
def privacy_page(home_page, site):
    page = StandardPageFactory(parent=home_page, title="Datenschutz", slug="datenschutz")
    settings = PortalSettings.for_site(site)
    settings.privacy_page = page
    settings.save()
    return page


def submit(client, page, django_capture_on_commit_callbacks, data=None, without=(), **kwargs):
    data = {
        key: value for key, value in {**VOLUNTEER, **(data or {})}.items() if key not in without
    }
    with django_capture_on_commit_callbacks(execute=True):
        return post(client, page.url, data, **kwargs)


class TestForm:
    def test_opportunity_page_shows_the_form_with_a_hidden_honeypot(self, client, opportunity):
        with translation.override("de"):
            response = client.get(opportunity.url)

        soup = BeautifulSoup(html_of(response), "html.parser")
        form = soup.select_one("form.interest-form")
        assert response.status_code == 200
        assert form["method"] == "post"
        assert form.select_one("input[name=csrfmiddlewaretoken]")
        for name in ("name", "email", "phone", "message", "consent"):
            assert form.select_one(f"[name={name}]"), name
        honeypot = form.select_one("input[name=website]")
        wrapper = honeypot.find_parent("div")
        assert wrapper.has_attr("hidden")
        assert wrapper["aria-hidden"] == "true"
        assert honeypot["tabindex"] == "-1"
        assert honeypot["autocomplete"] == "off"
        assert form.select_one("button[type=submit]").get_text(strip=True) == de("Send message")

    def test_consent_label_links_to_the_privacy_page_in_the_visitors_language(
        self, client, club, privacy_page, english_home_page, english
    ):
        english_privacy = privacy_page.copy_for_translation(english)
        english_privacy.save_revision().publish()

        with translation.override("de"):
            german = BeautifulSoup(html_of(client.get(club.url)), "html.parser")
        english_club = club.copy_for_translation(english, copy_parents=True)
        english_club.save_revision().publish()
        english_club.refresh_from_db()
        with translation.override("en"):
            english_html = BeautifulSoup(html_of(client.get(english_club.url)), "html.parser")

        label = german.select_one("label[for=id_consent]")
        assert label.select_one("a")["href"] == "/datenschutz/"
        assert "TSV Lindau" in label.get_text()
        assert english_html.select_one("label[for=id_consent] a")["href"] == "/en/datenschutz/"

    def test_editors_preview_shows_the_form_but_cannot_send_it(self, opportunity):
        response = opportunity.make_preview_request(
            extra_request_attrs={"user": UserFactory(is_superuser=True)}
        )

        soup = BeautifulSoup(response.render().content.decode(), "html.parser")
        assert soup.select_one("form.interest-form button[type=submit]").has_attr("disabled")

    def test_consent_label_without_privacy_page_has_no_link(self, client, club):
        with translation.override("de"):
            soup = BeautifulSoup(html_of(client.get(club.url)), "html.parser")

        assert soup.select_one("label[for=id_consent]").select_one("a") is None


class TestValidSubmission:
    def test_opportunity_interest_is_stored_mailed_and_confirmed(
        self,
        client,
        opportunity,
        club,
        representative,
        privacy_page,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        response = submit(client, opportunity, django_capture_on_commit_callbacks)

        assert response.status_code == 302
        assert response["Location"] == opportunity.url
        interest = Interest.objects.get()
        assert interest.club == club
        assert interest.opportunity.pk == opportunity.pk
        assert (interest.name, interest.email, interest.phone) == (
            "Alex Beispiel",
            "alex@example.org",
            "04321 123456",
        )
        assert interest.message == "Ich habe samstags Zeit."
        assert interest.language == "de"
        assert interest.handled_at is None
        with translation.override("de"):
            form = InterestForm(club_title="TSV Lindau", privacy_url="/datenschutz/")
        assert interest.consent_text == form.consent_text
        assert "TSV Lindau" in interest.consent_text
        assert "<" not in interest.consent_text

        confirmation, notification = mailoutbox
        assert confirmation.to == ["alex@example.org"]
        assert "Ich habe samstags Zeit." not in confirmation.body
        assert "TSV Lindau" in confirmation.subject
        assert "Helfen beim Dorffest" in confirmation.body
        assert sorted(notification.to) == ["kim@tsv-lindau.example", "vorstand@tsv-lindau.example"]
        assert notification.reply_to == ["alex@example.org"]
        assert "Helfen beim Dorffest" in notification.subject
        for text in ("Alex Beispiel", "alex@example.org", "04321 123456", "samstags Zeit"):
            assert text in notification.body
        assert "http://testserver/mein-bereich/" in notification.body

        with translation.override("de"):
            page = client.get(response["Location"])
        message = de(
            "Thank you! Your message has been passed on to %(club)s. We have sent you a "
            "confirmation by email."
        ) % {"club": "TSV Lindau"}
        assert message in html_of(page)

    def test_message_from_the_club_page_has_no_opportunity(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks
    ):
        response = submit(client, club, django_capture_on_commit_callbacks)

        assert response.status_code == 302
        assert response["Location"] == club.url
        interest = Interest.objects.get()
        assert interest.club == club
        assert interest.opportunity is None
        assert [mail.to for mail in mailoutbox] == [
            ["alex@example.org"],
            ["vorstand@tsv-lindau.example"],
        ]

    def test_message_is_optional_for_an_opportunity_only(
        self, client, opportunity, club, django_capture_on_commit_callbacks
    ):
        no_message = {"message": ""}

        on_opportunity = submit(client, opportunity, django_capture_on_commit_callbacks, no_message)
        on_club = submit(client, club, django_capture_on_commit_callbacks, no_message)

        assert on_opportunity.status_code == 302
        assert on_club.status_code == 200
        assert de("Please write a message to the club.") in error_summary(on_club)
        assert Interest.objects.count() == 1

    def test_unicode_is_kept(self, client, club, django_capture_on_commit_callbacks):
        data = {"name": "Zoë Ünal-Øre 👋", "message": "مرحبا! Ich helfe gern 😊\nZweite Zeile"}

        response = submit(client, club, django_capture_on_commit_callbacks, data)

        assert response.status_code == 302
        interest = Interest.objects.get()
        assert interest.name == "Zoë Ünal-Øre 👋"
        assert interest.message == "مرحبا! Ich helfe gern 😊\nZweite Zeile"

    def test_name_is_kept_on_one_line(self, client, club, django_capture_on_commit_callbacks):
        submit(
            client, club, django_capture_on_commit_callbacks, {"name": "Alex\r\nBcc: x@example.org"}
        )

        assert Interest.objects.get().name == "Alex Bcc: x@example.org"

    def test_english_page_attaches_the_interest_to_the_german_club(
        self,
        client,
        club,
        opportunity,
        representative,
        english_home_page,
        english,
        mailoutbox,
        django_capture_on_commit_callbacks,
    ):
        english_club = club.copy_for_translation(english, copy_parents=True)
        english_club.title = "TSV Lindau (EN)"
        english_club.save_revision().publish()
        english_opportunity = opportunity.copy_for_translation(english)
        english_opportunity.title = "Help at the village fair"
        english_opportunity.save_revision().publish()
        english_opportunity.refresh_from_db()

        with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
            response = client.post(english_opportunity.url, VOLUNTEER, REMOTE_ADDR="192.0.2.1")

        assert response.status_code == 302
        assert response["Location"] == english_opportunity.url
        interest = Interest.objects.get()
        assert interest.club.pk == club.pk
        assert interest.opportunity.pk == opportunity.pk
        assert interest.language == "en"
        assert "TSV Lindau (EN)" in interest.consent_text
        confirmation, notification = mailoutbox
        assert confirmation.subject == "Your message to TSV Lindau (EN)"
        assert "Help at the village fair" in confirmation.body
        assert "Helfen beim Dorffest" in notification.subject
        assert sorted(notification.to) == ["kim@tsv-lindau.example", "vorstand@tsv-lindau.example"]


class TestInvalidSubmission:
    @pytest.mark.parametrize(
        ("field", "message"),
        [
            ("name", "Please enter your name so that the club knows who is writing."),
            ("email", "Please enter your email address so that the club can answer you."),
            ("message", "Please write a message to the club."),
            (
                "consent",
                "Please agree that we pass your details on to the club; otherwise we cannot "
                "send your message.",
            ),
        ],
    )
    def test_each_required_field_names_the_fix_and_nothing_is_stored(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks, field, message
    ):
        response = submit(client, club, django_capture_on_commit_callbacks, without=[field])

        assert response.status_code == 200
        assert de(message) in error_summary(response)
        soup = BeautifulSoup(html_of(response), "html.parser")
        assert soup.select_one(f"[data-error-summary] a[href='#id_{field}']")
        assert soup.select_one(f"#id_{field}")["aria-invalid"] == "true"
        assert Interest.objects.count() == 0
        assert mailoutbox == []

    def test_entries_are_kept_after_an_error(
        self, client, club, django_capture_on_commit_callbacks
    ):
        response = submit(client, club, django_capture_on_commit_callbacks, {"consent": ""})

        soup = BeautifulSoup(html_of(response), "html.parser")
        assert soup.select_one("#id_name")["value"] == "Alex Beispiel"
        assert soup.select_one("#id_message").get_text().strip() == "Ich habe samstags Zeit."

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"email": "alex@"}, "Please enter a valid email address, e.g. name@example.org."),
            (
                {"phone": "call me"},
                "Please enter a phone number, e.g. 04321 123456.",
            ),
        ],
    )
    def test_bad_values_name_the_fix(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks, data, message
    ):
        response = submit(client, club, django_capture_on_commit_callbacks, data)

        assert response.status_code == 200
        assert de(message) in error_summary(response)
        assert Interest.objects.count() == 0
        assert mailoutbox == []

    @pytest.mark.parametrize(
        "data",
        [
            {"name": "A" * 10_000},
            {"email": "a" * 300 + "@example.org"},
            {"phone": "0" * 500},
            {"message": "Ä" * 100_000},
            {"name": "Nul\x00l"},
            {"consent": "vielleicht", "email": "😊@😊"},
        ],
        ids=["long-name", "long-email", "long-phone", "long-message", "nul", "emoji"],
    )
    def test_odd_input_gets_an_answer_never_a_server_error(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks, data
    ):
        response = submit(client, club, django_capture_on_commit_callbacks, data)

        assert response.status_code == 200
        assert error_summary(response)
        assert Interest.objects.count() == 0
        assert mailoutbox == []

    def test_bytes_that_are_not_utf8_get_an_answer(self, client, club, mailoutbox):
        body = b"name=%FF%FE&email=alex%40example.org&message=%ED%A0%80&consent=on"

        response = client.post(
            club.url, body, content_type="application/x-www-form-urlencoded", REMOTE_ADDR="::1"
        )

        assert response.status_code in (200, 302)
        assert Interest.objects.count() <= 1

    def test_overlong_message_says_how_long_it_may_be(
        self, client, club, django_capture_on_commit_callbacks
    ):
        response = submit(client, club, django_capture_on_commit_callbacks, {"message": "x" * 3001})

        expected = de(
            "Please shorten your message to at most %(limit_value)d characters; "
            "it has %(show_value)d."
        ) % {"limit_value": 3000, "show_value": 3001}
        assert expected in error_summary(response)

    def test_empty_post_shows_the_errors(self, client, opportunity, mailoutbox):
        response = post(client, opportunity.url, {})

        assert response.status_code == 200
        assert Interest.objects.count() == 0
        assert mailoutbox == []


class TestHoneypot:
    def test_filled_honeypot_looks_successful_but_keeps_and_sends_nothing(
        self, client, opportunity, mailoutbox, django_capture_on_commit_callbacks
    ):
        response = submit(
            client, opportunity, django_capture_on_commit_callbacks, {"website": "spam.example"}
        )

        assert response.status_code == 302
        assert response["Location"] == opportunity.url
        assert Interest.objects.count() == 0
        assert mailoutbox == []
        with translation.override("de"):
            page = client.get(opportunity.url)
        message = de(
            "Thank you! Your message has been passed on to %(club)s. We have sent you a "
            "confirmation by email."
        ) % {"club": "TSV Lindau"}
        assert message in html_of(page)


class TestRateLimit:
    def test_at_most_three_messages_per_email_address_and_hour(
        self, client, club, mailoutbox, django_capture_on_commit_callbacks
    ):
        for number in range(3):
            response = submit(
                client, club, django_capture_on_commit_callbacks, ip=f"198.51.100.{number}"
            )
            assert response.status_code == 302

        response = submit(
            client,
            club,
            django_capture_on_commit_callbacks,
            {"email": "ALEX@example.org"},
            ip="198.51.100.99",
        )

        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 3600
        assert de(
            "You have sent several messages in a short time. Please try again in an hour."
        ) in error_summary(response)
        assert Interest.objects.count() == 3
        assert len(mailoutbox) == 6

    def test_one_address_is_held_back_only_beyond_a_village_s_worth_of_messages(
        self, client, club, django_capture_on_commit_callbacks
    ):
        for number in range(IP_RATE_LIMIT.limit):
            response = submit(
                client,
                club,
                django_capture_on_commit_callbacks,
                {"email": f"p{number}@example.org"},
            )
            assert response.status_code == 302

        blocked = submit(
            client, club, django_capture_on_commit_callbacks, {"email": "new@example.org"}
        )
        other_ip = submit(
            client,
            club,
            django_capture_on_commit_callbacks,
            {"email": "new@example.org"},
            ip="203.0.113.8",
        )

        assert blocked.status_code == 429
        assert other_ip.status_code == 302
        assert Interest.objects.count() == IP_RATE_LIMIT.limit + 1

    def test_invalid_attempts_do_not_count(self, client, club, django_capture_on_commit_callbacks):
        for _attempt in range(5):
            submit(client, club, django_capture_on_commit_callbacks, {"consent": ""})

        response = submit(client, club, django_capture_on_commit_callbacks)

        assert response.status_code == 302

    def test_limits_are_per_email_and_per_ip(self):
        assert (EMAIL_RATE_LIMIT.limit, EMAIL_RATE_LIMIT.window) == (3, 3600)
        # Neighbours behind one village's public address must not refuse each other.
        assert (IP_RATE_LIMIT.limit, IP_RATE_LIMIT.window) == (60, 3600)


class TestRateLimitHelper:
    def test_sliding_window(self, monkeypatch):
        limit = RateLimit("test", limit=2, window=60)

        def at(moment):
            # The cache's own expiry reads the same clock.
            monkeypatch.setattr("time.time", lambda: moment)

        at(1000)
        assert limit.allow("key")
        at(1010)
        assert limit.allow("key")
        at(1020)
        assert not limit.allow("key")
        assert limit.allow("other")
        at(1059)
        assert not limit.allow("key")
        assert limit.retry_after("key") == 1
        at(1061)
        assert limit.allow("key")

    def test_keys_are_hashed_and_case_insensitive(self):
        limit = RateLimit("test", limit=1, window=60)
        limit.hit("Alex@Example.org")

        assert limit.is_exceeded("alex@example.org")
        assert "alex" not in limit.cache_key("alex@example.org")

    @pytest.mark.parametrize(
        ("proxies", "remote", "forwarded", "expected"),
        [
            (0, "93.184.216.34", "", "93.184.216.34"),
            (1, "93.184.216.34", "198.51.100.1", "93.184.216.34"),  # an untrusted peer's header
            (1, "127.0.0.1", "198.51.100.1", "198.51.100.1"),  # behind the local proxy
            (1, "127.0.0.1", "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the proxy's entry counts
            (0, "127.0.0.1", "198.51.100.1", "127.0.0.1"),  # no proxy trusted unless configured
            (1, "10.0.0.2", "198.51.100.1", "10.0.0.2"),  # a private peer is not a proxy per se
            (1, "127.0.0.1", "garbage", "127.0.0.1"),
            (1, "127.0.0.1", "", "127.0.0.1"),
        ],
    )
    def test_client_ip(self, settings, proxies, remote, forwarded, expected):
        settings.TRUSTED_PROXY_COUNT = proxies
        request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

        assert client_ip(request) == expected


# "Mein Bereich"


@pytest.fixture
def roles(db):
    return {role.group_name: group for role, group in setup_roles().items()}


@pytest.fixture
def coordinator_of(roles):
    def make(region, username):
        user = UserFactory(username=username)
        user.groups.add(roles[COORDINATORS.group_name])
        region.coordinators.add(user)
        return user

    return make


def my_area(client, user, path="/mein-bereich/"):
    client.force_login(user)
    with translation.override("de"):
        response = client.get(path)
    assert response.status_code == 200
    return html_of(response)


class TestMyArea:
    def test_representative_sees_the_messages_of_their_club_only(
        self, client, club, other_club, representative
    ):
        InterestFactory(club=club, name="Nachricht an TSV")
        InterestFactory(club=other_club, name="Nachricht an Chor")

        html = my_area(client, representative)

        assert "Nachricht an TSV" in html
        assert "Nachricht an Chor" not in html

    def test_coordinator_sees_the_messages_of_their_region_only(
        self, client, club, other_club, coordinator_of, north
    ):
        InterestFactory(club=club, name="Nachricht an TSV")
        InterestFactory(club=other_club, name="Nachricht an Chor")

        html = my_area(client, coordinator_of(north, "koordination.nord"))

        assert "Nachricht an TSV" in html
        assert "Nachricht an Chor" not in html

    def test_newest_first_with_count_and_pages(self, client, club, representative):
        for number in range(12):
            interest = InterestFactory(club=club, name=f"Person {number:02}")
            Interest.objects.filter(pk=interest.pk).update(
                created_at=timezone.now() - datetime.timedelta(days=number)
            )
        Interest.objects.filter(name="Person 11").update(handled_at=timezone.now())

        first = my_area(client, representative)
        second = my_area(client, representative, "/mein-bereich/?page=2")

        soup = BeautifulSoup(first, "html.parser")
        names = [h3.get_text(strip=True) for h3 in soup.select(".interest-card h3")]
        assert names == [f"Person {number:02}" for number in range(10)]
        assert "Person 10" in second
        assert "Person 11" in second
        with translation.override("de"):
            total = translation.ngettext(
                "%(counter)s message in total", "%(counter)s messages in total", 12
            ) % {"counter": 12}
        assert total in first
        assert de("not yet handled: %(open_count)s") % {"open_count": 11} in first

    def test_queries_do_not_grow_with_the_number_of_messages(
        self, client, club, opportunity, representative
    ):
        client.force_login(representative)
        InterestFactory.create_batch(
            2, club=club, opportunity=opportunity, handled_by=representative
        )
        few = count_queries(client, "/mein-bereich/")
        InterestFactory.create_batch(
            18, club=club, opportunity=opportunity, handled_by=representative
        )

        assert count_queries(client, "/mein-bereich/") == few

    def test_empty_state(self, client, club, representative):
        html = my_area(client, representative)

        assert de("Messages from volunteers") in html
        assert (
            de(
                "No volunteer has written yet. Messages sent with the form on a club's page or "
                "on one of its opportunities appear here."
            )
            in html
        )

    def test_people_without_clubs_or_regions_see_no_message_list(self, client, club):
        InterestFactory(club=club)

        html = my_area(client, UserFactory())

        assert de("Messages from volunteers") not in html

    def test_representative_lands_here_and_gets_a_link_to_manage_the_club(
        self, client, club, representative, roles
    ):
        representative.groups.add(roles[CLUB_REPRESENTATIVES.group_name])

        with translation.override("de"):
            login = client.post(
                "/konto/anmelden/",
                {"username": representative.username, "password": "correct-horse-battery"},
            )
        html = my_area(client, representative)

        assert login["Location"] == "/mein-bereich/"
        soup = BeautifulSoup(html, "html.parser")
        links = {a["href"]: a.get_text(" ", strip=True) for a in soup.select("a")}
        assert links[f"/mein-bereich/vereine/{club.pk}/"].startswith(
            de("Manage profile and offers")
        )
        assert links[f"/admin/pages/{club.pk}/edit/"].startswith(de("Edit in the administration"))
        assert de("You manage your club here in My area.") in html
        assert de("You work in the administration.") not in html

    def test_anonymous_visitors_are_sent_to_the_login(self, client):
        response = client.get("/mein-bereich/")

        assert response.status_code == 302
        assert response["Location"].startswith("/konto/anmelden/")


class TestMarkHandled:
    def url(self, interest):
        return f"/mein-bereich/interessen/{interest.pk}/erledigt/"

    def test_representative_marks_a_message_as_handled(self, client, club, representative):
        interest = InterestFactory(club=club, name="Alex Beispiel")
        client.force_login(representative)

        with translation.override("de"):
            response = client.post(self.url(interest), {"next": "/mein-bereich/?page=1"})
            page = client.get(response["Location"])

        assert response.status_code == 302
        assert response["Location"] == "/mein-bereich/?page=1"
        interest.refresh_from_db()
        assert interest.handled_at is not None
        assert interest.handled_by == representative
        message = de("The message from %(name)s is marked as handled.") % {"name": "Alex Beispiel"}
        assert message in html_of(page)
        assert de("Mark as handled") not in html_of(page)

    def test_coordinator_of_the_region_may_mark_it(self, client, club, coordinator_of, north):
        interest = InterestFactory(club=club)
        client.force_login(coordinator_of(north, "koordination.nord"))

        response = client.post(self.url(interest))

        assert response["Location"] == "/mein-bereich/"
        interest.refresh_from_db()
        assert interest.handled_at is not None

    def test_representative_of_another_club_gets_404(self, client, club, other_club):
        interest = InterestFactory(club=club)
        stranger = UserFactory()
        stranger.groups.add(other_club.representatives)
        client.force_login(stranger)

        response = client.post(self.url(interest))

        assert response.status_code == 404
        interest.refresh_from_db()
        assert interest.handled_at is None

    def test_coordinator_of_another_region_gets_404(self, client, club, coordinator_of, south):
        interest = InterestFactory(club=club)
        client.force_login(coordinator_of(south, "koordination.sued"))

        assert client.post(self.url(interest)).status_code == 404

    def test_anonymous_is_sent_to_the_login(self, client, club):
        interest = InterestFactory(club=club)

        response = client.post(self.url(interest))

        assert response.status_code == 302
        assert response["Location"].startswith("/konto/anmelden/")
        interest.refresh_from_db()
        assert interest.handled_at is None

    def test_only_post(self, client, club, representative):
        interest = InterestFactory(club=club)
        client.force_login(representative)

        assert client.get(self.url(interest)).status_code == 405

    def test_next_leads_only_within_the_site(self, client, club, representative):
        interest = InterestFactory(club=club)
        client.force_login(representative)

        response = client.post(self.url(interest), {"next": "https://evil.example/"})

        assert response["Location"] == "/mein-bereich/"

    def test_needs_the_csrf_token(self, club, representative):
        from django.test import Client

        interest = InterestFactory(club=club)
        client = Client(enforce_csrf_checks=True)
        client.force_login(representative)

        assert client.post(self.url(interest)).status_code == 403
