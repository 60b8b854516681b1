"""`name_date` in HTML: a labelled text input for each of name, date and week; a sheet
made out for one client has the name and the week filled in, as on paper."""

from __future__ import annotations

from actsheets.models.blocks.name_date import NameDateBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("name_date")
def name_date(block: NameDateBlock, ctx: BlockContext):
    personal = ctx.personal
    values = {"name": personal.client_name, "week": personal.week_label} if personal else {}
    fields = [(getattr(ctx.wording, name), ctx.field(name, getattr(ctx.wording, name)), name,
               values.get(name, "")) for name in block.fields]
    return ctx.render(block, fields=fields)
