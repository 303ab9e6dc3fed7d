"""The pledges' part of "Mein Engagement": every pledge stored under the address, each with
the link to its own page, where the purpose reference stands and it can be cancelled.

Template: templates/clubs/support_calls/area_section.html.
"""

from django.urls import reverse

from clubs.support_calls.models import Pledge
from clubs.support_calls.pledges import manage_token


def area_context(email):
    pledges = (
        Pledge.objects.filter(email__iexact=email)
        .select_related("call")
        .order_by("cancelled_at", "-created_at", "-pk")
    )
    return {
        "pledges": [
            {
                "pledge": pledge,
                "manage_url": reverse(
                    "support_call_pledge_manage", kwargs={"token": manage_token(pledge)}
                ),
            }
            for pledge in pledges
        ]
    }
