"""`rating`: a scale of numbered boxes (e.g. 0-10) with labels at both ends."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel
from actsheets.blocks.registry import register
from actsheets.layout import form_fields
from actsheets.layout.styles import Styles
from actsheets.models.text import Title
from actsheets.text import markdown
from pydantic import Field
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable


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
        scale = RatingScale(self.low, self.high, markdown.plain(self.low_label or ""),
                            markdown.plain(self.high_label or ""), ctx.styles, group,
                            " ".join(tooltip.split()))
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
        labels = size * 1.6 if self.low_label or self.high_label else 0
        buttons = size * 1.7 if self.group else 0
        self.height = size * 2.2 + buttons + labels
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        styles = self.styles
        size = styles.body.fontSize
        step = self.width / len(self.values)
        diameter = min(step * 0.8, size * 2.0)
        top = self.height - diameter / 2 - 1
        widest = max(stringWidth(str(v), styles.fonts.regular, 1) for v in self.values)
        number_size = min(size * 0.95, diameter * 0.78 / widest)
        canvas.saveState()
        canvas.setStrokeColor(styles.text_colour)
        canvas.setLineWidth(0.8)
        canvas.setFont(styles.fonts.regular, number_size)
        for index, value in enumerate(self.values):
            cx = step * (index + 0.5)
            canvas.circle(cx, top, diameter / 2)
            canvas.drawCentredString(cx, top - number_size * 0.35, str(value))
        canvas.restoreState()
        below = top - diameter / 2
        if self.group:
            # Buttons sit under the numbers: a chosen button must not hide its number.
            button = size * 1.1
            below -= size * 1.7
            for index, value in enumerate(self.values):
                cx = step * (index + 0.5)
                form_fields.radio(canvas, self.group, f"v{value}", self.tooltip,
                                  cx - button / 2, below + size * 0.3, button,
                                  border=styles.rule_colour)
        canvas.saveState()
        label_size = styles.small.fontSize * 1.1
        widest = max(stringWidth(t, styles.fonts.regular, 1)
                     for t in (self.low_label, self.high_label, "x"))
        label_size = min(label_size, self.width * 0.45 / widest)  # both labels share one line
        canvas.setFont(styles.fonts.regular, label_size)
        canvas.setFillColor(styles.muted_colour)
        label_y = below - size * 1.3
        if self.low_label:
            canvas.drawString(step * 0.5 - diameter / 2, label_y, self.low_label)
        if self.high_label:
            canvas.drawRightString(step * (len(self.values) - 0.5) + diameter / 2, label_y,
                                   self.high_label)
        canvas.restoreState()
