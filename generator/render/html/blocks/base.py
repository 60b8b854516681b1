"""The HTML renderers of worksheet blocks: a registry from block type to a function that
turns the block's model into markup (through its template in templates/html/blocks/)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from actsheets.models.blocks.base import BlockModel
from actsheets.render.html.context import HtmlContext
from actsheets.render.html.markup import plain


@dataclass
class Field:
    """One form control: its id (for <label for>) and its name (as in the fillable PDF)."""

    id: str
    name: str
    label: str  # plain text, for aria-label where no visible label sits beside the control


@dataclass
class BlockContext:
    page: HtmlContext
    stem: str
    example: bool = False  # a worked example: the answers shown, the controls read-only

    @property
    def wording(self):
        return self.page.wording

    @property
    def personal(self):
        return self.page.personal

    def example_of(self, block: BlockModel) -> Any:
        """The block's worked-example answers in the worked example, else None."""
        return getattr(block, "example", None) if self.example else None

    def field(self, suffix: str = "", label: str = "") -> Field:
        name = "_".join(part for part in (self.stem, suffix) if part)
        element_id = self.page.ids.claim(name)
        return Field(id=element_id, name=element_id.replace("-", "_"),
                     label=plain(label) or name.replace("_", " "))

    def id(self, suffix: str) -> str:
        return self.page.ids.claim(f"{self.stem}-{suffix}" if self.stem else suffix)

    def render(self, block: BlockModel, **values: Any) -> Markup:
        prompt_id = self.id("prompt") if block.prompt else ""
        return self.page.render(f"blocks/{block.type}.html.j2",  # type: ignore[attr-defined]
                                block=block, stem=self.stem, prompt_id=prompt_id,
                                readonly=self.example, **values)


BlockRenderer = Callable[[Any, BlockContext], Markup]
RENDERERS: dict[str, BlockRenderer] = {}


def renders(block_type: str) -> Callable[[BlockRenderer], BlockRenderer]:
    def register(function: BlockRenderer) -> BlockRenderer:
        if block_type in RENDERERS:
            raise RuntimeError(f"HTML renderer for {block_type!r} registered twice")
        RENDERERS[block_type] = function
        return function
    return register
