"""Who may see a request and who may act on each of its tasks: the one place that decides.

viewflow does not check permissions when code calls a transition, so every view and service of
workflows/ asks here first (`authorize`), and every list is built from `visible_requests`.

- Club representatives see their clubs' requests, drafts included, and act on the applicant's
  tasks (answer a change request, submit the usage report). They never see internal notes.
- Coordinators see the submitted requests of their regions and those routed to them or their
  group; they act on the coordinator's tasks of requests routed to them (a person, a group, or
  the region's coordinators when no rule matched).
- Programme leads see every submitted request, make the second approval (never of a request
  they reviewed themselves) and may step in for any coordinator task.
- Experts see only the requests assigned to them and act on their own tasks there.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from clubs.models import ClubPage
from home.models import Region
from home.roles import COORDINATORS, EXPERTS, PROGRAMME_LEADS
from workflows.flows import task_nodes
from workflows.models import CoachingRequest, HelpRequest, Request, RequestStatus
from workflows.roles import TaskRole


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def is_programme_lead(user):
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_programme_lead", None)
    if cached is None:
        cached = user.groups.filter(name=PROGRAMME_LEADS.group_name).exists()
        user._is_programme_lead = cached
    return cached


def represented_clubs(user):
    """Every club page (all languages) whose group of representatives the user is in."""
    if not _active(user):
        return ClubPage.objects.none()
    return ClubPage.objects.filter(representatives__user=user)


def own_requests(user):
    """The requests of the clubs the user represents, drafts included."""
    return Request.objects.filter(_own_q(user))


def represents(user, club):
    return represented_clubs(user).filter(translation_key=club.translation_key).exists()


def _own_q(user):
    clubs = ClubPage.objects.filter(
        translation_key__in=represented_clubs(user).values("translation_key")
    )
    return Q(club__in=clubs.values("pk"))


def _staff_q(user):
    """Conditions on the request's own columns, each against a small table.

    Joining the regions' coordinators, the groups' members and both experts' tables instead
    made every list query take longer to plan (35 ms) than to run, and repeat rows.
    """
    return (
        Q(region__in=Region.objects.filter(coordinators=user).values("pk"))
        | Q(coordinator=user)
        | Q(coordinator_group__in=user.groups.values("pk"))
        | Q(pk__in=CoachingRequest.objects.filter(expert__user=user).values("pk"))
        | Q(pk__in=HelpRequest.objects.filter(expert__user=user).values("pk"))
    )


def visible_requests(user):
    """The requests `user` may see, as one query."""
    if not _active(user):
        return Request.objects.none()
    own = _own_q(user)
    if is_programme_lead(user):
        return Request.objects.filter(own | ~Q(status=RequestStatus.DRAFT))
    return Request.objects.filter(own | (_staff_q(user) & ~Q(status=RequestStatus.DRAFT)))


def can_view(user, request):
    return visible_requests(user).filter(pk=request.pk).exists()


def is_staff_for(user, request):
    """Staff who may see `request` also see its internal notes and the staff-only steps."""
    if not _active(user) or request.is_draft:
        return False
    if is_programme_lead(user):
        return True
    return Request.objects.filter(Q(pk=request.pk) & _staff_q(user)).exists()


def _routed_to(user, request):
    if request.coordinator_id:
        return request.coordinator_id == user.pk
    if request.coordinator_group_id:
        return user.groups.filter(pk=request.coordinator_group_id).exists()
    return request.region.coordinators.filter(pk=user.pk).exists()


def may_handle(user, task, request=None):
    """Whether `user` may take and complete `task` (a viewflow task of `request`'s process)."""
    if not _active(user) or task.finished is not None:
        return False
    if task.owner_id and task.owner_id != user.pk:
        return False
    request = request or task.process.request
    role = task.flow_task.role
    if role == TaskRole.APPLICANT:
        return represents(user, request.club)
    if role == TaskRole.COORDINATOR:
        return is_programme_lead(user) or _routed_to(user, request)
    if role == TaskRole.PROGRAMME_LEAD:
        reviewer = request.specific.reviewed_by_id
        return is_programme_lead(user) and user.pk != reviewer
    if role == TaskRole.EXPERT:
        expert = request.specific.expert
        return expert is not None and expert.user_id == user.pk
    return False


def authorize(user, task, request=None):
    """Raise PermissionDenied unless `user` may act on `task`; call before every transition."""
    if not may_handle(user, task, request):
        raise PermissionDenied


def authorize_view(user, request):
    if not can_view(user, request):
        raise PermissionDenied


# Task lists of the staff screens, as queries (they must stay fast with many open tasks)


def open_human_tasks():
    return Task.objects.filter(flow_task_type="HUMAN", finished__isnull=True).exclude(
        status=STATUS.CANCELED
    )


def inbox_tasks(user):
    """Open tasks taken by or given to `user`."""
    if not _active(user):
        return open_human_tasks().none()
    return open_human_tasks().filter(owner=user)


def queue_tasks(user):
    """Open tasks nobody has taken yet that `user` may take (see may_handle)."""
    if not _active(user):
        return open_human_tasks().none()
    coordinator_tasks = Q(flow_task__in=task_nodes(role=TaskRole.COORDINATOR))
    if not is_programme_lead(user):
        routed = Request.objects.filter(
            Q(coordinator=user)
            | Q(coordinator__isnull=True, coordinator_group__user=user)
            | Q(coordinator__isnull=True, coordinator_group__isnull=True, region__coordinators=user)
        )
        coordinator_tasks &= Q(process__request__in=routed.values("pk"))
    lead_tasks = Q(pk__in=[])
    if is_programme_lead(user):
        lead_tasks = Q(flow_task__in=task_nodes(role=TaskRole.PROGRAMME_LEAD)) & ~Q(
            process__request__fundingapplication__reviewed_by=user
        )
    ids = open_human_tasks().filter(owner__isnull=True).filter(coordinator_tasks | lead_tasks)
    return open_human_tasks().filter(pk__in=ids.values("pk"))


def works_on_requests(user):
    """Staff who have the screens "Anträge": coordinators, programme leads, experts.

    Asked by every item of the admin menu on every admin page, so the answer is kept on the
    user object for the rest of the request."""
    if not _active(user):
        return False
    cached = getattr(user, "_works_on_requests", None)
    if cached is None:
        cached = (
            is_programme_lead(user)
            or user.groups.filter(name__in=[COORDINATORS.group_name, EXPERTS.group_name]).exists()
            or user.coordinated_regions.exists()
            or hasattr(user, "expert")
        )
        user._works_on_requests = cached
    return cached
