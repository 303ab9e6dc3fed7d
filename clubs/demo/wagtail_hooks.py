"""The clubs' part of `load_demo`: after the foundation, before everything filed under clubs."""

from wagtail import hooks

from home.demo import LOAD_DEMO_CONTENT_HOOK

from .loader import ClubsDemoLoader
from .shifts import load_demo_shifts


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=10)
def load_clubs_demo(log):
    ClubsDemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=47)
def load_shifts_demo(log):
    load_demo_shifts(log=log)
