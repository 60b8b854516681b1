"""`lines`: a prompt with ruled writing lines."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel, example_field, grow_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text


@register
class LinesBlock(BlockModel):
    """A prompt with ruled lines to write on."""

    type: Literal["lines"] = type_field("lines", "ruled lines to write on")
    flex = "lines"
    lines: int = Field(4, ge=1, le=40, description="the fewest ruled lines (1 to 40); more are "
                       "added to fill the page", examples=[4])
    grow: float = grow_field()
    example: Text | None = example_field("the words written on the lines",
                                         ["Called my sister on Sunday"])

    @property
    def grows(self) -> float:
        """A one-line answer (a name, a choice) stays one line unless `grow` is set."""
        if self.lines == 1 and "grow" not in self.model_fields_set:
            return 0.0
        return self.grow
