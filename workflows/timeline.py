"""Recording a step of a request: a line in its timeline, and an entry in Wagtail's audit log,
so that auditors find every submission and decision with who and when in one place."""

from wagtail.log_actions import log as audit_log

from workflows.models import RequestEvent

AUDIT_ACTION = "workflows.request_step"


def record(request, action, description, actor=None, public=True):
    RequestEvent.objects.create(
        request=request, actor=actor, action=action, description=description, public=public
    )
    audit_log(
        instance=request,
        action=AUDIT_ACTION,
        user=actor,
        title=f"{request.reference or request.pk}: {request.title}",
        data={"step": action, "description": str(description)},
    )
