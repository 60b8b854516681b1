"""`choice_point`: the choice-point diagram. A hard moment at the bottom, the hooks it
brings, and from the point of choice two arrows: away moves and towards moves."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register
from actsheets.models.text import Title

CHOICE_POINT_PARTS = ("away", "towards", "hooks", "situation")


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
    height_mm: float = Field(130, ge=90, le=230, description="height of the diagram in mm")
