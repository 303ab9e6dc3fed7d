"""CSV exports that open safely in a spreadsheet program.

Submitted text lands in the exports of interests, registrations and form submissions; a cell that
starts with a formula character would be run by the spreadsheet (CSV injection, OWASP).
"""

# A spreadsheet program would run a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Prefix text that a spreadsheet would treat as a formula with an apostrophe, so it stays
    text. Plain numbers such as -5 stay as they are: the spreadsheet reads them as numbers."""
    if not isinstance(value, str) or not value.lstrip().startswith(FORMULA_PREFIXES):
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value
