"""Experts ("Ehrenamtslotsen") who advise clubs."""
