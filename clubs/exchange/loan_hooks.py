"""Admin hooks of exchange/loan_hooks."""
