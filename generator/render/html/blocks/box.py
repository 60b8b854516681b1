"""`box` in HTML: a text area about as tall as the printed box."""

from __future__ import annotations

from actsheets.models.blocks.box import BoxBlock
from actsheets.render.html.blocks.base import BlockContext, renders

LINE_MM = 9  # one line of writing in the printed box


@renders("box")
def box(block: BoxBlock, ctx: BlockContext):
    rows = max(2, round(block.height_mm / LINE_MM))
    return ctx.render(block, field=ctx.field(label=block.prompt or ""), rows=rows,
                      answer=ctx.example_of(block) or "")
