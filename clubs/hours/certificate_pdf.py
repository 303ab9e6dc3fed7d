"""The Engagementnachweis as PDF: what the certificate states (frozen when it was issued), who
runs the portal, and the verification code with a QR code of the public verification page.

The QR code is drawn here (qrcode with Pillow, embedded as PNG), so no outside service learns
any code; the text uses the embedded Unicode font (home.pdf), so every name prints as written.
"""

import datetime
import io
from decimal import Decimal

import qrcode
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from home.pdf import FONT_FAMILY, UnicodePDF

QR_SIZE_MM = 35


def _date(iso):
    return formats.date_format(datetime.date.fromisoformat(iso), "SHORT_DATE_FORMAT")


def period(entry):
    if entry["starts_on"] == entry["ends_on"]:
        return _date(entry["starts_on"])
    return f"{_date(entry['starts_on'])} – {_date(entry['ends_on'])}"


def hours_text(value):
    """Hours as people write them: "3", "1,5" would hide quarters, so "1,25" and "1,50"."""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return formats.number_format(value, decimal_pos=places, use_l10n=True)


def qr_png(url):
    image = qrcode.make(url, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def certificate_pdf(certificate, *, verify_url, operator_name, operator_address):
    """PDF bytes of `certificate` in its language."""
    statement = certificate.statement
    with translation.override(certificate.language):
        title = gettext("Engagement certificate")
        pdf = UnicodePDF()
        pdf.set_title(title)
        pdf.set_author(operator_name)
        pdf.set_subject(verify_url)
        pdf.set_margins(25, 20, 25)
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_page()
        pdf.set_font(FONT_FAMILY, size=10)
        pdf.multi_cell(0, 5, operator_name, new_x="LMARGIN", new_y="NEXT")
        if operator_address:
            pdf.multi_cell(0, 5, operator_address, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(15)
        pdf.set_font(FONT_FAMILY, style="B", size=24)
        pdf.cell(text=title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        pdf.set_font(FONT_FAMILY, size=12)
        pdf.multi_cell(0, 7, gettext("We confirm that"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font(FONT_FAMILY, style="B", size=16)
        pdf.multi_cell(0, 9, statement["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font(FONT_FAMILY, size=12)
        intro = gettext("volunteered in the following clubs, as the clubs have confirmed:")
        if statement.get("year"):
            intro = gettext(
                "volunteered in %(year)s in the following clubs, as the clubs have confirmed:"
            ) % {"year": statement["year"]}
        pdf.multi_cell(0, 7, intro, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        _entries(pdf, statement)
        pdf.ln(3)
        pdf.set_font(FONT_FAMILY, style="B", size=12)
        total = gettext("In total: %(hours)s hours") % {
            "hours": hours_text(statement["total_hours"])
        }
        pdf.multi_cell(0, 7, total, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font(FONT_FAMILY, size=11)
        confirmed_by = gettext("Confirmed by: %(clubs)s") % {"clubs": ", ".join(statement["clubs"])}
        pdf.multi_cell(0, 6, confirmed_by, new_x="LMARGIN", new_y="NEXT")
        issued = formats.date_format(timezone.localdate(certificate.issued_at), "SHORT_DATE_FORMAT")
        issued_line = gettext("Issued on %(date)s by %(operator)s") % {
            "date": issued,
            "operator": operator_name,
        }
        pdf.multi_cell(0, 6, issued_line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        _verification(pdf, certificate.code, verify_url)
    return bytes(pdf.output())


def _entries(pdf, statement):
    for entry in statement["entries"]:
        pdf.set_font(FONT_FAMILY, style="B", size=11)
        pdf.multi_cell(0, 6, entry["club"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT_FAMILY, size=11)
        line = gettext("%(activity)s · %(period)s · %(hours)s hours") % {
            "activity": entry["activity"],
            "period": period(entry),
            "hours": hours_text(entry["hours"]),
        }
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def _verification(pdf, code, verify_url):
    if pdf.get_y() + QR_SIZE_MM > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y()
    pdf.image(qr_png(verify_url), x=pdf.l_margin, y=top, w=QR_SIZE_MM, h=QR_SIZE_MM)
    text_left = pdf.l_margin + QR_SIZE_MM + 5
    pdf.set_xy(text_left, top + 2)
    pdf.set_font(FONT_FAMILY, style="B", size=12)
    pdf.cell(
        text=gettext("Verification code: %(code)s") % {"code": code}, new_x="LEFT", new_y="NEXT"
    )
    pdf.set_font(FONT_FAMILY, size=9)
    pdf.set_x(text_left)
    width = pdf.w - pdf.r_margin - text_left
    pdf.multi_cell(
        width,
        5,
        gettext("Whether this certificate is genuine can be checked at %(url)s")
        % {"url": verify_url},
        align="L",
        new_x="LEFT",
        new_y="NEXT",
    )
    pdf.multi_cell(
        width,
        5,
        gettext("Created electronically, valid without a signature."),
        new_x="LEFT",
        new_y="NEXT",
    )
