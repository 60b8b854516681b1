"""`choice_point` in PDF: away and towards boxes with arrows from the point of choice,
hooks and situation boxes below; a multi-line field in each box when fillable."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from actsheets.models.blocks.choice_point import CHOICE_POINT_PARTS, ChoicePointBlock
from actsheets.render.pdf import form_fields
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.styles import Styles
from actsheets.text import markdown


@renders("choice_point")
def choice_point(block: ChoicePointBlock, ctx: BlockContext):
    wording = ctx.wording
    labels = [block.away_label or wording.choice_point_away,
              block.towards_label or wording.choice_point_towards,
              block.hooks_label or wording.choice_point_hooks,
              block.situation_label or wording.choice_point_situation]
    fields = [ctx.field(part, markdown.plain(label), multiline=True)
              for part, label in zip(CHOICE_POINT_PARTS, labels)]
    height = block.height_mm * mm * ctx.styles.scale ** 0.5
    diagram = ChoicePointDiagram([markdown.plain(x) for x in labels], fields, height, ctx.styles)
    return [*ctx.prompt(block), diagram]


class ChoicePointDiagram(Flowable):
    """Two boxes on top (away, towards), the choice point below them with an arrow to each,
    and two full-width boxes at the bottom (hooks, situation)."""

    def __init__(self, labels: list[str], fields: list[FieldSpec | None], height: float,
                 styles: Styles):
        super().__init__()
        self.labels = labels
        self.fields = fields
        self.diagram_height = height
        self.styles = styles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.diagram_height
        return self.width, self.height

    def draw(self) -> None:
        width, height = self.width, self.height
        gap = self.styles.body.fontSize * 1.2
        top_box_height = height * 0.40
        bottom_box_height = height * 0.20
        box_width = (width - gap * 3) / 2
        point = (width / 2, height - top_box_height - height * 0.12)
        top_y = height - top_box_height
        away = (0, top_y, box_width, top_box_height)
        towards = (width - box_width, top_y, box_width, top_box_height)
        hooks = (0, bottom_box_height + gap * 0.6, width, bottom_box_height)
        situation = (0, 0, width, bottom_box_height)
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.styles.text_colour)
        canvas.setFillColor(self.styles.text_colour)
        canvas.setLineWidth(1.2)
        self._arrow(point, (away[0] + away[2] * 0.75, top_y))
        self._arrow(point, (towards[0] + towards[2] * 0.25, top_y))
        canvas.line(point[0], point[1], point[0], hooks[1] + hooks[3])
        canvas.circle(point[0], point[1], 4, stroke=0, fill=1)
        canvas.restoreState()
        for box, label, field in zip((away, towards, hooks, situation), self.labels, self.fields):
            self._box(box, label, field)

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
             field: FieldSpec | None) -> None:
        x, y, w, h = box
        styles = self.styles
        canvas = self.canv
        size = styles.body.fontSize
        font = styles.fonts.bold
        label_size = min(size, (w - size) / max(stringWidth(label, font, 1), 1))
        label_band = size * 1.9
        canvas.saveState()
        canvas.setStrokeColor(styles.text_colour)
        canvas.setLineWidth(1)
        canvas.setFillColor(styles.shade_colour)
        canvas.rect(x, y + h - label_band, w, label_band, stroke=0, fill=1)
        canvas.rect(x, y, w, h)
        canvas.setFillColor(styles.text_colour)
        canvas.setFont(font, label_size)
        canvas.drawString(x + size * 0.5, y + h - label_band + size * 0.6, label)
        if field is None:
            canvas.setStrokeColor(styles.rule_colour)
            canvas.setLineWidth(0.6)
            line_y = y + h - label_band - styles.line_spacing
            while line_y > y + styles.line_spacing * 0.4:
                canvas.line(x + size * 0.5, line_y, x + w - size * 0.5, line_y)
                line_y -= styles.line_spacing
        canvas.restoreState()
        if field is not None:
            inset = 3
            form_fields.text_field(canvas, field, x + inset, y + inset, w - 2 * inset,
                                   h - label_band - 2 * inset, round(size * 0.95, 1))
