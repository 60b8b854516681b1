"""Finding and loading a theme from templates/themes/ (the user's folder first)."""

from __future__ import annotations

from pathlib import Path

from actsheets.errors import problem_at
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
        raise problem_at(config_file, 1, 1, f"theme '{name}' not found "
                         f"(add templates/themes/{name}.yaml or use theme: default)") from None
    return LoadedTheme(validate(Theme, read_yaml(path)), path)
