"""Output formats, by name: which variants each makes, how it renders one, the files it
reads besides the document, and any files written beside the output (a PDF's first page
as a picture for the catalog). `build --format` and `formats:` pick from this table.

Renderers are imported when a file is rendered, so a build where nothing changed loads
none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from actsheets.loading.reads import InputRecord
from actsheets.output.naming import Variant

if TYPE_CHECKING:
    from actsheets.build.environment import Environment
    from actsheets.documents import Document

THUMBNAILS = "thumbnails"  # folder in output/ holding the catalog's first-page pictures
CATALOG_FORMAT = "html"  # building this format also writes output/index.html


@dataclass(frozen=True)
class OutputFormat:
    groups: Callable[[list[str]], list[str]]
    """The cache groups this format builds, from the papers asked for."""
    variants: Callable[..., list[Variant]]
    """The variants of one group: (document, group, large_print, audiences)."""
    render: Callable[..., bytes]
    """(document, variant, environment, resolved document or None) -> the file's bytes."""
    inputs: Callable[[Environment], list[Path]] = lambda env: []
    companions: Callable[..., list[tuple[str, bytes]]] = lambda document, variant, data: []
    """Files for the catalog written beside an output, by name relative to output/."""


def _audiences(document: Document, audiences: list[str]) -> list[str]:
    from actsheets.models.kinds import KINDS

    kind = KINDS[document.kind]
    return [a for a in audiences if a in kind.audiences(document.model)] or ["client"]


def _pdf_variants(document: Document, paper: str, large_print: bool,
                  audiences: list[str]) -> list[Variant]:
    from actsheets.build.variants import variants_for

    return variants_for(document, [paper], large_print, audiences)


def _html_variants(document: Document, group: str, large_print: bool,
                   audiences: list[str]) -> list[Variant]:
    # One page per audience: it is a form already, and it is resized by the reader.
    return [Variant(audience=a, format="html") for a in _audiences(document, audiences)]


def _render_pdf(document: Document, variant: Variant, env: Environment, resolved=None) -> bytes:
    from actsheets.build.render_one import render_variant

    return render_variant(document, variant, env, resolved)


def _render_html(document: Document, variant: Variant, env: Environment, resolved=None) -> bytes:
    from actsheets.build.render_html import render_html_variant

    return render_html_variant(document, variant, env, resolved)


def _thumbnail(document: Document, variant: Variant, data: bytes) -> list[tuple[str, bytes]]:
    """The first page of each paper's printable sheet (the client's, when there is one)."""
    from actsheets.render.html.thumbnail import first_page_png

    first = _audiences(document, ["client", "therapist"])[0]
    if variant.fillable or variant.audience != first:
        return []
    return [(f"{THUMBNAILS}/{document.id}{variant.suffix()}.png", first_page_png(data))]


def _html_inputs(env: Environment) -> list[Path]:
    from actsheets.render.html.templates import template_inputs

    return template_inputs(env.search)


FORMATS: dict[str, OutputFormat] = {
    "pdf": OutputFormat(groups=lambda papers: list(papers), variants=_pdf_variants,
                        render=_render_pdf, companions=_thumbnail),
    "html": OutputFormat(groups=lambda papers: ["html"], variants=_html_variants,
                         render=_render_html, inputs=_html_inputs),
}


def format_of(group: str) -> OutputFormat:
    """The format a cache group belongs to (a paper's group is a PDF's)."""
    return FORMATS.get(group, FORMATS["pdf"])


def groups(formats: tuple[str, ...], papers: tuple[str, ...]) -> list[str]:
    return [group for name in formats for group in FORMATS[name].groups(list(papers))]


def variants_of(document: Document, groups: list[str], large_print: bool,
                audiences: list[str]) -> list[Variant]:
    return [variant for group in groups
            for variant in format_of(group).variants(document, group, large_print, audiences)]


def render(document: Document, variant: Variant, env: Environment, resolved=None) -> bytes:
    return FORMATS[variant.format].render(document, variant, env, resolved)


def companions(document: Document, variant: Variant, data: bytes) -> list[tuple[str, bytes]]:
    return FORMATS[variant.format].companions(document, variant, data)


def inputs_of(group: str, env: Environment) -> InputRecord:
    """The files a group's renders read besides the document and the project's own."""
    record = InputRecord()
    for path in format_of(group).inputs(env):
        record.add(path)
    return record
