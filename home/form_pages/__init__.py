"""Form pages: forms and surveys that staff build themselves (models.py), on Wagtail's form
builder as changed in builder.py."""
