"""`checklist` in HTML: a check box with its label for each item, in a fieldset; items in
columns run down the first column, then the next, as on paper."""

from __future__ import annotations

from actsheets.models.blocks.checklist import ChecklistBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("checklist")
def checklist(block: ChecklistBlock, ctx: BlockContext):
    ticked = set(ctx.example_of(block) or [])
    items = [(item, ctx.field(str(number), item), number in ticked)
             for number, item in enumerate(block.items, start=1)]
    return ctx.render(block, items=items)
