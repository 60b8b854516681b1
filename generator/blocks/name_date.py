"""`name_date`: write-in lines for name, date and week, side by side."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout.writing import WriteInLine
from pydantic import Field, field_validator
from reportlab.platypus import Spacer, Table, TableStyle

NameDateField = Literal["name", "date", "week"]
_SHARE = {"name": 2.2, "date": 1.3, "week": 1.0}


@register
class NameDateBlock(BlockModel):
    type: Literal["name_date"]
    fields: list[NameDateField] = Field(default_factory=lambda: ["name", "date"],
                                        min_length=1, max_length=3)

    @field_validator("fields")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("each of name, date and week may appear once (remove the repeat)")
        return value

    def default_stem(self, index: int) -> str:
        return ""  # fields are simply `name`, `date`, `week`

    def flowables(self, ctx: BlockContext):
        wording = ctx.layout.wording
        values = {"name": ctx.personal.client_name, "week": ctx.personal.week_label, "date": ""}
        width = ctx.layout.page.frame_width
        gap = ctx.styles.body.fontSize * 1.2
        total = sum(_SHARE[f] for f in self.fields)
        usable = width - gap * (len(self.fields) - 1)
        widths: list[float] = []
        cells = []
        for index, name in enumerate(self.fields):
            share = usable * _SHARE[name] / total
            cells.append(WriteInLine(wording[name], ctx.styles, ctx.field(name, wording[name]),
                                     value=values[name]))
            widths.append(share + (gap if index < len(self.fields) - 1 else 0))
        table = Table([cells], colWidths=widths)
        table.setStyle(TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -2), gap),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [table, Spacer(1, ctx.styles.gap * 0.6)]
