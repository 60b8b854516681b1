"""Output names that would clash on some computer, found before anything is written.

Two documents clash when any file one of them can produce has the name of a file the other
can produce, compared without regard to case (macOS and Windows do not tell `Sheet.pdf`
from `sheet.pdf`): `sheet` and `sheet-fillable`, or `Notes` and `notes`. Every variant is
considered, not only those asked for now, so a build never depends on its options to be
safe. Both documents of a clash are reported, each naming the other. Ids that Windows cannot use as file names (`con`, `aux`, `lpt1`...) are refused too.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from actsheets.documents import Document
from actsheets.errors import Problem
from actsheets.models.kinds import PRODUCTS
from actsheets.output.naming import Variant

WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                              *(f"lpt{n}" for n in range(10))})

ALL_SUFFIXES = sorted({Variant(paper, large, fillable, audience).suffix()
                       for paper, large, fillable, audience in itertools.product(
                           ("letter", "a4"), (False, True), (False, True),
                           ("client", "therapist"))})


def output_stems(document_id: str) -> set[str]:
    # A course also writes <id>-pack, <id>-post-test...: no other document may take those
    # names (the kind of a document skipped as unchanged is not known, so every id claims them).
    names = [document_id, *(f"{document_id}-{product}" for product in PRODUCTS)]
    return {f"{name}{suffix}".casefold() for name in names for suffix in ALL_SUFFIXES}


# What a stem may add to an id (a product, a variant's suffix), casefolded: every tail is
# empty or starts with "-", so the ids a stem may come from end where a "-" starts.
_TAILS = frozenset(f"{product}{suffix}".casefold() for product in ("", *(f"-{p}" for p in PRODUCTS))
                   for suffix in ALL_SUFFIXES)


def losers(ids: dict[Path, str]) -> dict[Path, tuple[str, Path]]:
    """Files whose documents cannot be built, each with the id and file it clashes with.
    Both sides of a clash lose: building either would overwrite or shadow the other's files,
    so neither is written and the files already in output/ stay as they were.

    A stem is owned by the first document (in file order) that can produce it; only the
    ids are kept, so thousands of documents take little memory."""
    first: dict[str, tuple[int, str, Path]] = {}  # casefolded id -> first document with it
    heads: set[str] = set()  # the ids seen, and each of them cut where a "-" starts
    lost: dict[Path, tuple[str, Path]] = {}
    for order, (path, document_id) in enumerate(sorted(ids.items(),
                                                       key=lambda item: str(item[0]))):
        folded = document_id.casefold()
        if folded in WINDOWS_RESERVED:
            lost[path] = (document_id, path)
            continue
        own_heads = [folded[:end] for end in (*_dashes(folded), len(folded))]
        # Two ids can share a stem only when one is the other cut where a "-" starts.
        if folded in heads or any(head in first for head in own_heads):
            for stem in sorted(output_stems(document_id)):
                owner = _owner(stem, first)
                if owner is not None and owner[2] != path:
                    _, other_id, other = owner
                    lost.setdefault(path, (other_id, other))
                    lost.setdefault(other, (document_id, path))
        first.setdefault(folded, (order, document_id, path))
        heads.update(own_heads)
    return lost


def _owner(stem: str, first: dict[str, tuple[int, str, Path]]) -> tuple[int, str, Path] | None:
    """The earliest document seen so far that can produce `stem`."""
    owners = [first[stem[:end]] for end in (*_dashes(stem), len(stem))
              if stem[:end] in first and stem[end:] in _TAILS]
    return min(owners, key=lambda owner: owner[0]) if owners else None


def _dashes(text: str) -> list[int]:
    return [index for index, character in enumerate(text) if character == "-"]


def clash_problem(document: Document, lost: tuple[str, Path]) -> Problem:
    where = document.source.position_of(("id",))
    other_id, other = lost
    if other == document.source.path:
        return Problem.of("document.reserved-id", other, where, id=document.id)
    return Problem.of("document.name-clash", document.source.path, where, id=document.id,
                      other_id=other_id, other=other)
