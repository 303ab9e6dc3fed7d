"""The search's part of `load_demo`: last, since its promoted results point at demo pages."""

from wagtail import hooks

from home.demo import LOAD_DEMO_CONTENT_HOOK

from .loader import load_search_demo


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=40)
def load_search_demo_content(log):
    load_search_demo(log)
