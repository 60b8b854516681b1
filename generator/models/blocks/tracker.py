"""`tracker`: a table of rows (days, numbered rows or labels) by named columns."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.messages import Finding
from actsheets.models.base import StrictModel
from actsheets.models.blocks.base import BlockModel, example_field, grow_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title


class Column(StrictModel):
    """One column of a tracker."""

    label: Title = Field(description="the column heading", examples=["What I noticed"])
    width: float = Field(1, gt=0, le=20, description="relative width (2 is twice as wide as 1)",
                         examples=[2])
    tick: bool = Field(False, description="a tick box instead of a writing cell",
                       examples=[True])


@register
class TrackerBlock(BlockModel):
    """A table to fill in: one row per day (or numbered rows, or labels) by named columns."""

    type: Literal["tracker"] = type_field("tracker", "a table to fill in, one row per day or item")
    rows: Literal["days"] | int | list[Text] = Field(
        "days", description="`days` (one row per weekday), a number of rows, or a list of "
                            "row labels", examples=["days"],
        json_schema_extra={"minimum": 1, "maximum": 60, "minItems": 1})
    row_heading: Title | None = Field(None, description="heading of the row-label column",
                                     examples=["Day"])
    columns: list[Column] = Field(min_length=1, max_length=8,
                                  description="the columns (1 to 8)",
                                  examples=[[{"label": "What I did"},
                                             {"label": "Done", "tick": True}]])
    row_mm: float | None = Field(None, ge=9, le=80, description="the least height of a row in "
                                 "mm (default: the theme's `tracker_row_mm`); rows grow to "
                                 "fill the page", examples=[12])
    grow: float = grow_field()
    example: list[list[Text]] | None = example_field(
        "one list per row, one text per column (for a tick column, any text ticks it; an "
        "empty text leaves a cell blank)", [[["10 minutes", "my breath, then the rain", "x"]]])

    flex = "height"

    def check(self) -> list[Finding]:
        if isinstance(self.rows, int) and not 1 <= self.rows <= 60:
            return [Finding(("rows",), "tracker.rows-out-of-range")]
        if isinstance(self.rows, list) and not self.rows:
            return [Finding(("rows",), "tracker.no-rows")]
        for index, row in enumerate(self.example or []):
            if len(row) > len(self.columns):
                return [Finding(("example", index), "block.example-too-long",
                                {"have": len(row), "most": len(self.columns)})]
        return []

    @property
    def splittable(self) -> bool:
        return True
