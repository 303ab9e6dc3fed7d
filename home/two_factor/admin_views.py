"""The administrators' side of the second factor.

- A panel in the admin's group edit view: "two-factor login required" for the group's members.
- A page that lists who has a second factor and removes it when a phone is lost; only for those
  who may change accounts (`home.change_user`), and each removal is in the audit log.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import log as audit_log

from home.models.users import GroupTwoFactorRequirement
from home.two_factor.devices import remove_second_factor

MANAGE_PERMISSION = "home.change_user"
REMOVED_ACTION = "home.two_factor_removed"


def may_remove_second_factors(user):
    return user.is_active and user.has_perm(MANAGE_PERMISSION)


class GroupTwoFactorForm(forms.Form):
    """The group setting, shaped as Wagtail's group view expects of a permission panel: built
    with the group as `instance`, validated and saved together with the group."""

    required = forms.BooleanField(
        label=_("Members must log in with a second factor"),
        help_text=_(
            "Members without a second factor are asked to set one up after their password and "
            "reach nothing else until they have."
        ),
        required=False,
    )

    def __init__(self, data=None, files=None, instance=None, prefix="two_factor"):
        self.group = instance
        required = bool(
            instance is not None
            and instance.pk is not None
            and GroupTwoFactorRequirement.objects.filter(group=instance, required=True).exists()
        )
        super().__init__(data=data, files=files, prefix=prefix, initial={"required": required})

    def save(self):
        GroupTwoFactorRequirement.objects.update_or_create(
            group=self.group, defaults={"required": self.cleaned_data["required"]}
        )

    def as_admin_panel(self):
        return render_to_string("admin/two_factor_group_panel.html", {"form": self})


class SecondFactorsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "admin/two_factor_users.html"
    page_title = _("Two-factor login")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if not may_remove_second_factors(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        has_device = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        users = (
            get_user_model()
            ._default_manager.filter(Exists(has_device))
            .order_by("last_name", "first_name", "username")
        )
        return super().get_context_data(users=users, **kwargs)

    def post(self, request, *args, **kwargs):
        user_pk = request.POST.get("user", "")
        if not user_pk.isdigit():
            raise Http404
        user = get_object_or_404(get_user_model(), pk=user_pk)
        if user.is_superuser and not request.user.is_superuser:
            # Whoever may change accounts may also set passwords: removing an administrator's
            # factor as well would hand over the account the factor protects.
            raise PermissionDenied
        with transaction.atomic():
            remove_second_factor(user)
            audit_log(instance=user, action=REMOVED_ACTION, user=request.user)
        messages.success(
            request,
            gettext(
                "The second factor of %(name)s was removed. The next login needs the password "
                "only (or asks to set up a new factor, if a group requires it)."
            )
            % {"name": user},
        )
        return redirect("two_factor_users")


urlpatterns = [path("", SecondFactorsView.as_view(), name="two_factor_users")]
