"""Fields every document kind shares."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from actsheets.models.base import StrictModel
from actsheets.models.text import Identifier, Text, Title

Audience = Literal["therapist", "client"]
LanguageTag = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]


class DocumentBase(StrictModel):
    kind: str
    id: Identifier | None = Field(
        None, description="lowercase letters, digits, '-' and '_', for example my-sheet; "
                          "defaults to the file name", examples=["my-sheet"])
    title: Title
    subtitle: Text | None = None
    language: LanguageTag | None = Field(
        None, description="a language tag such as en, en-GB, es or fr (no spaces); "
                          "defaults to the project's language", examples=["en"])
    keywords: list[str] = Field(default_factory=list)
    adapted_from: Text | None = None
    licence: Text | None = None
