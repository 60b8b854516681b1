"""Resolve a validated document's text: placeholders filled, every character checked
against the fonts that will draw it. All problems are collected and raised together."""

from __future__ import annotations

import re
import unicodedata
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
                 coverage: Coverage, translation: Any = None) -> M:
    """`translation` (a text.translation.Translation) places translated text in its
    catalog, so a mistake there is reported where the translator can fix it."""
    problems: list[Problem] = []
    places = translation.places if translation is not None else {}

    def resolve(loc: Loc, text: str) -> str:
        if loc in places:
            path, position = translation.catalog, places[loc]
        else:
            path, position = source.path, source.position_of(loc)
        try:
            text = render(text, variables)
        except PlaceholderError as error:
            line = source.text_line(loc, error.line) if loc not in places else position.line
            column = position.column if line == position.line else 1
            problems.append(Problem.of("text.placeholder", path, Position(line, column),
                                       detail=str(error)))
            return text
        if loc not in places:
            problems.extend(headings_in(text, loc, source))
        else:  # a translation: at its entry in the catalog
            problems.extend(Problem.of("text.heading", path, position, marks=match[1])
                            for match in _HEADING.finditer(text))
        problems.extend(missing_glyphs(text, coverage, path, position))
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
        rtl = _RIGHT_TO_LEFT_LETTERS.search(text)
        if rtl is None:
            return []
        return [Problem.of("text.right-to-left", path, position, what=f"{what}: " if what else "",
                           character=f"'{rtl.group()}' (U+{ord(rtl.group()):04X})")]
    shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:8])
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    return [Problem.of("text.missing-glyph", path, position, what=f"{what}: " if what else "",
                       characters=shown + more, advice=_advice(missing))]


_RIGHT_TO_LEFT = {"ARABIC", "HEBREW", "SYRIAC", "THAANA", "NKO"}
# Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: letters whose lines
# ReportLab would print in the wrong order (see the README), even with a font that has them.
_RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _advice(missing: list[str]) -> str:
    """What to do, by the script of the missing letters (Cyrillic, Arabic...)."""
    scripts = sorted({unicodedata.name(c, "").split(" ")[0] for c in missing if c.isalpha()}
                     - {""})
    if not scripts:
        return "remove or replace these characters, or choose a theme whose font has them"
    named = " and ".join(script.title() for script in scripts)
    if _RIGHT_TO_LEFT & set(scripts):
        return (f"the font has no {named} letters, and right-to-left writing cannot be "
                "printed correctly yet: see the README's section on right-to-left languages")
    return (f"the font has no {named} letters: choose a theme whose font has them, such as "
            "`theme: noto-sans` in actsheets.yaml for Greek, Cyrillic and Vietnamese")
