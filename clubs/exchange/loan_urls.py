"""Addresses of loans between clubs in "Mein Bereich": asking for an item, the club's loans
and their threads, and the club's calendar of loans."""

from django.urls import path

from clubs.exchange import loan_views

CLUB = "mein-bereich/vereine/<int:club_id>/"
LOAN = CLUB + "ausleihen/<int:loan_id>/"

urlpatterns = [
    path(
        "mein-bereich/tauschboerse/<int:item_id>/anfragen/",
        loan_views.loan_request,
        name="loan_request",
    ),
    path(CLUB + "ausleihen/", loan_views.club_loans, name="club_loans"),
    path(LOAN, loan_views.club_loan, name="club_loan"),
    path(LOAN + "antwort/", loan_views.club_loan_answer, name="club_loan_answer"),
    path(LOAN + "zurueckziehen/", loan_views.club_loan_withdraw, name="club_loan_withdraw"),
    path(LOAN + "zurueckgegeben/", loan_views.club_loan_returned, name="club_loan_returned"),
    path(CLUB + "kalender/", loan_views.club_calendar, name="club_calendar"),
    path(CLUB + "kalender.ics", loan_views.club_calendar_ics, name="club_calendar_ics"),
]
