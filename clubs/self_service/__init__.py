"""A club's self-service in "Mein Bereich": its profile and offers without the Wagtail admin."""
