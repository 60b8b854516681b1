"""`choice_point` in HTML: the diagram as an inline SVG with a title and a description,
and a labelled text area for each of its boxes, laid out as on paper. The boxes come in
the order the sheet is read (from the bottom up), as in the PDF; the grid places them."""

from __future__ import annotations

from actsheets.models.blocks.choice_point import READING_ORDER, ChoicePointBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("choice_point")
def choice_point(block: ChoicePointBlock, ctx: BlockContext):
    labels = block.labels(ctx.wording)
    example = ctx.example_of(block)
    boxes = [(part, labels[part], ctx.field(part, labels[part]),
              (getattr(example, part) or "") if example else "") for part in READING_ORDER]
    rows = max(3, round(block.height_mm * 0.4 / 9) - 1)
    return ctx.render(block, boxes=boxes, rows=rows, svg_id=ctx.id("diagram"))
