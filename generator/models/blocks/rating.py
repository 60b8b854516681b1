"""`rating`: a scale of numbered circles (e.g. 0-10) with labels at both ends."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.messages import Finding
from actsheets.models.blocks.base import BlockModel, example_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Title


@register
class RatingBlock(BlockModel):
    """A numbered scale to circle one number on."""

    type: Literal["rating"] = type_field("rating", "a row of numbers to circle one, such as 0 to 10")
    low: int = Field(0, ge=-10, le=100, description="the lowest number", examples=[0])
    high: int = Field(10, ge=-10, le=100, description="the highest number", examples=[10])
    low_label: Title | None = Field(None, description="words under the lowest number",
                                    examples=["not at all"])
    high_label: Title | None = Field(None, description="words under the highest number",
                                     examples=["completely"])
    example: int | None = example_field("the number circled", [6])

    def check(self) -> list[Finding]:
        if self.low >= self.high:
            return [Finding(("low",), "rating.low-not-below-high",
                            {"low": self.low, "high": self.high})]
        if self.high - self.low > 20:
            return [Finding(("high",), "rating.too-many-points")]
        if self.example is not None and not self.low <= self.example <= self.high:
            return [Finding(("example",), "block.example-out-of-range",
                            {"low": self.low, "high": self.high})]
        return []
