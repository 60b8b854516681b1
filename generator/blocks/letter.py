"""`letter`: a salutation with a write-in name, ruled body, and a sign-off."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout.writing import RuledLines, WriteInLine
from actsheets.models.text import Title
from pydantic import Field
from reportlab.platypus import Spacer


@register
class LetterBlock(BlockModel):
    type: Literal["letter"]
    salutation: Title = "Dear"
    lines: int = Field(14, ge=2, le=40)
    sign_off: Title = "With care,"

    def flowables(self, ctx: BlockContext):
        styles = ctx.styles
        greeting = WriteInLine(self.salutation, styles, ctx.field("to", "Who the letter is to"),
                               width_fraction=0.6)
        body = RuledLines(self.lines, styles, ctx.field("body", "Your letter", multiline=True))
        closing = WriteInLine(self.sign_off, styles, ctx.field("from", "Signed"),
                              width_fraction=0.6)
        return [*self.prompt_flowables(ctx), greeting, Spacer(1, styles.gap * 0.3),
                body, Spacer(1, styles.gap * 0.5), closing]
