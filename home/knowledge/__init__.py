"""The knowledge base ("Wissensspeicher"): its pages (models.py), their filters, the privacy of
members-only articles and their documents, and the hook that guards those documents."""
