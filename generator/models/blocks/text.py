"""`text` and `heading`: words between blocks."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title


@register
class TextBlock(BlockModel):
    """Paragraphs or a list between blocks."""

    type: Literal["text"]
    text: Text = Field(description="the words (Markdown subset)")


@register
class HeadingBlock(BlockModel):
    """A heading that stays with the block after it."""

    type: Literal["heading"]
    text: Title = Field(description="the heading")

    @property
    def keep_with_next(self) -> bool:
        return True
