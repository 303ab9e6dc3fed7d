"""Club profiles: the club's page, the directory, its representatives and who publishes it."""
