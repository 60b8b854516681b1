"""`rating`: a scale of numbered boxes (e.g. 0-10) with labels at both ends."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from reportlab.platypus import Flowable

from generator.blocks.base import BlockContext, BlockModel
from generator.blocks.registry import register
from generator.layout import form_fields
from generator.layout.styles import Styles
from generator.models.text import Title
from generator.text import markdown


@register
class RatingBlock(BlockModel):
    type: Literal["rating"]
    low: int = Field(0, ge=-10, le=100)
    high: int = Field(10, ge=-10, le=100)
    low_label: Title | None = None
    high_label: Title | None = None

    def check(self):
        if self.low >= self.high:
            message = (f"low ({self.low}) must be below high ({self.high}) "
                       "(for example low: 0, high: 10)")
            return [(("low",), message)]
        if self.high - self.low > 20:
            return [(("high",), "a scale can have at most 21 points (narrow the range)")]
        return []

    def flowables(self, ctx: BlockContext):
        ctx.field_names.claim(ctx.stem)
        group = ctx.stem if ctx.fillable else None
        tooltip = markdown.plain(self.prompt or "") or ctx.stem.replace("_", " ")
        scale = RatingScale(self.low, self.high, self.low_label or "", self.high_label or "",
                            ctx.styles, group, " ".join(tooltip.split()))
        return [*self.prompt_flowables(ctx), scale]


class RatingScale(Flowable):
    """Numbered circles in a row; one radio group when fillable (one choice)."""

    def __init__(self, low: int, high: int, low_label: str, high_label: str, styles: Styles,
                 group: str | None, tooltip: str):
        super().__init__()
        self.values = list(range(low, high + 1))
        self.low_label = low_label
        self.high_label = high_label
        self.styles = styles
        self.group = group
        self.tooltip = tooltip

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        size = self.styles.body.fontSize
        self.height = size * 2.2 + (size * 1.6 if self.low_label or self.high_label else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        styles = self.styles
        size = styles.body.fontSize
        step = self.width / len(self.values)
        diameter = min(step * 0.8, size * 2.0)
        top = self.height - diameter / 2 - 1
        canvas.saveState()
        canvas.setStrokeColor(styles.text_colour)
        canvas.setLineWidth(0.8)
        for index, value in enumerate(self.values):
            cx = step * (index + 0.5)
            canvas.circle(cx, top, diameter / 2)
            canvas.setFont(styles.fonts.regular, size * 0.95)
            canvas.drawCentredString(cx, top - size * 0.33, str(value))
        canvas.setFont(styles.fonts.regular, styles.small.fontSize * 1.1)
        canvas.setFillColor(styles.muted_colour)
        label_y = top - diameter / 2 - size * 1.3
        if self.low_label:
            canvas.drawString(step * 0.5 - diameter / 2, label_y, self.low_label)
        if self.high_label:
            canvas.drawRightString(step * (len(self.values) - 0.5) + diameter / 2, label_y,
                                   self.high_label)
        canvas.restoreState()
        if self.group:
            for index, value in enumerate(self.values):
                cx = step * (index + 0.5)
                form_fields.radio(canvas, self.group, f"v{value}", self.tooltip,
                                  cx - diameter / 2, top - diameter / 2, diameter)
