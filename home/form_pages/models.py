"""Forms and surveys that staff build themselves (Wagtail's form builder), e.g. a needs survey
("Bedarfsumfrage").

Every form gets, after the fields staff defined, a consent checkbox with a link to the privacy
policy and a honeypot; a rate limit per IP address holds back floods. A valid submission is
stored with the consent text agreed to and the language, and staff are notified by email once
it is committed; the visitor is sent on to the thank-you text (`?gesendet=1`), so reloading
never sends twice, and a double click on the button stores and notifies once
(home.submissions). Submissions of every language are stored at the form in the default
language, so staff find, and export, all answers to one survey in one list.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.kern_forms import privacy_page_url
from home.mail import send_templated_mail
from home.ratelimit import RateLimit, claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome

# Built forms ask for no email address, so the limit is per IP only. A needs survey is often
# filled in together (a village meeting on the community hall's wireless, many neighbours
# behind one carrier-grade NAT), so the limit only stops floods.
IP_RATE_LIMIT = RateLimit("form-ip", limit=100, window=60 * 60)
SENT_PARAMETER = "gesendet"


class FormPageField(AbstractFormField):
    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    # The name is the key of the stored answers: the same in every language.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def clean(self):
        # app loading: the builder imports Wagtail's admin views, which need the models loaded
        from home.form_pages.builder import RESERVED_FIELD_NAMES

        super().clean()
        if (self.clean_name or self.get_field_clean_name()) in RESERVED_FIELD_NAMES:
            raise ValidationError(
                {
                    "label": _(
                        "The portal adds a field of this name itself. Please choose another label."
                    )
                }
            )


class FormPageSubmission(AbstractFormSubmission):
    """One set of answers, with the consent text agreed to; `submit_time` is when."""

    consent_text = models.TextField(_("consent text"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    class Meta(AbstractFormSubmission.Meta):
        ordering = ["-submit_time"]

    def get_data(self):
        return {**super().get_data(), "language": self.language, "consent_text": self.consent_text}


class FormPage(AbstractEmailForm):
    """A form or survey built by staff; answers land in the admin (Forms) and by email."""

    # Mail goes out from the portal's sender (DEFAULT_FROM_EMAIL), which its mail server may
    # send for; a sender per form would be refused by recipients that check SPF and DMARC.
    from_address = None

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("A short summary shown under the title and in search results."),
    )
    description = RichTextField(
        _("text above the form"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the form is for, who reads the answers and until when it runs."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after sending, e.g. what happens next."),
    )
    consent_text = models.TextField(
        _("consent text"),
        blank=True,
        max_length=600,
        help_text=_(
            "What people agree to with the checkbox at the end of the form. Leave empty for: "
            "'I agree that my entries are stored and evaluated for the purpose of this form.' "
            "A link to the privacy policy is added."
        ),
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        FieldPanel("description"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("to_address"), FieldPanel("subject")])],
            heading=_("Email notification"),
        ),
    ]
    search_fields = [
        *AbstractEmailForm.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    template = "pages/form_page.html"
    landing_page_template = "pages/form_page_landing.html"

    class Meta:
        verbose_name = _("form")
        verbose_name_plural = _("forms")

    # Forms, submissions and their list

    def default_language_page(self):
        """Where submissions are stored and whose settings the notification uses."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return (self.get_translation_or_none(Locale.get_default()) or self).specific

    def get_form_class(self):
        # app loading: the builder imports Wagtail's admin views, which need the models loaded
        from home.form_pages.builder import KernFormBuilder

        return KernFormBuilder(self.get_form_fields()).get_form_class()

    def get_submissions_list_view_class(self):
        # app loading: the builder imports Wagtail's admin views, which need the models loaded
        from home.form_pages.builder import CsvSafeSubmissionsListView

        return CsvSafeSubmissionsListView

    def get_submission_class(self):
        return FormPageSubmission

    def get_submissions(self):
        return FormPageSubmission.objects.filter(page=self.default_language_page())

    def get_data_fields(self):
        return [
            *super().get_data_fields(),
            ("language", _("Language")),
            ("consent_text", _("Consent")),
        ]

    def get_form(self, *args, request=None, **kwargs):
        kwargs.setdefault("page", self)
        kwargs.setdefault("consent", self.consent_text)
        kwargs.setdefault("privacy_url", privacy_page_url(request) if request else None)
        return super().get_form(*args, **kwargs)

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["form"] = self.get_form(request=request, user=request.user)
        return context

    # Serving

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.get_form(request.POST, request=request, user=request.user)
            if form.honeypot_filled:
                # Bots get the same answer as people, but nothing is stored or sent.
                return self._sent(request)
            if form.is_valid():
                once = OnceOnly(f"form:{self.default_language_page().pk}", form)
                if repeated := once.earlier_response(request):
                    return repeated
                if claim := self._claim_rate_limit(request, form):
                    with claim:
                        return once.save(
                            request, lambda: self._store_submission(request, form), claim=claim
                        )
        elif SENT_PARAMETER in request.GET:
            return self.render_landing_page(request)
        else:
            form = self.get_form(request=request, user=request.user)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)

    def _claim_rate_limit(self, request, form):
        return claim_for_form(request, form, [(IP_RATE_LIMIT, client_ip(request))])

    def _sent(self, request):
        """To the thank-you text by GET, so that reloading it sends nothing again."""
        return redirect(self._sent_url(request))

    def _sent_url(self, request):
        return f"{self.get_url(request=request) or request.path}?{SENT_PARAMETER}=1"

    def _store_submission(self, request, form):
        self.process_form_submission(form)
        return Outcome(self._sent_url(request))

    @transaction.atomic
    def process_form_submission(self, form):
        """Store the answers and queue the notification, both or neither."""
        source = self.default_language_page()
        submission = FormPageSubmission.objects.create(
            page=source,
            form_data=form.submitted_data(),
            consent_text=form.consent_text,
            language=translation.get_language() or settings.LANGUAGE_CODE,
        )
        if source.to_address:
            source.send_mail(form)
        return submission

    def send_mail(self, form):
        """Queued after the commit (home.mail), in the default language, with the labels of
        the form in the default language; a reply goes to the first email address entered."""
        labels = dict(self.get_data_fields())
        with translation.override(settings.LANGUAGE_CODE):
            answers = [
                (labels.get(name, name), _display_value(value))
                for name, value in form.submitted_data().items()
            ]
        reply_to = [
            value
            for name, value in form.submitted_data().items()
            if isinstance(form.fields[name], forms.EmailField) and value
        ][:1]
        context = {
            "form_title": self.title,
            "subject": self.subject,
            "answers": answers,
            "submissions_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("wagtailforms:list_submissions", args=[self.pk]),
        }
        send_templated_mail(
            "form_submission",
            context,
            to=[address.strip() for address in self.to_address.split(",") if address.strip()],
            language=settings.LANGUAGE_CODE,
            reply_to=reply_to or None,
        )


def _display_value(value):
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if value in (None, ""):
        return "–"
    return str(value)
