"""Club applications in the Wagtail admin ("Vereinseinträge"), for coordinators and
administrators.

Every page works on `ClubApplication.objects.visible_to(user)`: coordinators see the
applications of their regions, administrators all; anything else is a 404. Deciding goes
through clubs.joining.acceptance, which decides once.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from clubs.joining import acceptance
from clubs.joining.forms import AcceptForm, DeclineForm
from clubs.joining.models import ClubApplication

PER_PAGE = 25
STATUS_CHOICES = [
    ("", gettext_lazy("All")),
    *[
        (value, label)
        for value, label in ClubApplication.Status.choices
        if value != ClubApplication.Status.UNCONFIRMED
    ],
]


def decides_on_applications(user):
    return user.is_active and (user.is_superuser or user.coordinated_regions.exists())


def coordinators_only(view):
    def wrapped(request, *args, **kwargs):
        if not decides_on_applications(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


class StatusFilter(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=STATUS_CHOICES, required=False)


def visible_applications(user):
    return (
        ClubApplication.objects.visible_to(user)
        .with_duplicate_flag()
        .select_related("municipality__region", "decided_by", "club")
    )


def _page(request, template, title, **context):
    breadcrumbs = [
        {"url": reverse("wagtailadmin_home"), "label": _("Dashboard")},
        {"url": reverse("club_applications_admin:list"), "label": _("Club applications")},
        {"url": "", "label": title},
    ]
    return render(
        request,
        f"clubs/joining/admin/{template}",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "group",
            "breadcrumbs_items": breadcrumbs,
            **context,
        },
    )


@coordinators_only
def application_list(request):
    applications = visible_applications(request.user)
    status_filter = StatusFilter(request.GET or None)
    status = status_filter.cleaned_data["status"] if status_filter.is_valid() else ""
    if status:
        applications = applications.filter(status=status)
    page = Paginator(applications, PER_PAGE).get_page(request.GET.get("page"))
    return _page(
        request,
        "list.html",
        _("Club applications"),
        page_obj=page,
        status_filter=status_filter or StatusFilter(),
        status=status,
    )


def _application(request, pk):
    found = visible_applications(request.user).prefetch_related("categories")
    return get_object_or_404(found, pk=pk)


@coordinators_only
def application_detail(request, pk, accept_form=None, decline_form=None):
    application = _application(request, pk)
    return _page(
        request,
        "detail.html",
        application.name,
        application=application,
        accept_form=accept_form or AcceptForm(),
        decline_form=decline_form or DeclineForm(),
    )


def _already_decided(request, pk):
    messages.warning(
        request,
        _("This application has been decided already; nothing was changed."),
    )
    return redirect("club_applications_admin:detail", pk=pk)


@coordinators_only
@require_POST
def application_accept(request, pk):
    application = _application(request, pk)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        return application_detail(request, pk, accept_form=form)
    try:
        acceptance.accept(request, application.pk, form.cleaned_data["comment"])
    except acceptance.AlreadyDecidedError:
        return _already_decided(request, pk)
    except acceptance.NoClubDirectoryError:
        messages.error(
            request,
            _("There is no club directory page yet to put the club page under. Please create one."),
        )
        return redirect("club_applications_admin:detail", pk=pk)
    messages.success(
        request,
        _(
            "%(name)s is accepted. The club page has been created as a draft, and the "
            "contact person has been invited by email."
        )
        % {"name": application.name},
    )
    return redirect("club_applications_admin:detail", pk=pk)


@coordinators_only
@require_POST
def application_decline(request, pk):
    application = _application(request, pk)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return application_detail(request, pk, decline_form=form)
    try:
        acceptance.decline(request, application.pk, form.cleaned_data["comment"])
    except acceptance.AlreadyDecidedError:
        return _already_decided(request, pk)
    messages.success(
        request,
        _("%(name)s is declined; the reason has been mailed to the contact person.")
        % {"name": application.name},
    )
    return redirect("club_applications_admin:detail", pk=pk)
