"""Accounts: the login (with the second step of home.two_factor), password reset and change,
and "Mein Bereich" where people who are not staff start. The authentication backend stays in
home.auth: sessions store its dotted path."""
