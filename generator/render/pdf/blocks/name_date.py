"""`name_date` in PDF: write-in lines for name, date and week, side by side."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from actsheets.models.blocks.name_date import NameDateBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.personal import name_line_values
from actsheets.render.pdf.writing import WriteInLine

_SHARE = {"name": 2.2, "date": 1.3, "week": 1.0}


@renders("name_date")
def name_date(block: NameDateBlock, ctx: BlockContext):
    wording = ctx.wording
    width = ctx.layout.page.frame_width
    gap = ctx.styles.body.fontSize * 1.2
    total = sum(_SHARE[f] for f in block.fields)
    usable = width - gap * (len(block.fields) - 1)
    widths: list[float] = []
    cells = []
    values = name_line_values(ctx.layout)  # a packet prints the client's name and week
    for index, name in enumerate(block.fields):
        share = usable * _SHARE[name] / total
        cells.append(WriteInLine(getattr(wording, name), ctx.styles,
                                 ctx.field(name, getattr(wording, name)),
                                 value=values.get(name, "")))
        widths.append(share + (gap if index < len(block.fields) - 1 else 0))
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        # Every column but the last keeps `gap` free on its right (columns run along the
        # one row, so the range ends at column -2, any row).
        ("RIGHTPADDING", (0, 0), (-2, -1), gap),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]
