from django import forms

from .facets import FACETS, KINDS

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    """What the visitor searches for and the facets they chose; a facet value that does not
    fit (an edited address) is left out rather than shown as an error."""

    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    typ = forms.ChoiceField(required=False, choices=KINDS.choices)
    region = forms.SlugField(required=False)
    ort = forms.SlugField(required=False)
    thema = forms.SlugField(required=False)

    def __init__(self, data):
        data = data.copy()
        data["q"] = data.get("q", "")[:MAX_QUERY_LENGTH]
        super().__init__(data)
        self.is_valid()

    @property
    def query(self):
        return self.cleaned_data.get("q", "")

    def selected(self):
        """{facet: value} for each facet the visitor chose."""
        return {
            facet: self.cleaned_data[facet.param]
            for facet in FACETS
            if self.cleaned_data.get(facet.param)
        }
