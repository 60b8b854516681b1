"""`checklist` in PDF: a tick box beside each item."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from actsheets.models.blocks.checklist import ChecklistBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.prose import inline_paragraph
from actsheets.render.pdf.writing import TickBox


@renders("checklist")
def checklist(block: ChecklistBlock, ctx: BlockContext):
    styles = ctx.styles
    rows = []
    ticked = set(ctx.example_of(block) or [])
    for number, item in enumerate(block.items, start=1):
        box = TickBox(styles, ctx.field(str(number), tooltip=item), ticked=number in ticked)
        rows.append([box, inline_paragraph(item, styles.label)])
    box_column = styles.body.fontSize * 2.2
    table = Table(rows, colWidths=[box_column, ctx.layout.page.frame_width - box_column])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), styles.body.fontSize * 0.35),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body.fontSize * 0.35),
    ]))
    return [*ctx.prompt(block), table]
