"""`lines` in PDF: the prompt and ruled lines (one multi-line field when fillable); the
lines fill the block's share of the page."""

from __future__ import annotations

from actsheets.models.blocks.lines import LinesBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.writing import RuledLines


@renders("lines")
def lines(block: LinesBlock, ctx: BlockContext):
    count = ctx.lines_for(block.lines)
    field = ctx.field(tooltip=block.prompt or "", multiline=count > 1)
    return [*ctx.prompt(block), RuledLines(count, ctx.styles, field, ctx.example_of(block),
                                           ctx.line_stretch(block.lines))]
