"""The forms of the Tauschbörse: a club's item in Mein Bereich, the buttons that pause, resume
or end it, and the coordination's reason for hiding one.

Plain forms with the self-service's field helpers, so that labels and limits come from the model
and every error says what to fix.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from clubs.exchange.models import ExchangeItem
from clubs.self_service.forms import (
    MAX_LENGTH_MESSAGE,
    LogoField,
    _model_field,
    _municipality,
    _text_area,
)
from home.kern_forms import KernFormMixin
from home.models import Category
from home.models.taxonomy import in_default_locale
from home.submissions import SubmissionTokenField

DATE_MESSAGE = _("Please enter a date in the form DD.MM.YYYY, e.g. 24.06.2027.")


def _choice(name, message, widget=None):
    field = _model_field(ExchangeItem, name, **({"widget": widget} if widget else {}))
    field.error_messages.update(required=message, invalid_choice=message)
    return field


def _date(label):
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": DATE_MESSAGE},
    )


def _category_field():
    """The categories in the default language (what items store), each labelled in the
    visitor's language."""
    field = forms.ModelChoiceField(
        label=_("Category"),
        required=False,
        queryset=Category.objects.filter(in_default_locale()).order_by("name"),
        error_messages={"invalid_choice": _("Please choose the category from the list.")},
    )
    categories = list(field.queryset)
    names = Category.objects.names_in_active_locale(categories)
    labels = {category.pk: name for category, name in zip(categories, names, strict=True)}
    field.label_from_instance = lambda category: labels.get(category.pk, category.name)
    return field


class ExchangeItemForm(KernFormMixin, forms.Form):
    """What a club offers or needs; the photo needs its description for people who cannot see
    it. `item` is the stored item when editing (its photo can be removed), else None."""

    item_fields = [
        "kind",
        "direction",
        "title",
        "description",
        "municipality",
        "category",
        "available_from",
        "available_until",
        "conditions",
        "conditions_note",
        "image_alt_text",
    ]
    field_order = [
        "direction",
        "kind",
        "title",
        "description",
        "photo",
        "image_alt_text",
        "remove_photo",
        "municipality",
        "category",
        "available_from",
        "available_until",
        "conditions",
        "conditions_note",
    ]

    submission_token = SubmissionTokenField()
    title = forms.CharField(
        label=_("Title"),
        max_length=120,
        help_text=_("e.g. 'Marquee 6 x 12 m' or 'Helpers for our village festival'."),
        error_messages={
            "required": _("Please give the entry a short title."),
            "max_length": MAX_LENGTH_MESSAGE,
        },
    )
    remove_photo = forms.BooleanField(label=_("Remove the current photo"), required=False)

    def __init__(self, *args, club, item=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.fields["kind"] = _choice("kind", _("Please choose what the entry is about."))
        self.fields["direction"] = _choice(
            "direction",
            _("Please choose whether your club offers or needs this."),
            widget=forms.RadioSelect,
        )
        self.fields["direction"].choices = ExchangeItem.Direction.choices
        self.fields["description"] = _text_area(
            ExchangeItem,
            "description",
            rows=6,
            required_message=_("Please describe the entry in a few sentences."),
        )
        self.fields["photo"] = LogoField(label=_("Photo"), required=False)
        self.fields["image_alt_text"] = _model_field(ExchangeItem, "image_alt_text")
        self.fields["image_alt_text"].help_text = _(
            "For people who cannot see the photo, e.g. 'White marquee on a meadow'. "
            "Required when you upload a photo."
        )
        # Places of the club's region only: the coordination that may hide the entry and
        # reports on its loans is the one of the club's region.
        self.fields["municipality"] = _municipality(_("Place"))
        self.fields["municipality"].queryset = self.fields["municipality"].queryset.filter(
            region_id=club.municipality.region_id
        )
        self.fields["category"] = _category_field()
        self.fields["available_from"] = _date(_("Available from"))
        self.fields["available_until"] = _date(_("Available until"))
        self.fields["available_from"].help_text = _(
            "For a need: the day you need it (and the last day below, if it is several days)."
        )
        self.fields["available_until"].help_text = _(
            "After this day the entry leaves the public lists by itself."
        )
        self.fields["conditions"] = _choice("conditions", _("Please choose the conditions."))
        self.fields["conditions_note"] = _model_field(ExchangeItem, "conditions_note")
        if item is None or not item.image_id:
            del self.fields["remove_photo"]
        self.order_fields(self.field_order)

    @classmethod
    def for_item(cls, item, data=None, files=None):
        initial = {name: getattr(item, name) for name in cls.item_fields}
        return cls(data, files, club=item.club, item=item if item.pk else None, initial=initial)

    def clean(self):
        cleaned = super().clean()
        photo, remove = cleaned.get("photo"), cleaned.get("remove_photo")
        keeps_photo = bool(self.item and self.item.image_id and not remove)
        if (photo or keeps_photo) and not cleaned.get("image_alt_text", "").strip():
            self.add_error(
                "image_alt_text",
                _("Please describe the photo in a few words for people who cannot see it."),
            )
        if photo and remove:
            self.add_error(
                "remove_photo", _("Either upload a new photo or remove the current one, not both.")
            )
        first, last = cleaned.get("available_from"), cleaned.get("available_until")
        if cleaned.get("direction") == ExchangeItem.Direction.NEED and first and not last:
            # A need on one day: it leaves the lists after that day.
            cleaned["available_until"] = last = first
        if first and last and last < first:
            self.add_error(
                "available_until",
                _("The last day cannot be before the first day; please correct it."),
            )
        return cleaned


class StateForm(KernFormMixin, forms.Form):
    """A club's button on one item: pause, resume or end it."""

    PAUSE, RESUME, END = "pause", "resume", "end"

    action = forms.ChoiceField(choices=[(PAUSE, PAUSE), (RESUME, RESUME), (END, END)])
    submission_token = SubmissionTokenField()


class HideForm(forms.Form):
    """The coordination's reason for hiding an item (in the admin); the club reads it."""

    reason = forms.CharField(
        label=_("Reason for hiding"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The club's representatives read this in their email and in Mein Bereich."),
        error_messages={
            "required": _("Please tell the club why the entry is hidden."),
            "max_length": MAX_LENGTH_MESSAGE,
        },
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Please tell the club why the entry is hidden."))
        return reason
