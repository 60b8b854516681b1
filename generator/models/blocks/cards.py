"""`cards`: the same small card printed two to four times on a page, with dashed cut
lines between copies (a practice agreement, a reminder for the fridge or the wallet)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.messages import Finding
from actsheets.models.blocks.base import BlockModel, example_field, grow_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title


@register
class CardsBlock(BlockModel):
    """Copies of one card with a heading and labelled write-in lines, cut apart along
    dashed lines."""

    type: Literal["cards"] = type_field("cards", "the same small card printed two to four times, to cut apart")
    heading: Title = Field(description="printed at the top of every card",
                           examples=["This week's practice"])
    lines: list[Title] = Field(min_length=1, max_length=10,
                               description="the label of each write-in line on a card",
                               examples=[["What I will do", "When and where"]])
    copies: int = Field(2, ge=1, le=4, description="how many cards on the page (1 to 4; one "
                        "fewer in large print, where each card is larger)",
                        examples=[2])
    grow: float = grow_field()
    example: list[Text] | None = example_field(
        "one answer per line, written on the first card", [["A mindful minute", "After lunch"]])

    flex = "height"

    def check(self) -> list[Finding]:
        if self.example and len(self.example) > len(self.lines):
            return [Finding(("example",), "block.example-too-long",
                            {"have": len(self.example), "most": len(self.lines)})]
        return []
