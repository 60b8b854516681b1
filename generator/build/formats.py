"""Output formats, by name: which variants each makes, how it renders one, the files it
reads besides the document, and any files written beside the output (a PDF's first page
as a picture for the catalog). `build --format` and `formats:` pick from this table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from actsheets.build.environment import Environment
from actsheets.build.render_html import render_html_variant
from actsheets.build.render_one import render_variant
from actsheets.build.variants import variants_for
from actsheets.documents import Document
from actsheets.loading.reads import InputRecord
from actsheets.models.kinds import KINDS
from actsheets.output.naming import Variant

THUMBNAILS = "thumbnails"  # folder in output/ holding the catalog's first-page pictures
CATALOG_FORMAT = "html"  # building this format also writes output/index.html


@dataclass(frozen=True)
class OutputFormat:
    groups: Callable[[list[str]], list[str]]
    """The cache groups this format builds, from the papers asked for."""
    variants: Callable[[Document, str, bool, list[str]], list[Variant]]
    """The variants of one group: (document, group, large_print, audiences)."""
    render: Callable[[Document, Variant, Environment], bytes]
    inputs: Callable[[Environment], list[Path]] = lambda env: []
    companions: Callable[[Document, Variant, bytes], list[tuple[str, bytes]]] = (
        lambda document, variant, data: [])
    """Files for the catalog written beside an output, by name relative to output/."""


def _audiences(document: Document, audiences: list[str]) -> list[str]:
    kind = KINDS[document.kind]
    return [a for a in audiences if a in kind.audiences(document.model)] or ["client"]


def _html_variants(document: Document, group: str, large_print: bool,
                   audiences: list[str]) -> list[Variant]:
    # One page per audience: it is a form already, and it is resized by the reader.
    return [Variant(audience=a, format="html") for a in _audiences(document, audiences)]


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
    "pdf": OutputFormat(groups=lambda papers: list(papers),
                        variants=lambda document, paper, large_print, audiences: variants_for(
                            document, [paper], large_print, audiences),
                        render=render_variant, companions=_thumbnail),
    "html": OutputFormat(groups=lambda papers: ["html"], variants=_html_variants,
                         render=render_html_variant, inputs=_html_inputs),
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


def render(document: Document, variant: Variant, env: Environment) -> bytes:
    return FORMATS[variant.format].render(document, variant, env)


def inputs_of(group: str, env: Environment) -> InputRecord:
    """The files a group's renders read besides the document and the project's own."""
    record = InputRecord()
    for path in format_of(group).inputs(env):
        record.add(path)
    return record
