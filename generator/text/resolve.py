"""Resolve a validated document's text: placeholders filled, every character checked
against the font. All problems are collected and raised together."""

from __future__ import annotations

from typing import Any, TypeVar

from actsheets.errors import ContentError, Position, Problem
from actsheets.layout.fonts import FontSet
from actsheets.loading.source import SourceFile
from actsheets.text.placeholders import PlaceholderError, render
from actsheets.text.walk import Loc, map_text
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def resolve_text(model: M, source: SourceFile, variables: dict[str, Any], fonts: FontSet) -> M:
    problems: list[Problem] = []

    def resolve(loc: Loc, text: str) -> str:
        position = source.position_of(loc)
        try:
            text = render(text, variables)
        except PlaceholderError as error:
            line = source.text_line(loc, error.line)
            column = position.column if line == position.line else 1
            problems.append(Problem(source.path, Position(line, column), str(error)))
            return text
        problems.extend(missing_glyphs(text, fonts, source, position))
        return text

    resolved = map_text(model, resolve)
    if problems:
        raise ContentError(problems)
    return resolved  # type: ignore[return-value]


def missing_glyphs(text: str, fonts: FontSet, source: SourceFile,
                   position: Position) -> list[Problem]:
    missing = fonts.missing(text)
    if not missing:
        return []
    shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:8])
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    return [Problem(source.path, position,
                    f"the font has no glyph for {shown}{more} "
                    "(remove or replace these characters, or choose a theme whose font has them)")]
