"""Demo content: items a club offers or needs, per region."""


def load_exchange_demo(log):
    """Filled by the feature."""
