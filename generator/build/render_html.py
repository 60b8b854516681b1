"""Render one document's HTML twin in memory: resolved like the PDF, drawn by the HTML
renderer of its kind."""

from __future__ import annotations

from actsheets.build.environment import Environment
from actsheets.documents import Document
from actsheets.models.kinds import KINDS
from actsheets.output.naming import Variant
from actsheets.render.html.pages.document import render_page
from actsheets.render.pdf.fonts import font_files
from actsheets.text.document import ResolvedDocument, resolve_document


def render_html_variant(document: Document, variant: Variant, env: Environment,
                        resolved: ResolvedDocument | None = None) -> bytes:
    if resolved is None:
        language = env.language_of(document.model)
        resolved = resolve_document(document, env.practice, env.wording(language), language,
                                    env.fonts)
    subtitle = getattr(resolved.model, "subtitle", None)
    return render_page(resolved, variant.audience, env.theme.theme, font_files(env.theme),
                       env.search, env.author, subtitle or KINDS[document.kind].describe)
