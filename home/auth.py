from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Value
from django.db.models.functions import Lower


def find_account(login):
    """The one account a login name (email address in any case, or user name) belongs to."""
    user_model = get_user_model()
    login = login.strip()
    accounts = user_model._default_manager.all()
    if "@" in login:
        # Compared the way the unique constraint compares, so at most one account matches.
        accounts = accounts.alias(email_lower=Lower("email")).filter(
            email_lower=Lower(Value(login))
        )
    else:
        accounts = accounts.filter(username=login)
    return accounts.first()


class EmailOrUsernameBackend(ModelBackend):
    """Lets people log in with their email address or, as staff often do, their user name."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = find_account(username)
        if user is None:
            # Spend the time of one hashing anyway so that nobody can tell from the response
            # time whether an account exists.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
