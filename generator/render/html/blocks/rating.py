"""`rating` in HTML: a fieldset of radio buttons, one per number, with the end labels."""

from __future__ import annotations

from actsheets.models.blocks.rating import RatingBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("rating")
def rating(block: RatingBlock, ctx: BlockContext):
    group = ctx.field(label=block.prompt or "")
    values = [(value, ctx.id(f"v{value}")) for value in range(block.low, block.high + 1)]
    return ctx.render(block, group=group, values=values, ends_id=ctx.id("ends"),
                      chosen=ctx.example_of(block))
