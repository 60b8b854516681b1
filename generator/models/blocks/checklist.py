"""`checklist`: items with tick boxes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text


@register
class ChecklistBlock(BlockModel):
    """Items with a tick box each."""

    type: Literal["checklist"]
    items: list[Text] = Field(min_length=1, max_length=40,
                              description="the items to tick (1 to 40)",
                              examples=[["Took a short walk", "Called a friend"]])
