"""Joining the portal: a club's application, and the invitations of its representatives."""
