"""Image uploads in the admin (WAGTAILIMAGES_IMAGE_FORM_BASE): a file that claims to be an
image but does not decode is refused with the form's message.

Wagtail checks only the file's header; a broken or truncated PNG got past that and raised a
server error when Wagtail measured it, or later when it drew the first thumbnail.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from willow.plugins.pillow import PillowImage


class DecodableImageField(WagtailImageField):
    """Decodes the whole image once, after Wagtail's size and pixel limits have passed."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            PillowImage.open(f.image)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error
        finally:
            f.image.f.seek(0)


class PortalImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = DecodableImageField(
                label=field.label, required=field.required, widget=field.widget
            )
