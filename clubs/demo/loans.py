"""Demo content: loans between clubs, one in progress."""


def load_loans_demo(log):
    """Filled by the feature."""
