"""Public addresses of shifts: signing up and cancelling by link."""

from django.urls import path

from clubs.shifts import views

urlpatterns = [
    path("schichten/<int:shift_id>/anmelden/", views.shift_signup, name="shift_signup"),
    path("schichten/absagen/<str:token>/", views.shift_signup_cancel, name="shift_signup_cancel"),
]
