"""A club's contact email address: where volunteers' messages ("Ich möchte helfen") go.

Only the club's representatives and administrators change it. Editors and reviewing
coordinators may edit the rest of the profile, but an address the club never gave would send
volunteers' names and messages to a stranger, so the page form refuses the field for them on
the server, and every change is written to Wagtail's audit log.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.log_actions import log as audit_log

CONTACT_EMAIL_CHANGED = "clubs.contact_email_changed"


def may_change_contact_email(user, club):
    """Administrators, and the representatives of an existing club; anyone who may create a
    club gives its first address, which the regional review then checks."""
    if user is None or not user.is_active:
        return False
    if user.is_superuser or club.pk is None:
        return True
    return bool(club.representatives_id) and user.groups.filter(pk=club.representatives_id).exists()


class ClubPageForm(WagtailAdminPageForm):
    """The club page's admin form, with the contact address locked for everybody else."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("contact_email")
        if field is None or may_change_contact_email(self.for_user, self.instance):
            return
        # A disabled field takes its value from `initial` whatever is posted. That is the
        # address the club gave last, also when an older revision is being restored.
        field.disabled = True
        field.help_text = _(
            "Only the club's representatives or an administrator can change this address."
        )
        self.initial["contact_email"] = self.instance.latest_contact_email()


def log_contact_email_change(club, user, revision):
    """Who changed the address and when; the revision holds the addresses, and the log does
    not repeat them (it keeps no person's address, see docs/privacy.md)."""
    audit_log(instance=club, action=CONTACT_EMAIL_CHANGED, user=user, revision=revision)
