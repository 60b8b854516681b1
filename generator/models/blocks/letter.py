"""`letter`: a salutation with a write-in name, ruled body, and a sign-off."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.blocks.base import BlockModel
from actsheets.models.blocks.registry import register
from actsheets.models.text import Title


@register
class LetterBlock(BlockModel):
    """A letter: salutation, ruled body and sign-off."""

    type: Literal["letter"]
    salutation: Title | None = Field(
        None, description="the opening word before the name; defaults to the wording's "
                          "`letter_salutation`", examples=["Dear"])
    lines: int = Field(14, ge=2, le=40, description="ruled lines for the body (2 to 40)")
    sign_off: Title | None = Field(
        None, description="the closing line; defaults to the wording's `letter_sign_off`",
        examples=["With care,"])
