"""`checklist` in HTML: a check box with its label for each item, in a fieldset."""

from __future__ import annotations

from actsheets.models.blocks.checklist import ChecklistBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("checklist")
def checklist(block: ChecklistBlock, ctx: BlockContext):
    items = [(item, ctx.field(str(number), item))
             for number, item in enumerate(block.items, start=1)]
    return ctx.render(block, items=items)
