"""The clubs' part of `load_demo`: after the foundation, before everything filed under clubs."""

from wagtail import hooks

from home.demo import LOAD_DEMO_CONTENT_HOOK

from .joining import load_joining
from .loader import ClubsDemoLoader


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=10)
def load_clubs_demo(log):
    ClubsDemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=45)
def load_joining_demo(log):
    load_joining(log)
