"""`text` and `heading`: words between blocks."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title


@register
class TextBlock(BlockModel):
    """Paragraphs or a list between blocks."""

    type: Literal["text"] = type_field("text", "words between blocks: paragraphs or a list")
    text: Text = Field(description="the words: paragraphs, lists, *italic* and **bold**",
                       examples=["Take a moment to notice where you are."])


@register
class HeadingBlock(BlockModel):
    """A heading that stays with the block after it."""

    type: Literal["heading"] = type_field("heading", "a heading that stays with the block "
                                                      "after it")
    text: Title = Field(description="the heading", examples=["Before you start"])

    @property
    def keep_with_next(self) -> bool:
        return True
