"""What every HTML renderer needs: the wording, the audience, the templates, and ids that
are unique within the page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from actsheets.errors import Problem
from actsheets.loading.source import SourceFile
from actsheets.models.wording import Wording
from actsheets.text.personal import Personal


@dataclass
class Ids:
    """Hands out element ids (and form-field names) unique within one page."""

    used: set[str] = field(default_factory=set)

    def claim(self, wanted: str) -> str:
        base = re.sub(r"[^a-z0-9_-]+", "-", wanted.lower()).strip("-_") or "field"
        candidate, number = base, 2
        while candidate in self.used:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return candidate


@dataclass(frozen=True)
class Unsupported:
    """A block type the HTML renderer does not know yet, and where it is."""

    loc: tuple
    block_type: str


@dataclass
class HtmlContext:
    wording: Wording  # placeholders filled in
    audience: str
    language: str
    templates: Environment
    source: SourceFile
    ids: Ids = field(default_factory=Ids)
    depth: int = 0  # headings sit this many levels below the page's own (a part of a pack)
    personal: Personal | None = None  # a part made out for one client (a packet's sheets)

    def unsupported(self, item: Unsupported) -> Problem:
        return Problem.of("html.unsupported-block", self.source.path,
                          self.source.position_of(item.loc), type=item.block_type)

    def render(self, name: str, **values: Any) -> Markup:
        template = self.templates.get_template(name)
        return Markup(template.render(wording=self.wording, audience=self.audience,
                                      depth=self.depth, **values))

    def deeper(self, levels: int = 1, **changes: Any) -> HtmlContext:
        """The same page (the same ids) with headings `levels` further down."""
        return replace(self, depth=self.depth + levels, **changes)
