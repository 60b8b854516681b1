"""`bullseye`: the values bull's-eye, concentric rings in four labelled quarters."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register
from actsheets.models.text import Title


@register
class BullseyeBlock(BlockModel):
    """The values bull's-eye: rings in four quarters, one per life area."""

    type: Literal["bullseye"]
    quarters: list[Title] | None = Field(
        None, min_length=4, max_length=4,
        description="four life areas, top-left first; defaults to the wording's "
                    "`bullseye_quarters`", examples=[["Work", "Relationships", "Health", "Leisure"]])
    rings: int = Field(4, ge=2, le=6, description="number of rings (2 to 6)")
    size_mm: float = Field(80, ge=50, le=170, description="diameter of the outer ring in mm")
