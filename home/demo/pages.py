"""What every demo loader does with pages: find, add and publish, translate, order the menu.

Loaders subclass `DemoPages` and set `self.log` and `self.english` (the English locale).
"""

from home.models import StandardPage


class DemoPages:
    # Many-to-many fields of taxonomy terms that a translation points to in English.
    translated_term_fields = ()

    def _child(self, parent, slug):
        page = parent.get_children().filter(slug=slug).first()
        return page.specific if page else None

    def _add(self, parent, page):
        page.locale = parent.locale
        page.live = False
        parent.add_child(instance=page)
        self._publish(page)

    def _publish(self, page):
        page.save_revision().publish()
        self.log(f"Published {page.locale.language_code}: {page.title}")

    def _place_in_menu(self, section):
        """Sections come before the standard pages (about, contact, ...) in the menu."""
        first_standard_page = (
            section.get_siblings().type(StandardPage).order_by("path").only("path").first()
        )
        if first_standard_page and first_standard_page.path < section.path:
            section.move(first_standard_page, pos="left")
            section.refresh_from_db(fields=["path"])

    def _translate(self, page, fields):
        """An English translation with the given texts, unless there is one; its terms
        (`translated_term_fields`) point to their English translations."""
        if page.get_translation_or_none(self.english):
            return None
        translation = page.copy_for_translation(self.english)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.draft_title = translation.title
        for name in self.translated_term_fields:
            if hasattr(translation, name):
                terms = getattr(translation, name).all()
                setattr(translation, name, [self._in_english(term) for term in terms])
        self._publish(translation)
        return translation

    def _in_english(self, term):
        return term.get_translation_or_none(self.english) or term
