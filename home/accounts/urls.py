"""Account pages: one login for everybody (with a second factor where set up), logout,
password reset by email, and the pages to set up or turn off the second factor."""

from django.contrib.auth import views as auth_views
from django.urls import path

from home.accounts import views
from home.two_factor import views as two_factor_views

urlpatterns = [
    path("anmelden/", views.PortalLoginView.as_view(), name="login"),
    path("anmelden/code/", two_factor_views.LoginCodeView.as_view(), name="login_code"),
    path("zwei-faktor/", two_factor_views.TwoFactorView.as_view(), name="two_factor"),
    path(
        "zwei-faktor/einrichten/",
        two_factor_views.TwoFactorSetupView.as_view(),
        name="two_factor_setup",
    ),
    path(
        "zwei-faktor/wiederherstellungscodes/",
        two_factor_views.RecoveryCodesView.as_view(),
        name="two_factor_recovery_codes",
    ),
    path(
        "zwei-faktor/ausschalten/",
        two_factor_views.TwoFactorDisableView.as_view(),
        name="two_factor_disable",
    ),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "passwort-vergessen/",
        views.PortalPasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "passwort-neu/<uidb64>/<token>/",
        views.PortalPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "passwort-aendern/",
        views.PortalPasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "passwort-aendern/fertig/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
]
