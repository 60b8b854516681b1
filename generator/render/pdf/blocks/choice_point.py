"""`choice_point` in PDF: the situation at the bottom; above it the hooks (away side) and
what matters (towards side); the point of choice with an arrow to the away and the towards
moves at the top. A multi-line field in each box when fillable, in the order the sheet is
read: from the bottom up."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from actsheets.models.blocks.choice_point import CHOICE_POINT_PARTS, READING_ORDER, ChoicePointBlock
from actsheets.render.pdf import form_fields
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.prose import curly
from actsheets.render.pdf.styles import Styles
from actsheets.render.pdf.writing import write_example
from actsheets.text import markdown


@renders("choice_point")
def choice_point(block: ChoicePointBlock, ctx: BlockContext):
    labels = block.labels(ctx.wording)
    fields = {part: ctx.field(part, markdown.plain(labels[part]), multiline=True)
              for part in READING_ORDER}
    example = ctx.example_of(block)
    answers = {part: getattr(example, part) or "" for part in CHOICE_POINT_PARTS} \
        if example else {}
    # Large print enlarges the words in the boxes; the least height stays, and the page's
    # spare height makes the diagram larger where there is room.
    height = block.height_mm * mm + ctx.extra
    diagram = ChoicePointDiagram({p: curly(markdown.plain(x)) for p, x in labels.items()},
                                 fields, height, ctx.styles, answers)
    return [*ctx.prompt(block), diagram]


class ChoicePointDiagram(Flowable):
    """Away and towards boxes on top, the choice point below them with an arrow to each,
    hooks and values side by side under it, the situation full width at the bottom."""

    def __init__(self, labels: dict[str, str], fields: dict[str, FieldSpec | None],
                 height: float, styles: Styles, answers: dict[str, str]):
        super().__init__()
        self.labels = labels
        self.fields = fields
        self.diagram_height = height
        self.styles = styles
        self.answers = answers

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.diagram_height
        return self.width, self.height

    def boxes(self) -> dict[str, tuple[float, float, float, float]]:
        width, height = self.width, self.height
        gap = self.styles.body.fontSize * 1.2
        half = (width - gap * 2) / 2
        top_h = height * 0.33
        arrows = height * 0.11
        middle_h = height * 0.29
        situation_h = height - top_h - arrows - middle_h - gap
        middle_y = situation_h + gap
        return {
            "away": (0, height - top_h, half, top_h),
            "towards": (width - half, height - top_h, half, top_h),
            "hooks": (0, middle_y, half, middle_h),
            "values": (width - half, middle_y, half, middle_h),
            "situation": (0, 0, width, situation_h),
        }

    def draw(self) -> None:
        boxes = self.boxes()
        away, towards, hooks = boxes["away"], boxes["towards"], boxes["hooks"]
        top_y = away[1]
        point = (self.width / 2, (top_y + hooks[1] + hooks[3]) / 2)
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.styles.text_colour)
        canvas.setFillColor(self.styles.text_colour)
        canvas.setLineWidth(1.2)
        self._arrow(point, (away[0] + away[2] * 0.7, top_y))
        self._arrow(point, (towards[0] + towards[2] * 0.3, top_y))
        canvas.line(point[0], point[1], point[0], boxes["situation"][3])
        canvas.circle(point[0], point[1], 4, stroke=0, fill=1)
        canvas.restoreState()
        for part in READING_ORDER:  # fields in the order the sheet asks to fill them
            self._box(boxes[part], self.labels[part], self.fields[part],
                      self.answers.get(part, ""))

    def _arrow(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        canvas = self.canv
        canvas.line(*start, *end)
        angle = math.atan2(end[1] - start[1], end[0] - start[0])
        size = self.styles.body.fontSize * 0.8
        left = (end[0] - size * math.cos(angle - 0.4), end[1] - size * math.sin(angle - 0.4))
        right = (end[0] - size * math.cos(angle + 0.4), end[1] - size * math.sin(angle + 0.4))
        path = canvas.beginPath()
        path.moveTo(*end)
        path.lineTo(*left)
        path.lineTo(*right)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)

    def _box(self, box: tuple[float, float, float, float], label: str,
             field: FieldSpec | None, answer: str) -> None:
        x, y, w, h = box
        styles = self.styles
        canvas = self.canv
        size = styles.body.fontSize
        font = styles.fonts.bold
        lines = simpleSplit(label, font, size, w - size)  # a long label wraps in its band
        label_band = len(lines) * size * 1.2 + size * 0.75
        canvas.saveState()
        canvas.setStrokeColor(styles.text_colour)
        canvas.setLineWidth(1)
        canvas.setFillColor(styles.shade_colour)
        canvas.rect(x, y + h - label_band, w, label_band, stroke=0, fill=1)
        canvas.rect(x, y, w, h)
        canvas.setFillColor(styles.text_colour)
        canvas.setFont(font, size)
        baseline = y + h - size * 1.15
        for line in lines:
            canvas.drawString(x + size * 0.5, baseline, line)
            baseline -= size * 1.2
        if field is None:
            canvas.setStrokeColor(styles.rule_colour)
            canvas.setLineWidth(0.6)
            line_y = y + h - label_band - styles.line_spacing
            while line_y > y + styles.line_spacing * 0.4:
                canvas.line(x + size * 0.5, line_y, x + w - size * 0.5, line_y)
                line_y -= styles.line_spacing
        canvas.restoreState()
        if answer:
            write_example(canvas, styles, answer, x + size * 0.5, y + h - label_band,
                          w - size, y, styles.line_spacing)
        if field is not None:
            inset = 3
            form_fields.text_field(canvas, field, x + inset, y + inset, w - 2 * inset,
                                   h - label_band - 2 * inset, 0)
