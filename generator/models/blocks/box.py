"""`box`: a free box for drawing or notes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel, example_field, grow_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text


@register
class BoxBlock(BlockModel):
    """An empty bordered box for drawing or notes."""

    type: Literal["box"] = type_field("box", "an empty bordered box for drawing or notes")
    flex = "height"
    height_mm: float = Field(50, ge=15, le=200, description="the least height of the box in "
                             "millimetres (it grows to fill the page)", examples=[50])
    grow: float = grow_field()
    example: Text | None = example_field("the words written in the box",
                                         ["A walk by the river, phone at home"])
