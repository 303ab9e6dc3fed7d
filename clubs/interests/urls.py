"""Addresses of volunteers' messages outside the page tree, below "Mein Bereich"
(/mein-bereich/...)."""

from django.urls import path

from clubs.interests import views

urlpatterns = [
    path(
        "interessen/<int:pk>/erledigt/",
        views.mark_interest_handled,
        name="interest_mark_handled",
    ),
]
