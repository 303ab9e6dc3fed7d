"""Events and courses: the pages and registrations (models.py), registration and waiting list,
filters, iCal, certificates, the staff views in the admin and their admin wiring."""
