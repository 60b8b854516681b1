"""Fields every document kind shares."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from actsheets.models.base import StrictModel
from actsheets.models.text import Identifier, Text, Title

Audience = Literal["therapist", "client"]
LANGUAGE_TAG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"
LanguageTag = Annotated[str, StringConstraints(pattern=LANGUAGE_TAG_PATTERN)]


def kind_field(kind: str, what: str):
    """The `kind:` line that says which kind of document a file is."""
    return Field(description=f"what this file is: `{kind}` for {what}", examples=[kind])


class DocumentBase(StrictModel):
    kind: str
    id: Identifier | None = Field(
        None, description="lowercase letters, digits, '-' and '_', for example my-sheet; "
                          "defaults to the file name", examples=["my-sheet"])
    title: Title = Field(description="the title printed at the top and shown in the PDF's "
                                     "properties", examples=["Values in action"])
    subtitle: Text | None = Field(None, description="a line printed under the title",
                                  examples=["A week of small steps"])
    language: LanguageTag | None = Field(
        None, description="a language tag such as en, en-GB, es or fr (no spaces); "
                          "defaults to the project's language", examples=["en"])
    keywords: list[str] = Field(default_factory=list,
                                description="words that help find the document later (stored "
                                            "in the PDF's properties)",
                                examples=[["values", "homework"]])
    adapted_from: Text | None = Field(
        None, description="the source this document is based on, if any",
        examples=["The choice point idea from ACT training; wording our own"])
    licence: Text | None = Field(None, description="the licence the document is shared under",
                                 examples=["CC BY 4.0"])
