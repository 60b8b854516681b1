"""`choice_point`: the choice-point diagram. A hard moment at the bottom, the hooks it
brings, and from the point of choice two arrows: away moves and towards moves."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.base import StrictModel
from actsheets.models.blocks.base import BlockModel, example_field, grow_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title

CHOICE_POINT_PARTS = ("away", "towards", "hooks", "values", "situation")


class ChoicePointExample(StrictModel):
    """A worked example: what is written in each box."""

    away: Text | None = Field(None, description="the away box")
    towards: Text | None = Field(None, description="the towards box")
    hooks: Text | None = Field(None, description="the hooks box")
    values: Text | None = Field(None, description="the values box")
    situation: Text | None = Field(None, description="the situation box")


@register
class ChoicePointBlock(BlockModel):
    """The choice-point diagram with a writing box for each part."""

    type: Literal["choice_point"]
    away_label: Title | None = Field(None, description="label of the away box; defaults to "
                                     "the wording's `choice_point.away`")
    towards_label: Title | None = Field(None, description="label of the towards box; defaults "
                                        "to the wording's `choice_point.towards`")
    hooks_label: Title | None = Field(None, description="label of the hooks box; defaults to "
                                      "the wording's `choice_point.hooks`")
    situation_label: Title | None = Field(None, description="label of the situation box; "
                                          "defaults to the wording's `choice_point.situation`")
    values_label: Title | None = Field(None, description="label of the values box on the "
                                       "towards side; defaults to the wording's "
                                       "`choice_point_values`")
    height_mm: float = Field(100, ge=80, le=230, description="the least height of the diagram "
                             "in mm (it grows to fill the page)")
    grow: float = grow_field()
    example: ChoicePointExample | None = example_field("the words in each box")

    flex = "height"
