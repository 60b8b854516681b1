"""The words layout adds around content (labels, footer line), per language, from templates/."""

from __future__ import annotations

from typing import Any

from generator.errors import ContentError, Position, Problem
from generator.loading import read_yaml
from generator.templates_path import TemplateSearchPath
from generator.text.placeholders import PlaceholderError, render


class Wording:
    def __init__(self, values: dict[str, Any], source_name: str):
        self._values = values
        self.source_name = source_name

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def text(self, key: str, variables: dict[str, Any]) -> str:
        try:
            return render(str(self._values[key]), variables)
        except PlaceholderError as error:
            raise ContentError([Problem(self.source_name, Position(1, 1),
                                        f"in '{key}': {error}")]) from None


def load_wording(language: str, search: TemplateSearchPath) -> Wording:
    """Wording for a language such as 'en-GB': tries en-GB.yaml, then en.yaml, then en."""
    base = {}
    english = read_yaml(search.find("wording/en.yaml"))
    base.update(english.data)
    used = english.path
    for name in dict.fromkeys([language.split("-")[0], language]):
        try:
            path = search.find(f"wording/{name}.yaml")
        except FileNotFoundError:
            continue
        source = read_yaml(path)
        if isinstance(source.data, dict):
            base.update(source.data)
            used = path
    return Wording(base, str(used))
