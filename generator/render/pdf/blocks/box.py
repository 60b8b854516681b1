"""`box` in PDF: a bordered box (a multi-line field when fillable)."""

from __future__ import annotations

from reportlab.lib.units import mm

from actsheets.models.blocks.box import BoxBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.writing import FieldBox


@renders("box")
def box(block: BoxBlock, ctx: BlockContext):
    field = ctx.field(tooltip=block.prompt or "", multiline=True)
    height = block.height_mm * mm * ctx.styles.scale ** 0.5
    return [*ctx.prompt(block), FieldBox(height, ctx.styles, field)]
