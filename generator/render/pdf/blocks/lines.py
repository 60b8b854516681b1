"""`lines` in PDF: the prompt and ruled lines (one multi-line field when fillable)."""

from __future__ import annotations

from actsheets.models.blocks.lines import LinesBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.writing import RuledLines


@renders("lines")
def lines(block: LinesBlock, ctx: BlockContext):
    field = ctx.field(tooltip=block.prompt or "", multiline=block.lines > 1)
    return [*ctx.prompt(block), RuledLines(block.lines, ctx.styles, field)]
