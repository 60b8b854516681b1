"""`lines` in HTML: the prompt labelling a text area as tall as the ruled lines."""

from __future__ import annotations

from actsheets.models.blocks.lines import LinesBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("lines")
def lines(block: LinesBlock, ctx: BlockContext):
    return ctx.render(block, field=ctx.field(label=block.prompt or ""), rows=block.lines,
                      answer=ctx.example_of(block) or "")
