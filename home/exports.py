"""CSV and XLSX exports that open safely in a spreadsheet program.

Submitted text lands in the exports of interests, registrations and form submissions; a cell that
starts with a formula character would be run by the spreadsheet (CSV injection, OWASP).
"""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

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


def spreadsheet_value(value, export_format):
    """`value` as a cell of a "csv" or "xlsx" export. XLSX cells are stored as text, so no
    formula runs, but the format cannot hold control characters at all: they are dropped rather
    than the whole export failing on one person's input."""
    if export_format == "csv":
        return neutralise_formula(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value
