"""`box` in PDF: a bordered box (a multi-line field when fillable), as tall as its share of
the page."""

from __future__ import annotations

from reportlab.lib.units import mm

from actsheets.models.blocks.box import BoxBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.writing import FieldBox


@renders("box")
def box(block: BoxBlock, ctx: BlockContext):
    field = ctx.field(tooltip=block.prompt or "", multiline=True)
    height = block.height_mm * mm * ctx.styles.scale ** 0.5 + ctx.extra
    return [*ctx.prompt(block), FieldBox(height, ctx.styles, field, ctx.example_of(block))]
