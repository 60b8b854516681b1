"""`letter`: a salutation with a write-in name, ruled body, and a sign-off."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel, example_field, grow_field, type_field
from actsheets.models.blocks.registry import register
from actsheets.models.text import Text, Title


@register
class LetterBlock(BlockModel):
    """A letter: salutation, ruled body and sign-off."""

    type: Literal["letter"] = type_field("letter", "a letter with a greeting, ruled lines and a sign-off")
    salutation: Title | None = Field(
        None, description="the opening word before the name; defaults to the wording's "
                          "`letter_salutation`", examples=["Dear"])
    flex = "lines"
    lines: int = Field(14, ge=2, le=40, description="the fewest ruled lines for the body (2 to "
                       "40); more are added to fill the page", examples=[14])
    grow: float = grow_field()
    example: Text | None = example_field("the body of the letter",
                                         ["I know this week was hard."])
    sign_off: Title | None = Field(
        None, description="the closing line; defaults to the wording's `letter_sign_off`",
        examples=["With care,"])
