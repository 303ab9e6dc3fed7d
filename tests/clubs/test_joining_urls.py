"""The portal's addresses plus a stand-in for `club_dashboard`, which the self-service part of
issue 23 builds; the invitation sends new representatives there. Remove on merging."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def _dashboard(request, club_id):
    return HttpResponse(f"dashboard {club_id}")


urlpatterns = [
    *portal_urlpatterns,
    path("stand-in/vereine/<int:club_id>/", _dashboard, name="club_dashboard"),
]
