"""Shifts ("Schichten") of one-off and short-term offers, and citizens' sign-ups for them."""
