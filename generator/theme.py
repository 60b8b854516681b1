"""Finding and loading a theme from templates/themes/ (the user's folder first)."""

from __future__ import annotations

from pathlib import Path

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading import read_yaml
from actsheets.models.theme import Theme
from actsheets.models.validation import validate
from actsheets.templates_path import TemplateSearchPath


class LoadedTheme:
    def __init__(self, theme: Theme, path: Path):
        self.theme = theme
        self.path = path


def load_theme(name: str, search: TemplateSearchPath, config_file: Path | str) -> LoadedTheme:
    try:
        path = search.find(f"themes/{name}.yaml")
    except FileNotFoundError:
        raise ContentError([Problem.of("theme.not-found", config_file, Position(1, 1),
                                       name=name)]) from None
    return LoadedTheme(validate(Theme, read_yaml(path)), path)
