"""How each document kind is drawn in PDF: its story, and the checks only a finished
layout can make (a one-page sheet that needs two)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from actsheets.messages import Finding
from actsheets.render.pdf.context import RenderContext
from actsheets.render.pdf.kinds.handout import handout_story
from actsheets.render.pdf.kinds.worksheet import verify_worksheet, worksheet_story
from actsheets.text import markdown


@dataclass(frozen=True)
class PdfKind:
    story: Callable[[Any, RenderContext], list[Flowable]]
    verify: Callable[[Any, dict[tuple, int], RenderContext], list[Finding]] = (
        lambda model, block_pages, ctx: [])
    reader: Callable[[Any], str] = lambda model: getattr(model, "audience", "client")
    """Who reads the part's first pages ("client" or "therapist"): it picks the footer's
    lines (a story can switch with a ReaderMark, as the therapist guide does)."""
    footer_note: Callable[[Any, Any], str] = lambda model, wording: ""
    """A short note after the title in the footer, such as the licence."""


def _licence(model: Any, wording: Any) -> str:
    licence = markdown.plain(getattr(model, "licence", None) or "")
    return f"{wording.licence} {licence}" if licence else ""


PDF_KINDS: dict[str, PdfKind] = {
    "handout": PdfKind(story=handout_story),
    "worksheet": PdfKind(story=worksheet_story, verify=verify_worksheet,
                         reader=lambda model: "client", footer_note=_licence),
}
