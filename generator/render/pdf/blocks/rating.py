"""`rating` in PDF: numbered circles in a row; one radio group when fillable."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from actsheets.models.blocks.rating import RatingBlock
from actsheets.render.pdf import form_fields
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.styles import Styles
from actsheets.text import markdown


@renders("rating")
def rating(block: RatingBlock, ctx: BlockContext):
    group = ctx.group()
    tooltip = markdown.plain(block.prompt or "") or ctx.stem.replace("_", " ")
    scale = RatingScale(block.low, block.high, markdown.plain(block.low_label or ""),
                        markdown.plain(block.high_label or ""), ctx.styles, group,
                        " ".join(tooltip.split()), ctx.example_of(block))
    return [*ctx.prompt(block), scale]


class RatingScale(Flowable):
    """Numbered circles in a row; one radio group when fillable (one choice): each ring is
    its radio button, so there is one thing to click and a chosen ring fills in."""

    def __init__(self, low: int, high: int, low_label: str, high_label: str, styles: Styles,
                 group: str | None, tooltip: str, example: int | None = None):
        super().__init__()
        self.example = example
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
        self.height = size * 2.2 + labels
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
            if value == self.example:  # circled in the example's ink
                canvas.saveState()
                canvas.setStrokeColor(styles.example.textColor)
                canvas.setLineWidth(2)
                canvas.ellipse(cx - diameter * 0.62, top - diameter * 0.56,
                               cx + diameter * 0.62, top + diameter * 0.58)
                canvas.restoreState()
        canvas.restoreState()
        below = top - diameter / 2
        if self.group:
            # The ring drawn above is the button: the same place to click, no second row.
            for index, value in enumerate(self.values):
                cx = step * (index + 0.5)
                form_fields.radio(canvas, self.group, f"v{value}", self.tooltip,
                                  cx - diameter / 2, top - diameter / 2, diameter)
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
