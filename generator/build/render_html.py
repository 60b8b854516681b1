"""Render one document's HTML twin in memory: composed like the PDF (a single document, a
homework packet, or one of a course's files), drawn by the HTML renderer of each part."""

from __future__ import annotations

from dataclasses import replace

from actsheets.build.environment import Environment
from actsheets.compose import Composition, single
from actsheets.documents import Document
from actsheets.models.kinds import KINDS
from actsheets.output.naming import Variant
from actsheets.render.html.pages.document import render_page
from actsheets.render.pdf.fonts import font_files
from actsheets.text import markdown
from actsheets.text.document import ResolvedDocument, resolve_document


def render_html_variant(document: Document, variant: Variant, env: Environment,
                        resolved: ResolvedDocument | None = None) -> bytes:
    if document.kind == "plan":
        from actsheets.build.packets import packet_composition

        composition = packet_composition(document, env)
    else:
        composition = single_page(document, variant, env, resolved)
    return render_composition_html(composition, env)


def render_composition_html(composition: Composition, env: Environment) -> bytes:
    return render_page(composition, env.theme.theme, font_files(env.theme), env.search)


def single_page(document: Document, variant: Variant, env: Environment,
                resolved: ResolvedDocument | None) -> Composition:
    """One document as one part; the page's title tells the therapist's version apart,
    as the PDF's does."""
    if resolved is None:
        language = env.language_of(document.model)
        resolved = resolve_document(document, env.practice, env.wording(language), language,
                                    env.fonts)
    subtitle = getattr(resolved.model, "subtitle", None)
    composition = single(resolved, variant.audience, author=env.author,
                         subject=markdown.plain(subtitle or KINDS[document.kind].describe))
    if variant.audience == "therapist":
        title = f"{composition.metadata.title} — {resolved.wording.title_therapist}"
        composition = replace(composition, metadata=replace(composition.metadata, title=title))
    return composition
