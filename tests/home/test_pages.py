import pytest
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.blocks import StandardStreamBlock
from home.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def every_block_body(image, document, link_target):
    """One of each block of the library, with recognisable content."""
    link = {"page": link_target.pk, "url": "", "label": ""}
    return [
        {"type": "heading", "value": {"text": "Abschnitt Überschrift", "level": "h2"}},
        {"type": "rich_text", "value": "<p>Fließtext mit <b>Fettdruck</b></p>"},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Kinder pflanzen Bäume",
                "caption": "Am Teich",
                "credit": "Foto: Verein",
            },
        },
        {
            "type": "call_to_action",
            "value": {"heading": "Jetzt mitmachen", "text": "Kurzer Text", "link": link},
        },
        {
            "type": "teaser_cards",
            "value": {
                "heading": "Weiterlesen",
                "cards": [{"title": "Karte eins", "text": "Text", "image": None, "link": link}],
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": "Fragen",
                "items": [{"question": "Bin ich versichert?", "answer": "<p>Ja, meistens.</p>"}],
            },
        },
        {"type": "document_list", "value": {"heading": "Downloads", "documents": [document.pk]}},
        {
            "type": "table",
            "value": {
                "first_column_is_header": True,
                "table": {
                    "caption": "Sprechzeiten",
                    "columns": [
                        {"type": "text", "heading": "Tag"},
                        {"type": "number", "heading": "Plätze"},
                    ],
                    "rows": [{"values": ["Dienstag", "1250.5"]}],
                },
            },
        },
        {
            "type": "quote",
            "value": {"quote": "Ein Zitat aus dem Dorf.", "attribution": "Eine Ehrenamtliche"},
        },
    ]


@pytest.fixture
def image():
    return get_image_model().objects.create(title="Teich", file=get_test_image_file())


@pytest.fixture
def document():
    from django.core.files.base import ContentFile

    return get_document_model().objects.create(
        title="Checkliste Vorstandswahl", file=ContentFile(b"%PDF-1.4 test", name="checkliste.pdf")
    )


def test_home_page_renders_in_german_at_root(client, home_page):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert home_page.hero_heading in html


def test_home_page_renders_in_english_under_en(client, english_home_page):
    response = client.get("/en/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Help where you live" in html


def test_standard_page_renders_every_block_in_both_languages(
    client, home_page, english_home_page, english, image, document
):
    contact = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    page = StandardPageFactory(parent=home_page, title="Alle Bausteine", slug="bausteine")
    page.body = every_block_body(image, document, contact)
    page.save_revision().publish()
    contact.copy_for_translation(english).save_revision().publish()
    translation = page.copy_for_translation(english)
    translation.title = "All blocks"
    translation.save_revision().publish()

    german = client.get("/bausteine/").content.decode()
    english_html = client.get("/en/bausteine/").content.decode()

    for expected in [
        '<h2 class="block-heading kern-heading-large">Abschnitt Überschrift</h2>',
        "<b>Fettdruck</b>",
        'alt="Kinder pflanzen Bäume"',
        "Jetzt mitmachen",
        'href="/kontakt/"',
        "Bin ich versichert?",
        "Checkliste Vorstandswahl",
        "(PDF, ",
        '<caption class="kern-title">Sprechzeiten</caption>',
        '<th class="kern-table__header" scope="row">Dienstag</th>',
        "1.250,5",
        "Ein Zitat aus dem Dorf.",
    ]:
        assert expected in german
    assert '<html lang="en"' in english_html
    assert "All blocks" in english_html
    # Links chosen in German lead to the English translation on the English page.
    assert 'href="/en/kontakt/"' in english_html


@pytest.mark.parametrize("block_name", list(StandardStreamBlock.base_blocks))
def test_every_block_has_a_description_icon_and_renderable_preview(block_name, image):
    block = StandardStreamBlock.base_blocks[block_name]

    assert block.meta.description
    assert block.meta.icon
    rendered = block.render(block.get_preview_value())
    assert rendered.strip()


def test_link_block_tells_editors_to_choose_exactly_one_target(home_page):
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import LinkBlock

    block = LinkBlock()
    with translation.override("de"):
        with pytest.raises(StructBlockValidationError) as neither:
            block.clean(block.to_python({"page": None, "url": "", "label": ""}))
        with pytest.raises(StructBlockValidationError) as both:
            block.clean(
                block.to_python({"page": home_page.pk, "url": "https://example.org", "label": ""})
            )

        assert neither.value.block_errors["url"].messages == [
            "Bitte wählen Sie eine Seite oder geben Sie eine externe Adresse ein."
        ]
        assert both.value.block_errors["page"].messages == [
            "Bitte wählen Sie eine Seite oder geben Sie eine externe Adresse ein, nicht beides."
        ]
    assert block.clean(block.to_python({"page": None, "url": "https://example.org", "label": "x"}))


def test_links_to_a_withdrawn_page_are_left_out_instead_of_leading_nowhere(client, home_page):
    target = StandardPageFactory(parent=home_page, title="Sommerfest", slug="sommerfest")
    link = {"page": target.pk, "url": "", "label": ""}
    page = StandardPageFactory(parent=home_page, title="Aktuelles", slug="aktuelles")
    page.body = [
        {"type": "call_to_action", "value": {"heading": "Mitfeiern", "text": "", "link": link}},
        {
            "type": "teaser_cards",
            "value": {
                "heading": "",
                "cards": [{"title": "Zum Fest", "text": "", "image": None, "link": link}],
            },
        },
    ]
    page.save_revision().publish()
    assert client.get("/aktuelles/").content.decode().count('href="/sommerfest/"') == 2

    target.unpublish()
    html = client.get("/aktuelles/").content.decode()

    assert "sommerfest" not in html
    assert "Mitfeiern" in html
    assert "Zum Fest" in html


def test_image_block_requires_alternative_text(image):
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import ImageBlock

    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(
            block.to_python({"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
        )
    assert "alt_text" in error.value.block_errors


def test_draft_pages_are_not_served(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="entwurf", live=False)

    assert client.get("/entwurf/").status_code == 404
    page.save_revision().publish()
    assert client.get("/entwurf/").status_code == 200


def test_page_types_restrict_where_they_can_be_created(home_page):
    assert StandardPage.can_create_at(home_page)
    assert not home_page.specific_class.can_create_at(home_page)
