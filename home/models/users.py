from django.contrib.auth.models import AbstractUser, Group
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """An account of anybody who logs in: staff, club representatives and experts.

    People log in with their email address, so an address may belong to one account only
    (compared without regard to case); accounts without an address remain possible.
    """

    email = models.EmailField(_("email address"), blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        # Export and erase everything stored about a person (home.personal_data.admin_views).
        permissions = [("manage_personal_data", _("Can export and erase a person's data"))]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="unique_user_email_ci",
                violation_error_message=_("An account with this email address already exists."),
            )
        ]

    def __str__(self):
        return self.get_full_name() or self.username


class GroupTwoFactorRequirement(models.Model):
    """Whether the members of a group must log in with a second factor (home/two_factor/).

    A row of its own, because Django's Group cannot take a field; administrators set it in the
    group's edit view in the admin. Members without a second factor are sent to set one up.
    """

    group = models.OneToOneField(
        Group,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="two_factor_requirement",
    )
    required = models.BooleanField(_("two-factor login required"), default=False)

    class Meta:
        verbose_name = _("two-factor requirement of a group")
        verbose_name_plural = _("two-factor requirements of groups")

    def __str__(self):
        return self.group.name
