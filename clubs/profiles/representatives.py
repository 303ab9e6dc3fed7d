"""Each club's own group of representatives ("Vereinsvertretung"), who may edit the club's
page and add and edit its opportunities, and nothing else.

The group is created with the club page; translations of the page share it. Administrators make
somebody a representative by adding them to the club's group and to the role group
"Vereinsvertretungen", which gives access to the admin.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.text import Truncator
from wagtail.models import GroupPagePermission

from clubs.profiles.models import ClubPage

CLUB_PAGE_PERMISSIONS = ("add_page", "change_page")
GROUP_NAME_PREFIX = "Vereinsvertretung: "


def group_name_for(club):
    name = Truncator(f"{GROUP_NAME_PREFIX}{club.title}").chars(140)
    if Group.objects.filter(name=name).exists():
        name = f"{name} ({club.pk})"
    return name


@transaction.atomic
def ensure_representatives_group(club):
    """The club's group, created on first use with edit rights on the club's subtree."""
    if club.representatives_id:
        return club.representatives
    translated = (
        ClubPage.objects.filter(translation_key=club.translation_key, representatives__isnull=False)
        .exclude(pk=club.pk)
        .select_related("representatives")
        .first()
    )
    if translated:
        group = translated.representatives
    else:
        group = Group.objects.create(name=group_name_for(club))
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=CLUB_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.create(group=group, page=club, permission=permission)
    # update() rather than save(): the group is not page content and needs no revision.
    ClubPage.objects.filter(pk=club.pk).update(representatives=group)
    club.representatives = group
    return group


@receiver(post_save, sender=ClubPage)
def create_representatives_group(sender, instance, raw=False, **kwargs):
    if not raw and instance.representatives_id is None:
        ensure_representatives_group(instance)
