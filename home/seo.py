"""What search engines read: `sitemap.xml` with the pages of every language, and `robots.txt`.

Wagtail's own sitemap lists only the tree under the site's root page, which is the German home
page; the English (and any later) home pages are its translations, rooted beside it.
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Every live, public page of the site, in every language."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            Page.objects.filter(in_a_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


# Personal, form and result pages: nothing for an index, in any language.
PRIVATE_PATHS = ("/admin/", "/mein-bereich/", "/konto/", "/suche/")


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    prefixes = [""] + [
        f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    lines = ["User-agent: *"]
    lines += [
        f"Disallow: {prefix}{path}"
        for path in PRIVATE_PATHS
        for prefix in (prefixes if path != "/admin/" else [""])
    ]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
