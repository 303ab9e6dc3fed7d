"""The German catalogue is the one most people read: every text must be translated, and the
compiled file that Django loads must match it."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_catalogues_exist_for_german_and_english():
    assert {path.parts[-3] for path in CATALOGUES} == {"de", "en"}


def test_every_german_text_is_translated():
    catalogue = polib.pofile(str(Path(settings.BASE_DIR, "locale/de/LC_MESSAGES/django.po")))

    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert missing == []
    assert fuzzy == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_compiled_catalogue_matches_its_source(po_path):
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in polib.pofile(str(po_path)).translated_entries()
    }
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in polib.mofile(str(po_path.with_suffix(".mo")))
    }

    assert {key: value for key, value in compiled.items() if key[1]} == source
