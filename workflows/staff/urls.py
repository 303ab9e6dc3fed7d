"""Staff pages inside the Wagtail admin (/admin/antraege/...), namespace `workflows_admin`."""

from django.urls import path

from workflows.staff import admin_views

app_name = "workflows_admin"
urlpatterns = [
    path("", admin_views.inbox, name="inbox"),
    path("warteschlange/", admin_views.queue, name="queue"),
    path("alle/", admin_views.request_list, name="requests"),
    path("alle/export/<slug:file_format>/", admin_views.request_export, name="export"),
    path("budgets/", admin_views.budget_overview, name="budgets"),
    path("<int:pk>/", admin_views.request_detail, name="request_detail"),
    path("<int:pk>/aufgabe/<int:task_pk>/", admin_views.task_form, name="task"),
    path("<int:pk>/aufgabe/<int:task_pk>/uebernehmen/", admin_views.task_take, name="task_take"),
    path("<int:pk>/nachricht/", admin_views.request_message, name="message"),
    path("<int:pk>/dokumente/", admin_views.request_upload, name="upload"),
    path("dokumente/<int:pk>/", admin_views.attachment_download, name="attachment"),
]
