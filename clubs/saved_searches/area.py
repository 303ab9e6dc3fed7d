"""The saved searches' part of "Mein Engagement".

Template: templates/clubs/saved_searches/area_section.html.
"""


def area_context(email):
    """What the section shows for `email`."""
    return {}
