"""CSV and XLSX exports that open safely in a spreadsheet program.

Submitted text lands in the exports of interests, registrations and form submissions; a cell that
starts with a formula character would be run by the spreadsheet (CSV injection, OWASP).
"""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook
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


def csv_download(rows, filename):
    """`rows` as a semicolon-separated CSV file that spreadsheet programs open with umlauts
    intact (a byte-order mark) and that no shared cache keeps."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";")
    for row in rows:
        writer.writerow([spreadsheet_value(str(value), "csv") for value in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_download(rows, filename, sheet_title):
    """`rows` as an XLSX file whose text cells stay text: a title starting with "=" is never a
    formula."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(sheet_title)[:31]
    for row in rows:
        sheet.append([spreadsheet_value(value, "xlsx") for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response
