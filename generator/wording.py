"""The words layout adds around content (labels, footer line), per language, from templates/.

The built-in English wording is always the base; a user's `wording/en.yaml` or
`wording/<language>.yaml` only needs the keys it changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading import read_yaml
from actsheets.templates_path import TemplateSearchPath
from actsheets.text.placeholders import PlaceholderError, render


class Wording:
    def __init__(self, values: dict[str, Any], places: dict[str, tuple[Path, Position]]):
        self._values = values
        self.places = places  # where each key was last set, for error messages

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def items(self):
        return self._values.items()

    def text(self, key: str, variables: dict[str, Any]) -> str:
        try:
            return render(str(self._values[key]), variables)
        except PlaceholderError as error:
            path, position = self.places[key]
            raise ContentError([Problem(path, position, f"in '{key}': {error}")]) from None


def load_wording(language: str, search: TemplateSearchPath) -> Wording:
    """English first, then the language (e.g. 'en-GB': en, then en-GB); built-ins before the
    user's folder each time, so later files override single keys."""
    values: dict[str, Any] = {}
    places: dict[str, tuple[Path, Position]] = {}
    for name in dict.fromkeys(["en", language.split("-")[0], language]):
        for directory in reversed(search.dirs):
            path = directory / "wording" / f"{name}.yaml"
            if not path.is_file():
                continue
            source = read_yaml(path)
            if not isinstance(source.data, dict):
                raise ContentError([Problem(path, Position(1, 1), "wording must be a mapping "
                                            "of keys to texts (see the built-in en.yaml)")])
            for key, value in source.data.items():
                values[key] = value
                places[key] = (path, source.position_of((key,)))
    return Wording(values, places)
