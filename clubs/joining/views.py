"""Public pages of joining: the application form, its answer, the confirmation link, and the
invitation link that lets a new representative set a password."""

from django.contrib.auth.tokens import default_token_generator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from clubs.joining import applications
from clubs.joining.forms import ClubApplicationForm
from clubs.joining.models import ClubApplication
from clubs.self_service.access import represented_clubs
from home.accounts.views import PortalPasswordResetConfirmView
from home.kern_forms import privacy_page_url
from home.ratelimit import RateLimit, claim_for_form, client_ip
from home.submissions import OnceOnly, Outcome

EMAIL_RATE_LIMIT = RateLimit("club-application-email", limit=3, window=60 * 60)
# Generous, as for the interest form: a village hall's wireless is one address for many.
IP_RATE_LIMIT = RateLimit("club-application-ip", limit=20, window=60 * 60)


def _sent(request):
    return redirect("club_application_sent")


@never_cache
def apply(request):
    """The public form. Everybody gets the same answer page, whether stored or not (a bot that
    filled the honeypot, an address that applied before): nothing about others leaks."""
    data = request.POST if request.method == "POST" else None
    form = ClubApplicationForm(data, privacy_url=privacy_page_url(request))
    if data is not None:
        if form.honeypot_filled:
            return _sent(request)
        if form.is_valid():
            once = OnceOnly("club-application", form)
            if repeated := once.earlier_response(request):
                return repeated
            limits = [
                (EMAIL_RATE_LIMIT, form.cleaned_data["email"]),
                (IP_RATE_LIMIT, client_ip(request)),
            ]
            if claim := claim_for_form(request, form, limits):
                with claim:
                    return once.save(request, lambda: _store(request, form), claim=claim)
    return render(
        request,
        "clubs/joining/apply.html",
        {"form": form, "title": _("Register a club or initiative")},
    )


def _store(request, form):
    applications.store(request, form)
    return Outcome(reverse("club_application_sent"))


def sent(request):
    return render(
        request, "clubs/joining/sent.html", {"title": _("Please confirm your email address")}
    )


@never_cache
def confirm(request, token):
    """GET asks, POST confirms: mail scanners that open every link must not confirm an
    application nobody sent."""
    pk = applications.application_pk_from(token)
    application = ClubApplication.objects.filter(pk=pk).first() if pk is not None else None
    if application is not None and request.method == "POST":
        application, _newly = applications.confirm(request, pk)
    if application is None:
        return render(
            request,
            "clubs/joining/confirm_invalid.html",
            {"title": _("This link is no longer valid")},
        )
    if application.status == ClubApplication.Status.UNCONFIRMED:
        return render(
            request,
            "clubs/joining/confirm.html",
            {"title": _("Please confirm your email address"), "application": application},
        )
    return render(
        request,
        "clubs/joining/confirmed.html",
        {"title": _("Thank you, your address is confirmed"), "application": application},
    )


class InvitationView(PortalPasswordResetConfirmView):
    """Set the first password from the invitation; then logged in and on to the club."""

    template_name = "clubs/joining/invitation.html"
    post_reset_login = True
    token_generator = default_token_generator
    extra_context = {"title": _("Welcome – set your password")}

    def get_success_url(self):
        clubs = list(represented_clubs(self.user)[:2])
        if len(clubs) == 1:
            return reverse("club_dashboard", kwargs={"club_id": clubs[0].pk})
        return reverse("my_area")
