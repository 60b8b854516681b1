"""`name_date` in HTML: a labelled text input for each of name, date and week."""

from __future__ import annotations

from actsheets.models.blocks.name_date import NameDateBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("name_date")
def name_date(block: NameDateBlock, ctx: BlockContext):
    fields = [(getattr(ctx.wording, name), ctx.field(name, getattr(ctx.wording, name)), name)
              for name in block.fields]
    return ctx.render(block, fields=fields)
