"""Networks of clubs ("Kompetenznetzwerke")."""
