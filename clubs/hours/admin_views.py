"""Engagement certificates in the Wagtail admin ("Engagementnachweise"), for administrators
(superusers) only: find a certificate by its code, see what it states and revoke it with a
reason. Revoking is logged in the audit log and shows at once on the public verification page.
Coordinators and club accounts get 403: certificates are the operator's word, not theirs.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from clubs.hours import certificates
from clubs.hours.forms import RevokeForm
from clubs.hours.models import EngagementCertificate

PER_PAGE = 25
REVOKED_ACTION = "clubs.engagement_certificate_revoked"


def revokes_certificates(user):
    return user.is_active and user.is_superuser


def administrators_only(view):
    def wrapped(request, *args, **kwargs):
        if not revokes_certificates(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _page(request, template, title, **context):
    breadcrumbs = [
        {"url": reverse("wagtailadmin_home"), "label": _("Dashboard")},
        {
            "url": reverse("engagement_certificates_admin:list"),
            "label": _("Engagement certificates"),
        },
        {"url": "", "label": title},
    ]
    return render(
        request,
        f"clubs/hours/admin/{template}",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "doc-full",
            "breadcrumbs_items": breadcrumbs,
            **context,
        },
    )


@administrators_only
def certificate_list(request):
    # PostgreSQL refuses NUL characters in a query; nobody types them into a search.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:100]
    found = EngagementCertificate.objects.all()
    if query:
        code = certificates.normalised_code(query)
        found = found.filter(Q(code=code) if code else Q(code__icontains=query))
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    return _page(request, "list.html", _("Engagement certificates"), page_obj=page, query=query)


@administrators_only
def certificate_detail(request, certificate_id, form=None):
    certificate = get_object_or_404(EngagementCertificate, pk=certificate_id)
    return _page(
        request,
        "detail.html",
        certificate.code,
        certificate=certificate,
        statement=certificate.statement,
        form=form or RevokeForm(),
    )


@administrators_only
@require_POST
def certificate_revoke(request, certificate_id):
    certificate = get_object_or_404(EngagementCertificate, pk=certificate_id)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        return certificate_detail(request, certificate_id, form=form)
    with transaction.atomic():
        revoked = certificates.revoke(certificate.pk, request.user, form.cleaned_data["reason"])
        if revoked:
            log(instance=certificate, action=REVOKED_ACTION, user=request.user)
    if revoked:
        messages.success(
            request, _("The certificate %(code)s is revoked.") % {"code": certificate.code}
        )
    else:
        messages.warning(request, _("This certificate was revoked already; nothing was changed."))
    return redirect("engagement_certificates_admin:detail", certificate_id=certificate.pk)
