"""`cards` in HTML: one card (a screen needs no copies to cut apart), its heading and a
labelled text input for each line."""

from __future__ import annotations

from actsheets.models.blocks.cards import CardsBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("cards")
def cards(block: CardsBlock, ctx: BlockContext):
    fields = [(label, ctx.field(f"1_{number}", label))
              for number, label in enumerate(block.lines, start=1)]
    return ctx.render(block, fields=fields)
