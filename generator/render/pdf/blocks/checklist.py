"""`checklist` in PDF: a tick box beside each item, in one or more columns; one table per
row of items, so a long list can turn the page between items."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from actsheets.models.blocks.checklist import ChecklistBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.prose import inline_paragraph
from actsheets.render.pdf.writing import TickBox


@renders("checklist")
def checklist(block: ChecklistBlock, ctx: BlockContext):
    styles = ctx.styles
    columns = 1 if styles.large_print else block.columns
    ticked = set(ctx.example_of(block) or [])
    cells = []
    for number, item in enumerate(block.items, start=1):
        box = TickBox(styles, ctx.field(str(number), tooltip=item), ticked=number in ticked)
        cells.append([box, inline_paragraph(item, styles.label)])
    box_column = styles.body.fontSize * 2.2
    gutter = styles.body.fontSize * 1.2
    column = (ctx.layout.page.frame_width - gutter * (columns - 1)) / columns
    widths = []
    for number in range(columns):
        widths += [box_column, column - box_column + (gutter if number < columns - 1 else 0)]
    rows = []
    # Items run down the first column, then the next (the order a reader expects).
    per_column = -(-len(cells) // columns)
    for row in range(per_column):
        line = []
        for number in range(columns):
            position = number * per_column + row
            line += cells[position] if position < len(cells) else ["", ""]
        table = Table([line], colWidths=widths)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), gutter if columns > 1 else 0),
            ("TOPPADDING", (0, 0), (-1, -1), styles.body.fontSize * 0.35),
            ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body.fontSize * 0.35),
        ]))
        rows.append(table)
    return [*ctx.prompt(block), *rows]
