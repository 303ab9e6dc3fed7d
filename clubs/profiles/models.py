"""Club profiles: a club's public page (the directory that lists them is in listing.py)."""

from django import forms
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from clubs.interests.forms import InterestFormPageMixin
from clubs.networks.models import NetworkPage
from clubs.opportunities.models import OpportunityPage
from clubs.profiles.contact_email import ClubPageForm, log_contact_email_change
from clubs.profiles.publishing import ReviewedBeforePublishing
from home.blocks import RICH_TEXT_FEATURES
from home.models import Category, Topic
from home.models.taxonomy import in_default_locale


class ClubPage(ReviewedBeforePublishing, InterestFormPageMixin, Page):
    """A club, an initiative or a municipality with its public profile.

    The contact address is never shown: visitors write through the form on the page. Each club
    has its own group of representatives who may edit this page and its opportunities; changes
    go live through the regional review (see clubs.profiles.publishing).
    """

    class Kind(models.TextChoices):
        CLUB = "club", _("Club")
        INITIATIVE = "initiative", _("Initiative")
        MUNICIPALITY = "municipality", _("Municipality")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CLUB)
    summary = models.TextField(
        _("short description"),
        max_length=300,
        help_text=_("One or two sentences for the directory and search results."),
    )
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt_text = models.CharField(
        _("description of the logo (alternative text)"),
        max_length=200,
        blank=True,
        help_text=_("For people who cannot see the logo, e.g. 'A blue ball'."),
    )
    categories = ParentalManyToManyField(
        "home.Category",
        verbose_name=_("categories"),
        blank=True,
        related_name="clubs",
        limit_choices_to=in_default_locale,
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="clubs",
    )
    street = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    meeting_times = models.TextField(
        _("meeting times"),
        max_length=500,
        blank=True,
        help_text=_("e.g. 'Training on Tuesdays at 6 pm at the sports ground'."),
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact email address"),
        help_text=_(
            "Messages from the contact form go here. The address is never shown on the site."
        ),
    )
    competencies = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("what we can offer other clubs"),
        blank=True,
        related_name="clubs_offering",
        limit_choices_to=in_default_locale,
        help_text=_("Topics in which this club can help other clubs."),
    )
    competencies_note = models.TextField(
        _("details of what we offer"),
        max_length=600,
        blank=True,
        help_text=_("e.g. 'We lend our marquee and advise on grant applications.'"),
    )
    needs = models.TextField(
        _("what we need"),
        max_length=600,
        blank=True,
        help_text=_("Support, equipment or know-how the club is looking for."),
    )
    representatives = models.ForeignKey(
        Group,
        verbose_name=_("representatives"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="clubs",
        help_text=_("The club's group; its translations share it."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("logo_alt_text"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("street"), FieldPanel("postcode")]),
                FieldPanel("meeting_times"),
            ],
            heading=_("Place and meetings"),
        ),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("contact_email")], heading=_("Contact")),
        MultiFieldPanel(
            [
                FieldPanel("competencies", widget=forms.CheckboxSelectMultiple),
                FieldPanel("competencies_note"),
                FieldPanel("needs"),
            ],
            heading=_("Offers and needs"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("competencies_note"),
        index.SearchField("needs"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("municipality"),
    ]
    base_form_class = ClubPageForm
    # The address is the same in every language, and only the club changes it: translators
    # cannot override it (see clubs.profiles.contact_email).
    override_translatable_fields = [SynchronizedField("contact_email", overridable=False)]
    parent_page_types = ["clubs.ClubDirectoryPage"]
    subpage_types = ["clubs.OpportunityPage", "clubs.SupportCallPage"]
    template = "pages/club_page.html"
    # A copy is a new club and gets a group of its own (see clubs.profiles.representatives).
    exclude_fields_in_copy = ["representatives"]

    class Meta:
        verbose_name = _("club")
        verbose_name_plural = _("clubs")

    def with_content_json(self, content):
        """The group belongs to the club, not to a revision: publishing an older revision
        must not detach it."""
        page = super().with_content_json(content)
        page.representatives_id = self.representatives_id
        return page

    def latest_contact_email(self):
        """The address of the newest revision (what the club gave last, maybe still in
        review), else the stored one."""
        revision = self.get_latest_revision() if self.pk else None
        if revision is not None:
            return revision.content.get("contact_email", self.contact_email)
        if self.pk:
            stored = ClubPage.objects.filter(pk=self.pk).values_list("contact_email", flat=True)
            return stored.first()
        return self.contact_email

    def save_revision(self, user=None, *args, **kwargs):
        """Save the revision, and note in the audit log when it changes the address."""
        previous_email = self.latest_contact_email()
        revision = super().save_revision(user, *args, **kwargs)
        if previous_email != self.contact_email:
            log_contact_email_change(self, user, revision)
        return revision

    @property
    def region(self):
        return self.municipality.region

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            categories=Category.objects.names_in_active_locale(self.categories.all()),
            competencies=Topic.objects.names_in_active_locale(self.competencies.all()),
            opportunities=self.open_opportunities(),
            networks=self.live_networks(),
        )
        return context

    def open_opportunities(self):
        return (
            OpportunityPage.objects.child_of(self)
            .open()
            .select_related("municipality")
            .order_by("-first_published_at")
        )

    def live_networks(self):
        """The networks of this page's language that list the club (in any language)."""
        return (
            NetworkPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, member_clubs__translation_key=self.translation_key)
            .distinct()
            .select_related("region")
            .order_by("title")
        )

    def representative_emails(self):
        """Where messages for the club go: its contact address and its representatives."""
        addresses = [self.contact_email] if self.contact_email else []
        if self.representatives_id:
            addresses += (
                self.representatives.user_set.filter(is_active=True)
                .exclude(email="")
                .values_list("email", flat=True)
            )
        return list(dict.fromkeys(addresses))
