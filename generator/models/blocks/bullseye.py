"""`bullseye`: the values bull's-eye, concentric rings in four labelled quarters."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.messages import Finding
from actsheets.models.blocks.base import BlockModel, example_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Title


@register
class BullseyeBlock(BlockModel):
    """The values bull's-eye: rings in four quarters, one per life area."""

    type: Literal["bullseye"] = type_field("bullseye", "the values bull's-eye, rings in four life areas")
    quarters: list[Title] | None = Field(
        None, min_length=4, max_length=4,
        description="four life areas, top-left first; defaults to the wording's "
                    "`bullseye_quarters`", examples=[["Work", "Relationships", "Health", "Leisure"]])
    rings: int = Field(4, ge=2, le=6, description="number of rings (2 to 6)",
                       examples=[4])
    size_mm: float = Field(80, ge=50, le=170, description="diameter of the outer ring in mm",
                          examples=[80])
    example: list[int] | None = example_field(
        "for each quarter, the ring marked (1 is the centre)", [[2, 1, 3, 4]],
        minItems=4, maxItems=4)

    def check(self) -> list[Finding]:
        if self.example is None:
            return []
        if len(self.example) != 4:
            return [Finding(("example",), "block.example-quarters", {})]
        for index, ring in enumerate(self.example):
            if not 1 <= ring <= self.rings:
                return [Finding(("example", index), "block.example-out-of-range",
                                {"low": 1, "high": self.rings})]
        return []
