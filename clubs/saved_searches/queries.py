"""A saved search's filters (a query string of the finder's, see saved_filters.py) checked
and put into words by the finder's own filter (OpportunityFilter)."""

from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Locale

from clubs.opportunities.listing import finder_filter

MAX_QUERY_LENGTH = 2000  # SavedSearch.query


def locale_id_for(language):
    """The locale whose offers a search in `language` looks at (the default one if unknown)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    return locale.pk


def search_filter(query, language, request=None):
    """The finder's filter bound to a saved query, over the offers in `language`; call it with
    `language` active, as the categories' names and slugs depend on it."""
    return finder_filter(QueryDict(query), locale_id_for(language), request)


def query_errors(filterset, query):
    """What is wrong with a query (the filter form's messages), empty when it can be saved."""
    if len(query) > MAX_QUERY_LENGTH:
        return [_("These are too many filters to save. Please choose fewer.")]
    if not filterset.is_bound or filterset.form.is_valid():
        return []
    form = filterset.form
    return [
        f"{form.fields[name].label}: {message}" if name in form.fields else message
        for name, messages in form.errors.items()
        for message in messages
    ]


def describe(filterset):
    """The filters in words ("Ort: Lindau, Umkreis 10 km; Bereich: Sport"), in the active
    language; "All offers" without any."""
    if not filterset.is_bound or not filterset.form.is_valid():
        return _("All offers")
    form, data = filterset.form, filterset.form.cleaned_data
    parts = []
    if place := data.get("ort"):
        text = _("Place: %(place)s") % {"place": place.label}
        if data.get("umkreis"):
            text += ", " + _("radius %(km)s km") % {"km": data["umkreis"]}
        parts.append(text)
    for name in ("bereich", "art", "geeignet"):
        if values := data.get(name):
            names = dict(form.fields[name].choices)
            chosen = ", ".join(str(names.get(value, value)) for value in values)
            parts.append(f"{form.fields[name].label}: {chosen}")
    for name in ("zuhause", "schichten"):
        if data.get(name):
            parts.append(str(form.fields[name].label))
    return "; ".join(parts) or _("All offers")
