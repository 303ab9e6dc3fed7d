"""Coordinators act in the admin only within their own regions.

A coordinator's model permissions (e.g. "change municipality") would otherwise hold for every
region: moving another region's municipality into their own, or pointing another region's expert
at their own account, would show them that region's volunteer messages and requests. So the
snippets of region-bound models (regions, municipalities, experts, routing rules) use a
permission policy and views that narrow every object to the user's regions: the list and its
export, edit, copy, delete, history, usage, and the choosers. Anything outside is a 404.

The fields that decide which region an object belongs to, or whose account acts for it, are
shown but disabled for region-bound users, and a form that still sends another value is refused.

Administrators (superusers) and programme leads, who work across all regions, are not limited.
Choosers stay unlimited for users who are no coordinators: editors and club representatives
choose municipalities and regions for pages and have no permissions on these models.
"""

import copy

from django.contrib.admin.utils import unquote
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import chooser, snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models.taxonomy import Municipality, Region
from home.roles import COORDINATORS, PROGRAMME_LEADS


def works_in_all_regions(user):
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=PROGRAMME_LEADS.group_name).exists()
    )


def scoped_regions(user):
    """The regions whose objects `user` may manage in the admin; None means all of them."""
    if not user.is_authenticated:
        return Region.objects.none()
    cached = getattr(user, "_scoped_regions", False)
    if cached is False:
        cached = None if works_in_all_regions(user) else Region.objects.filter(coordinators=user)
        user._scoped_regions = cached
    return cached


def is_coordinator(user):
    return user.is_authenticated and (
        user.groups.filter(name=COORDINATORS.group_name).exists()
        or user.coordinated_regions.exists()
    )


class RegionScopedPermissionPolicy(ModelPermissionPolicy):
    """The model permissions, each holding only for the objects of the user's regions.

    `in_regions(queryset, regions)` narrows a queryset of the model to `regions`.
    """

    def __init__(self, model, in_regions, inherit_permissions_from=None):
        super().__init__(model, inherit_permissions_from)
        self.in_regions = in_regions

    def scoped(self, user, queryset=None):
        if queryset is None:
            queryset = self.model._default_manager.all()
        regions = scoped_regions(user)
        return queryset if regions is None else self.in_regions(queryset, regions)

    def for_chooser(self, user, queryset=None):
        if queryset is None:
            queryset = self.model._default_manager.all()
        return self.scoped(user, queryset) if is_coordinator(user) else queryset

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and (
            self.scoped(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return self.scoped(user, super().instances_user_has_any_permission_for(user, actions))


def register_region_scope(model, in_regions):
    register_permission_policy(model, RegionScopedPermissionPolicy(model, in_regions))


def _policy(model):
    return policy_registry.get_by_type(model)


# Narrowing functions of the region-bound models


def regions_in(queryset, regions):
    return queryset.filter(pk__in=regions.values("pk"))


def municipalities_in(queryset, regions):
    return queryset.filter(region__in=regions.values("pk"))


def objects_with_any_region_in(queryset, regions):
    """For models with a many-to-many `regions` (experts)."""
    matching = queryset.model._default_manager.filter(regions__in=regions.values("pk"))
    return queryset.filter(pk__in=matching.values("pk"))


def rules_for(queryset, regions):
    """Routing rules of the regions, by region or municipality, and those of every region."""
    ids = regions.values("pk")
    return queryset.filter(
        Q(region__in=ids)
        | Q(region__isnull=True, municipality__region__in=ids)
        | Q(region__isnull=True, municipality__isnull=True)
    )


# Forms: the fields that bind an object to a region or an account


class RegionLockedFieldsForm(WagtailAdminModelForm):
    """Disables the model's `region_locked_fields` for region-bound users.

    A disabled field keeps its stored value whatever is posted; a post that tries another value
    is answered with an error rather than silently ignored. On a new object, choices of regions
    and municipalities are limited to the user's regions; other locked fields stay empty.
    """

    region_locked_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        regions = scoped_regions(self.for_user) if self.for_user else None
        if regions is None:
            return
        for name in self.region_locked_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            target = getattr(field, "queryset", None)
            if self.instance.pk is None and target is not None and target.model is Region:
                field.queryset = regions_in(target, regions)
            elif self.instance.pk is None and target is not None and target.model is Municipality:
                field.queryset = municipalities_in(target, regions)
            else:
                field.disabled = True
                field.help_text = _("Only administrators and programme leads can change this.")

    def clean(self):
        cleaned_data = super().clean()
        for name in self.region_locked_fields:
            field = self.fields.get(name)
            if field is not None and field.disabled and self._posted_other_value(name, field):
                self.add_error(
                    None,
                    _("You cannot change “%(field)s”. Only administrators and programme leads can.")
                    % {"field": field.label},
                )
        return cleaned_data

    def _posted_other_value(self, name, field):
        key = self.add_prefix(name)
        if key not in self.data:
            return False
        enabled = copy.copy(field)
        enabled.disabled = False
        posted = field.widget.value_from_datadict(self.data, self.files, key)
        return enabled.has_changed(self.get_initial_for_field(field, name), posted)


def locked_fields_form(model, locked_fields):
    """The viewset's base form class for `model`, with `locked_fields` locked."""
    return type(
        f"{model.__name__}RegionLockedForm",
        (RegionLockedFieldsForm,),
        {"region_locked_fields": tuple(locked_fields)},
    )


# Views: every object a view works on comes from the user's regions


class ScopedObjectsMixin:
    def scoped_objects(self):
        return _policy(self.model).scoped(self.request.user)


class ScopedEditView(ScopedObjectsMixin, snippets.EditView):
    def get_queryset(self):
        return self.scoped_objects()


class ScopedDeleteView(ScopedObjectsMixin, snippets.DeleteView):
    def get_queryset(self):
        return self.scoped_objects()


class ScopedInspectView(ScopedObjectsMixin, snippets.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(self.scoped_objects(), pk=unquote(str(self.pk)))


class ScopedCopyView(ScopedObjectsMixin, snippets.CopyView):
    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return get_object_or_404(self.scoped_objects(), pk=pk)


class ScopedHistoryView(ScopedObjectsMixin, snippets.HistoryView):
    def get_base_object_queryset(self):
        return self.scoped_objects()


class ScopedUsageView(ScopedObjectsMixin, snippets.UsageView):
    def get_base_object_queryset(self):
        return self.scoped_objects()


class ChooserObjectsMixin:
    def chooser_objects(self, queryset):
        return _policy(self.model_class).for_chooser(self.request.user, queryset)


class ScopedChooseView(ChooserObjectsMixin, chooser.ChooseView):
    def get_object_list(self):
        return self.chooser_objects(super().get_object_list())


class ScopedChooseResultsView(ChooserObjectsMixin, chooser.ChooseResultsView):
    def get_object_list(self):
        return self.chooser_objects(super().get_object_list())


class ScopedChosenView(ChooserObjectsMixin, chooser.SnippetChosenView):
    def get_object(self, pk):
        return self.chooser_objects(self.model_class.objects.all()).get(pk=pk)


class ScopedChosenMultipleView(ChooserObjectsMixin, chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.chooser_objects(super().get_objects(pks))


class ScopedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class RegionScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose views see only the user's regions (register_region_scope)."""

    region_locked_fields = ()

    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    copy_view_class = ScopedCopyView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    chooser_viewset_class = ScopedChooserViewSet

    def get_queryset(self, request):
        return _policy(self.model).scoped(request.user)

    @cached_property
    def _locked_form_base(self):
        return locked_fields_form(self.model, self.region_locked_fields)

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        if not self.region_locked_fields:
            return form_class
        return type(form_class.__name__, (self._locked_form_base, form_class), {})
