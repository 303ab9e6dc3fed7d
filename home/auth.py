from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailOrUsernameBackend(ModelBackend):
    """Lets people log in with their email address or, as staff often do, their user name."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user_model = get_user_model()
        login = username.strip()
        field = "email__iexact" if "@" in login else "username"
        try:
            user = user_model._default_manager.get(**{field: login})
        except user_model.DoesNotExist:
            # Spend the time of one hashing anyway so that nobody can tell from the response
            # time whether an account exists.
            user_model().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
