"""`box`: a free box for drawing or notes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register


@register
class BoxBlock(BlockModel):
    """An empty bordered box for drawing or notes."""

    type: Literal["box"]
    height_mm: float = Field(50, ge=15, le=200, description="height of the box in millimetres",
                             examples=[50])
