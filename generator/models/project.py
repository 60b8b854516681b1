"""The schema of the project config file (actsheets.yaml), for validation and messages.

`actsheets.config` checks the usual file without these models (so a build where nothing
changed never imports pydantic) and hands anything else to them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.base import StrictModel
from actsheets.models.common import LanguageTag

Paper = Literal["letter", "a4"]
Format = Literal["pdf", "html"]


class Practice(StrictModel):
    name: str = Field("", max_length=120, description="practice or organisation name")
    contact: str = Field("", max_length=200, description="a contact line for footers")
    safety: str = Field(
        "", max_length=300,
        description="printed on every page a client reads: when messages are read and what to "
                    "do in an emergency (the wording's `safety_line`)",
        examples=[("Messages are read on weekdays only. In an emergency call 911, or call or "
                  "text 988.")])


class ProjectConfig(StrictModel):
    practice: Practice = Field(default_factory=Practice)
    paper: Paper | list[Paper] = Field("letter", description="letter, a4, or both: [letter, a4]")
    formats: Format | list[Format] = Field(
        "pdf", description="pdf, html, or both: [pdf, html] (html adds an accessible web page "
                           "of each document and the catalog output/index.html)")
    audience: Literal["client", "therapist", "both"] = Field(
        "client", description="worksheets: the client sheet, the therapist version, or both")
    language: LanguageTag = Field(
        "en", description="a language tag such as en, en-GB, es or fr (no spaces): picks "
                          "templates/wording/<language>.yaml and the PDF language")
    languages: list[LanguageTag] = Field(
        default_factory=list,
        description="languages to build besides each document's own, for the documents "
                    "translated into them (translations/<language>/<id>.po)",
        examples=[["es"]])
    bilingual: bool = Field(
        False, description="translations print the English under each translated text, in "
                           "smaller type, so a therapist who does not read the language can "
                           "follow the sheet with the client")
    theme: str = Field("default", pattern=r"^[A-Za-z0-9_-]+$",
                       description="a theme name: letters, digits, '-' and '_', for example "
                                   "default (templates/themes/<theme>.yaml)")
    content: str = "content"
    output: str = "output"
    templates: str = "templates"
