"""Placeholder views, replaced by the real screens."""

from django.http import Http404


def request_list(request, **kwargs):
    raise Http404


def request_create(request, **kwargs):
    raise Http404


def request_detail(request, **kwargs):
    raise Http404


def request_edit(request, **kwargs):
    raise Http404


def request_submit(request, **kwargs):
    raise Http404


def request_task(request, **kwargs):
    raise Http404


def request_message(request, **kwargs):
    raise Http404


def request_upload(request, **kwargs):
    raise Http404


def attachment_download(request, **kwargs):
    raise Http404
