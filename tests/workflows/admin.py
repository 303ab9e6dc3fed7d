"""Using the Wagtail admin the way a person does: open a form, change it, send it."""

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import TaskState


def form_data(response, form_id="page-edit-form"):
    """What a browser would send from the form as the page shows it."""
    form = BeautifulSoup(response.content, "html.parser").find("form", id=form_id)
    assert form is not None, f"no form #{form_id} on the page"
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        kind = field.get("type", "text")
        if not name or kind in ("submit", "button", "file", "image"):
            continue
        if field.name == "textarea":
            data[name] = field.text.removeprefix("\n")
        elif field.name == "select":
            chosen = [
                o.get("value", o.text) for o in field.find_all("option") if o.has_attr("selected")
            ]
            data[name] = chosen if field.has_attr("multiple") else (chosen[0] if chosen else "")
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data


def edit_page(client, page, action=None, **changes):
    """Open the page's editor, change fields and send the form, e.g. with action="submit"."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {**form_data(client.get(url)), **changes}
    if action:
        data[f"action-{action}"] = action
    return client.post(url, data)


def workflow_action(client, task_state, action, comment=""):
    """Approve or reject as the dashboard's and the editor's buttons do."""
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[task_state.workflow_state.object_id, action, task_state.pk],
    )
    return client.post(url, {"comment": comment})


def current_task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def refused(response):
    """Wagtail answers a refused admin page with a redirect to the dashboard (403 for scripts)."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")
