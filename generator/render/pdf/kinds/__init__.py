"""How each document kind is drawn in PDF: its story, and the checks only a finished
layout can make (a one-page sheet that needs two)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from actsheets.messages import Finding
from actsheets.render.pdf.context import RenderContext
from actsheets.render.pdf.kinds.course import cover_story, further_story, information_story
from actsheets.render.pdf.kinds.course_sheets import (
    answer_key_story,
    evaluation_story,
    post_test_story,
)
from actsheets.render.pdf.kinds.handout import handout_story
from actsheets.render.pdf.kinds.plan import plan_story
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
    # A course is drawn as several views of the same document (see compose/course.py);
    # its readers are the therapists who attend.
    "course.cover": PdfKind(story=cover_story, reader=lambda model: "therapist"),
    "course.information": PdfKind(story=information_story, reader=lambda model: "therapist"),
    "course.further": PdfKind(story=further_story, reader=lambda model: "therapist"),
    "course.post_test": PdfKind(story=post_test_story, reader=lambda model: "therapist"),
    "course.answer_key": PdfKind(story=answer_key_story, reader=lambda model: "therapist"),
    "course.evaluation": PdfKind(story=evaluation_story, reader=lambda model: "therapist"),
    "plan": PdfKind(story=plan_story, reader=lambda model: "client"),
}
