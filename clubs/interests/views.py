"""What representatives do with volunteers' messages in "Mein Bereich", outside the page tree."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clubs.interests.models import Interest


@login_required
@require_POST
def mark_interest_handled(request, pk):
    """Mark a volunteer's message as handled; only for those who may see it (else 404)."""
    interest = get_object_or_404(Interest.objects.visible_to(request.user), pk=pk)
    # One conditional UPDATE: two people clicking at once cannot both "handle" it.
    updated = Interest.objects.filter(pk=interest.pk, handled_at__isnull=True).update(
        handled_at=timezone.now(), handled_by=request.user
    )
    if updated:
        messages.success(
            request,
            _("The message from %(name)s is marked as handled.") % {"name": interest.name},
        )
    else:
        messages.info(
            request,
            _("The message from %(name)s was already marked as handled.") % {"name": interest.name},
        )
    return redirect(_next_url(request) or reverse("my_area"))


def _next_url(request):
    url = request.POST.get("next", "")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return None
