"""The project config file (actsheets.yaml): practice, paper, language, folders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from actsheets.loading import SourceFile, read_yaml

CONFIG_NAME = "actsheets.yaml"


@dataclass(frozen=True)
class Practice:
    name: str = ""
    contact: str = ""
    safety: str = ""


@dataclass(frozen=True)
class ProjectConfig:
    """The settings of actsheets.yaml, checked (see `models.project` for the rules)."""

    practice: Practice = field(default_factory=Practice)
    paper: str | tuple[str, ...] = "letter"
    formats: str | tuple[str, ...] = "pdf"
    audience: str = "client"
    language: str = "en"
    languages: tuple[str, ...] = ()  # translations to build as well
    bilingual: bool = False  # translations keep the English under each text
    theme: str = "default"
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

    def with_output(self, output: str) -> ProjectConfig:
        return replace(self, output=output)


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
    return Project(root, _checked(read_yaml(config_file)), config_file)


# What the usual file holds, checked here without pydantic: every value plain text within
# the rules of `models.project`. Anything else (a number, a misspelt key, a wrong value) is
# left to the models, which accept it as they would or say what is wrong and where.
_TEXT = {"name": 120, "contact": 200, "safety": 300}
_CHOICES = {"paper": {"letter", "a4"}, "formats": {"pdf", "html"}}
_PATTERNS = {"language": re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?"),
             "theme": re.compile(r"[A-Za-z0-9_-]+"),
             "audience": re.compile(r"client|therapist|both")}
_FOLDERS = ("content", "output", "templates")


def _checked(source: SourceFile) -> ProjectConfig:
    quick = _plain(source.data)
    if quick is not None:
        return quick
    from actsheets.models.project import ProjectConfig as Schema
    from actsheets.models.validation import validate

    config = validate(Schema, source)
    papers, formats = config.paper, config.formats
    return ProjectConfig(
        practice=Practice(**config.practice.model_dump()),
        paper=papers if isinstance(papers, str) else tuple(papers),
        formats=formats if isinstance(formats, str) else tuple(formats),
        languages=tuple(config.languages), bilingual=config.bilingual,
        **config.model_dump(include={"audience", "language", "theme", *_FOLDERS}))


def _plain(data: Any) -> ProjectConfig | None:
    """The config, when every key is known and every value plainly right; else None."""
    if type(data) is not dict:
        return None
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "practice":
            if type(value) is not dict or not all(
                    type(v) is str and len(v) <= _TEXT.get(k, -1) for k, v in value.items()):
                return None
            values[key] = Practice(**value)
        elif key in _CHOICES:
            items = value if type(value) is list else [value]
            if not all(type(v) is str and v in _CHOICES[key] for v in items):
                return None
            values[key] = value if type(value) is str else tuple(value)
        elif key == "languages":
            if type(value) is not list or not all(
                    type(v) is str and _PATTERNS["language"].fullmatch(v) for v in value):
                return None
            values[key] = tuple(value)
        elif key == "bilingual":
            if type(value) is not bool:
                return None
            values[key] = value
        elif key in _PATTERNS or key in _FOLDERS:
            if type(value) is not str or (key in _PATTERNS
                                          and not _PATTERNS[key].fullmatch(value)):
                return None
            values[key] = value
        else:
            return None
    return ProjectConfig(**values)
