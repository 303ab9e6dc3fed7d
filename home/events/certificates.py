"""Participation certificates (Teilnahmebescheinigungen) as PDF, made with fpdf2.

The PDF embeds the vendored Fira Sans (home.pdf), so every name prints as it is written:
"Łukasz", "Ayşe Yıldız" and "Олена" alike.
"""

from django.utils import formats, timezone, translation
from django.utils.translation import gettext, ngettext

from home.pdf import FONT_FAMILY, UnicodePDF

from .dates import format_session
from .registration import event_in_language, place_text


def attended_sessions(registration):
    return sorted(registration.attended_sessions.all(), key=lambda session: session.start)


def qualifies(registration, attended=None):
    """Whether the person attended enough sessions (modules) for a certificate."""
    if registration.status != registration.Status.CONFIRMED:
        return False
    attended = attended_sessions(registration) if attended is None else attended
    return bool(attended) and len(attended) >= registration.event.required_sessions()


def certificate_pdf(registration, issuer):
    """The certificate of one person as PDF bytes, in the language they registered in."""
    event = event_in_language(registration)
    attended = attended_sessions(registration)
    total = len(registration.event.sessions.all())
    with translation.override(registration.language):
        pdf = UnicodePDF()
        pdf.set_title(gettext("Participation certificate"))
        pdf.set_author(issuer)
        pdf.set_margins(25, 25, 25)
        pdf.add_page()
        pdf.set_font(FONT_FAMILY, size=10)
        pdf.cell(text=issuer, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(25)
        pdf.set_font(FONT_FAMILY, style="B", size=24)
        pdf.cell(text=gettext("Participation certificate"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(12)
        pdf.set_font(FONT_FAMILY, size=12)
        pdf.multi_cell(0, 7, gettext("We confirm that"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font(FONT_FAMILY, style="B", size=16)
        pdf.multi_cell(0, 9, registration.name, new_x="LMARGIN", new_y="NEXT")
        if registration.organisation:
            pdf.set_font(FONT_FAMILY, size=12)
            pdf.multi_cell(0, 7, registration.organisation, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font(FONT_FAMILY, size=12)
        pdf.multi_cell(
            0,
            7,
            gettext("took part in the %(kind)s") % {"kind": event.get_kind_display()},
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(2)
        pdf.set_font(FONT_FAMILY, style="B", size=14)
        pdf.multi_cell(0, 8, f"„{event.title}“", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font(FONT_FAMILY, size=12)
        if place := place_text(event):
            pdf.multi_cell(0, 7, f"{gettext('Place')}: {place}", new_x="LMARGIN", new_y="NEXT")
        summary = ngettext(
            "Attended %(attended)d of %(total)d session:",
            "Attended %(attended)d of %(total)d sessions:",
            total,
        ) % {"attended": len(attended), "total": total}
        pdf.multi_cell(0, 7, summary, new_x="LMARGIN", new_y="NEXT")
        for session in attended:
            line = format_session(session.start, session.end)
            if session.title:
                line = f"{line} – {session.title}"
            pdf.multi_cell(0, 7, f"• {line}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(20)
        issued = formats.date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
        pdf.multi_cell(
            0,
            7,
            gettext("Issued on %(date)s") % {"date": issued},
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(15)
        pdf.set_font(FONT_FAMILY, size=9)
        pdf.multi_cell(
            0,
            5,
            gettext("Created electronically, valid without a signature."),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())
