"""A course's own sheets: the post-test (questions as checklist blocks, no answers), the
answer key for the trainer, and the evaluation form (a rating block per objective, per
instructor and for the usual questions; lines blocks for comments). The blocks are the
worksheet blocks, drawn by their own renderers."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from actsheets.compose.course import CourseView
from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.checklist import ChecklistBlock
from actsheets.models.blocks.lines import LinesBlock
from actsheets.models.blocks.name_date import NameDateBlock
from actsheets.models.blocks.rating import RatingBlock
from actsheets.models.kinds.course import LETTERS, Question
from actsheets.models.wording import Wording
from actsheets.render.pdf.blocks import RENDERERS
from actsheets.render.pdf.blocks.base import BlockContext
from actsheets.render.pdf.context import RenderContext
from actsheets.render.pdf.page_parts import title_block
from actsheets.render.pdf.prose import prose
from actsheets.text import markdown


def _block(block: BlockModel, stem: str, loc: tuple, ctx: RenderContext) -> Flowable:
    flowables = RENDERERS[block.type](block, BlockContext(  # type: ignore[attr-defined]
        layout=ctx, stem=stem, loc=loc, field_names=ctx.field_names))
    return KeepTogether([*flowables, Spacer(1, ctx.styles.gap)])


def question_options(question: Question, wording: Wording) -> list[str]:
    if question.type == "true_false":
        return [wording.course_true, wording.course_false]
    return list(question.options)


def answer_text(question: Question, wording: Wording) -> str:
    """The right answer as the post-test shows it: "b) the option" or "a) True"."""
    if question.type == "true_false":
        letter = "a" if question.answer_truth() else "b"
    else:
        letter = question.answer_letter() or "a"
    return f"{letter}) {question_options(question, wording)[LETTERS.index(letter)]}"


def _pass_mark(view: CourseView, ctx: RenderContext) -> Paragraph:
    label = markdown.inline(ctx.wording.course_pass_mark)
    return Paragraph(f"<b>{label}:</b> {view.course.post_test.mark}%", ctx.styles.body)


def post_test_story(view: CourseView, ctx: RenderContext) -> list[Flowable]:
    course, wording = view.course, ctx.wording
    story: list[Flowable] = title_block(ctx, wording.course_post_test, course.title)
    story.append(_block(NameDateBlock(type="name_date", fields=["name", "date"]), "",
                        ("post_test",), ctx))
    story += prose(course.post_test.instructions or wording.course_post_test_instructions,
                   ctx.styles)
    story += [_pass_mark(view, ctx), Spacer(1, ctx.styles.gap * 0.5)]
    for number, question in enumerate(course.post_test.questions, start=1):
        items = question_options(question, wording)
        block = ChecklistBlock(type="checklist", prompt=f"**{number}.** {question.question}",
                               items=[f"{LETTERS[i]}) {item}" for i, item in enumerate(items)])
        story.append(_block(block, f"question_{number}",
                            ("post_test", "questions", number - 1), ctx))
    return story


def answer_key_story(view: CourseView, ctx: RenderContext) -> list[Flowable]:
    course, wording, styles = view.course, ctx.wording, ctx.styles
    story: list[Flowable] = title_block(ctx, wording.course_answer_key, course.title)
    note = ParagraphStyle("note", parent=styles.body, fontName=styles.fonts.bold)
    story += [Paragraph(markdown.inline(wording.course_answer_key_note), note),
              _pass_mark(view, ctx), Spacer(1, styles.gap * 0.5)]
    rows = [[Paragraph(markdown.inline(label), styles.cell_header) for label in
             (wording.course_question, wording.course_answer, wording.course_objective)]]
    for number, question in enumerate(course.post_test.questions, start=1):
        shown = answer_text(question, wording)
        rows.append([Paragraph(f"<b>{number}.</b> {markdown.inline(question.question)}",
                               styles.cell),
                     Paragraph(markdown.inline(shown), styles.cell_header),
                     Paragraph(str(question.objective), styles.cell)])
    width = ctx.page.frame_width
    objective_width = styles.body_size * 6
    answer_width = width * 0.34
    table = Table(rows, colWidths=[width - answer_width - objective_width, answer_width,
                                   objective_width], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), styles.body_size * 0.6),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), styles.body_size * 0.35),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.35),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.rule_colour),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, styles.rule_colour),
    ]))
    story.append(table)
    return story


def evaluation_story(view: CourseView, ctx: RenderContext) -> list[Flowable]:
    course, wording = view.course, ctx.wording
    story: list[Flowable] = title_block(ctx, wording.course_evaluation, course.title)
    story += prose(wording.course_evaluation_intro, ctx.styles)
    story.append(Spacer(1, ctx.styles.gap * 0.5))

    def rating(prompt: str, stem: str, loc: tuple) -> Flowable:
        block = RatingBlock(type="rating", prompt=prompt, low=1, high=5,
                            low_label=wording.course_evaluation_low,
                            high_label=wording.course_evaluation_high)
        return _block(block, stem, loc, ctx)

    for number, objective in enumerate(course.objectives, start=1):
        story.append(rating(f"{wording.course_evaluation_objective} {objective}",
                            f"objective_{number}", ("objectives", number - 1)))
    for number, instructor in enumerate(course.instructors, start=1):
        story.append(rating(f"{wording.course_evaluation_instructor} **{instructor.name}**",
                            f"instructor_{number}", ("instructors", number - 1)))
    story.append(rating(wording.course_evaluation_learned, "learned", ("evaluation",)))
    story.append(rating(wording.course_evaluation_useful, "useful", ("evaluation",)))
    for number, item in enumerate(course.evaluation.items, start=1):
        story.append(rating(item, f"item_{number}", ("evaluation", "items", number - 1)))
    prompts = course.evaluation.comments or wording.course_evaluation_comments
    for number, prompt in enumerate(prompts, start=1):
        story.append(_block(LinesBlock(type="lines", prompt=prompt, lines=4),
                            f"comments_{number}", ("evaluation", "comments"), ctx))
    return story
