from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def _page_link(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Who runs the site and where its legal pages are; shown in the footer of every page.

    Pages are chosen in the default language; visitors get the translation of their language.
    """

    organisation_name = models.CharField(
        _("organisation"),
        max_length=150,
        blank=True,
        help_text=_("The office that runs the portal, e.g. 'Amt Musterland, volunteering office'."),
    )
    street = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)

    contact_page = _page_link(_("contact page"))
    imprint_page = _page_link(_("legal notice (Impressum)"))
    privacy_page = _page_link(_("privacy policy"))
    accessibility_page = _page_link(_("accessibility statement"))
    easy_language_page = _page_link(_("easy-to-read language (Leichte Sprache)"))

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("street"),
                FieldPanel("postcode"),
                FieldPanel("city"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_language_page"),
            ],
            heading=_("Pages linked in the footer"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")

    def footer_pages(self):
        """The footer's links in their fixed order, skipping those not chosen yet."""
        pages = [
            self.imprint_page,
            self.privacy_page,
            self.accessibility_page,
            self.easy_language_page,
            self.contact_page,
        ]
        return [page.localized for page in pages if page is not None and page.live]
