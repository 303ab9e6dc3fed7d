"""What the admin's choosers and lookup APIs show: only what the user's permissions let them see.

Wagtail's page chooser lists every page of the tree, drafts included, to everybody who may use
the admin, and wagtail-localize's snippet API and Wagtail's snippet choosers list every object
of a model; the checks of the listings and editors never run there. Club representatives use
the admin for their club's pages, so without these limits they would read other clubs' draft
titles and the names of non-public experts, budgets and routing rules.

- Pages: live pages, and the pages the user may add to, edit or publish (their own drafts).
- Snippets that are not public (experts, budgets, routing rules): the whole model for users
  holding any of its add, change, delete or view permissions, nothing for everybody else.
"""

from django.db.models import Q
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from rest_framework.exceptions import PermissionDenied
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser as page_chooser
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_localize.views import snippets_api

from home.region_scope import RegionScopedPermissionPolicy

PAGE_ACTIONS = {"add", "change", "publish"}
SNIPPET_ACTIONS = {"add", "change", "delete", "view"}


def pages_visible_to(user):
    """Live pages, and the drafts the user works on."""
    if user.is_active and user.is_superuser:
        return Page.objects.all()
    own = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, PAGE_ACTIONS
    )
    return Page.objects.filter(Q(live=True) | Q(pk__in=own.values("pk")))


def restrict_page_chooser(pages, request):
    """The construct_page_chooser_queryset hook: the listed pages the user may see."""
    return pages.filter(pk__in=pages_visible_to(request.user).values("pk"))


class PageBrowseView(page_chooser.BrowseView):
    """The chooser's view of a page's children; the page itself shows its title, so it must be
    one the user may see."""

    def get(self, request, parent_page_id=None):
        if parent_page_id and not pages_visible_to(request.user).filter(pk=parent_page_id).exists():
            raise Http404
        return super().get(request, parent_page_id)


class PageChosenMultipleView(page_chooser.ChosenMultipleView):
    """The chooser's answer with the chosen pages' titles, for pages the user may see only."""

    def get(self, request):
        ids = request.GET.getlist("id")
        if not all(value.isdigit() for value in ids):
            raise Http404
        hidden = Page.objects.filter(pk__in=ids).exclude(pk__in=pages_visible_to(request.user))
        if hidden.exists():
            raise Http404
        return super().get(request)


def snippets_visible_to(user, model):
    """The objects of `model` for users with a permission on it (for coordinators those of
    their regions, where the model is region-bound: home.region_scope), none for the others."""
    policy = policy_registry.get_by_type(model)
    if not policy.user_has_any_permission(user, SNIPPET_ACTIONS):
        return model._default_manager.none()
    objects = model._default_manager.all()
    if isinstance(policy, RegionScopedPermissionPolicy):
        return policy.for_chooser(user, objects)
    return objects


class _VisibleObjectListMixin:
    def get_object_list(self):
        return snippets_visible_to(self.request.user, self.model_class)


class _VisibleChooseView(_VisibleObjectListMixin, ChooseView):
    pass


class _VisibleChooseResultsView(_VisibleObjectListMixin, ChooseResultsView):
    pass


class _VisibleChosenView(SnippetChosenView):
    def get_object(self, pk):
        return snippets_visible_to(self.request.user, self.model_class).get(pk=pk)


class _VisibleChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return snippets_visible_to(self.request.user, self.model_class).filter(pk__in=pks)


class PermittedSnippetChooserViewSet(SnippetChooserViewSet):
    """The chooser of a non-public snippet model: only for users with a permission on it.

    Set as `chooser_viewset_class` of the model's SnippetViewSet."""

    choose_view_class = _VisibleChooseView
    choose_results_view_class = _VisibleChooseResultsView
    chosen_view_class = _VisibleChosenView
    chosen_multiple_view_class = _VisibleChosenMultipleView


class LocalizeSnippetsAPI(snippets_api.SnippetViewSet):
    """wagtail-localize's snippet lookup (used by its translation editor), refused for models
    the user has no permission on."""

    def get_queryset(self):
        model = self.get_model()
        if not policy_registry.get_by_type(model).user_has_any_permission(
            self.request.user, SNIPPET_ACTIONS
        ):
            raise PermissionDenied
        return snippets_visible_to(self.request.user, model)


def _admin_patterns():
    """These views at the addresses of Wagtail's and wagtail-localize's own, with the admin's
    access check and no caching like every admin view; portal.urls lists them first."""
    patterns = [
        path(
            "choose-page/<int:parent_page_id>/",
            PageBrowseView.as_view(),
            name="visible_choose_page_child",
        ),
        path(
            "choose-page/chosen-multiple/",
            PageChosenMultipleView.as_view(),
            name="visible_choose_page_chosen_multiple",
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            LocalizeSnippetsAPI.as_view({"get": "list"}),
            name="visible_localize_snippets_api_listing",
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            LocalizeSnippetsAPI.as_view({"get": "retrieve"}),
            name="visible_localize_snippets_api_detail",
        ),
    ]
    return decorate_urlpatterns(decorate_urlpatterns(patterns, require_admin_access), never_cache)


urlpatterns = _admin_patterns()
