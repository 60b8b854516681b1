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
from actsheets.text import markdown


# The other kinds' renderers are imported when a document of that kind is drawn: a build
# of handouts never loads the blocks, plans and courses.
def _worksheet_story(model: Any, ctx: RenderContext) -> list[Flowable]:
    from actsheets.render.pdf.kinds.worksheet import worksheet_story

    return worksheet_story(model, ctx)


def _verify_worksheet(model: Any, block_pages: dict[tuple, int],
                      ctx: RenderContext) -> list[Finding]:
    from actsheets.render.pdf.kinds.worksheet import verify_worksheet

    return verify_worksheet(model, block_pages, ctx)


def _plan_story(model: Any, ctx: RenderContext) -> list[Flowable]:
    from actsheets.render.pdf.kinds.plan import plan_story

    return plan_story(model, ctx)


def _course_story(name: str) -> Callable[[Any, RenderContext], list[Flowable]]:
    """One view of a course: `name` is a story in kinds/course.py or kinds/course_sheets.py."""
    def story(model: Any, ctx: RenderContext) -> list[Flowable]:
        from actsheets.render.pdf.kinds import course, course_sheets

        draw = getattr(course, name, None) or getattr(course_sheets, name)
        return draw(model, ctx)

    return story


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
    "worksheet": PdfKind(story=_worksheet_story, verify=_verify_worksheet,
                         reader=lambda model: "client", footer_note=_licence),
    # A course is drawn as several views of the same document (see compose/course.py);
    # its readers are the therapists who attend.
    **{f"course.{view}": PdfKind(story=_course_story(f"{view}_story"),
                                 reader=lambda model: "therapist")
       for view in ("cover", "information", "further", "post_test", "answer_key", "evaluation")},
    "plan": PdfKind(story=_plan_story, reader=lambda model: "client"),
}
