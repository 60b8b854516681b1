"""Translations of a project's documents: finding them for a build, applying one, and
keeping the catalogs in step with the English (`actsheets translate`).

A catalog lives at `translations/<language>/<document id>.po` and names its English file in
its header, so a build can tell which document it belongs to without loading them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from actsheets.build.translation_units import Unit, catalog_path
from actsheets.config import Project
from actsheets.documents import Document, load_document
from actsheets.errors import ContentError, Position, Problem
from actsheets.loading.catalogs import (
    Entry,
    NewEntry,
    TranslationCatalog,
    catalog_bytes,
    read_catalog,
)
from actsheets.output.atomic import write_atomically
from actsheets.text import markdown
from actsheets.text.languages import language_name
from actsheets.text.translation import english_strings, translate

TRANSLATABLE_KINDS = ("handout", "worksheet")


# --- languages --------------------------------------------------------------------------


# --- a document in another language ------------------------------------------------------


def translated_document(unit: Unit, strict: bool,
                        bilingual: bool = False) -> tuple[Document, list[Problem]]:
    """The English document with the catalog's translations in place, and what could not
    be translated (warnings, or errors when `strict`)."""
    document = load_document(unit.english)
    if document.kind not in TRANSLATABLE_KINDS:
        raise ContentError([Problem.of("translation.unsupported-kind", unit.catalog,
                                       Position(1, 1), kind=document.kind)])
    catalog = read_catalog(unit.catalog, unit.language)
    if unit.catalog.stem != document.id:
        raise ContentError([Problem.of("translation.wrong-document", unit.catalog,
                                       Position(1, 1), id=document.id,
                                       english=unit.english)])
    translated, problems = translate(document, catalog, strict, bilingual)
    used = {english.context for english in english_strings(document)}
    problems += [Problem.of("translation.unknown-context", unit.catalog, Position(entry.line, 1),
                            context=entry.context, id=document.id, language=unit.language)
                 for entry in catalog.entries.values()
                 if entry.context not in used and entry.translation]
    return translated, problems


UNTRANSLATED = ("translation.missing", "translation.empty", "translation.stale")


def summarised(problems: list[Problem], unit: Unit) -> list[Problem]:
    """One line for the untranslated strings of a document, instead of one per string."""
    untranslated = [p for p in problems if p.code in UNTRANSLATED]
    if not untranslated:
        return problems
    others = [p for p in problems
              if p.code not in UNTRANSLATED and p.code != "translation.stale-entry"]
    return [Problem.of("translation.incomplete", unit.catalog, Position(1, 1),
                       count=len(untranslated), name=language_name(unit.language),
                       language=unit.language), *others]


# --- `actsheets translate`: catalogs kept in step with the English -------------------------


@dataclass
class CatalogUpdate:
    path: Path
    total: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    written: bool = False


@dataclass
class TranslateReport:
    updates: list[CatalogUpdate] = field(default_factory=list)
    skipped: list[Document] = field(default_factory=list)  # kinds not translated yet
    problems: list[Problem] = field(default_factory=list)


def update_catalogs(project: Project, language: str, documents: list[Document]
                    ) -> TranslateReport:
    """Create or update each document's catalog: new English gets an empty entry, changed
    English marks its entry fuzzy (keeping the old English and the translation), entries
    whose English is gone are kept as obsolete; every translation is kept."""
    report = TranslateReport()
    for document in documents:
        if (getattr(document.model, "language", None) or project.config.language) == language:
            continue  # already written in that language
        if document.kind not in TRANSLATABLE_KINDS:
            report.skipped.append(document)
            continue
        path = catalog_path(project, language, document.id)
        old: TranslationCatalog | None = None
        if path.is_file():
            try:
                old = read_catalog(path, language)
            except ContentError as error:
                report.problems += error.problems
                continue
        update = _update(project, document, language, old, path)
        report.updates.append(update)
    return report


def _update(project: Project, document: Document, language: str,
            old: TranslationCatalog | None, path: Path) -> CatalogUpdate:
    update = CatalogUpdate(path)
    previous = dict(old.entries) if old else {}
    reference = _relative(document.source.path, project.root)
    entries: list[NewEntry] = []
    for english in english_strings(document):
        update.total += 1
        where = (reference, english.line)
        entry = previous.pop(english.context, None)
        if entry is not None and entry.english == english.text:
            entries.append(NewEntry(english.context, english.text, entry.translation, where,
                                    fuzzy=entry.fuzzy, previous=entry.previous))
            continue
        moved = old.by_english(english.text) if old else None
        if moved is not None:
            entries.append(NewEntry(english.context, english.text, moved.translation, where))
            continue
        if entry is not None and entry.translation:
            update.changed += 1
            entries.append(NewEntry(english.context, english.text, entry.translation, where,
                                    fuzzy=True, previous=entry.previous or entry.english))
            continue
        update.new += 1
        entries.append(NewEntry(english.context, english.text, "", where))
    moved_away = {e.english for e in entries}
    obsolete: list[Entry] = [entry for entry in previous.values()
                             if entry.translation and entry.english not in moved_away]
    update.removed = len(obsolete)
    data = catalog_bytes(entries, obsolete, language, old.status if old else "draft",
                         reference, markdown.plain(document.title))
    if not path.is_file() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
        update.written = True
    return update


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
