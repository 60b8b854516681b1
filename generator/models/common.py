"""Fields every document kind shares."""

from __future__ import annotations

from typing import Literal

from actsheets.models.base import StrictModel
from actsheets.models.text import Identifier, Text, Title
from pydantic import Field

Audience = Literal["therapist", "client"]


class DocumentBase(StrictModel):
    kind: str
    id: Identifier | None = Field(None, description="defaults to the file name")
    title: Title
    subtitle: Text | None = None
    language: str | None = Field(None, pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$",
                                 description="e.g. en, en-GB, fr; defaults to the project's")
    keywords: list[str] = Field(default_factory=list)
    adapted_from: Text | None = None
    licence: Text | None = None
