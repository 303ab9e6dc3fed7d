"""Placeholder views, replaced by the real screens."""

from django.http import Http404


def inbox(request, **kwargs):
    raise Http404


def queue(request, **kwargs):
    raise Http404


def request_list(request, **kwargs):
    raise Http404


def request_export(request, **kwargs):
    raise Http404


def budget_overview(request, **kwargs):
    raise Http404


def request_detail(request, **kwargs):
    raise Http404


def task_form(request, **kwargs):
    raise Http404


def task_take(request, **kwargs):
    raise Http404


def request_message(request, **kwargs):
    raise Http404


def request_upload(request, **kwargs):
    raise Http404


def attachment_download(request, **kwargs):
    raise Http404
