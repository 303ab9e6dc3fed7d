"""The requests' part of `load_demo`: after the clubs' demo, whose clubs apply and get approved."""

from wagtail import hooks

from home.demo import LOAD_DEMO_CONTENT_HOOK

from .loader import load_club_approval
from .requests import load_requests


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=20)
def load_workflows_demo(log):
    load_club_approval(log)
    load_requests(log)
