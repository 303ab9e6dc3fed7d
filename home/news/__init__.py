"""News: the filters of the overview and its RSS and Atom feeds (the models are in
home.models.news)."""
