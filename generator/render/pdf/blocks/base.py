"""The PDF renderers of worksheet blocks: a registry from block type to a function that
turns the block's model into flowables, and the context those functions get."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from actsheets.messages import Finding
from actsheets.models.blocks.base import BlockModel
from actsheets.render.pdf.context import FieldNames, RenderContext
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.prose import prose
from actsheets.text import markdown


class BlockProblem(Exception):
    """Content that passes the schema but cannot be laid out, located inside the block."""

    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class BlockContext:
    layout: RenderContext
    stem: str
    loc: tuple
    field_names: FieldNames
    extra: float = 0.0  # points of the page's spare height this block is given to fill
    example: bool = False  # draw the block's worked-example answers (never fields)

    @property
    def styles(self):
        return self.layout.styles

    @property
    def wording(self):
        return self.layout.wording

    @property
    def fillable(self) -> bool:
        return self.layout.fillable

    def field(self, suffix: str = "", tooltip: str = "", multiline: bool = False) -> FieldSpec | None:
        """A uniquely named field in the fillable variant, None in the printable one."""
        name = self.field_names.claim("_".join(part for part in (self.stem, suffix) if part))
        if not self.fillable or self.example:
            return None
        tooltip = " ".join(markdown.plain(tooltip).split()) or name.replace("_", " ")
        return FieldSpec(name=name, tooltip=tooltip, multiline=multiline)

    def group(self, suffix: str = "") -> str | None:
        """A uniquely named radio group in the fillable variant, None in the printable one."""
        name = self.field_names.claim("_".join(part for part in (self.stem, suffix) if part))
        return name if self.fillable and not self.example else None

    def prompt(self, block: BlockModel) -> list[Flowable]:
        return prose(block.prompt, self.styles, self.styles.prompt) if block.prompt else []

    def example_of(self, block: BlockModel):
        """The block's worked-example value on the example page, else None."""
        return getattr(block, "example", None) if self.example else None

    def lines_for(self, lines: int) -> int:
        """`lines` ruled lines plus as many whole lines as the spare height holds."""
        return lines + int((self.extra + 0.01) // self.styles.line_spacing)

    def line_stretch(self, lines: int) -> float:
        """What is left of the spare height after whole lines: the lines open up a little
        (at most a quarter of their spacing) to take it."""
        count = self.lines_for(lines)
        rest = self.extra - (count - lines) * self.styles.line_spacing
        return max(0.0, min(rest, count * self.styles.line_spacing * 0.25))


BlockRenderer = Callable[[BlockModel, BlockContext], list[Flowable]]
RENDERERS: dict[str, BlockRenderer] = {}


def renders(block_type: str) -> Callable[[BlockRenderer], BlockRenderer]:
    def register(function: BlockRenderer) -> BlockRenderer:
        if block_type in RENDERERS:
            raise RuntimeError(f"PDF renderer for {block_type!r} registered twice")
        RENDERERS[block_type] = function
        return function
    return register
