"""`text` and `heading` in PDF."""

from __future__ import annotations

from actsheets.models.blocks.text import HeadingBlock, TextBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.page_parts import heading as heading_paragraph
from actsheets.render.pdf.prose import prose


@renders("text")
def text(block: TextBlock, ctx: BlockContext):
    return [*ctx.prompt(block), *prose(block.text, ctx.styles)]


@renders("heading")
def heading(block: HeadingBlock, ctx: BlockContext):
    return [heading_paragraph(ctx.layout, block.text, depth=1)]
