"""What a part made out for one client adds to its blocks: the values printed on the name
line, and the note above a dated tracker. A blank sheet (no `personal`) adds nothing."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from actsheets.render.pdf.context import RenderContext
from actsheets.text import markdown


def name_line_values(ctx: RenderContext) -> dict[str, str]:
    """Printed on the name-and-date block: the client's name and the week; the date is
    left for the client to write."""
    personal = ctx.personal
    if personal is None:
        return {}
    return {"name": personal.client_name, "week": personal.week_label}


def dated_days(ctx: RenderContext) -> list[str]:
    """A day-by-day tracker's rows, dated for this week (empty for a blank sheet)."""
    return list(ctx.personal.days) if ctx.personal is not None else []


def tracker_note(ctx: RenderContext) -> list[Flowable]:
    """The week's dose and how to check in, above a dated tracker."""
    personal = ctx.personal
    if personal is None or not personal.days or not personal.tracker_note:
        return []
    styles = ctx.styles
    style = ParagraphStyle("tracker_note", parent=styles.body, keepWithNext=1,
                           spaceAfter=styles.body_size * 0.4)
    return [Paragraph(markdown.inline(personal.tracker_note), style)]
