"""The knowledge base ("Wissensspeicher"): filters and privacy helpers of its pages, which live
in home.models.knowledge."""
