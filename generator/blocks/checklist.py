"""`checklist`: items with tick boxes."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout.prose import inline_paragraph
from actsheets.layout.writing import TickBox
from actsheets.models.text import Text
from pydantic import Field
from reportlab.platypus import Table, TableStyle


@register
class ChecklistBlock(BlockModel):
    type: Literal["checklist"]
    items: list[Text] = Field(min_length=1, max_length=40)

    def flowables(self, ctx: BlockContext):
        styles = ctx.styles
        rows = []
        for number, item in enumerate(self.items, start=1):
            box = TickBox(styles, ctx.field(str(number), tooltip=item))
            rows.append([box, inline_paragraph(item, styles.label)])
        box_column = styles.body.fontSize * 2.2
        table = Table(rows, colWidths=[box_column, ctx.layout.page.frame_width - box_column])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), styles.body.fontSize * 0.35),
            ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body.fontSize * 0.35),
        ]))
        return [*self.prompt_flowables(ctx), table]
