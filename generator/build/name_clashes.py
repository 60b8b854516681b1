"""Output names that would clash on some computer, found before anything is written.

Two documents clash when any file one of them can produce has the name of a file the other
can produce, compared without regard to case (macOS and Windows do not tell `Sheet.pdf`
from `sheet.pdf`): `sheet` and `sheet-fillable`, or `Notes` and `notes`. Every variant is
considered, not only those asked for now, so a build never depends on its options to be
safe. Ids that Windows cannot use as file names (`con`, `aux`, `lpt1`...) are refused too.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from actsheets.documents import Document
from actsheets.errors import Problem
from actsheets.output.naming import Variant

WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                              *(f"lpt{n}" for n in range(10))})

ALL_SUFFIXES = sorted({Variant(paper, large, fillable, audience).suffix()
                       for paper, large, fillable, audience in itertools.product(
                           ("letter", "a4"), (False, True), (False, True),
                           ("client", "therapist"))})


def output_stems(document_id: str) -> set[str]:
    return {f"{document_id}{suffix}".casefold() for suffix in ALL_SUFFIXES}


def name_clashes(documents: list[Document],
                 known: dict[str, Path]) -> tuple[list[Document], list[Problem]]:
    """The documents that can be built, and a problem for each one that cannot. `known` are
    ids of documents not loaded this time (unchanged), with their files."""
    owners: dict[str, tuple[str, Path]] = {}
    for document_id, path in known.items():
        for stem in output_stems(document_id):
            owners.setdefault(stem, (document_id, path))
    fine: list[Document] = []
    problems: list[Problem] = []
    for document in documents:
        where = document.source.position_of(("id",))
        path = document.source.path
        if document.id.casefold() in WINDOWS_RESERVED:
            problems.append(Problem.of("document.reserved-id", path, where, id=document.id))
            continue
        stems = output_stems(document.id)
        clash = next((owners[stem] for stem in sorted(stems) if stem in owners
                      and owners[stem][1] != path), None)
        if clash is not None:
            problems.append(Problem.of("document.name-clash", path, where, id=document.id,
                                       other_id=clash[0], other=clash[1]))
            continue
        for stem in stems:
            owners[stem] = (document.id, path)
        fine.append(document)
    return fine, problems
