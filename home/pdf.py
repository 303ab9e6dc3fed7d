"""PDFs that print every name as it is written: fpdf2 with the vendored Fira Sans embedded.

The PDF standard fonts (Helvetica) cover Latin-1 only, so "Łukasz", "Ayşe Yıldız" or "Олена"
would lose letters. Fira Sans (SIL Open Font License, home/pdf_fonts/OFL.txt) covers Latin,
Greek and Cyrillic; fpdf2 embeds only the glyphs a document uses, so a page stays small.
"""

from pathlib import Path

from fpdf import FPDF

FONT_FAMILY = "firasans"
FONT_FOLDER = Path(__file__).resolve().parent / "pdf_fonts"


class UnicodePDF(FPDF):
    """An A4 FPDF with the font family `FONT_FAMILY` (regular and bold) registered and set."""

    def __init__(self, **kwargs):
        kwargs.setdefault("format", "A4")
        super().__init__(**kwargs)
        self.add_font(FONT_FAMILY, style="", fname=FONT_FOLDER / "FiraSans-Regular.ttf")
        self.add_font(FONT_FAMILY, style="B", fname=FONT_FOLDER / "FiraSans-Bold.ttf")
        self.set_font(FONT_FAMILY, size=12)
