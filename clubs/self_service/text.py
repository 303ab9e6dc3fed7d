"""Descriptions as plain text: club boards type paragraphs, the pages keep rich text.

The form shows a page's rich text as its words, one paragraph per block, separated by a blank
line; what comes back is stored as escaped <p> paragraphs (a single line break inside a
paragraph stays a line break). Formatting and links that somebody added in the admin are kept
as long as the text in the form is not changed; once it is, the text replaces them.
"""

import re
from html import escape
from html.parser import HTMLParser

BLOCK_TAGS = {"p", "h2", "h3", "h4", "li", "blockquote", "div", "ul", "ol"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class _TextOfHtml(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = [[]]

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.blocks[-1].append("\n")
        elif tag in BLOCK_TAGS:
            self.blocks.append([])

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.blocks.append([])

    def handle_data(self, data):
        # As in a browser, white space in the HTML source is one space; only <br> breaks lines.
        self.blocks[-1].append(re.sub(r"\s+", " ", data))

    def text(self):
        paragraphs = ("".join(block).strip() for block in self.blocks)
        return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def plain_text(html):
    """The words of a rich text, paragraph by paragraph."""
    parser = _TextOfHtml()
    parser.feed(html or "")
    parser.close()
    return parser.text()


def rich_text(text):
    """Plain text as rich text: escaped paragraphs, blank lines between them."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        return ""
    paragraphs = (part.strip() for part in PARAGRAPH_BREAK.split(text))
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line.strip()) for line in part.split("\n")))
        for part in paragraphs
        if part
    )


def updated_rich_text(old_html, new_text):
    """The new rich text, or the old one unchanged when the plain text was not edited."""
    if normalized(new_text) == normalized(plain_text(old_html)):
        return old_html
    return rich_text(new_text)


def normalized(text):
    """Paragraphs and the line breaks inside them, with spaces collapsed: a change of either is
    an edit."""
    paragraphs = PARAGRAPH_BREAK.split((text or "").replace("\r\n", "\n").strip())
    return "\n\n".join(
        "\n".join(" ".join(line.split()) for line in part.strip().split("\n"))
        for part in paragraphs
        if part.strip()
    )
