"""`name_date`: write-in lines for name, date and week, side by side."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from actsheets.models.blocks.base import BlockModel, type_field
from actsheets.models.blocks.registry import register

NameDateField = Literal["name", "date", "week"]


@register
class NameDateBlock(BlockModel):
    """Write-in lines for the client's name, the date and the week."""

    type: Literal["name_date"] = type_field("name_date", "write-in lines for name, date and week")
    fields: list[NameDateField] = Field(
        default_factory=lambda: ["name", "date"], min_length=1, max_length=3,
        description="which lines to show, in order: name, date, week", examples=[["name", "week"]],
        json_schema_extra={"uniqueItems": True})

    @field_validator("fields")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("each of name, date and week may appear once (remove the repeat)")
        return value

    def default_stem(self, index: int) -> str:
        return ""  # fields are simply `name`, `date`, `week`
