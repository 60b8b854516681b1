"""`box`: a free box for drawing or notes."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout.writing import FieldBox
from pydantic import Field
from reportlab.lib.units import mm


@register
class BoxBlock(BlockModel):
    type: Literal["box"]
    height_mm: float = Field(50, ge=15, le=200)

    def flowables(self, ctx: BlockContext):
        field = ctx.field(tooltip=self.prompt or "", multiline=True)
        height = self.height_mm * mm * ctx.styles.scale ** 0.5
        return [*self.prompt_flowables(ctx), FieldBox(height, ctx.styles, field)]
