"""Applicants' pages below "Mein Bereich" (/mein-bereich/antraege/...)."""

from django.urls import path

from workflows.applicant import views

urlpatterns = [
    path("antraege/", views.request_list, name="my_requests"),
    path("antraege/neu/<slug:kind>/", views.request_create, name="my_request_create"),
    path("antraege/<int:pk>/", views.request_detail, name="my_request_detail"),
    path("antraege/<int:pk>/bearbeiten/", views.request_edit, name="my_request_edit"),
    path("antraege/<int:pk>/einreichen/", views.request_submit, name="my_request_submit"),
    path("antraege/<int:pk>/aufgabe/<int:task_pk>/", views.request_task, name="my_request_task"),
    path("antraege/<int:pk>/nachricht/", views.request_message, name="my_request_message"),
    path("antraege/<int:pk>/dokumente/", views.request_upload, name="my_request_upload"),
    path("antraege/dokumente/<int:pk>/", views.attachment_download, name="my_request_attachment"),
]
