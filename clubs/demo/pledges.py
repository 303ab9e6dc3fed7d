"""Demo content: citizens' pledges to the support calls."""


def load_pledges_demo(log):
    """Filled by the feature."""
