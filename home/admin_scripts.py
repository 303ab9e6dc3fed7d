"""Wagtail's chooser widgets without inline scripts.

`BaseChooser.render` writes `<script>new ImageChooser(id, options)</script>` after each chooser;
a Content Security Policy without 'unsafe-inline' would block it. Wagtail offers no setting for
this, so `render` is replaced once at start-up by one that writes the same constructor call as
data for js/admin-init.js. Choosers with their own kind of start-up script (Wagtail's task
chooser) keep Wagtail's rendering.
"""

import json

from django.utils.html import format_html
from wagtail.admin.widgets.chooser import BaseChooser

_wagtail_render = BaseChooser.render


def _render_without_inline_script(self, name, value, attrs=None, renderer=None):
    if type(self).render_js_init is not BaseChooser.render_js_init:
        return _wagtail_render(self, name, value, attrs, renderer)
    value_data = self.get_value_data(value)
    id_ = attrs["id"]  # Wagtail's render, too, refuses to render a chooser without an id
    return format_html(
        '{}<span hidden data-portal-init="chooser" data-portal-constructor="{}" '
        'data-portal-for="{}" data-portal-options="{}"></span>',
        self.render_html(name, value_data, attrs),
        self.js_constructor,
        id_,
        json.dumps(self.get_js_init_options(id_, name, value_data)),
    )


def start_choosers_without_inline_scripts():
    BaseChooser.render = _render_without_inline_script
