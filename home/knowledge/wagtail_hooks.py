"""Serving hooks of the knowledge base (imported by home/wagtail_hooks.py, the module Wagtail
loads)."""

from wagtail import hooks

from home.knowledge.models import ArticlePage
from home.knowledge.privacy import readable_by


@hooks.register("before_serve_document")
def serve_article_documents_to_their_readers(document, request):
    """A redirect to the login when `document` belongs only to articles that the visitor may
    not read; None otherwise.

    The private collection already protects members' documents; this also covers a document
    that an editor left in a public collection.
    """
    # Wagtail's own hooks module: imported at the top, it would register its hooks out of turn.
    from wagtail.wagtail_hooks import require_wagtail_login

    articles = readable_by(request, ArticlePage.objects.live().filter(downloads__document=document))
    if articles and not any(article.readable for article in articles):
        return require_wagtail_login(next=request.get_full_path())
    return None
