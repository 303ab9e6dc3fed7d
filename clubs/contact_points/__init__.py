"""Contact points ("Anlaufstellen") and their office hours."""
