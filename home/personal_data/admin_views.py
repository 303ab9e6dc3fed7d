"""The admin's page about one person's data: what is stored, export it, erase it.

Only accounts with the permission `home.manage_personal_data` get here (superusers, and groups an
administrator gives it to); staff type the address of the person who asked. Nothing is erased
without a second, explicit confirmation.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from home.personal_data import registry

PERMISSION = "home.manage_personal_data"


def may_manage_personal_data(user):
    return user.is_active and user.has_perm(PERMISSION)


class PersonForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address of the person"),
        max_length=254,
        error_messages={
            "required": _("Please enter the email address of the person."),
            "invalid": _("Please enter a complete email address."),
            "max_length": _("Please enter an email address of at most %(limit_value)d characters."),
        },
    )


class EraseForm(PersonForm):
    confirmed = forms.BooleanField(
        label=_(
            "I have checked that the request comes from this person, and the data shown above "
            "is to be erased."
        ),
        error_messages={"required": _("Please confirm before the data is erased.")},
    )


class PersonalDataView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "admin/personal_data.html"
    page_title = _("Personal data")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_personal_data(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        form = PersonForm(request.GET) if "email" in request.GET else PersonForm()
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "export":
            form = PersonForm(request.POST)
            if form.is_valid():
                return self._export(form.cleaned_data["email"])
            return self.render_to_response(self.get_context_data(form=form))
        erase_form = EraseForm(request.POST)
        if not erase_form.is_valid():
            form = PersonForm(request.POST)
            return self.render_to_response(self.get_context_data(form=form, erase_form=erase_form))
        email = erase_form.cleaned_data["email"]
        counts = registry.erase(email, request.user, request)
        done = ", ".join(f"{label}: {count}" for label, count in counts.items() if count)
        if done:
            messages.success(request, gettext("Erased or anonymised — %s.") % done)
        else:
            messages.info(request, gettext("There was nothing to erase under this address."))
        return redirect(f"{reverse('personal_data')}?{urlencode({'email': email})}")

    def get_context_data(self, form, erase_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form
        if form.is_bound and form.is_valid():
            email = form.cleaned_data["email"]
            found = registry.overview(email)
            context["found"] = found
            context["anything_found"] = any(records for _kind, records in found)
            context["erase_form"] = erase_form or EraseForm(initial={"email": email})
        return context

    def _export(self, email):
        response = HttpResponse(
            registry.export(email, self.request.user),
            content_type="application/json; charset=utf-8",
        )
        filename = f"personenbezogene-daten-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


urlpatterns = [path("", PersonalDataView.as_view(), name="personal_data")]
