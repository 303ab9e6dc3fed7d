"""Descriptions as plain text in the club forms, rich text on the pages."""

from clubs.self_service.text import plain_text, rich_text, updated_rich_text


def test_paragraphs_become_escaped_paragraphs():
    assert rich_text("Erster & <b>\n\nZweiter\nZeile") == (
        "<p>Erster &amp; &lt;b&gt;</p><p>Zweiter<br/>Zeile</p>"
    )


def test_empty_text_is_empty_rich_text():
    assert rich_text("  \n\n ") == ""


def test_rich_text_shows_as_its_words_with_paragraphs():
    html = '<h2>Wer</h2><p>Wir &amp; <a href="/x">ihr</a></p><ul><li>Eins</li><li>Zwei</li></ul>'

    assert plain_text(html) == "Wer\n\nWir & ihr\n\nEins\n\nZwei"


def test_unchanged_text_keeps_the_rich_text():
    html = '<p>Mit <a href="https://example.org">Link</a></p>'

    assert updated_rich_text(html, "Mit  Link\r\n") == html
    assert updated_rich_text(html, "Ohne Link") == "<p>Ohne Link</p>"


def test_a_new_line_break_is_an_edit():
    html = '<p>Training dienstags <a href="/halle/">in der Halle</a></p>'

    updated = updated_rich_text(html, "Training dienstags\nin der Halle")

    assert updated == "<p>Training dienstags<br/>in der Halle</p>"


def test_line_breaks_in_the_html_source_are_no_edit():
    html = '<p>Training dienstags\n   <a href="/halle/">in der Halle</a></p>'

    assert updated_rich_text(html, plain_text(html)) == html
