"""Mails from a club to the helpers of its shifts.

Every helper gets a mail of their own, addressed to them alone, in the language they signed up
in: no helper ever sees another one's address. The mails are queued in the caller's transaction
(home.mail), so a change that is rolled back mails nobody. Replies to a club's message go to the
representative who wrote it.
"""

from django.db import transaction

from clubs.shifts.public import offer_in_language
from home.mail import send_templated_mail
from home.ratelimit import RateLimit

# Messages per club and hour: enough for a busy summer fair, too few to use the portal for
# newsletters.
MESSAGE_RATE_LIMIT = RateLimit("shift-club-message", limit=10, window=60 * 60)


def _once_per_address(signups):
    """The sign-ups with one per email address: a helper with two shifts of an offer gets one
    mail about the offer."""
    seen = set()
    for signup in signups:
        address = signup.email.strip().lower()
        if address not in seen:
            seen.add(address)
            yield signup


def _mail(template, signup, context, reply_to=None):
    """One mail to one helper, naming the offer as the helper read it (its translation)."""
    opportunity = offer_in_language(context["opportunity"], signup.language)
    send_templated_mail(
        template,
        {**context, "opportunity": opportunity, "signup": signup, "shift": signup.shift},
        to=[signup.email],
        language=signup.language,
        reply_to=reply_to,
    )


def send_helper_message(signups, *, opportunity, club, subject, text, sender, shift=None):
    """Mail `subject` and `text` to each active helper of `signups`; returns how many got it."""
    context = {
        "club": club,
        "opportunity": opportunity,
        "about_shift": shift,
        "subject": subject,
        "text": text,
        "sender_name": sender.get_full_name() or sender.get_username(),
    }
    reply_to = [sender.email] if sender.email else None
    count = 0
    with transaction.atomic():
        for signup in _once_per_address(signups):
            _mail("shift_club_message", signup, context, reply_to=reply_to)
            count += 1
    return count


def _replies(address):
    return [address] if address else None


def notify_cancelled(signup, *, club, message, reply_to=""):
    """The helper's place was cancelled by the club, with the club's message if any."""
    _mail(
        "shift_club_cancelled",
        signup,
        {"club": club, "opportunity": signup.shift.opportunity, "message": message},
        reply_to=_replies(reply_to),
    )


def notify_shift_deleted(shift, signups, *, club, reply_to=""):
    for signup in signups:
        _mail(
            "shift_club_deleted",
            signup,
            {"club": club, "opportunity": shift.opportunity},
            reply_to=_replies(reply_to),
        )


def notify_shift_changed(shift, signups, *, club, before, reply_to=""):
    """`before` is the shift as it was (date and times); `shift` as it is now."""
    for signup in signups:
        _mail(
            "shift_club_changed",
            signup,
            {"club": club, "opportunity": shift.opportunity, "before": before},
            reply_to=_replies(reply_to),
        )
