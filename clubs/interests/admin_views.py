"""Volunteers' messages to clubs in the Wagtail admin, for coordinators ("Interessensbekundungen").

Every view of the viewset works on `Interest.objects.visible_to(user)`: the list and its
CSV/XLSX export, inspect, edit, delete, history and usage. Wagtail's generic views fetch their
object in different ways (`get_queryset()`, `get_base_object_queryset()` or their own
`get_object()` on the model's manager), so each one is narrowed here; anything outside the
user's regions is a 404. The permission policy answers the same for the rest of Wagtail, and
says that nobody creates interests here: they come from the public form only.

The only change staff make is marking a message as handled (or open again).
"""

import datetime

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from clubs.interests.models import Interest
from clubs.profiles.models import ClubPage
from home.exports import spreadsheet_value


def visible_interests(user):
    return Interest.objects.visible_to(user).select_related("club", "opportunity", "handled_by")


class InterestPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (coordinators: view and change), limited to the visible interests."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and Interest.objects.visible_to(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return Interest.objects.visible_to(user)
        return Interest.objects.none()


register_permission_policy(Interest, InterestPermissionPolicy(Interest))


def local_datetime(value):
    return timezone.make_naive(timezone.localtime(value)) if timezone.is_aware(value) else value


def clubs_with_visible_interests(request):
    if request is None:
        return ClubPage.objects.none()
    clubs = Interest.objects.visible_to(request.user).values("club")
    return ClubPage.objects.filter(pk__in=clubs).order_by("title")


class InterestFilterSet(WagtailFilterSet):
    club = django_filters.ModelChoiceFilter(label=_("club"), queryset=clubs_with_visible_interests)
    handled = django_filters.BooleanFilter(
        label=_("handled"),
        field_name="handled_at",
        lookup_expr="isnull",
        exclude=True,
        widget=BooleanRadioSelect,
    )

    class Meta:
        model = Interest
        fields = []


class InterestHandledForm(WagtailAdminModelForm):
    handled = forms.BooleanField(
        label=_("Handled"),
        required=False,
        help_text=_("Tick once somebody has answered the volunteer."),
    )

    class Meta:
        model = Interest
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handled"].initial = self.instance.handled_at is not None

    def save(self, commit=True):
        if not self.cleaned_data["handled"]:
            self.instance.handled_at = self.instance.handled_by = None
        elif self.instance.handled_at is None:
            self.instance.handled_at = timezone.now()
            self.instance.handled_by = self.for_user
        return super().save(commit=commit)


class InterestIndexView(generic.IndexView):
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        datetime.datetime: {
            "xlsx": local_datetime,
            "csv": lambda value: timezone.localtime(value).strftime("%d.%m.%Y %H:%M"),
        },
    }

    def get_base_queryset(self):
        return visible_interests(self.request.user)

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # The name leads to the whole message (inspect); editing only marks it handled.
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(
            field_name, column_class, get_url=self.get_inspect_url, **kwargs
        )

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_value(value, export_format)


class InterestInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(visible_interests(self.request.user), pk=unquote(str(self.pk)))


class InterestEditView(generic.EditView):
    def get_queryset(self):
        return visible_interests(self.request.user)

    def save_instance(self):
        # No log entry: it would keep the volunteer's name beyond the retention period, and
        # the admin's site history shows entries to everybody with a permission on the model.
        # `handled_by` records who handled it.
        self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=None
        ).execute(skip_permission_checks=True)
        return self.form.instance


class InterestDeleteView(generic.DeleteView):
    def get_queryset(self):
        return visible_interests(self.request.user)

    def delete_action(self):
        # No log entry either (see InterestEditView).
        self.action_class(self.object, user=self.request.user, log_action=None).execute(
            skip_permission_checks=True
        )


class InterestHistoryView(history.HistoryView):
    def get_base_object_queryset(self):
        return visible_interests(self.request.user)


class InterestUsageView(usage.UsageView):
    def get_base_object_queryset(self):
        return visible_interests(self.request.user)


class InterestViewSet(ModelViewSet):
    model = Interest
    name = "interests"
    icon = "mail"
    menu_order = 320
    add_to_admin_menu = True
    # Interests must not show up in the "usage" of club pages, which page editors can see.
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True

    index_view_class = InterestIndexView
    inspect_view_class = InterestInspectView
    edit_view_class = InterestEditView
    delete_view_class = InterestDeleteView
    history_view_class = InterestHistoryView
    usage_view_class = InterestUsageView

    list_display = [
        "name",
        Column("club", label=_("club"), sort_key="club__title"),
        Column("opportunity", label=_("opportunity")),
        DateColumn("created_at", label=_("received"), sort_key="created_at"),
        BooleanColumn(
            "handled",
            label=_("handled"),
            accessor=lambda interest: interest.handled_at is not None,
            sort_key="handled_at",
        ),
    ]
    filterset_class = InterestFilterSet
    search_fields = ["name", "email", "message"]
    search_backend_name = None  # not in the search index; searched in the database
    list_export = [
        "created_at",
        "club",
        "opportunity",
        "name",
        "email",
        "phone",
        "message",
        "language",
        "handled_at",
        "handled_by",
    ]
    export_filename = "interessensbekundungen"
    inspect_view_fields = [
        "created_at",
        "club",
        "opportunity",
        "exchange_item",
        "name",
        "email",
        "phone",
        "message",
        "language",
        "consent_text",
        "handled_at",
        "handled_by",
    ]

    def get_form_class(self, for_update=False):
        return InterestHandledForm
