"""A document in another language: every reader-facing string (`Text`) looked up in the
document's translation catalog, by where it stands and what the English says.

A string with no finished translation is shown in English and reported: missing (no entry,
or an empty one) or stale (the English changed since it was translated, or the entry is
still marked fuzzy). Both are warnings, or errors under `--strict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from actsheets.documents import Document
from actsheets.errors import Position, Problem
from actsheets.loading.catalogs import TranslationCatalog
from actsheets.text.languages import language_name
from actsheets.text.markdown import GLOSS
from actsheets.text.walk import Loc, map_text


@dataclass(frozen=True)
class English:
    """One string to translate: where it stands, its text and its line in the file."""

    context: str
    text: str
    line: int


@dataclass(frozen=True)
class Translation:
    """What a translated document carries besides its text."""

    catalog: Path
    language: str
    status: str
    places: dict[Loc, Position] = field(default_factory=dict)  # translated text, in the PO


def context_of(loc: Loc) -> str:
    return ".".join(str(part) for part in loc)


def english_strings(document: Document) -> list[English]:
    """Every reader-facing string of a document, in the order it is read."""
    found: list[English] = []

    def visit(loc: Loc, text: str) -> str:
        if text.strip():
            found.append(English(context_of(loc), text, document.source.position_of(loc).line))
        return text

    map_text(document.model, visit)
    return sorted(found, key=lambda english: english.line)  # in the order of the file


def translate(document: Document, catalog: TranslationCatalog, strict: bool = False,
              bilingual: bool = False) -> tuple[Document, list[Problem]]:
    """The document in the catalog's language, and the strings it could not translate.
    `bilingual` keeps the English of each translated text under it (markdown.GLOSS)."""
    problems: list[Problem] = []
    places: dict[Loc, Position] = {}
    english_file = document.source.path
    language = catalog.language
    name = language_name(language)

    def look_up(loc: Loc, text: str) -> str:
        if not text.strip():
            return text
        context = context_of(loc)
        at = document.source.position_of(loc)
        entry = catalog.entries.get(context)
        if not (entry is not None and entry.english == text and entry.translation
                and not entry.fuzzy):
            entry = catalog.by_english(text)  # the same English, moved
        if entry is not None:
            places[loc] = Position(entry.line, 1)
            return f"{entry.translation}{GLOSS}{text}" if bilingual else entry.translation
        entry = catalog.entries.get(context)
        if entry is not None and entry.translation and (entry.fuzzy or entry.english != text):
            po = f"{catalog.path}:{entry.line}"
            problems.append(Problem.of("translation.stale", english_file, at, name=name, po=po))
            problems.append(Problem.of("translation.stale-entry", catalog.path,
                                       Position(entry.line, 1), name=name,
                                       english=f"{english_file}:{at.line}"))
        elif entry is not None and entry.english == text:
            problems.append(Problem.of("translation.empty", english_file, at, name=name,
                                       po=f"{catalog.path}:{entry.line}"))
        else:
            problems.append(Problem.of("translation.missing", english_file, at, name=name,
                                       language=language, po=catalog.path,
                                       document_id=document.id))
        return text

    model = map_text(document.model, look_up)
    if hasattr(model, "language"):
        model = model.model_copy(update={"language": language})
    if bilingual and getattr(model, "one_page", False):  # twice the words may need two pages
        model = model.model_copy(update={"one_page": False})
    if strict:
        problems = [replace(problem, severity="error") for problem in problems]
    translation = Translation(catalog.path, language, catalog.status, places)
    return replace(document, model=model, translation=translation), problems
