"""The saved searches' part of "Mein Engagement".

Template: templates/clubs/saved_searches/area_section.html.
"""

from django.urls import reverse

from clubs.saved_searches.models import SavedSearch
from clubs.saved_searches.searches import description, ends_on
from clubs.saved_searches.tokens import manage_token
from clubs.saved_searches.views import finder_url


def area_context(email):
    """What the section shows for `email`: each search in words, with its links."""
    searches = SavedSearch.objects.filter(email__iexact=email).order_by("-created_at", "pk")
    return {
        "saved_searches": [
            {
                "search": search,
                "description": description(search),
                "confirmed": search.confirmed_at is not None,
                "ends_on": ends_on(search),
                "manage_url": reverse(
                    "saved_search_manage", kwargs={"token": manage_token(search)}
                ),
                "delete_url": reverse("saved_search_area_delete", kwargs={"pk": search.pk}),
            }
            for search in searches
        ],
        "saved_search_finder_url": finder_url(),
    }
