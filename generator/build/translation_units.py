"""Which translations a build makes: `translations/<language>/<id>.po`, each naming its
English file in its header. Light on purpose: a build where nothing changed reads only
the headers, and loads no model."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from actsheets.config import Project
from actsheets.errors import Position, Problem

TRANSLATIONS = "translations"
_SOURCE_LINE = re.compile(r'^"X-Source-File: (.*?)(\\n)?"\s*$', re.MULTILINE)


@dataclass(frozen=True)
class Unit:
    """One document in one language: the catalog that makes it and its English file."""

    catalog: Path
    english: Path
    language: str


def translations_dir(project: Project) -> Path:
    return project.root / TRANSLATIONS


def catalog_path(project: Project, language: str, document_id: str) -> Path:
    return translations_dir(project) / language / f"{document_id}.po"


def find_units(project: Project, languages: list[str], files: list[Path],
               everything: bool) -> tuple[list[Unit], list[Problem]]:
    """The translations of `files` into `languages`. When the whole project is built, a
    catalog whose document cannot be found is a problem; otherwise it is left alone."""
    wanted = set(files)
    units: list[Unit] = []
    problems: list[Problem] = []
    orphans: list[tuple[Path, str]] = []
    for language in languages:
        folder = translations_dir(project) / language
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.po")):
            english = _named_source(path, project)
            if english in wanted:
                units.append(Unit(path, english, language))
            elif english is None or not english.is_file():
                orphans.append((path, language))
    if orphans and everything:
        from actsheets.documents import load_documents

        found, _ = load_documents(files)
        by_id = {document.id: document.source.path for document in found}
        for path, language in orphans:
            if path.stem in by_id:
                units.append(Unit(path, by_id[path.stem], language))
                continue
            close = difflib.get_close_matches(path.stem, list(by_id), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "check the file name"
            problems.append(Problem.of("translation.no-document", path, Position(1, 1),
                                       id=path.stem, hint=hint))
    return units, problems


def _named_source(path: Path, project: Project) -> Path | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    match = _SOURCE_LINE.search(head)
    if not match:
        return None
    return (project.root / match.group(1)).resolve()
