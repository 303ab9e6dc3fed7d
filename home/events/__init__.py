"""Events and courses: registration and waiting list, filters, iCal, certificates and the
staff views in the admin. The models live in home.models.events."""
