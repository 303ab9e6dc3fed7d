"""Small builders for demo StreamField content in the raw format Wagtail stores.

Links name pages by slug (`page_slug`); the loader swaps in the page id once the page exists.
"""


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def text(html):
    return {"type": "rich_text", "value": html}


def link(*, page_slug=None, url=None, label=""):
    return {"page": page_slug, "url": url or "", "label": label}


def call_to_action(heading_text, body, button):
    return {
        "type": "call_to_action",
        "value": {"heading": heading_text, "text": body, "link": button},
    }


def teaser_cards(heading_text, cards):
    return {
        "type": "teaser_cards",
        "value": {
            "heading": heading_text,
            "cards": [
                {"title": title, "text": body, "image": None, "link": card_link}
                for title, body, card_link in cards
            ],
        },
    }


def faq(heading_text, entries):
    return {
        "type": "accordion",
        "value": {
            "heading": heading_text,
            "items": [{"question": question, "answer": answer} for question, answer in entries],
        },
    }


def quote(words, attribution):
    return {"type": "quote", "value": {"quote": words, "attribution": attribution}}


def table(caption, headings, rows, first_column_is_header=True):
    return {
        "type": "table",
        "value": {
            "first_column_is_header": first_column_is_header,
            "table": {
                "caption": caption,
                "columns": [{"type": "text", "heading": h} for h in headings],
                "rows": [{"values": list(row)} for row in rows],
            },
        },
    }


def village_entry(heading_text, body):
    return {"type": "village_entry", "value": {"heading": heading_text, "text": body}}


def newest_opportunities(heading_text, count=3):
    return {"type": "newest_opportunities", "value": {"heading": heading_text, "count": count}}


def urgent_shifts(heading_text, count=3):
    return {"type": "urgent_shifts", "value": {"heading": heading_text, "count": count}}


def contact_points(heading_text):
    return {"type": "contact_points", "value": {"heading": heading_text}}


def latest_news(heading_text, count=3):
    return {"type": "latest_news", "value": {"heading": heading_text, "count": count}}


def upcoming_events(heading_text, count=3):
    return {"type": "upcoming_events", "value": {"heading": heading_text, "count": count}}
