"""The helper list of an offer: a CSV for spreadsheets and a PDF to print as the day's sign-in
sheet, one place per line, the free places as empty lines to fill in on the day.

The CSV follows the portal's exports (workflows/staff/exports.py): `;` between cells and a
byte-order mark, as German spreadsheet programs expect, and no cell that a spreadsheet would run
as a formula (home/exports.py). The PDF embeds the portal's Unicode font (home/pdf.py), as the
certificates do, so every helper's name prints as it is written.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.exports import neutralise_formula
from home.pdf import FONT_FAMILY, UnicodePDF

FILE_FORMATS = ("csv", "pdf")


def _date(value):
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def _time(value):
    return formats.time_format(value, "H:i")


def _places(shift):
    """(number, sign-up or None) for each place of the shift: the active sign-ups first, then
    the free places; more sign-ups than places (needed lowered earlier) all stay listed."""
    active = [signup for signup in shift.signups.all() if signup.cancelled_at is None]
    places = max(shift.helpers_needed, len(active))
    return [
        (number, active[number - 1] if number <= len(active) else None)
        for number in range(1, places + 1)
    ]


def _rows(shifts):
    yield [
        _("Date"),
        _("From"),
        _("To"),
        _("Task"),
        _("Where exactly"),
        _("Place"),
        _("Name"),
        _("Email address"),
        _("Phone"),
    ]
    for shift in shifts:
        for number, signup in _places(shift):
            yield [
                _date(shift.date),
                _time(shift.starts_at),
                _time(shift.ends_at),
                shift.task,
                shift.place_note,
                str(number),
                signup.name if signup else "",
                signup.email if signup else "",
                signup.phone if signup else "",
            ]


def _filename(opportunity, day, extension):
    stamp = day.isoformat() if day else "alle-tage"
    return f"helferliste-{opportunity.slug}-{stamp}.{extension}"


def _private(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Names and phone numbers: no shared cache keeps them, the browser stores no copy.
    response["Cache-Control"] = "private, no-store"
    return response


def csv_response(opportunity, shifts, day=None):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that spreadsheet programs read the umlauts as UTF-8
    writer = csv.writer(buffer, delimiter=";")
    for row in _rows(shifts):
        writer.writerow([neutralise_formula(cell) for cell in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    return _private(response, _filename(opportunity, day, "csv"))


# Column widths in mm of the sign-in table on A4 (180 mm between the margins).
COLUMNS = (
    (10, gettext_lazy("No.")),
    (60, gettext_lazy("Name")),
    (45, gettext_lazy("Phone")),
    (65, gettext_lazy("Signature")),
)
LINE_HEIGHT = 9


def _shift_heading(shift):
    heading = _("%(date)s, %(start)s to %(end)s") % {
        "date": _date(shift.date),
        "start": _time(shift.starts_at),
        "end": _time(shift.ends_at),
    }
    details = " · ".join(part for part in (shift.task, shift.place_note) if part)
    return f"{heading} · {details}" if details else heading


def pdf_bytes(opportunity, club, shifts, day=None):
    pdf = UnicodePDF()
    pdf.set_title(_("Helper list"))
    pdf.set_author(club.title)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font(FONT_FAMILY, size=10)
    pdf.cell(text=club.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT_FAMILY, style="B", size=16)
    title = _("Helper list: %(offer)s") % {"offer": opportunity.title}
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    if day:
        pdf.set_font(FONT_FAMILY, size=12)
        pdf.cell(text=_date(day), new_x="LMARGIN", new_y="NEXT")
    if not shifts:
        pdf.ln(6)
        pdf.set_font(FONT_FAMILY, size=11)
        pdf.multi_cell(0, 6, _("No shifts on this day."), new_x="LMARGIN", new_y="NEXT")
    for shift in shifts:
        pdf.ln(6)
        pdf.set_font(FONT_FAMILY, style="B", size=11)
        pdf.multi_cell(0, 6, _shift_heading(shift), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT_FAMILY, style="B", size=9)
        for width, label in COLUMNS:
            pdf.cell(width, 7, str(label), border=1)
        pdf.ln(7)
        pdf.set_font(FONT_FAMILY, size=10)
        for number, signup in _places(shift):
            cells = (str(number), signup.name if signup else "", signup.phone if signup else "")
            for (width, _label), text in zip(COLUMNS, (*cells, ""), strict=True):
                pdf.cell(width, LINE_HEIGHT, text[:60], border=1)
            pdf.ln(LINE_HEIGHT)
    return bytes(pdf.output())


def pdf_response(opportunity, club, shifts, day=None):
    response = HttpResponse(
        pdf_bytes(opportunity, club, shifts, day), content_type="application/pdf"
    )
    return _private(response, _filename(opportunity, day, "pdf"))
