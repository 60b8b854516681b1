"""Resolve a validated document's text: placeholders filled, every character checked
against the fonts that will draw it. All problems are collected and raised together."""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading.source import SourceFile
from actsheets.text.placeholders import PlaceholderError, render
from actsheets.text.walk import Loc, map_text

M = TypeVar("M", bound=BaseModel)


class Coverage(Protocol):
    """The characters the fonts can draw (a renderer's font set)."""

    def missing(self, text: str) -> list[str]: ...


def resolve_text(model: M, source: SourceFile, variables: dict[str, Any],
                 coverage: Coverage) -> M:
    problems: list[Problem] = []

    def resolve(loc: Loc, text: str) -> str:
        position = source.position_of(loc)
        try:
            text = render(text, variables)
        except PlaceholderError as error:
            line = source.text_line(loc, error.line)
            column = position.column if line == position.line else 1
            problems.append(Problem.of("text.placeholder", source.path, Position(line, column),
                                       detail=str(error)))
            return text
        problems.extend(headings_in(text, loc, source))
        problems.extend(missing_glyphs(text, coverage, source.path, position))
        return text

    resolved = map_text(model, resolve)
    if problems:
        raise ContentError(problems)
    return resolved  # type: ignore[return-value]


_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S", re.MULTILINE)


def headings_in(text: str, loc: Loc, source: SourceFile) -> list[Problem]:
    """`## Heading` lines: text has no headings (they would print as "##")."""
    found = []
    for match in _HEADING.finditer(text):
        line = source.text_line(loc, text.count("\n", 0, match.start()) + 1)
        position = source.position_of(loc)
        column = position.column if line == position.line else 1
        found.append(Problem.of("text.heading", source.path, Position(line, column),
                                marks=match[1]))
    return found


def missing_glyphs(text: str, coverage: Coverage, path: Any, position: Position,
                   what: str = "") -> list[Problem]:
    missing = coverage.missing(text)
    if not missing:
        return []
    shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:8])
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    return [Problem.of("text.missing-glyph", path, position, what=f"{what}: " if what else "",
                       characters=shown + more)]
