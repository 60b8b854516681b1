"""`text` and `heading`: words between blocks."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout.parts import heading
from actsheets.layout.prose import prose
from actsheets.models.text import Text, Title


@register
class TextBlock(BlockModel):
    type: Literal["text"]
    text: Text

    def flowables(self, ctx: BlockContext):
        return [*self.prompt_flowables(ctx), *prose(self.text, ctx.styles)]


@register
class HeadingBlock(BlockModel):
    type: Literal["heading"]
    text: Title

    @property
    def keep_with_next(self) -> bool:
        return True

    def flowables(self, ctx: BlockContext):
        return [heading(ctx.layout, self.text, depth=1)]
