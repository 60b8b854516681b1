"""Which variants of a document to build: papers x audiences x printable/fillable."""

from __future__ import annotations

from actsheets.documents import Document
from actsheets.models.kinds import KINDS
from actsheets.output.naming import Variant


def variants_for(document: Document, papers: list[str], large_print: bool,
                 audiences: list[str]) -> list[Variant]:
    kind = KINDS[document.kind]
    wanted = [a for a in audiences if a in kind.audiences(document.model)] or ["client"]
    # The therapist version is for reading; only the client's sheet gets a fillable twin.
    return [Variant(paper=p, large_print=large_print, fillable=fillable, audience=a)
            for p in papers for a in wanted
            for fillable in ([False, True] if kind.fillable and a == "client" else [False])]
