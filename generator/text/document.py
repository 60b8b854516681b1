"""A document made ready to draw: its text and its wording resolved for one audience."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from actsheets.documents import Document
from actsheets.errors import ContentError, Problem
from actsheets.models.kinds import KINDS
from actsheets.models.wording import Wording
from actsheets.text import markdown
from actsheets.text.labels import resolve_wording
from actsheets.text.personal import Personal
from actsheets.text.placeholders import PlaceholderError, render
from actsheets.text.resolve import Coverage, resolve_text
from actsheets.wording import LoadedWording


@dataclass(frozen=True)
class ResolvedDocument:
    document: Document
    model: BaseModel  # placeholders filled in
    wording: Wording  # placeholders filled in
    language: str
    personal: Personal | None = None  # made out for one client (a homework packet)

    @property
    def draft_translation(self) -> bool:
        translation = self.document.translation
        return translation is not None and translation.status == "draft"

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def kind(self) -> str:
        return self.document.kind

    @property
    def title(self) -> str:
        """The title as plain text (for footers, bookmarks and metadata)."""
        return markdown.plain(self.model.title)  # type: ignore[attr-defined]


def document_variables(document: Document, practice: dict[str, str],
                       personal: Personal | None = None) -> dict[str, Any]:
    variables: dict[str, Any] = {"practice": dict(practice), "client": {"name": ""}}
    try:
        title = render(document.title, variables)
    except PlaceholderError:
        title = document.title  # reported with its position when the title itself is resolved
    variables["document"] = {"id": document.id, "kind": document.kind, "title": title}
    variables.update(KINDS[document.kind].variables(document.model))
    if personal is not None:
        variables["client"] = {"name": personal.client_name}
        if personal.params:
            variables["params"] = {**variables.get("params", {}), **personal.params}
    return variables


def resolve_document(document: Document, practice: dict[str, str], wording: LoadedWording,
                     language: str, coverage: Coverage,
                     personal: Personal | None = None) -> ResolvedDocument:
    variables = document_variables(document, practice, personal)
    problems: list[Problem] = []
    model, labels = document.model, wording.wording
    try:
        model = resolve_text(document.model, document.source, variables, coverage,
                             document.translation)
    except ContentError as error:  # gathered with the wording's problems
        problems += error.problems
    try:
        labels = resolve_wording(wording, variables, coverage)
    except ContentError as error:
        problems += error.problems
    if problems:
        raise ContentError(problems)
    return ResolvedDocument(document, model, labels, language, personal)
