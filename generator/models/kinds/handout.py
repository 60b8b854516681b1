"""A handout: psychoeducation or guidance, for therapists or clients."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.base import StrictModel
from actsheets.models.common import Audience, DocumentBase
from actsheets.models.text import Text, Title


class Section(StrictModel):
    heading: Title
    body: Text


class Assignment(StrictModel):
    title: Title
    body: Text


class Handout(DocumentBase):
    kind: Literal["handout"]
    audience: Audience = "client"
    summary: Text | None = None
    key_points: list[Text] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    assignments_heading: Title | None = None
    assignments: list[Assignment] = Field(default_factory=list)
    references: list[Text] = Field(default_factory=list)
