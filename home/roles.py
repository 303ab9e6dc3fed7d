"""The staff roles of PRODUCT.md as Django groups, with the least permissions each role needs.

`manage.py setup_roles` creates or updates these groups; later features add their permissions
here. Group names are what administrators see in the admin, hence German.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

ADMIN_ACCESS = "wagtailadmin.access_admin"


def _model_permissions(model, *actions):
    """("home.topic", "add", "view") -> ("home.add_topic", "home.view_topic")"""
    app_label, model_name = model.split(".")
    return tuple(f"{app_label}.{action}_{model_name}" for action in actions)


@dataclass(frozen=True)
class Role:
    group_name: str
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()  # granted on the whole page tree
    collection_permissions: tuple[str, ...] = ()  # granted on the root collection


# News, events, courses, knowledge base, standard pages, translations and search promotions.
EDITORS = Role(
    group_name="Redaktion",
    permissions=(
        ADMIN_ACCESS,
        "wagtail_localize.submit_translation",
        *_model_permissions("home.topic", "add", "change", "view"),
        *_model_permissions("home.category", "add", "change", "view"),
        *_model_permissions("home.registration", "change", "view"),
        # Recommend pages for search terms, and see what visitors search for.
        *_model_permissions(
            "wagtailsearchpromotions.searchpromotion", "add", "change", "delete", "view"
        ),
    ),
    page_permissions=(
        "wagtailcore.add_page",
        "wagtailcore.change_page",
        "wagtailcore.publish_page",
        "wagtailcore.lock_page",
        "wagtailcore.unlock_page",
    ),
    collection_permissions=(
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ),
)
# Handles the requests of their region and approves club profile changes. Reviewing needs no
# page permission: the regional approval task (workflows.models) lets a region's coordinators
# open, compare, approve and reject its clubs' pages while they await review, and nothing else.
COORDINATORS = Role(
    group_name="Koordination",
    permissions=(
        ADMIN_ACCESS,
        "home.view_region",
        *_model_permissions("home.municipality", "change", "view"),
        *_model_permissions("clubs.expert", "add", "change", "view"),
        *_model_permissions("clubs.interest", "change", "view"),
        *_model_permissions("workflows.budget", "view"),
        *_model_permissions("workflows.routingrule", "view"),
    ),
)
# Second approval above the threshold, budgets and routing rules.
PROGRAMME_LEADS = Role(
    group_name="Programmleitung",
    permissions=(
        ADMIN_ACCESS,
        *_model_permissions("home.region", "add", "change", "view"),
        *_model_permissions("home.municipality", "add", "change", "view"),
        *_model_permissions("clubs.expert", "add", "change", "view"),
        *_model_permissions("workflows.budget", "add", "change", "view"),
        *_model_permissions("workflows.routingrule", "add", "change", "delete", "view"),
    ),
)
# Take coaching and help requests assigned to them.
EXPERTS = Role(
    group_name="Ehrenamtslotsen",
    permissions=(ADMIN_ACCESS,),
)
# Act for a club: requests in 'Mein Bereich'; profile and opportunities in the admin, where
# each club's own group (clubs.profiles.representatives) grants edit rights on that club's
# pages only.
CLUB_REPRESENTATIVES = Role(
    group_name="Vereinsvertretungen",
    permissions=(ADMIN_ACCESS,),
    collection_permissions=("wagtailimages.add_image", "wagtailimages.choose_image"),
)

ROLES = (EDITORS, COORDINATORS, PROGRAMME_LEADS, EXPERTS, CLUB_REPRESENTATIVES)

# Who reads members-only knowledge articles and downloads their documents on the site: club
# representatives ("logged-in clubs"), and every staff role, so that staff see what clubs see
# and can answer their questions. Superusers pass Wagtail's privacy checks anyway.
MEMBERS = (CLUB_REPRESENTATIVES, EDITORS, COORDINATORS, PROGRAMME_LEADS, EXPERTS)
# Documents for members only live in this collection; its privacy admits the MEMBERS groups.
MEMBERS_COLLECTION_NAME = "Nur für Mitglieder"


def _permissions(natural_names):
    """The permissions named "app_label.codename", fetched in one query.

    A name that matches nothing is a mistake in this module, so it stops the set-up.
    """
    if not natural_names:
        return []
    pairs = [tuple(name.split(".")) for name in natural_names]
    wanted = reduce(or_, (Q(content_type__app_label=app, codename=code) for app, code in pairs))
    found = list(Permission.objects.filter(wanted).select_related("content_type"))
    missing = set(pairs) - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        names = ", ".join(sorted(".".join(pair) for pair in missing))
        raise Permission.DoesNotExist(f"Unknown permissions: {names}")
    return found


@transaction.atomic
def setup_role(role):
    """Create the role's group if needed and give it exactly the role's permissions."""
    group, _ = Group.objects.get_or_create(name=role.group_name)
    group.permissions.set(_permissions(role.permissions))

    tree_root = Page.get_first_root_node()
    page_permissions = _permissions(role.page_permissions)
    GroupPagePermission.objects.filter(group=group).exclude(
        page=tree_root, permission__in=page_permissions
    ).delete()
    for permission in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=tree_root, permission=permission
        )

    root_collection = Collection.get_first_root_node()
    collection_permissions = _permissions(role.collection_permissions)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root_collection, permission__in=collection_permissions
    ).delete()
    for permission in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )
    return group


def setup_roles():
    groups = {role: setup_role(role) for role in ROLES}
    setup_members_collection()
    return groups


def members_groups():
    return Group.objects.filter(name__in=[role.group_name for role in MEMBERS])


@transaction.atomic
def setup_members_collection():
    """The collection "Nur für Mitglieder", private to the MEMBERS groups, created if missing.

    Editors may add and choose documents in it through their permissions on the root
    collection, which hold for every collection below it.
    """
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=MEMBERS_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=MEMBERS_COLLECTION_NAME)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        restriction.groups.set(members_groups())
    return collection


def is_staff_member(user):
    """Staff start in the admin; club representatives, who use the admin only for their club's
    pages, start in "Mein Bereich" like everybody else."""
    if user.is_superuser:
        return True
    return (
        user.groups.exclude(name=CLUB_REPRESENTATIVES.group_name)
        .filter(
            permissions__codename="access_admin",
            permissions__content_type__app_label="wagtailadmin",
        )
        .exists()
    )
