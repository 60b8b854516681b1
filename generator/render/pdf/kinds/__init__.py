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


@dataclass(frozen=True)
class PdfKind:
    story: Callable[[Any, RenderContext], list[Flowable]]
    verify: Callable[[Any, dict[tuple, int], RenderContext], list[Finding]] = (
        lambda model, block_pages, ctx: [])


PDF_KINDS: dict[str, PdfKind] = {
    "handout": PdfKind(story=handout_story),
    "worksheet": PdfKind(story=worksheet_story, verify=verify_worksheet),
    # A course is drawn as several views of the same document (see compose/course.py).
    "course.cover": PdfKind(story=cover_story),
    "course.information": PdfKind(story=information_story),
    "course.further": PdfKind(story=further_story),
    "course.post_test": PdfKind(story=post_test_story),
    "course.answer_key": PdfKind(story=answer_key_story),
    "course.evaluation": PdfKind(story=evaluation_story),
    "plan": PdfKind(story=plan_story),
}
