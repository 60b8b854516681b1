"""The plan page that opens a homework packet: who and when, the why in the client's words,
a week-by-week table of doses, each practice's when-then plan, hard-day minimum, obstacles
and confidence, and how to check in. Its dates come already written in the document's
language (`ctx.personal.schedule`)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from actsheets.models.kinds.plan import LOW_CONFIDENCE, Plan, Practice
from actsheets.render.pdf.context import FieldNameClash, RenderContext
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.page_parts import attribution, heading, title_block
from actsheets.render.pdf.prose import inline_paragraph, prose
from actsheets.render.pdf.writing import WriteInLine
from actsheets.text import markdown
from actsheets.text.personal import Schedule


def plan_story(plan: Plan, ctx: RenderContext) -> list[Flowable]:
    wording = ctx.wording
    schedule = ctx.personal.schedule if ctx.personal is not None else None
    story: list[Flowable] = title_block(ctx, plan.title, plan.subtitle)
    story += _facts(plan, schedule, ctx)
    if plan.why:
        story += _boxed(ctx, wording.plan_why, plan.why, big=True)
    if schedule is not None and schedule.weeks:
        story += [KeepTogether([heading(ctx, wording.plan_week_by_week),
                                _week_table(schedule, ctx)]),
                  Spacer(1, ctx.styles.gap * 0.5)]
    story.append(KeepTogether(prose(plan.missed_days or wording.plan_missed_days, ctx.styles)))
    lead: list[Flowable] = [heading(ctx, wording.plan_practices)]  # kept with the first
    for index, practice in enumerate(plan.practices):
        story += _practice(practice, index, ctx, lead)
        lead = []
    closing = _boxed(ctx, wording.plan_check_in, plan.check_in) if plan.check_in else []
    closing += attribution(ctx, plan.adapted_from, plan.licence)  # never alone on a page
    return [*story, KeepTogether(closing)] if closing else story


def _facts(plan: Plan, schedule: Schedule | None, ctx: RenderContext) -> list[Flowable]:
    """Who and when, as label and value pairs."""
    wording, styles = ctx.wording, ctx.styles
    label = ParagraphStyle("fact_label", parent=styles.body, fontName=styles.fonts.bold,
                           spaceAfter=0)
    value = ParagraphStyle("fact_value", parent=styles.body, spaceAfter=0)
    pairs = [(wording.plan_client, escape(plan.client))]
    if plan.therapist:
        pairs.append((wording.plan_therapist, markdown.inline(plan.therapist)))
    if schedule is not None:
        pairs += [(wording.plan_starts, escape(schedule.start)),
                  (wording.plan_length, escape(schedule.length)),
                  (wording.plan_review_on, escape(schedule.review))]
    rows = [[Paragraph(markdown.inline(name), label), Paragraph(text, value)]
            for name, text in pairs]
    widest = max(styles.body_size * 6, *(_text_width(name, ctx, bold=True) for name, _ in pairs))
    width = min(widest + styles.body_size, ctx.page.frame_width * 0.45)
    table = Table(rows, colWidths=[width, ctx.page.frame_width - width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.3),
    ]))
    return [table, Spacer(1, styles.gap * 0.6)]


def _boxed(ctx: RenderContext, label: str, text: str, big: bool = False) -> list[Flowable]:
    """A shaded box with a label and the text (the why, the check-in)."""
    styles = ctx.styles
    body = ParagraphStyle("boxed", parent=styles.body, spaceAfter=0,
                          fontName=styles.fonts.italic if big else styles.fonts.regular,
                          fontSize=styles.subtitle.fontSize if big else styles.body_size,
                          leading=styles.subtitle.leading if big else styles.body.leading)
    pad = styles.body_size * 0.8
    table = Table([[Paragraph(markdown.inline(label), styles.subheading)],
                   [prose(text, styles, body)]], colWidths=[ctx.page.frame_width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, styles.rule_colour),
        ("BACKGROUND", (0, 0), (-1, -1), styles.shade_colour),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.8),
    ]))
    return [table, Spacer(1, styles.gap)]


def _week_table(schedule: Schedule, ctx: RenderContext) -> Table:
    wording, styles = ctx.wording, ctx.styles
    header = [wording.week, wording.plan_dates, *schedule.dosed]
    rows = [[inline_paragraph(text, styles.cell_header) for text in header]]
    for week in schedule.weeks:
        cells = [str(week.number), week.dates,
                 *(f"{dose} {wording.plan_a_day}" if dose else "–" for dose in week.doses)]
        rows.append([Paragraph(escape(text), styles.cell) for text in cells])
    width = ctx.page.frame_width
    number = max(_text_width(wording.week, ctx, bold=True), styles.body_size * 2.5) + 12
    dates = max(_text_width(week.dates, ctx) for week in schedule.weeks) + 12
    dates = min(dates, (width - number) * 0.4)
    rest = (width - number - dates) / max(len(schedule.dosed), 1)
    pad = styles.body_size * 0.4
    table = Table(rows, colWidths=[number, dates, *([rest] * len(schedule.dosed))],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.7, styles.rule_colour),
        ("BACKGROUND", (0, 0), (-1, 0), styles.shade_colour),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return table


def _practice(practice: Practice, index: int, ctx: RenderContext,
              lead: list[Flowable]) -> list[Flowable]:
    """A practice: name, when-then plan, hard-day minimum, obstacles and confidence."""
    wording, styles = ctx.wording, ctx.styles
    opening: list[Flowable] = [*lead, heading(ctx, practice.name, depth=2),
                               _lead_in(wording.plan_when_then, practice.when_then, ctx)]
    if practice.hard_day:
        opening.append(_lead_in(wording.plan_hard_day, practice.hard_day, ctx))
    if practice.obstacles:
        opening += [_obstacles(practice, ctx), Spacer(1, styles.gap * 0.4)]
    # One practice reads as one piece; only one longer than a page is split.
    return [KeepTogether([*opening, *_confidence(practice, index, ctx)]),
            Spacer(1, styles.gap * 0.4)]


def _lead_in(label: str, text: str, ctx: RenderContext) -> Paragraph:
    """A bold label run into the text: "My plan: When I've poured my coffee, ..."."""
    return Paragraph(f"<b>{markdown.inline(label)}</b> {markdown.inline(text)}", ctx.styles.body)


def _obstacles(practice: Practice, ctx: RenderContext) -> Table:
    styles = ctx.styles
    rows = [[inline_paragraph(ctx.wording.plan_obstacle, styles.cell_header),
             inline_paragraph(ctx.wording.plan_response, styles.cell_header)]]
    rows += [[inline_paragraph(o.obstacle, styles.cell), inline_paragraph(o.response, styles.cell)]
             for o in practice.obstacles]
    half = ctx.page.frame_width / 2
    pad = styles.body_size * 0.4
    table = Table(rows, colWidths=[half, half], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.7, styles.rule_colour),
        ("BACKGROUND", (0, 0), (-1, 0), styles.shade_colour),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return table


def _confidence(practice: Practice, index: int, ctx: RenderContext) -> list[Flowable]:
    """How sure the client is; below 7, the prompt to make it smaller (and room to write a
    smaller version when the plan has none)."""
    wording, styles = ctx.wording, ctx.styles
    parts: list[Flowable] = []
    if practice.confidence is None:
        parts.append(WriteInLine(f"{wording.plan_confidence} (0–10)", styles,
                                 _field(ctx, f"confidence_{index + 1}", wording.plan_confidence),
                                 width_fraction=0.75))
        parts.append(Spacer(1, styles.gap * 0.4))
    else:
        parts.append(_lead_in(wording.plan_confidence,
                              f"{practice.confidence} {wording.plan_out_of_ten}", ctx))
    if practice.confidence is None or practice.confidence < LOW_CONFIDENCE:
        if practice.smaller:
            parts.append(_lead_in(wording.plan_make_smaller, practice.smaller, ctx))
        else:
            parts.append(WriteInLine(wording.plan_make_smaller, styles,
                                     _field(ctx, f"smaller_{index + 1}", wording.plan_make_smaller)))
    return parts


def _field(ctx: RenderContext, name: str, tooltip: str) -> FieldSpec | None:
    try:
        full = ctx.field_names.claim(name)
    except FieldNameClash:  # plan fields are named by practice number: never twice
        raise AssertionError(f"plan field {name} claimed twice") from None
    if not ctx.fillable:
        return None
    return FieldSpec(full, " ".join(markdown.plain(tooltip).split()))


def _text_width(text: str, ctx: RenderContext, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = ctx.styles.fonts.bold if bold else ctx.styles.fonts.regular
    return stringWidth(markdown.plain(text), font, ctx.styles.body_size)
