"""Expressions of interest ("Ich möchte helfen"): volunteers' messages to clubs."""
