"""Loading the wording for a language: the built-in English first, then the language (for
`en-GB`: en, then en-GB), built-ins before the user's folder each time, so later files
override single keys. Each file is checked against the wording model where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading import read_yaml
from actsheets.models.validation import validate
from actsheets.models.wording import Wording, WordingOverride
from actsheets.templates_path import TemplateSearchPath


@dataclass(frozen=True)
class LoadedWording:
    wording: Wording
    places: dict[str, tuple[Path, Position]]  # where each key was last set
    files: tuple[Path, ...]


def language_file_names(language: str) -> list[str]:
    """The wording files a language reads, base first: en-GB -> en, en-GB."""
    return list(dict.fromkeys(["en", language.split("-")[0], language]))


def wording_files(language: str, search: TemplateSearchPath) -> list[Path]:
    files = []
    for name in language_file_names(language):
        for directory in reversed(search.dirs):
            path = directory / "wording" / f"{name}.yaml"
            if path.is_file():
                files.append(path)
    return files


def load_wording(language: str, search: TemplateSearchPath) -> LoadedWording:
    return _load(tuple(wording_files(language, search)))


@lru_cache(maxsize=16)
def _load(files: tuple[Path, ...]) -> LoadedWording:
    values: dict = {}
    places: dict[str, tuple[Path, Position]] = {}
    problems: list[Problem] = []
    for path in files:
        source = read_yaml(path)
        try:
            override = validate(WordingOverride, source)
        except ContentError as error:
            problems += error.problems
            continue
        for key in override.model_fields_set:
            values[key] = getattr(override, key)
            places[key] = (path, source.position_of((key,)))
    if problems:
        raise ContentError(problems)
    try:
        wording = Wording.model_validate(values)
    except ValidationError as error:
        raise ContentError([_merged_problem(e, places, files) for e in error.errors()]) from None
    return LoadedWording(wording, places, files)


def _merged_problem(error: dict, places: dict[str, tuple[Path, Position]],
                    files: tuple[Path, ...]) -> Problem:
    key = str(error["loc"][0]) if error["loc"] else ""
    if key in places:
        path, position = places[key]
        return Problem.of("wording.invalid", path, position, key=key,
                          detail=error["msg"].lower())
    return Problem.of("wording.missing", files[-1] if files else Path("wording"), Position(1, 1),
                      key=key)
