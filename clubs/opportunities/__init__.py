"""Volunteering opportunities and the finder ("Engagement finden")."""
