"""`lines`: a prompt with ruled writing lines."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout.writing import RuledLines
from pydantic import Field


@register
class LinesBlock(BlockModel):
    type: Literal["lines"]
    lines: int = Field(4, ge=1, le=40, description="number of ruled lines")

    def flowables(self, ctx: BlockContext):
        field = ctx.field(tooltip=self.prompt or "", multiline=self.lines > 1)
        return [*self.prompt_flowables(ctx), RuledLines(self.lines, ctx.styles, field)]
