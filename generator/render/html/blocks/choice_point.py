"""`choice_point` in HTML: the diagram as an inline SVG with a title and a description,
and a labelled text area for each of its four boxes, laid out as on paper."""

from __future__ import annotations

from actsheets.models.blocks.choice_point import CHOICE_POINT_PARTS, ChoicePointBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("choice_point")
def choice_point(block: ChoicePointBlock, ctx: BlockContext):
    wording = ctx.wording
    labels = [block.away_label or wording.choice_point_away,
              block.towards_label or wording.choice_point_towards,
              block.hooks_label or wording.choice_point_hooks,
              block.values_label or wording.choice_point_values,
              block.situation_label or wording.choice_point_situation]
    boxes = {part: (label, ctx.field(part, label))
             for part, label in zip(CHOICE_POINT_PARTS, labels)}
    rows = max(3, round(block.height_mm * 0.4 / 9) - 1)
    return ctx.render(block, boxes=boxes, rows=rows, svg_id=ctx.id("diagram"))
