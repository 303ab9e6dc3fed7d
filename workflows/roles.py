"""Who does a task of a request (its role, declared on the flow's node) and who holds that role
for a given request: the people to tell that a task waits, and whom to remind.

workflows.permissions decides with the same roles whether one person may act; this module only
lists people, so that the notices (and through them the flows) need not import the permissions.
"""

from django.contrib.auth import get_user_model
from django.db import models

from home.roles import PROGRAMME_LEADS


class TaskRole(models.TextChoices):
    APPLICANT = "applicant"
    COORDINATOR = "coordinator"
    PROGRAMME_LEAD = "programme_lead"
    EXPERT = "expert"


def coordinators_of(request):
    """Who handles the coordinator's tasks of `request`, by its routing."""
    users = get_user_model().objects.filter(is_active=True)
    if request.coordinator_id:
        return users.filter(pk=request.coordinator_id)
    if request.coordinator_group_id:
        return users.filter(groups=request.coordinator_group_id)
    return users.filter(coordinated_regions=request.region_id)


def programme_leads():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=PROGRAMME_LEADS.group_name)
        .distinct()
    )


def applicants_of(request):
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__clubs__translation_key=request.club.translation_key)
        .distinct()
    )


def handlers_of(task, request):
    """The people who may act on `task`: whom to tell that it waits, and whom to remind."""
    if task.owner_id:
        return get_user_model().objects.filter(pk=task.owner_id, is_active=True)
    role = task.flow_task.role
    if role == TaskRole.APPLICANT:
        return applicants_of(request)
    if role == TaskRole.COORDINATOR:
        return coordinators_of(request)
    if role == TaskRole.PROGRAMME_LEAD:
        return programme_leads().exclude(pk=request.specific.reviewed_by_id or 0)
    if role == TaskRole.EXPERT and request.specific.expert and request.specific.expert.user_id:
        return get_user_model().objects.filter(pk=request.specific.expert.user_id)
    return get_user_model().objects.none()
