"""`text` and `heading` in HTML."""

from __future__ import annotations

from actsheets.models.blocks.text import HeadingBlock, TextBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("text")
def text(block: TextBlock, ctx: BlockContext):
    return ctx.render(block)


@renders("heading")
def heading(block: HeadingBlock, ctx: BlockContext):
    return ctx.render(block)
