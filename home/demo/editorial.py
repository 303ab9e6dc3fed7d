"""The editorial workflow "Redaktion": news, events and the knowledge base go live after a review
by the editors group.

Assigned to the section pages in every language, so it covers everything below them; pages
elsewhere keep Wagtail's default workflow. Like every demo step it only creates what is missing.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from home import roles

WORKFLOW_NAME = "Redaktion"
TASK_NAME = "Prüfung durch die Redaktion"
EDITORIAL_SECTIONS = ("home.NewsIndexPage", "home.EventIndexPage", "home.KnowledgeIndexPage")


def editorial_workflow():
    editors = Group.objects.get(name=roles.EDITORS.group_name)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([editors])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def load_editorial_workflow(log=print):
    workflow = editorial_workflow()
    for model_name in EDITORIAL_SECTIONS:
        for section in apps.get_model(model_name).objects.all():
            _assignment, created = WorkflowPage.objects.get_or_create(
                page=section, defaults={"workflow": workflow}
            )
            if created:
                log(f"Assigned the workflow {WORKFLOW_NAME} to {section.title} ({section.locale})")
