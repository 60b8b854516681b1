"""`checklist`: items with tick boxes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.messages import Finding
from actsheets.models.blocks.base import BlockModel, example_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text


@register
class ChecklistBlock(BlockModel):
    """Items with a tick box each."""

    type: Literal["checklist"] = type_field("checklist", "items with a tick box each")
    items: list[Text] = Field(min_length=1, max_length=40,
                              description="the items to tick (1 to 40)",
                              examples=[["Took a short walk", "Called a friend"]])
    example: list[int] | None = example_field("the numbers of the items ticked (1 is the "
                                              "first)", [[2]])

    columns: int = Field(1, ge=1, le=3, description="items side by side in this many columns "
                         "(large print uses one)", examples=[2])

    @property
    def splittable(self) -> bool:
        return True  # a long list may turn the page between items

    def check(self) -> list[Finding]:
        for index, number in enumerate(self.example or []):
            if not 1 <= number <= len(self.items):
                return [Finding(("example", index), "block.example-out-of-range",
                                {"low": 1, "high": len(self.items)})]
        return []
