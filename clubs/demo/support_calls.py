"""Demo content: two support calls, one nearly funded."""


def load_support_calls_demo(log):
    """Filled by the feature."""
