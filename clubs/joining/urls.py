"""Addresses of joining: the public application, its confirmation, invitations, the board."""

urlpatterns = []
