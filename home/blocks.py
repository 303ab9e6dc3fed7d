"""The one StreamField block library of the portal.

Every page type composes its body from these blocks (see the `*StreamBlock` classes at the end),
so editors meet the same building blocks everywhere and every block renders with KERN markup
from `templates/components/blocks/`.
"""

from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class LinkStructValue(blocks.StructValue):
    """Gives templates the chosen page in the visitor's language and the link's text.

    Use the `link_url` template tag for the address; it covers external links too.
    """

    @cached_property
    def target_page(self):
        """The chosen page's live translation (or the page itself); None once unpublished."""
        page = self.get("page")
        if page is None:
            return None
        page = page.localized
        return page if page.live else None

    def text(self):
        if self.get("label"):
            return self["label"]
        page = self.target_page
        return page.title if page else self.get("url", "")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or external address"), required=False)
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=80,
        help_text=_("Leave empty to use the title of the chosen page."),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/blocks/link.html"
        value_class = LinkStructValue
        description = _("A link to a page of this site or to another website.")
        preview_value = {"url": "https://www.example.org/", "label": _("More information")}

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            message = _("Choose a page or enter an external address, not both.")
        elif not value.get("page") and not value.get("url"):
            message = _("Choose a page or enter an external address.")
        else:
            return value
        raise StructBlockValidationError(
            block_errors={"page": ValidationError(message), "url": ValidationError(message)}
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Use level 2 for sections and levels 3 and 4 for their subsections."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        description = _("A section heading that also structures the page for screen readers.")
        preview_value = {"text": _("How you can help"), "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "e.g. 'Volunteers plant trees at the village pond'."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"
        description = _("An image with alternative text and an optional caption.")
        preview_value = {"alt_text": _("Volunteers at a village festival"), "caption": ""}

    def get_preview_value(self):
        """Preview with the newest image of the library, as there is no fixed example image."""
        image = get_image_model().objects.order_by("-created_at").first()
        return self.to_python({**self.meta.preview_value, "image": image.pk if image else None})


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"
        description = _("A highlighted box that invites people to take one clear next step.")
        preview_value = {
            "heading": _("Lend a hand for a day"),
            "text": _("Many clubs look for help with single events. No long commitment needed."),
            "link": {"url": "https://www.example.org/", "label": _("Find opportunities")},
        }


TEASER_CARD_PREVIEW = {
    "title": _("Courses for board members"),
    "text": _("Free qualification courses near you."),
    "link": {"url": "https://www.example.org/"},
}
ACCORDION_ITEM_PREVIEW = {
    "question": _("Am I insured while volunteering?"),
    "answer": _("<p>In most cases the club's or the state's insurance covers you.</p>"),
}


class TeaserCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=100)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    image = ImageChooserBlock(label=_("Image"), required=False)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "doc-full"
        label = _("Teaser card")
        template = "components/blocks/teaser_card.html"
        description = _("A card with title, short text and a link.")
        preview_value = TEASER_CARD_PREVIEW


class TeaserCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    cards = blocks.ListBlock(TeaserCardBlock(), label=_("Cards"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Teaser cards")
        template = "components/blocks/teaser_cards.html"
        description = _("Up to six cards side by side that lead to other pages.")
        preview_value = {
            "heading": _("Get started"),
            "cards": [TEASER_CARD_PREVIEW, TEASER_CARD_PREVIEW],
        }


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Accordion entry")
        template = "components/blocks/accordion_item.html"
        description = _("One question with its answer, opened on demand.")
        preview_value = ACCORDION_ITEM_PREVIEW


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Entries"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "components/blocks/accordion.html"
        description = _("Questions and answers that readers open one at a time.")
        preview_value = {
            "heading": _("Frequently asked questions"),
            "items": [ACCORDION_ITEM_PREVIEW],
        }


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document list")
        template = "components/blocks/document_list.html"
        description = _("Downloads with file type and size, e.g. forms and checklists.")
        preview_value = {"heading": _("Downloads"), "documents": []}


class TableBlock(blocks.StructBlock):
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"))),
            (
                "rich_text",
                blocks.RichTextBlock(label=_("Formatted text"), features=["bold", "link"]),
            ),
        ],
        label=_("Table"),
        help_text=_(
            "Give the table a caption that says what it shows; screen readers read it first."
        ),
    )
    first_column_is_header = blocks.BooleanBlock(
        label=_("First column labels the rows"), required=False
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"
        description = _("A table with a caption and column headings.")
        preview_value = {
            "first_column_is_header": True,
            "table": {
                "caption": _("Office hours"),
                "columns": [
                    {"type": "text", "heading": _("Day")},
                    {"type": "text", "heading": _("Time")},
                ],
                "rows": [{"values": [_("Tuesday"), "14:00–18:00"]}],
            },
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"
        description = _("A quotation with the name of the person who said it.")
        preview_value = {
            "quote": _("Helping once a month is enough. It changed our village."),
            "attribution": _("Volunteer at the sports club"),
        }


class NewestOpportunitiesBlock(blocks.StructBlock):
    """Filled automatically by the clubs app (template tag `newest_opportunities`)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(label=_("Number of opportunities"), min_value=1, max_value=12)

    class Meta:
        icon = "group"
        label = _("Newest opportunities")
        template = "components/blocks/newest_opportunities.html"
        description = _(
            "The most recently published volunteering opportunities, updated by itself."
        )
        preview_value = {"heading": _("Newest opportunities"), "count": 3}


class UrgentShiftsBlock(blocks.StructBlock):
    """Filled automatically by the clubs app (template tag `urgent_shift_offers`): "Wo fehlt
    noch jemand?", the offers whose next shift with a free place is soonest."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(
        label=_("Number of opportunities"), min_value=1, max_value=12, default=3
    )

    class Meta:
        icon = "time"
        label = _("Open shifts")
        template = "components/blocks/urgent_shifts.html"
        description = _(
            "Opportunities whose next shift still has free places, soonest first; hidden when "
            "there are none."
        )
        preview_value = {"heading": _("Where is help still needed?"), "count": 3}


class LatestNewsBlock(blocks.StructBlock):
    """Filled automatically from the news overview (template tag `latest_news`)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(
        label=_("Number of news items"), min_value=1, max_value=12, default=3
    )

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "components/blocks/latest_news.html"
        description = _("The newest news items of the news overview, updated by themselves.")
        preview_value = {"heading": _("Latest news"), "count": 3}


class VillageEntryBlock(blocks.StructBlock):
    """A place field that opens the opportunity finder filtered by the visitor's village."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)

    class Meta:
        icon = "home"
        label = _("Find by village")
        template = "components/blocks/village_entry.html"
        description = _("Visitors enter their village or postcode and see the opportunities there.")
        preview_value = {
            "heading": _("What is happening in your village?"),
            "text": _("Enter your village or postcode."),
        }


class ContactPointsBlock(blocks.StructBlock):
    """Filled automatically by the clubs app (template tag `contact_points_overview`)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "site"
        label = _("Contact points")
        template = "components/blocks/contact_points.html"
        description = _("The contact points with their next office hours, updated by themselves.")
        preview_value = {"heading": _("Contact points near you")}


class ChecklistBlock(blocks.StructBlock):
    """Steps to tick off, for the checklists of the knowledge base. The boxes work on screen
    and print as empty squares, so a checklist can be filled in by hand."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=300), label=_("Steps"), min_num=1
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "components/blocks/checklist.html"
        description = _("Steps that readers tick off one by one, on screen or on paper.")
        preview_value = {
            "heading": _("Before the general meeting"),
            "items": [_("Send out the invitation in time"), _("Book the room")],
        }


class UpcomingEventsBlock(blocks.StructBlock):
    """Filled automatically with the next events (template tag `upcoming_events`)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(label=_("Number of events"), min_value=1, max_value=12, default=3)

    class Meta:
        icon = "date"
        label = _("Next events")
        template = "components/blocks/upcoming_events.html"
        description = _("The next events and courses, soonest first, updated by themselves.")
        preview_value = {"heading": _("Next events and courses"), "count": 3}


def rich_text_block():
    return blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        template="components/blocks/rich_text.html",
        icon="pilcrow",
        description=_("Paragraphs, lists and links."),
        preview_value=_("<p>Clubs are the heart of village life.</p>"),
    )


class StandardStreamBlock(blocks.StreamBlock):
    """All blocks, for content pages."""

    heading = HeadingBlock()
    rich_text = rich_text_block()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    teaser_cards = TeaserCardsBlock()
    accordion = AccordionBlock()
    document_list = DocumentListBlock()
    table = TableBlock()
    quote = QuoteBlock()


class HomeStreamBlock(blocks.StreamBlock):
    """The home page's editable sections between the fixed, automatic ones."""

    heading = HeadingBlock()
    rich_text = rich_text_block()
    call_to_action = CallToActionBlock()
    teaser_cards = TeaserCardsBlock()
    quote = QuoteBlock()
    village_entry = VillageEntryBlock()
    newest_opportunities = NewestOpportunitiesBlock()
    urgent_shifts = UrgentShiftsBlock()
    contact_points = ContactPointsBlock()
    latest_news = LatestNewsBlock()
    upcoming_events = UpcomingEventsBlock()


class KnowledgeStreamBlock(StandardStreamBlock):
    """All blocks plus checklists, for knowledge articles and handbook chapters."""

    checklist = ChecklistBlock()
