"""Two-factor login: after the password, a code from an authenticator app (TOTP), or one of the
recovery codes handed out at set-up. Built on django-otp's TOTP and static-token devices.

- devices.py: who has or needs a second factor, setting it up, checking codes, removing it.
- views.py: the second login step, and the account pages to set it up and turn it off.
- middleware.py: keeps sessions that owe a second factor out of everything else.
- admin_views.py: the group setting "required", and the administrators' page to remove a lost
  one; wagtail_hooks.py puts them into the admin.
"""
