"""The hours' and certificates' part of "Mein Engagement".

Template: templates/clubs/hours/area_section.html.
"""


def area_context(email):
    """What the section shows for `email`."""
    return {}
