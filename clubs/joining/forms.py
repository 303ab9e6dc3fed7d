"""The forms of joining: the public application, a coordinator's decision, a board invitation."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clubs.profiles.models import ClubPage
from home.kern_forms import (
    KernFormMixin,
    consent_field,
    consent_with_privacy_link,
    email_field,
    honeypot_field,
    honeypot_filled,
    person_name_field,
)
from home.models import Category, Municipality
from home.submissions import SubmissionTokenField

SUMMARY_MAX_LENGTH = 300


def municipality_choices():
    """The municipalities grouped by their region, both sorted by name, for one select."""
    groups = {}
    for municipality in Municipality.objects.select_related("region").order_by("name"):
        groups.setdefault(municipality.region.name, []).append(
            (str(municipality.pk), municipality.name)
        )
    grouped = sorted(groups.items(), key=lambda item: item[0].casefold())
    return [("", _("Please choose")), *grouped]


def one_line(text):
    """No line breaks or tabs that could end up in a mail header or the admin's list."""
    return " ".join(text.split())


class ClubApplicationForm(KernFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Name of the club or initiative"),
        max_length=200,
        error_messages={
            "required": _("Please enter the name of your club or initiative."),
            "max_length": _("Please shorten the name to at most %(limit_value)d characters."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=ClubPage.Kind.choices,
        initial=ClubPage.Kind.CLUB,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose whether you are a club, an initiative or else."),
            "invalid_choice": _("Please choose one of the kinds listed."),
        },
    )
    municipality = forms.ChoiceField(
        label=_("Municipality"),
        help_text=_("Where your club or initiative is at home."),
        error_messages={
            "required": _("Please choose the municipality where your club is at home."),
            "invalid_choice": _("Please choose a municipality from the list."),
        },
    )
    categories = forms.MultipleChoiceField(
        label=_("Fields of activity"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Please choose fields of activity from the list.")},
    )
    summary = forms.CharField(
        label=_("Short description"),
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("One or two sentences about what you do (at most 300 characters)."),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Please describe your club or initiative in one or two sentences."),
            "max_length": _(
                "Please shorten the short description to at most %(limit_value)d characters; "
                "it has %(show_value)d."
            ),
        },
    )
    contact_name = person_name_field(
        _("Please enter your name so that the coordination knows whom to contact.")
    )
    email = email_field(
        _("Please enter your email address; we send you a link to confirm it."),
        help_text=_("You will receive the link to confirm your application at this address."),
    )
    consent = consent_field(
        _("Please agree that we store your details; otherwise we cannot take your application.")
    )
    website = honeypot_field()
    submission_token = SubmissionTokenField()

    rate_limited_message = _(
        "You have sent several applications in a short time. Please try again in an hour."
    )

    def __init__(self, *args, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = municipality_choices()
        self.fields["categories"].choices = Category.objects.choices_in_active_locale()
        consent = gettext(
            "I agree that my details are stored to handle this application and passed on to "
            "the coordination of volunteering in the region. If the application is not "
            "accepted, they are deleted after %(days)s days at the latest."
        ) % {"days": settings.CLUB_APPLICATION_RETENTION_DAYS}
        consent, label_html = consent_with_privacy_link(consent, privacy_url)
        # Stored with the application: the exact wording agreed to, as plain text.
        self.consent_text = consent
        self.fields["consent"].label_html = label_html

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    def clean_contact_name(self):
        return one_line(self.cleaned_data["contact_name"])

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_municipality(self):
        municipality = Municipality.objects.filter(pk=self.cleaned_data["municipality"]).first()
        if municipality is None:
            raise forms.ValidationError(gettext("Please choose a municipality from the list."))
        return municipality

    def chosen_categories(self):
        """The chosen categories in the default language, which pages and applications keep."""
        return Category.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            slug__in=self.cleaned_data["categories"],
        )

    @property
    def honeypot_filled(self):
        return honeypot_filled(self)


class AcceptForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Not mailed; it stays with the application, which the contact person may request "
            "as part of their data."
        ),
    )


class DeclineForm(forms.Form):
    comment = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Mailed to the contact person, so please write it to them."),
        error_messages={
            "required": _("Please write the reason for declining; it is mailed to the applicant.")
        },
    )


class BoardInviteForm(KernFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Please enter the name of the person you invite."),
            "max_length": _("Please shorten the name to at most %(limit_value)d characters."),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Please enter the email address of the person you invite."),
            "invalid": _("Please enter a valid email address, e.g. name@example.org."),
        },
    )

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    def clean_email(self):
        return self.cleaned_data["email"].strip()
