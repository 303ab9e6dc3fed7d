"""The moderation of club profiles: the regional approval task (its model is registered through
workflows/models/__init__.py, so it stays in the `workflows` app), its notices and the
reviewers' admin views."""
