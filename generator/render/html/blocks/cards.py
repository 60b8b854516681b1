"""`cards` in HTML: each card a fieldset with its heading as the legend and a labelled
text input per line, as many cards as the sheet has (field names as in the fillable PDF);
a worked example fills in the first."""

from __future__ import annotations

from actsheets.models.blocks.base import field_slugs
from actsheets.models.blocks.cards import CardsBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("cards")
def cards(block: CardsBlock, ctx: BlockContext):
    example = list(ctx.example_of(block) or [])
    slugs = field_slugs(list(block.lines))
    cards = []
    for copy in range(1, block.copies + 1):
        lines = [(label, ctx.field(f"{copy}_{slug}", f"{label} ({copy})"),
                  example[number] if copy == 1 and number < len(example) else "")
                 for number, (label, slug) in enumerate(zip(block.lines, slugs))]
        cards.append((copy, lines))
    return ctx.render(block, cards=cards)
