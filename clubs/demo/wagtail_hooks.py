"""The clubs' part of `load_demo`: after the foundation, before everything filed under clubs."""

from wagtail import hooks

from home.demo import LOAD_DEMO_CONTENT_HOOK

from .exchange import load_exchange_demo
from .joining import load_joining
from .loader import ClubsDemoLoader
from .loans import load_loans_demo
from .pledges import load_pledges_demo
from .self_service import load_self_service_demo
from .shifts import load_demo_shifts
from .support_calls import load_support_calls_demo
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


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=49)
def load_exchange_demo_items(log):
    """Tauschbörse entries of clubs in both regions."""
    load_exchange_demo(log=log)


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=50)
def load_loans_demo_content(log):
    """After the items: loans between clubs, one of them in progress."""
    load_loans_demo(log=log)


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=51)
def load_support_calls_demo_pages(log):
    """After the regional review is assigned (order 20): support calls, one in review."""
    load_support_calls_demo(log=log)


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=52)
def load_pledges_demo_content(log):
    """After the support calls: citizens' pledges, one call nearly funded."""
    load_pledges_demo(log=log)
