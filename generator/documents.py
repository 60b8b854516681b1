"""Finding content files and turning each into a validated document model."""

from __future__ import annotations

import difflib
import functools
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from actsheets.errors import ContentError, Problem
from actsheets.loading import SourceFile, read_yaml
from actsheets.loading.content_files import find_content_files
from actsheets.models.kinds import KINDS
from actsheets.models.validation import validate


@dataclass
class Document:
    id: str
    kind: str
    source: SourceFile
    model: BaseModel
    warnings: list[Problem] = field(default_factory=list)  # advice; the document still builds
    translation: Any = None  # a text.translation.Translation when made in another language

    @property
    def title(self) -> str:
        return self.model.title  # type: ignore[attr-defined]


def id_from_file_name(path: Path) -> str:
    slug = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-_")
    return slug[:64] or "document"


@functools.cache
def key_names() -> frozenset[str]:
    """Every key a document of any kind may hold, at any depth."""
    names: set[str] = set()
    seen: set[type] = set()
    waiting: list[typing.Any] = [spec.model for spec in KINDS.values()]
    while waiting:
        annotation = waiting.pop()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                continue
            seen.add(annotation)
            for name, field in annotation.model_fields.items():
                names.add(field.alias or name)
                waiting.append(field.annotation)
        else:
            waiting += typing.get_args(annotation)
    return frozenset(names)


def _top_keys(kind: str) -> set[str]:
    return {field.alias or name for name, field in KINDS[kind].model.model_fields.items()}


def _kinds_holding(keys: set[str]) -> list[str]:
    """The kinds whose documents may hold every one of `keys` (besides `kind`)."""
    return [kind for kind in KINDS if keys - {"kind"} <= _top_keys(kind)]


def _wrong_kind(kind: str, data: dict, source: SourceFile) -> ContentError | None:
    """When every key this kind does not know belongs to another kind, say to change
    `kind:` (instead of reporting each key)."""
    strange = sorted(set(data) - _top_keys(kind) - {"kind"})
    fits = [other for other in _kinds_holding(set(data)) if other != kind]
    if not strange or len(fits) != 1:
        return None
    keys = ", ".join(f"`{key}:`" for key in strange)
    return ContentError([Problem.of("document.wrong-kind", source.path,
                                    source.position_of(("kind",)), kind=kind, keys=keys,
                                    other=fits[0], describe=KINDS[fits[0]].describe)])


def load_document(path: Path) -> Document:
    source = read_yaml(path, key_names)  # only a file with a syntax error needs them
    data = source.data
    if not isinstance(data, dict):
        raise ContentError([Problem.of("document.not-mapping", path, source.position_of(()))])
    kind = data.get("kind")
    if kind is None:
        fits = _kinds_holding(set(data))
        if len(fits) == 1:
            raise ContentError([Problem.of("document.missing-kind-of", path,
                                           source.position_of(()), kind=fits[0],
                                           describe=KINDS[fits[0]].describe)])
        raise ContentError([Problem.of("document.missing-kind", path, source.position_of(()),
                                       kinds=", ".join(KINDS))])
    if kind not in KINDS:
        close = difflib.get_close_matches(str(kind), list(KINDS), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(KINDS)}"
        raise ContentError([Problem.of("document.unknown-kind", path,
                                       source.position_of(("kind",)), kind=kind, hint=hint)])
    spec = KINDS[kind]
    try:
        model = validate(spec.model, source)
    except ContentError as error:
        raise _wrong_kind(kind, data, source) or error from None
    problems = [Problem.of(finding.code, path, source.position_of(finding.loc), **finding.slots)
                for finding in spec.check(model)]
    if any(problem.is_error for problem in problems):
        raise ContentError(problems)
    doc_id = model.id or id_from_file_name(path)  # type: ignore[attr-defined]
    return Document(id=doc_id, kind=kind, source=source, model=model, warnings=problems)


def load_documents(paths: list[Path]) -> tuple[list[Document], list[Problem]]:
    """Load every file; a bad one is reported and the others still load."""
    documents: list[Document] = []
    problems: list[Problem] = []
    for document, found in each_document(paths):
        problems += found
        if document is not None:
            documents.append(document)
    return documents, problems


def each_document(paths: list[Path]) -> Iterator[tuple[Document | None, list[Problem]]]:
    """Each file loaded in turn, with its problems (None for a file that cannot be used),
    so a caller with thousands of files need not hold every document at once."""
    first_by_id: dict[str, Path] = {}
    for path in find_content_files(paths):
        try:
            document = load_document(path)
        except ContentError as error:
            yield None, error.problems
            continue
        if document.id in first_by_id:
            where = document.source.position_of(("id",))
            yield None, [Problem.of("document.duplicate-id", path, where, id=document.id,
                                    other=first_by_id[document.id])]
            continue
        first_by_id[document.id] = path
        yield document, document.warnings
