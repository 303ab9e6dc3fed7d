"""The clubs' part of `load_demo`: after the foundation, before everything filed under clubs."""

from wagtail import hooks

from home.demo import LOAD_DEMO_CONTENT_HOOK

from .joining import load_joining
from .loader import ClubsDemoLoader
from .self_service import load_self_service_demo
from .shifts import load_demo_shifts
from .volunteers import load_volunteers_demo


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=10)
def load_clubs_demo(log):
    ClubsDemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=45)
def load_joining_demo(log):
    load_joining(log)


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=46)
def load_self_service_demo_offers(log):
    """After the regional review is assigned (workflows, order 20): offers submitted by two
    clubs from Mein Bereich wait in it."""
    load_self_service_demo(log=log)


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=47)
def load_shifts_demo(log):
    load_demo_shifts(log=log)


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=48)
def load_volunteers_demo_content(log):
    """After the clubs' demo: what volunteers keep in Mein Engagement."""
    load_volunteers_demo(log=log)
