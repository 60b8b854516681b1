"""A course as HTML, view by view as in the PDF (see compose/course.py): the cover, the
course information, discussion and references, the post-test (a form: one radio group per
question), the answer key (a table) and the evaluation form (rating and comment blocks)."""

from __future__ import annotations

import base64
from pathlib import Path

from markupsafe import Markup

from actsheets.compose.course import CourseView
from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.lines import LinesBlock
from actsheets.models.blocks.name_date import NameDateBlock
from actsheets.models.blocks.rating import RatingBlock
from actsheets.models.kinds.course import LETTERS, Course, clock_text
from actsheets.models.wording import Wording
from actsheets.render.html.blocks import RENDERERS
from actsheets.render.html.blocks.base import BlockContext
from actsheets.render.html.context import HtmlContext
from actsheets.render.pdf.kinds.course import (
    approval_lines,
    credit_lines,
    format_label,
    level_label,
)
from actsheets.render.pdf.kinds.course_sheets import answer_text, question_options

_IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def _logo(path: Path | None) -> str:
    """The provider's logo as a data: URL (the page loads nothing from elsewhere)."""
    if path is None:
        return ""
    data = path.read_bytes()
    kind = next((t for head, t in _IMAGE_TYPES.items() if data.startswith(head)), "image/png")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _instructor(name: str, credentials: str | None) -> str:
    return f"{name}, {credentials}" if credentials else name


def _details(course: Course, wording: Wording, with_audience: bool) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    if with_audience:
        rows.append((wording.course_audience, [course.target_audience]))
    rows.append((wording.course_level, [level_label(course, wording)]))
    rows.append((wording.course_format, [format_label(course, wording)]))
    if course.dates:
        rows.append((wording.course_dates, [", ".join(d.isoformat() for d in course.dates)]))
    if course.location:
        rows.append((wording.course_location, [course.location]))
    rows.append((wording.course_credits, credit_lines(course, wording)))
    return rows


def cover_body(view: CourseView, ctx: HtmlContext) -> Markup:
    course, wording = view.course, ctx.wording
    return ctx.render(
        "kinds/course_cover.html.j2", course=course, logo=_logo(view.logo),
        label=f"{wording.course_cover_label}  ·  {wording.course_pack}",
        details=_details(course, wording, with_audience=False),
        presenters=[_instructor(i.name, i.credentials) for i in course.instructors])


def information_body(view: CourseView, ctx: HtmlContext) -> Markup:
    course, wording = view.course, ctx.wording
    agenda = []
    for item, times in zip(course.agenda, course.agenda_times()):
        when = f"{clock_text(times[0])}–{clock_text(times[1])}" if times else ""
        agenda.append((when, item))
    return ctx.render(
        "kinds/course_information.html.j2", course=course, statements=view.statements,
        details=_details(course, wording, with_audience=True), agenda=agenda,
        approvals=approval_lines(course, wording),
        instructors=[(_instructor(i.name, i.credentials), i.bio) for i in course.instructors])


def further_body(view: CourseView, ctx: HtmlContext) -> Markup:
    return ctx.render("kinds/course_further.html.j2", course=view.course)


def _block(block: BlockModel, stem: str, ctx: HtmlContext) -> Markup:
    return RENDERERS[block.type](block, BlockContext(ctx, stem))  # type: ignore[attr-defined]


def post_test_body(view: CourseView, ctx: HtmlContext) -> Markup:
    course, wording = view.course, ctx.wording
    questions = []
    for number, question in enumerate(course.post_test.questions, start=1):
        name = f"question_{number}"
        options = [(LETTERS[i], option, ctx.ids.claim(f"{name}-{LETTERS[i]}"))
                   for i, option in enumerate(question_options(question, wording))]
        questions.append((number, question, name, ctx.ids.claim(f"{name}-legend"), options))
    name_date = _block(NameDateBlock(type="name_date", fields=["name", "date"]), "", ctx)
    return ctx.render("kinds/course_post_test.html.j2", course=course, name_date=name_date,
                      questions=questions, form_id=ctx.ids.claim("post-test"))


def answer_key_body(view: CourseView, ctx: HtmlContext) -> Markup:
    course, wording = view.course, ctx.wording
    rows = [(number, question, answer_text(question, wording))
            for number, question in enumerate(course.post_test.questions, start=1)]
    return ctx.render("kinds/course_answer_key.html.j2", course=course, rows=rows)


def evaluation_body(view: CourseView, ctx: HtmlContext) -> Markup:
    course, wording = view.course, ctx.wording
    blocks: list[Markup] = []

    def rating(prompt: str, stem: str) -> None:
        blocks.append(_block(RatingBlock(type="rating", prompt=prompt, low=1, high=5,
                                         low_label=wording.course_evaluation_low,
                                         high_label=wording.course_evaluation_high), stem, ctx))

    for number, objective in enumerate(course.objectives, start=1):
        rating(f"{wording.course_evaluation_objective} {objective}", f"objective_{number}")
    for number, instructor in enumerate(course.instructors, start=1):
        rating(f"{wording.course_evaluation_instructor} **{instructor.name}**",
               f"instructor_{number}")
    rating(wording.course_evaluation_learned, "learned")
    rating(wording.course_evaluation_useful, "useful")
    for number, item in enumerate(course.evaluation.items, start=1):
        rating(item, f"item_{number}")
    prompts = course.evaluation.comments or wording.course_evaluation_comments
    for number, prompt in enumerate(prompts, start=1):
        blocks.append(_block(LinesBlock(type="lines", prompt=prompt, lines=4),
                             f"comments_{number}", ctx))
    return ctx.render("kinds/course_evaluation.html.j2", course=course, blocks=blocks,
                      form_id=ctx.ids.claim("evaluation"))
