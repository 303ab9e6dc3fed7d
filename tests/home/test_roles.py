import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from home.roles import (
    ADMIN_ACCESS,
    CLUB_REPRESENTATIVES,
    EDITORS,
    Role,
    is_staff_member,
    setup_role,
    setup_roles,
)
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_editors_may_edit_and_publish_pages_but_not_manage_users(home_page):
    setup_roles()
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=EDITORS.group_name))
    page = StandardPageFactory(parent=home_page)

    permissions = page.permissions_for_user(editor)

    assert permissions.can_edit()
    assert permissions.can_publish()
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not editor.has_perm("home.change_user")
    assert not editor.has_perm("wagtailcore.change_site")


def test_club_representatives_reach_the_admin_but_are_not_staff():
    """They edit their club's pages in the admin, yet start in "Mein Bereich"."""
    setup_roles()
    representative = UserFactory()
    representative.groups.add(Group.objects.get(name=CLUB_REPRESENTATIVES.group_name))

    assert representative.has_perm("wagtailadmin.access_admin")
    assert not is_staff_member(representative)


def test_setup_roles_restores_defaults_and_is_repeatable():
    groups = setup_roles()
    editors = groups[EDITORS]
    GroupPagePermission.objects.filter(group=editors).delete()
    editors.permissions.clear()

    setup_roles()
    setup_roles()

    assert editors.permissions.filter(codename="access_admin").exists()
    assert GroupPagePermission.objects.filter(group=editors).count() == len(
        EDITORS.page_permissions
    )


def test_a_misspelt_permission_stops_the_set_up_without_leaving_a_group():
    misspelt = Role(group_name="Testrolle", permissions=(ADMIN_ACCESS, "home.nicht_vorhanden"))

    with pytest.raises(Permission.DoesNotExist, match=r"home\.nicht_vorhanden"):
        setup_role(misspelt)

    assert not Group.objects.filter(name="Testrolle").exists()
