"""`cards` in PDF: copies of a card stacked down the page, dashed cut lines between them;
each line of each card a one-line field when fillable (card by card, top to bottom)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from actsheets.models.blocks.base import field_slugs
from actsheets.models.blocks.cards import CardsBlock
from actsheets.render.pdf import form_fields
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.prose import curly
from actsheets.render.pdf.styles import Styles
from actsheets.render.pdf.writing import write_example
from actsheets.text import markdown


@renders("cards")
def cards(block: CardsBlock, ctx: BlockContext):
    labels = [curly(markdown.plain(label)) for label in block.lines]
    slugs = field_slugs(list(block.lines))
    copies = max(1, block.copies - 1) if ctx.styles.large_print else block.copies
    fields = [[ctx.field(f"{copy}_{slug}", f"{label} ({copy})") for slug, label in
               zip(slugs, labels)] for copy in range(1, copies + 1)]
    sheet = CardSheet(curly(markdown.plain(block.heading)), labels, fields, ctx.styles,
                      ctx.extra, list(ctx.example_of(block) or []))
    return [*ctx.prompt(block), sheet]


class CardSheet(Flowable):
    def __init__(self, heading: str, labels: list[str], fields: list[list[FieldSpec | None]],
                 styles: Styles, extra: float, example: list[str]):
        super().__init__()
        self.heading = heading
        self.labels = labels
        self.fields = fields
        self.styles = styles
        self.extra = extra
        self.example = example
        self.copies = len(fields)
        size = styles.body.fontSize
        self.cut_gap = size * 2.4  # room on either side of a cut line
        self.least_card = size * 2.6 + len(labels) * max(styles.line_spacing * 1.15, size * 2.2)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = (self.least_card * self.copies + self.cut_gap * (self.copies - 1)
                       + self.extra)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        styles = self.styles
        size = styles.body.fontSize
        card = (self.height - self.cut_gap * (self.copies - 1)) / self.copies
        for copy in range(self.copies):
            top = self.height - copy * (card + self.cut_gap)
            if copy:  # the cut line, centred in the gap
                y = top + self.cut_gap / 2
                canvas.saveState()
                canvas.setStrokeColor(styles.muted_colour)
                canvas.setDash(4, 3)
                canvas.setLineWidth(0.6)
                canvas.line(0, y, self.width, y)
                canvas.restoreState()
            canvas.saveState()
            canvas.setStrokeColor(styles.text_colour)
            canvas.setLineWidth(1)
            canvas.roundRect(0, top - card, self.width, card, size * 0.5)
            canvas.setFillColor(styles.text_colour)
            canvas.setFont(styles.fonts.bold, size * 1.1)
            canvas.drawString(size * 0.8, top - size * 1.7, self.heading)
            canvas.restoreState()
            rows = (card - size * 2.6) / len(self.labels)
            for number, label in enumerate(self.labels):
                baseline = top - size * 2.6 - rows * (number + 1) + rows * 0.25
                self._line(label, baseline, self.fields[copy][number],
                           self.example[number] if copy == 0 and number < len(self.example)
                           else "")

    def _line(self, label: str, y: float, field: FieldSpec | None, answer: str) -> None:
        canvas = self.canv
        styles = self.styles
        size = styles.body.fontSize
        left = size * 0.8
        canvas.saveState()
        canvas.setFont(styles.fonts.regular, size)
        canvas.setFillColor(styles.text_colour)
        canvas.drawString(left, y + size * 0.35, label)
        start = left + canvas.stringWidth(label, styles.fonts.regular, size) + size * 0.5
        canvas.setStrokeColor(styles.rule_colour)
        canvas.setLineWidth(0.6)
        canvas.line(start, y, self.width - left, y)
        canvas.restoreState()
        if answer:
            write_example(canvas, styles, answer, start + size * 0.3, y + styles.example.leading,
                          self.width - left - start, y - 1, styles.example.leading)
        if field is not None:
            height = min(size * 1.9, styles.line_spacing)
            form_fields.text_field(canvas, field, start, y + 1, self.width - left - start,
                                   height, round(size * 0.95, 1))
