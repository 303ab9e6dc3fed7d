from django import template

register = template.Library()


@register.simple_tag
def facet_toggle_url(request, param, value):
    """The search address with `param=value` chosen, or left out again if it was chosen, on
    the first page of results; the page number marks it as the same search, not a new one for
    the statistics."""
    query = request.GET.copy()
    query["page"] = "1"
    if query.get(param) == value:
        query.pop(param)
    else:
        query[param] = value
    return f"?{query.urlencode()}"
