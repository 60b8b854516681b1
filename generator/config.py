"""The project config file (actsheets.yaml): practice, paper, language, folders."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from actsheets.loading import read_yaml
from actsheets.models.base import StrictModel
from actsheets.models.common import LanguageTag
from actsheets.models.validation import validate

CONFIG_NAME = "actsheets.yaml"
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


    @property
    def papers(self) -> list[str]:
        return list(dict.fromkeys([self.paper] if isinstance(self.paper, str) else self.paper))

    @property
    def format_list(self) -> list[str]:
        return list(dict.fromkeys([self.formats] if isinstance(self.formats, str)
                                  else self.formats)) or ["pdf"]

    @property
    def audiences(self) -> list[str]:
        return ["client", "therapist"] if self.audience == "both" else [self.audience]


class Project:
    """A config plus the folder it lives in (relative paths are taken from there)."""

    def __init__(self, root: Path, config: ProjectConfig, config_file: Path | None):
        self.root = root
        self.config = config
        self.config_file = config_file

    def path(self, relative: str) -> Path:
        return (self.root / relative).resolve()

    @property
    def content_dir(self) -> Path:
        return self.path(self.config.content)

    @property
    def output_dir(self) -> Path:
        return self.path(self.config.output)

    @property
    def templates_dir(self) -> Path:
        return self.path(self.config.templates)


def find_project_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding actsheets.yaml, as git finds .git."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def load_project(root: Path | None = None) -> Project:
    """The project at `root`, or the one found by walking up from the current folder; a
    folder without actsheets.yaml is a project with the default settings."""
    if root is None:
        root = find_project_root(Path.cwd().resolve()) or Path.cwd()
    root = root.resolve()
    config_file = root / CONFIG_NAME
    if not config_file.is_file():
        return Project(root, ProjectConfig(), None)
    source = read_yaml(config_file)
    return Project(root, validate(ProjectConfig, source), config_file)
