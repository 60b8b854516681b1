"""The catalog page (output/index.html): every document with a picture of its first page,
what it is and who it is for, and a link to each of its files. Filters by kind, audience,
ACT process and language run in a small inline script allowed by its hash alone; with
scripts off the page lists everything."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from actsheets.models.theme import Theme
from actsheets.models.wording import Wording
from actsheets.render.html.fonts import FAMILY, font_faces
from actsheets.render.html.templates import environment, template_problems
from actsheets.templates_path import TemplateSearchPath
from actsheets.text.languages import autonym


@dataclass(frozen=True)
class CatalogLink:
    """One file of a document, described by what makes it different."""

    href: str  # relative to output/
    format: str
    paper: str
    large_print: bool
    fillable: bool
    audience: str
    product: str = ""  # a course's file: pack, post-test, answer-key or evaluation


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    title: str  # Markdown subset, placeholders filled in
    subtitle: str
    kind: str
    audience: str  # "client" | "therapist"
    language: str
    processes: tuple[int, ...]  # positions in the wording's act_processes
    minutes: int | None
    links: tuple[CatalogLink, ...]
    thumbnail: str | None  # relative to output/
    keywords: tuple[str, ...] = field(default=())


def processes_of(keywords: list[str], wording: Wording) -> tuple[int, ...]:
    """The ACT processes a document serves: those its keywords name in its own language
    (capitals ignored), by position in the list, so the catalog can name them in its own."""
    named = {keyword.casefold().strip() for keyword in keywords}
    return tuple(number for number, process in enumerate(wording.act_processes)
                 if process.casefold().strip() in named)


_PRODUCT_LABELS = {"pack": "course_pack", "post-test": "course_post_test",
                   "answer-key": "course_answer_key", "evaluation": "course_evaluation"}


def link_label(link: CatalogLink, wording: Wording) -> str:
    parts = [getattr(wording, _PRODUCT_LABELS[link.product])] if link.product else []
    if link.format == "html":
        parts.append(wording.variant_html)
    else:
        parts.append(wording.variant_a4 if link.paper == "a4" else wording.variant_letter)
        if link.fillable:
            parts.append(wording.variant_fillable)
        if link.large_print:
            parts.append(wording.variant_large)
    if link.audience == "therapist":
        parts.append(wording.variant_therapist)
    return ", ".join(parts)


def render_catalog(entries: list[CatalogEntry], wording: Wording, language: str, theme: Theme,
                   font_files: dict[str, Path], search: TemplateSearchPath) -> bytes:
    with template_problems(search):
        return _render(entries, wording, language, theme, font_files, search)


def _render(entries: list[CatalogEntry], wording: Wording, language: str, theme: Theme,
            font_files: dict[str, Path], search: TemplateSearchPath) -> bytes:
    templates = environment(search)
    script = Markup(templates.get_template("catalog.js").render())
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    policy = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
              "font-src data:; img-src 'self' data:; form-action 'none'; base-uri 'none'")
    kinds = sorted({e.kind for e in entries}, key=lambda k: _kind_label(k, wording).casefold())
    audiences = [a for a in ("client", "therapist") if any(e.audience == a for e in entries)]
    languages = sorted({e.language for e in entries})
    processes = [(number, process) for number, process in enumerate(wording.act_processes)
                 if any(number in e.processes for e in entries)]
    ordered = sorted(entries, key=lambda e: (_kind_label(e.kind, wording).casefold(),
                                             e.title.casefold(), e.id))
    page = templates.get_template("catalog.html.j2").render(
        entries=ordered, wording=wording, language=language, theme=theme, family=FAMILY,
        fonts=font_faces(font_files, italics=False), policy=policy, script=script,
        kinds=[(k, _kind_label(k, wording)) for k in kinds],
        audiences=[(a, _audience_label(a, wording)) for a in audiences],
        languages=[(tag, autonym(tag)) for tag in languages], processes=processes,
        language_name=autonym,
        kind_label=lambda k: _kind_label(k, wording),
        audience_label=lambda a: _audience_label(a, wording),
        link_label=lambda link: link_label(link, wording),
        show_time=any(e.minutes for e in entries))
    return page.encode("utf-8")


def _kind_label(kind: str, wording: Wording) -> str:
    return getattr(wording, f"kind_{kind}", None) or kind


def _audience_label(audience: str, wording: Wording) -> str:
    return wording.for_therapist if audience == "therapist" else wording.for_client
