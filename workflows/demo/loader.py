"""Demo content of workflows/: club profiles and opportunities go through the regional approval.

Runs after the clubs' demo (see home.demo), which creates the club directory. Like every demo
step it only creates what is missing and never changes what exists.
"""

from wagtail.models import Site, Workflow, WorkflowPage, WorkflowTask

from clubs.models import ClubDirectoryPage
from workflows.models import RegionalApprovalTask

WORKFLOW_NAME = "Freigabe von Vereinsprofilen"
TASK_NAME = "Freigabe durch die Koordination der Region"


def load_club_approval(log=print):
    # At most one per home page, so found by type like the clubs' demo does (slug "vereine"
    # there): staff may have changed the slug.
    home = Site.objects.get(is_default_site=True).root_page
    directory = home.get_children().type(ClubDirectoryPage).first()
    if directory is None:
        log(f"No club directory yet: skipped the workflow {WORKFLOW_NAME}")
        return None

    task = RegionalApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = RegionalApprovalTask.objects.create(name=TASK_NAME)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        log(f"Created the workflow {WORKFLOW_NAME}")

    # The nearest assigned workflow wins, so this one replaces the editors' default workflow
    # (assigned to the root page) for the directory and every club and opportunity below it.
    assignment, created = WorkflowPage.objects.get_or_create(
        page=directory, defaults={"workflow": workflow}
    )
    if created:
        log(f"Assigned the workflow {WORKFLOW_NAME} to {directory.title}")
    return assignment.workflow
