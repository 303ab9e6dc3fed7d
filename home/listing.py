"""Listing pages (news, events, knowledge base, club directory, opportunity finder): a FilterSet
over the page's items from the address, one page of the results, and what the cards show.

Each listing names its filter and its decoration; the template gets `filter` and `page_obj`.
"""

from django.core.paginator import Paginator


class FilteredListingMixin:
    """For a page model: `get_context` with the filtered, paginated and decorated items."""

    items_per_page = 10

    def listing_filter(self, request):
        """The FilterSet over this page's items, bound to the request's query string."""
        raise NotImplementedError

    def decorate_listed(self, items):
        """What the cards show beyond the items' fields (e.g. term names in the active
        language), for the items of one page only, so the cost does not grow with the list."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing_filter = self.listing_filter(request)
        page_obj = Paginator(listing_filter.qs, self.items_per_page).get_page(
            request.GET.get("page")
        )
        page_obj.object_list = self.decorate_listed(page_obj.object_list)
        context.update(filter=listing_filter, page_obj=page_obj)
        return context
