"""What every PDF layout function needs to know about the part it is drawing."""

from __future__ import annotations

from dataclasses import dataclass, field

from actsheets.loading.source import SourceFile
from actsheets.models.wording import Wording
from actsheets.render.pdf.page_setup import PageSetup
from actsheets.render.pdf.styles import Styles
from actsheets.text.personal import Personal


@dataclass
class FieldNames:
    """Hands out form-field names for one PDF; a name used twice is an error.

    Parts of a combined PDF share one registry; each part after the first gets its own
    prefix, so two sheets that both have `name` never write two fields with the same name.
    """

    used: set[str] = field(default_factory=set)
    prefix: str = ""

    def claim(self, name: str) -> str:
        full = f"{self.prefix}{name}"
        if full in self.used:
            raise FieldNameClash(name)
        self.used.add(full)
        return full


class FieldNameClash(Exception):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


@dataclass
class RenderContext:
    styles: Styles
    page: PageSetup
    wording: Wording  # labels with placeholders already filled in
    source: SourceFile
    audience: str = "client"
    fillable: bool = False
    field_names: FieldNames = field(default_factory=FieldNames)
    part: int = 0  # which part of a combined PDF (block marks are kept apart per part)
    personal: Personal | None = None  # a part made out for one client (name, dated rows)
