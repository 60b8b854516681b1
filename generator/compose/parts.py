"""Parts and compositions: what goes into one output file, in order, and how it is framed.

A part is one resolved document with its own audience, running title and page template.
A composition is the list of parts plus how pages are numbered, whether a contents page
with real page numbers comes first, and the metadata of the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from actsheets.text.document import ResolvedDocument

PageTemplate = Literal["portrait", "landscape", "cover"]
Numbering = Literal["continuous", "per_part"]


@dataclass(frozen=True)
class Part:
    document: ResolvedDocument
    audience: str = "client"
    running_title: str = ""  # the footer title; defaults to the document's title
    page_template: PageTemplate = "portrait"
    footer_line: str = ""

    @property
    def title(self) -> str:
        return self.running_title or self.document.title


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class Composition:
    parts: tuple[Part, ...]
    metadata: Metadata
    numbering: Numbering = "continuous"
    contents_before: int | None = None  # index of the part the contents page precedes
    contents_title: str = "Contents"
    outline_title: str = ""  # with several parts: one top bookmark holding every part
    fillable: bool = False


def single(document: ResolvedDocument, audience: str, author: str, subject: str,
           fillable: bool = False) -> Composition:
    """The usual output: one document as one part."""
    keywords = tuple(getattr(document.model, "keywords", ()))
    part = Part(document, audience=audience, footer_line=document.wording.footer_line)
    metadata = Metadata(title=document.title, author=author, subject=subject,
                        keywords=keywords, language=document.language)
    return Composition(parts=(part,), metadata=metadata, fillable=fillable)
