"""What "Mein Bereich" shows of clubs: the user's clubs and the messages volunteers sent them.

templates/pages/my_area.html loads this library, so home/ never imports clubs/.
"""

from django import template
from django.core.paginator import Paginator
from django.urls import reverse

from clubs.interests.models import Interest
from clubs.self_service.access import represented_clubs

INTERESTS_PER_PAGE = 10

register = template.Library()


def sees_interests(user):
    """Representatives, coordinators and administrators have a list of messages."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser or user.coordinated_regions.exists() or represented_clubs(user).exists()
    )


@register.inclusion_tag("components/my_clubs.html", takes_context=True)
def my_clubs(context):
    """The user's clubs with their overview in "Mein Bereich", their public page and, for
    people with admin access, the editor in the admin as a second way."""
    user = context["request"].user
    may_use_admin = user.has_perm("wagtailadmin.access_admin")
    clubs = [
        {
            "club": club,
            "edit_url": (
                reverse("wagtailadmin_pages:edit", args=[club.pk])
                if may_use_admin and club.permissions_for_user(user).can_edit()
                else None
            ),
        }
        for club in represented_clubs(user)
    ]
    return {"clubs": clubs, "request": context["request"]}


@register.inclusion_tag("components/my_interests.html", takes_context=True)
def my_interests(context):
    """The messages of volunteers that the user may see, newest first, page by page."""
    request = context["request"]
    if not sees_interests(request.user):
        return {"shown": False}
    interests = Interest.objects.visible_to(request.user).select_related(
        "club", "opportunity", "exchange_item", "handled_by"
    )
    page_obj = Paginator(interests, INTERESTS_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "shown": True,
        "page_obj": page_obj,
        "open_count": interests.filter(handled_at__isnull=True).count(),
        "next": request.get_full_path(),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
