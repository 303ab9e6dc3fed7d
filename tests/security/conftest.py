"""The two regions, clubs and roles of the request tests, for the security tests too."""

from tests.workflows.conftest import *  # noqa: F403
