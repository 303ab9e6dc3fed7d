"""The forms of the club self-service: a club's profile and its offers, in plain fields.

The fields take their labels, help texts and limits from the page models; the forms are plain
forms (not the admin's page forms) so that nothing of Wagtail's editor reaches club boards.
Every error says which field and what to do.
"""

from django import forms
from django.core.validators import RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from clubs.opportunities.models import OpportunityPage
from clubs.profiles.models import ClubPage
from home.image_uploads import DecodableImageField
from home.kern_forms import KernFormMixin
from home.models import Category, Municipality, Topic
from home.models.taxonomy import in_default_locale
from home.submissions import SubmissionTokenField

from .text import plain_text

LOGO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
SAVE = "save"
SUBMIT = "submit"
MAX_LENGTH_MESSAGE = _(
    "Please shorten this to at most %(limit_value)d characters; it has %(show_value)d."
)
PARAGRAPHS_HELP = _("Separate paragraphs with a blank line.")


class LogoField(DecodableImageField):
    """A JPEG, PNG or WebP image within the portal's size limit for images."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.allowed_image_extensions = LOGO_EXTENSIONS
        self.help_text = _("JPEG, PNG or WebP, at most %(size)s.") % {
            "size": filesizeformat(self.max_upload_size)
        }
        fix = _("Please choose a JPEG, PNG or WebP image of at most %(size)s.") % {
            "size": filesizeformat(self.max_upload_size)
        }
        for code in (
            "invalid_image",
            "invalid_image_extension",
            "invalid_image_known_format",
            "file_too_large",
            "file_too_large_unknown_size",
            "file_too_many_pixels",
            "invalid",
            "empty",
        ):
            self.error_messages[code] = fix


def _model_field(model, name, required_message=None, **kwargs):
    """The form field of a model field, with the portal's error messages."""
    field = model._meta.get_field(name).formfield(**kwargs)
    if required_message:
        field.error_messages["required"] = required_message
    if getattr(field, "max_length", None):
        field.error_messages["max_length"] = MAX_LENGTH_MESSAGE
    return field


def _text_area(model, name, rows=4, **kwargs):
    return _model_field(model, name, widget=forms.Textarea(attrs={"rows": rows}), **kwargs)


def _terms(model):
    """Checkboxes of the terms in the default language (what pages store), each labelled in
    the visitor's language."""
    field = forms.ModelMultipleChoiceField(
        queryset=model.objects.filter(in_default_locale()).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    terms = list(field.queryset)
    names = model.objects.names_in_active_locale(terms)
    labels = {term.pk: name for term, name in zip(terms, names, strict=True)}
    field.label_from_instance = lambda term: labels.get(term.pk, term.name)
    return field


def _municipality(label, help_text=""):
    return forms.ModelChoiceField(
        label=label,
        help_text=help_text,
        queryset=Municipality.objects.order_by("name"),
        error_messages={
            "required": _("Please choose the municipality from the list."),
            "invalid_choice": _("Please choose the municipality from the list."),
        },
    )


class SelfServiceForm(KernFormMixin, forms.Form):
    """Common to both forms: the description as plain text and the double-click guard."""

    model = None
    submission_token = SubmissionTokenField()

    def __init__(self, *args, page, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)
        self.fields["description"] = _text_area(self.model, "description", rows=8, required=False)
        self.fields["description"].help_text = PARAGRAPHS_HELP
        self.order_fields(self.field_order)

    def submits(self):
        return self.data.get("action") == SUBMIT

    @classmethod
    def initial_of(cls, page, names):
        initial = {name: getattr(page, name) for name in names}
        initial["description"] = plain_text(page.description)
        return initial


class ClubProfileForm(SelfServiceForm):
    model = ClubPage
    field_order = [
        "title",
        "kind",
        "summary",
        "description",
        "logo",
        "logo_alt",
        "remove_logo",
        "categories",
        "municipality",
        "street",
        "postcode",
        "meeting_times",
        "website",
        "contact_email",
        "competencies",
        "competencies_note",
        "needs",
    ]
    page_fields = [
        "title",
        "kind",
        "summary",
        "municipality",
        "street",
        "postcode",
        "meeting_times",
        "website",
        "contact_email",
        "competencies_note",
        "needs",
    ]

    title = forms.CharField(
        label=_("Name of the club"),
        max_length=255,
        error_messages={
            "required": _("Please enter the name of your club."),
            "max_length": MAX_LENGTH_MESSAGE,
        },
    )
    logo_alt = forms.CharField(
        label=_("Description of the logo (alternative text)"),
        max_length=255,
        required=False,
        help_text=_(
            "For people who cannot see the image, e.g. 'Logo of the sports club: a blue ball'. "
            "Required when you upload a logo."
        ),
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
    )
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = ClubPage
        # Built per form: its help text and messages are formatted in the visitor's language.
        self.fields["logo"] = LogoField(label=_("Logo"), required=False)
        self.fields["kind"] = _model_field(model, "kind")
        self.fields["kind"].error_messages["invalid_choice"] = _(
            "Please choose the kind from the list."
        )
        self.fields["summary"] = _text_area(
            model,
            "summary",
            rows=3,
            required_message=_("Please describe your club in one or two sentences."),
        )
        self.fields["categories"] = _terms(Category)
        self.fields["categories"].label = _("Categories")
        self.fields["municipality"] = _municipality(_("Municipality"))
        self.fields["street"] = _model_field(model, "street")
        self.fields["postcode"] = _model_field(
            model,
            "postcode",
            validators=[
                RegexValidator(r"^\d{5}$", message=_("Please enter the postcode with 5 digits."))
            ],
        )
        self.fields["meeting_times"] = _text_area(model, "meeting_times", rows=3)
        self.fields["website"] = _model_field(model, "website", assume_scheme="https")
        self.fields["website"].error_messages["invalid"] = _(
            "Please enter the full address of the website, e.g. https://www.example.org."
        )
        self.fields["contact_email"] = _model_field(
            model,
            "contact_email",
            required_message=_(
                "Please enter the email address where messages from volunteers should go."
            ),
        )
        self.fields["contact_email"].error_messages["invalid"] = _(
            "Please enter a valid email address, e.g. name@example.org."
        )
        self.fields["competencies"] = _terms(Topic)
        self.fields["competencies"].label = model._meta.get_field("competencies").verbose_name
        self.fields["competencies"].help_text = model._meta.get_field("competencies").help_text
        self.fields["competencies_note"] = _text_area(model, "competencies_note", rows=3)
        self.fields["needs"] = _text_area(model, "needs", rows=3)
        if not self.page.logo_id:
            del self.fields["remove_logo"]
        self.order_fields(self.field_order)

    @classmethod
    def for_page(cls, page, data=None, files=None):
        initial = cls.initial_of(page, cls.page_fields)
        initial["categories"] = list(page.categories.all())
        initial["competencies"] = list(page.competencies.all())
        return cls(data, files, page=page, initial=initial)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("logo") and not cleaned.get("logo_alt", "").strip():
            self.add_error(
                "logo_alt",
                _("Please describe the logo in a few words for people who cannot see it."),
            )
        if cleaned.get("logo") and cleaned.get("remove_logo"):
            self.add_error(
                "remove_logo",
                _("Either upload a new logo or remove the current one, not both."),
            )
        return cleaned


class OfferForm(SelfServiceForm):
    model = OpportunityPage
    field_order = [
        "title",
        "summary",
        "description",
        "municipality",
        "categories",
        "commitment",
        "hours_per_week",
        "starts_on",
        "ends_on",
        "time_note",
        "expires_on",
        "skills",
        "suitable_for_young_people",
        "suitable_for_seniors",
        "suitable_for_families",
        "suitable_for_newcomers",
        "suitable_without_experience",
        "accessible_place",
        "remote_possible",
        "police_certificate_required",
        "contact_name",
    ]
    date_fields = ["starts_on", "ends_on", "expires_on"]
    boolean_fields = [
        "suitable_for_young_people",
        "suitable_for_seniors",
        "suitable_for_families",
        "suitable_for_newcomers",
        "suitable_without_experience",
        "accessible_place",
        "remote_possible",
        "police_certificate_required",
    ]
    page_fields = [
        "title",
        "summary",
        "municipality",
        "commitment",
        "hours_per_week",
        *date_fields,
        "time_note",
        "skills",
        *boolean_fields,
        "contact_name",
    ]

    title = forms.CharField(
        label=_("Title of the offer"),
        max_length=255,
        help_text=_("e.g. 'Cake stall at the summer fair'."),
        error_messages={
            "required": _("Please give the offer a title."),
            "max_length": MAX_LENGTH_MESSAGE,
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = OpportunityPage
        self.fields["summary"] = _text_area(
            model,
            "summary",
            rows=3,
            required_message=_("Please describe the offer in one or two sentences."),
        )
        self.fields["municipality"] = _municipality(_("Place"))
        self.fields["categories"] = _terms(Category)
        self.fields["categories"].label = _("Categories")
        self.fields["commitment"] = _model_field(
            model, "commitment", widget=forms.RadioSelect, choices=model.Commitment.choices
        )
        self.fields["commitment"].error_messages["required"] = _(
            "Please choose the kind of commitment."
        )
        self.fields["commitment"].error_messages["invalid_choice"] = _(
            "Please choose the kind of commitment."
        )
        self.fields["hours_per_week"] = _model_field(model, "hours_per_week")
        self.fields["hours_per_week"].error_messages.update(
            invalid=_("Please enter the hours per week as a whole number, e.g. 2."),
            min_value=_("Please enter the hours per week as a whole number, e.g. 2."),
            max_value=_("Please enter at most %(limit_value)s hours per week."),
        )
        for name in self.date_fields:
            self.fields[name] = _model_field(
                model, name, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            )
            self.fields[name].error_messages["invalid"] = _(
                "Please enter a date in the form DD.MM.YYYY, e.g. 24.06.2027."
            )
        self.fields["time_note"] = _model_field(model, "time_note")
        self.fields["skills"] = _text_area(model, "skills", rows=3)
        for name in self.boolean_fields:
            self.fields[name] = _model_field(model, name)
        self.fields["contact_name"] = _model_field(model, "contact_name")
        self.order_fields(self.field_order)

    @classmethod
    def for_page(cls, page, data=None):
        initial = cls.initial_of(page, cls.page_fields)
        initial["categories"] = list(page.categories.all()) if page.pk else []
        return cls(data, page=page, initial=initial)

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        # OpportunityPage.clean's rules, with its messages, on the fields they concern: the
        # model's clean needs a page in the tree, which a new offer is not yet.
        one_off = cleaned.get("commitment") == OpportunityPage.Commitment.ONE_OFF
        if "starts_on" not in self.errors and not starts_on and one_off:
            self.add_error("starts_on", _("Enter the date of the one-off help."))
        elif "starts_on" not in self.errors and not starts_on and ends_on:
            self.add_error("starts_on", _("Enter the first day as well."))
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error(
                "ends_on", _("The last day cannot be before the first day; please correct it.")
            )
        return cleaned
