"""`choice_point`: the choice-point diagram. A hard moment at the bottom, the hooks it
brings, and from the point of choice two arrows: away moves and towards moves."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.base import StrictModel
from actsheets.models.blocks.base import BlockModel, example_field, grow_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title
from actsheets.models.wording import Wording

CHOICE_POINT_PARTS = ("away", "towards", "hooks", "values", "situation")
# The order a client fills the boxes in (the instructions start at the bottom and work up):
# the PDF's tab order and the web page's reading order.
READING_ORDER = ("situation", "hooks", "values", "away", "towards")


class ChoicePointExample(StrictModel):
    """A worked example: what is written in each box."""

    away: Text | None = Field(None, description="the away box",
                               examples=["Stayed in bed"])
    towards: Text | None = Field(None, description="the towards box",
                                  examples=["Texted a friend"])
    hooks: Text | None = Field(None, description="the hooks box",
                                examples=["'Nobody wants to see me'"])
    values: Text | None = Field(None, description="the values box",
                                 examples=["Connection"])
    situation: Text | None = Field(None, description="the situation box",
                                    examples=["Sunday afternoon alone"])


@register
class ChoicePointBlock(BlockModel):
    """The choice-point diagram with a writing box for each part."""

    type: Literal["choice_point"] = type_field("choice_point", "the choice-point diagram with a box for each part")
    away_label: Title | None = Field(None, description="label of the away box; defaults to "
                                     "the wording's `choice_point.away`", examples=["Away"])
    towards_label: Title | None = Field(None, description="label of the towards box; defaults "
                                        "to the wording's `choice_point.towards`",
                                        examples=["Towards"])
    hooks_label: Title | None = Field(None, description="label of the hooks box; defaults to "
                                      "the wording's `choice_point.hooks`", examples=["Hooks"])
    situation_label: Title | None = Field(None, description="label of the situation box; "
                                          "defaults to the wording's `choice_point.situation`",
                                          examples=["The situation"])
    values_label: Title | None = Field(None, description="label of the values box on the "
                                       "towards side; defaults to the wording's "
                                       "`choice_point_values`", examples=["What matters to me"])
    height_mm: float = Field(100, ge=80, le=230, description="the least height of the diagram "
                             "in mm (it grows to fill the page)", examples=[100])
    grow: float = grow_field()
    example: ChoicePointExample | None = example_field(
        "the words in each box", [{"situation": "Sunday afternoon alone",
                                   "towards": "Texted a friend"}])

    flex = "height"

    def labels(self, wording: Wording) -> dict[str, str]:
        """Each box's label: the block's own, else the wording's."""
        return {part: getattr(self, f"{part}_label") or getattr(wording, f"choice_point_{part}")
                for part in CHOICE_POINT_PARTS}
