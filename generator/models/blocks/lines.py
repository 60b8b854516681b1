"""`lines`: a prompt with ruled writing lines."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register


@register
class LinesBlock(BlockModel):
    """A prompt with ruled lines to write on."""

    type: Literal["lines"]
    lines: int = Field(4, ge=1, le=40, description="number of ruled lines (1 to 40)",
                       examples=[4])
