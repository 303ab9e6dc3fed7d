"""Staff pages inside the Wagtail admin (/admin/antraege/...), namespace `workflows_admin`."""

from django.urls import path

from workflows.staff import views

app_name = "workflows_admin"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("warteschlange/", views.queue, name="queue"),
    path("alle/", views.request_list, name="requests"),
    path("alle/export/<slug:file_format>/", views.request_export, name="export"),
    path("budgets/", views.budget_overview, name="budgets"),
    path("<int:pk>/", views.request_detail, name="request_detail"),
    path("<int:pk>/aufgabe/<int:task_pk>/", views.task_form, name="task"),
    path("<int:pk>/aufgabe/<int:task_pk>/uebernehmen/", views.task_take, name="task_take"),
    path("<int:pk>/nachricht/", views.request_message, name="message"),
    path("<int:pk>/dokumente/", views.request_upload, name="upload"),
    path("dokumente/<int:pk>/", views.attachment_download, name="attachment"),
]
