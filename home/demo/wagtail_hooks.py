"""The website's part of `load_demo`, in the order explained in home/demo/__init__.py."""

from wagtail import hooks

from . import LOAD_DEMO_CONTENT_HOOK
from .editorial import load_editorial_workflow
from .events import EventsDemoLoader
from .knowledge import KnowledgeDemoLoader
from .loader import DemoLoader
from .news import NewsDemoLoader


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=0)
def load_foundation_demo(log):
    DemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=12)
def load_news_demo(log):
    """After the clubs demo (order 10), whose regions and topics the news are filed under."""
    NewsDemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=13)
def load_knowledge_demo(log):
    KnowledgeDemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=15)
def load_events_demo(log):
    EventsDemoLoader(log=log).run()


@hooks.register(LOAD_DEMO_CONTENT_HOOK, order=30)
def load_editorial_demo(log):
    load_editorial_workflow(log)
