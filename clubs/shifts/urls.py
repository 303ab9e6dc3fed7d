"""Public addresses of shifts: signing up and cancelling by link."""

urlpatterns = []
