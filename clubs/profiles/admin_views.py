"""wagtail-localize's "Update existing translations", without publishing a club's pages.

Its option "Publish immediately" publishes the updated translations without asking whether the
user may publish them. A club's pages go live only through the regional review
(clubs.profiles.publishing), so the option is locked for users who may not publish every
translated page; the translations are then updated for the next review instead.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_localize.views import update_translations


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def get_form(self):
        form = super().get_form()
        if not self._user_may_publish_every_translation():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = _(
                "You cannot publish these translations directly: club pages go live after "
                "the review by the region's coordinators."
            )
        return form

    def _user_may_publish_every_translation(self):
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if (
                isinstance(target, Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ):
                return False
        return True


urlpatterns = decorate_urlpatterns(
    decorate_urlpatterns(
        [
            path(
                "localize/update/<int:translation_source_id>/",
                UpdateTranslationsView.as_view(),
                name="reviewed_update_translations",
            )
        ],
        require_admin_access,
    ),
    never_cache,
)
