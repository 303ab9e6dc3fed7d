"""News: the pages (models.py), the filters of the overview and its RSS and Atom feeds."""
