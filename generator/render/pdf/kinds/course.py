"""The pages a course pack draws from the course itself: the cover (no footer), the course
information (objectives, details, agenda, instructors, credits and board statements,
disclosures, accommodations, cancellation) and the closing part (discussion questions and
references). The included handouts and worksheets are drawn by their own kinds."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepInFrame,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from actsheets.compose.course import CourseView
from actsheets.models.kinds.course import (
    FORMATS_ORDER,
    LEVELS_ORDER,
    Course,
    clock_text,
    hours_text,
)
from actsheets.models.wording import Wording
from actsheets.render.pdf.context import RenderContext
from actsheets.render.pdf.page_parts import heading, references, title_block
from actsheets.render.pdf.prose import inline_paragraph, prose
from actsheets.text import markdown


def level_label(course: Course, wording: Wording) -> str:
    return wording.course_levels[LEVELS_ORDER.index(course.level)]


def format_label(course: Course, wording: Wording) -> str:
    return wording.course_formats[FORMATS_ORDER.index(course.format)]


def credit_lines(course: Course, wording: Wording) -> list[str]:
    """"APA: 1 CE hours (general)", one per board and category."""
    return [f"{course.board_name(credit.board)}: {hours_text(credit.hours)} "
            f"{wording.course_ce_hours} ({credit.category})" for credit in course.credits]


def approval_lines(course: Course, wording: Wording) -> list[str]:
    """Per board: its credits, approval number and approval period, as one line."""
    lines = []
    for board in dict.fromkeys([c.board for c in course.credits]
                               + [a.board for a in course.provider.approvals]):
        parts = [f"{hours_text(c.hours)} {wording.course_ce_hours} ({c.category})"
                 for c in course.credits if c.board == board]
        approval = course.approval(board)
        if approval is not None and approval.number:
            parts.append(f"{wording.course_approval_number} {approval.number}")
        if approval is not None and approval.period_start and approval.period_end:
            parts.append(f"{wording.course_approval_period} "
                         f"{approval.period_start.isoformat()} – {approval.period_end.isoformat()}")
        lines.append(f"**{course.board_name(board)}**: " + " · ".join(parts))
    return lines


def logo_flowable(path: Path | None, max_width: float, max_height: float) -> list[Flowable]:
    if path is None:
        return []
    width, height = ImageReader(str(path)).getSize()
    scale = min(max_width / width, max_height / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return [image]


def numbered(items: list[str], ctx: RenderContext) -> Flowable:
    style = ctx.styles.body
    item_style = ParagraphStyle("numbered", parent=style, spaceAfter=style.fontSize * 0.3)
    return ListFlowable(
        [ListItem(Paragraph(markdown.inline(item), item_style)) for item in items],
        bulletType="1", bulletFormat="%s.", leftIndent=style.fontSize * 1.8,
        bulletFontName=ctx.styles.fonts.regular, bulletFontSize=style.fontSize,
        spaceAfter=style.fontSize * 0.4)


def _pairs_table(rows: list[tuple[str, str | list[str]]], ctx: RenderContext) -> Table:
    """Label and value rows; a value given as a list prints one line per item."""
    styles = ctx.styles
    label_width = ctx.page.frame_width * 0.3
    data = [[Paragraph(markdown.inline(label), styles.cell_header),
             [Paragraph(markdown.inline(line), styles.cell)
              for line in (value if isinstance(value, list) else [" ".join(value.split())])]]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, ctx.page.frame_width - label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), styles.body_size * 0.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.3),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, styles.rule_colour),
    ]))
    return table


def _fill_to_bottom(top: list[Flowable], bottom: list[Flowable], ctx: RenderContext) -> list[Flowable]:
    """`top`, then `bottom` pushed to the foot of the one page."""
    canvas = Canvas(io.BytesIO())
    used = 0.0
    for flowable in [*top, *bottom]:
        _, height = flowable.wrapOn(canvas, ctx.page.frame_width, ctx.page.frame_height)
        used += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    room = ctx.page.frame_height - used - 2
    if room < 0:  # a cover is one page, even in large print: shrink it rather than spill
        return [KeepInFrame(ctx.page.frame_width, ctx.page.frame_height - 2, [*top, *bottom],
                            mode="shrink")]
    return [*top, Spacer(1, room), *bottom]


def cover_story(view: CourseView, ctx: RenderContext) -> list[Flowable]:
    course, wording, styles = view.course, ctx.wording, ctx.styles
    big = ParagraphStyle("cover-title", parent=styles.title, fontSize=styles.title.fontSize * 1.35,
                         leading=styles.title.fontSize * 1.35 * 1.15,
                         spaceAfter=styles.body_size)
    top: list[Flowable] = [*logo_flowable(view.logo, 70 * mm, 28 * mm), Spacer(1, 16 * mm),
                           HRFlowable(width="100%", thickness=3, color=styles.text_colour,
                                      spaceAfter=styles.body_size * 0.6)]
    label = f"{wording.course_cover_label}  ·  {wording.course_pack}".upper()
    top.append(Paragraph(markdown.inline(label), styles.small))
    top.append(Spacer(1, styles.body_size * 0.4))
    top.append(inline_paragraph(course.title, big))
    if course.subtitle:
        top.append(inline_paragraph(course.subtitle, styles.subtitle))
    top.append(Spacer(1, styles.gap))
    top.append(_pairs_table(_detail_rows(course, wording, with_audience=False), ctx))
    top.append(Spacer(1, styles.gap * 1.5))
    presenters = [_instructor_line(i.name, i.credentials) for i in course.instructors]
    top.append(_pairs_table([(wording.course_presented_by, presenters)], ctx))
    provider = [Paragraph(markdown.inline(course.provider.name), styles.cell_header)]
    provider += [Paragraph(markdown.inline(line), styles.cell)
                 for line in [*course.provider.address, course.provider.contact or ""] if line]
    return _fill_to_bottom(top, provider, ctx)


def _instructor_line(name: str, credentials: str | None) -> str:
    return f"{name}, {credentials}" if credentials else name


def _detail_rows(course: Course, wording: Wording,
                 with_audience: bool) -> list[tuple[str, str | list[str]]]:
    rows: list[tuple[str, str | list[str]]] = []
    if with_audience:
        rows.append((wording.course_audience, course.target_audience))
    rows.append((wording.course_level, level_label(course, wording)))
    rows.append((wording.course_format, format_label(course, wording)))
    if course.dates:
        rows.append((wording.course_dates, ", ".join(d.isoformat() for d in course.dates)))
    if course.location:
        rows.append((wording.course_location, course.location))
    rows.append((wording.course_credits, credit_lines(course, wording)))
    return rows


def information_story(view: CourseView, ctx: RenderContext) -> list[Flowable]:
    course, wording, styles = view.course, ctx.wording, ctx.styles
    story: list[Flowable] = title_block(ctx, wording.course_information, course.title)
    if course.description:
        story += [heading(ctx, wording.course_description), *prose(course.description, styles)]
    story += [KeepTogether([heading(ctx, wording.course_objectives),
                            inline_paragraph(wording.course_objectives_lead, styles.body),
                            numbered(course.objectives, ctx)])]
    story += [KeepTogether([heading(ctx, wording.course_details),
                            _pairs_table(_detail_rows(course, wording, with_audience=True), ctx)])]
    story += [heading(ctx, wording.course_agenda), _agenda_table(course, ctx)]
    story.append(heading(ctx, wording.course_instructors))
    for instructor in course.instructors:
        block = [Paragraph(markdown.inline(_instructor_line(instructor.name,
                                                            instructor.credentials)),
                           styles.subheading)]
        if instructor.bio:
            block += prose(instructor.bio, styles)
        story.append(KeepTogether(block))
    story.append(heading(ctx, wording.course_approvals))
    story += [Paragraph(f"{markdown.inline(wording.course_provider)}: "
                        f"{markdown.inline(course.provider.name)}", styles.body),
              *(Paragraph(markdown.inline(line), styles.body)
                for line in approval_lines(course, wording))]
    for statement in view.statements:
        story += prose(statement.text, styles)
    story.append(heading(ctx, wording.course_disclosures))
    story += [Paragraph(f"<b>{markdown.inline(wording.course_conflicts)}</b>", styles.body),
              *prose(course.disclosures.conflicts_of_interest, styles),
              Paragraph(f"<b>{markdown.inline(wording.course_commercial_support)}</b>",
                        styles.body),
              *prose(course.disclosures.commercial_support, styles)]
    story += [heading(ctx, wording.course_accommodations), *prose(course.accommodations, styles)]
    story += [heading(ctx, wording.course_cancellation), *prose(course.cancellation, styles)]
    return story


def _agenda_table(course: Course, ctx: RenderContext) -> Table:
    styles, wording = ctx.styles, ctx.wording
    italic = ParagraphStyle("agenda-off", parent=styles.cell, fontName=styles.fonts.italic,
                            textColor=styles.muted_colour)
    rows = [[Paragraph(markdown.inline(label), styles.cell_header)
             for label in (wording.course_time, wording.course_topic, wording.course_minutes)]]
    for item, times in zip(course.agenda, course.agenda_times()):
        style = styles.cell if item.credit else italic
        when = f"{clock_text(times[0])}–{clock_text(times[1])}" if times else ""
        topic = markdown.inline(item.topic)
        if not item.credit:
            topic += f" ({markdown.inline(wording.course_no_credit)})"
        rows.append([Paragraph(when, style), Paragraph(topic, style),
                     Paragraph(str(item.minutes), style)])
    rows.append(["", Paragraph(markdown.inline(wording.course_credit_total), styles.cell_header),
                 Paragraph(str(course.credit_minutes), styles.cell_header)])
    width = ctx.page.frame_width
    time_width, minutes_width = styles.body_size * 7.5, styles.body_size * 5.5
    table = Table(rows, colWidths=[time_width, width - time_width - minutes_width,
                                   minutes_width], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), styles.body_size * 0.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.rule_colour),
        ("LINEBELOW", (0, 1), (-1, -3), 0.4, styles.rule_colour),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.rule_colour),
    ]))
    return table


def further_story(view: CourseView, ctx: RenderContext) -> list[Flowable]:
    course, wording = view.course, ctx.wording
    story: list[Flowable] = title_block(ctx, wording.course_further, course.title)
    if course.discussion_questions:
        story += [heading(ctx, wording.course_discussion),
                  numbered(course.discussion_questions, ctx)]
    story += references(ctx, wording.references, course.references)
    return story
