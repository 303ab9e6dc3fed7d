"""Hostile input for the property-based tests, and the checks of where it shows up.

The strategies mix random text of every Unicode category (surrogates aside, which no browser
can send), oversized strings, NUL and other control characters, markup and script probes and
spreadsheet formulas. The checks say what a person would notice: a probe that runs or changes
the page instead of being shown as text, a mail header broken by a line feed, an export cell
that a spreadsheet would run as a formula.
"""

import csv
import io
import re

from bs4 import BeautifulSoup
from hypothesis import strategies as st
from openpyxl import load_workbook

# Markup and script that must only ever be shown as text. Each one carries "alert(" or the
# made-up element <xss-probe>, so that the page check can tell an injected tag from the page's
# own markup.
MARKUP_PROBES = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    '<a href="javascript:alert(1)">klick</a>',
    "<xss-probe>",
)
# Text that looks escaped already: it must be shown literally, not decoded once more.
ENTITY_PROBE = "&lt;b&gt;&amp;"
TEXT_PROBES = (*MARKUP_PROBES, ENTITY_PROBE)
# Cells that a spreadsheet would run, and numbers that it reads as numbers.
FORMULA_PROBES = (
    '=HYPERLINK("http://evil.example","klick")',
    "=1+1",
    "+1",
    "-2",
    "@SUM(A1)",
    "-2+3",
    "=cmd|' /C calc'!A0",
    "\t=1+1",
    " =1+1",
    "+49 4321 1234",
)
CONTROL_CHARACTERS = "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\r\n\t\u2028\u2029\ufeff\u200b\u202e"
FORMULA_STARTS = ("=", "+", "-", "@")
SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "module")

any_character = st.characters(exclude_categories=["Cs"])
random_text = st.text(any_character, max_size=40)
control_text = st.text(st.sampled_from(CONTROL_CHARACTERS), min_size=1, max_size=6)
probe = st.sampled_from(TEXT_PROBES + FORMULA_PROBES)


def mostly(valid, invalid, one_in=8):
    """`valid` most of the time, `invalid` once in `one_in` draws. The simplest draw (which
    hypothesis tries often and shrinks towards) is the valid one."""
    return st.integers(0, one_in - 1).flatmap(lambda pick: invalid if pick == one_in - 1 else valid)


def _repeat_to(chunk, length):
    return (chunk * (length // len(chunk) + 1))[:length]


def oversized(limit):
    """Text just over `limit` characters, or 10,000 to 100,000 characters."""
    length = st.one_of(st.integers(limit + 1, limit + 3), st.integers(10_000, 100_000))
    return st.builds(_repeat_to, st.text(any_character, min_size=1, max_size=8), length)


def hostile_text(limit=5000):
    """Mostly text that fits into a field of `limit` characters, one in twenty too long."""
    fitting = st.one_of(
        probe,
        st.tuples(probe, random_text).map("".join),  # a formula must start the cell
        st.tuples(random_text, probe, random_text, control_text | st.just("")).map("".join),
        st.tuples(probe, probe).map(" ".join),
        random_text,
        st.tuples(random_text, control_text).map("".join),
    ).map(lambda text: text[:limit])
    return mostly(fitting, oversized(limit), one_in=20)


def optional(strategy):
    """A field that may be left empty."""
    return st.one_of(st.just(""), strategy)


_atom = st.text(st.sampled_from("abcxyz019=+-_'!#$%&*/?^`{|}~"), min_size=1, max_size=12)
# A quoted local part may hold markup, but no blank or quote.
_quoted = st.sampled_from([text for text in TEXT_PROBES if not set(text) & set(' "')]).map(
    lambda text: f'"{text}"'
)


def email_address():
    """Mostly addresses that Django accepts (with formula characters and quoted markup in the
    local part), sometimes hostile text that it must refuse."""
    valid = st.builds(
        lambda local, domain: f"{local}@{domain}",
        st.one_of(_atom, _quoted),
        st.sampled_from(["example.org", "beispiel.de", "xn--mller-kva.example"]),
    )
    return mostly(valid, hostile_text(300), one_in=6)


def choice_value(valid_values):
    """A valid choice most of the time, else anything."""
    valid = st.sampled_from(list(valid_values))
    return mostly(valid, hostile_text(50), one_in=6)


def number_text(low=-(10**6), high=10**6):
    """Numbers as people and bots type them: German and English notation, huge, negative."""
    numbers = st.one_of(
        st.integers(low, high).map(str),
        st.decimals(allow_nan=True, allow_infinity=True, places=2).map(str),
        st.integers(low, high).map(lambda value: f"{value:,}".replace(",", ".") + ",50"),
        st.sampled_from(["1e400", "-0", "NaN", "Infinity", "9" * 40, "0x10", "1,2,3", " 7 "]),
    )
    return mostly(numbers, hostile_text(60), one_in=5)


def date_text():
    """Dates in the form's format, in other formats, impossible and far out of range."""
    dates = st.one_of(
        st.dates().map(lambda day: day.isoformat()),
        st.dates().map(lambda day: day.strftime("%d.%m.%Y")),
        st.sampled_from(["2026-02-30", "0000-01-01", "99999-12-31", "2026-13-01", "gestern"]),
    )
    return mostly(dates, hostile_text(60), one_in=5)


def checkbox():
    """Ticked most of the time; a browser sends "on", anything else is a bot."""
    return st.sampled_from(["on"] * 5 + ["", "off", "<script>alert(1)</script>"])


# Checks


def shown_text(html_or_soup):
    """Everything a person can read on the page: its text and its attribute values."""
    soup = html_or_soup
    if isinstance(soup, str):
        soup = BeautifulSoup(soup, "html.parser")
    parts = [soup.get_text()]
    for tag in soup.find_all(True):
        for value in tag.attrs.values():
            parts.extend(value if isinstance(value, list) else [value])
    return "\n".join(parts)


def text_values(values):
    return [value for value in values if isinstance(value, str) and value]


def assert_escaped(html, where, stored=()):
    """No probe that input carries becomes markup or script on the page; each probe inside the
    `stored` values (those the page shows in full) reads as the very text that was sent."""
    raw = [text for text in MARKUP_PROBES if text in html]
    assert not raw, f"{where}: unescaped {raw}"
    soup = BeautifulSoup(html, "html.parser")
    injected = [tag.name for tag in soup.find_all("xss-probe")]
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on") and "alert(" in value:
                injected.append(f"{tag.name}[{name}]")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith(
                "javascript:"
            ):
                injected.append(f"{tag.name}[{name}]")
        if (
            tag.name == "script"
            and tag.get("type", "").lower() in SCRIPT_TYPES
            and "alert(" in tag.get_text()
        ):
            injected.append("script")
    assert not injected, f"{where}: input became markup: {injected}"
    shown = shown_text(soup)
    for value in text_values(stored):
        for text in TEXT_PROBES:
            if text in value:
                assert text in shown, f"{where}: {text!r} of a stored value is not shown as text"


def assert_mails_safe(messages, stored=()):
    """Every mail can be sent as it is (one-line headers) and its HTML part, if any, shows the
    input as text. The plain-text body may quote the input: plain text runs nothing."""
    for message in messages:
        message.message()  # raises on a header that a line break would split
        assert "\n" not in message.subject
        assert "\r" not in message.subject
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                assert_escaped(content, f"mail {message.subject!r}", stored)


def runs_as_formula(cell):
    """Whether a spreadsheet would run the cell: it starts with a formula character (after
    blanks, which spreadsheets skip) and is no plain number, which cannot call anything."""
    stripped = cell.lstrip()
    if not stripped.startswith(FORMULA_STARTS):
        return False
    try:
        float(stripped)
    except ValueError:
        return True
    return False


def _assert_contains(cells, stored, where, normalise=lambda text: text):
    cells = {normalise(cell) for cell in cells if isinstance(cell, str)}
    for value in text_values(normalise(value) for value in text_values(stored)):
        assert value in cells or "'" + value in cells, f"{where}: {value[:80]!r} is missing"


def csv_rows(content, delimiter=","):
    text = content.decode("utf-8").removeprefix("\ufeff")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def assert_csv_neutralised(content, where, stored=(), delimiter=","):
    """No cell of the CSV file runs as a formula, and every stored text is in it (with the
    apostrophe that keeps a formula text)."""
    rows = csv_rows(content, delimiter)
    cells = [cell for row in rows for cell in row]
    formulas = [cell for cell in cells if runs_as_formula(cell)]
    assert not formulas, f"{where}: cells run as formulas: {formulas}"
    _assert_contains(cells, stored, where)
    return rows


# Characters that XML, and so a workbook, cannot hold at all.
NOT_IN_A_WORKBOOK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _as_in_a_workbook(text):
    """The text as a workbook can hold it: without the control characters that XML forbids
    (dropped or replaced by the export) and with line feeds for carriage returns. Nobody
    notices either in a cell."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return NOT_IN_A_WORKBOOK.sub("", text)


def assert_xlsx_neutralised(content, where, stored=()):
    """No cell of the workbook is a formula, and every stored text is in it as text."""
    workbook = load_workbook(io.BytesIO(content))
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    formulas = [cell.value for cell in cells if cell.data_type == "f"]
    assert not formulas, f"{where}: formula cells: {formulas}"
    _assert_contains([cell.value for cell in cells], stored, where, normalise=_as_in_a_workbook)
