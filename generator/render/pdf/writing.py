"""Flowables for writing space: ruled lines, write-in lines, boxes, tick boxes, cells.

In the printable variant they draw rules for a pen; in the fillable variant they also
place a form field over the same area.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from actsheets.render.pdf import form_fields
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.styles import Styles


class RuledLines(Flowable):
    """`count` lines `spacing` apart, full width; one multi-line field when fillable."""

    def __init__(self, count: int, styles: Styles, field: FieldSpec | None = None):
        super().__init__()
        self.count = count
        self.styles = styles
        self.field = field

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * self.styles.line_spacing + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.styles.rule_colour)
        canvas.setLineWidth(0.6)
        if self.field is None:
            spacing = self.styles.line_spacing
            for i in range(1, self.count + 1):
                y = self.height - i * spacing
                canvas.line(0, y, self.width, y)
        else:
            # Typed text has its own line height, so a box reads better than rules.
            canvas.rect(0, 0, self.width, self.height - 2)
        canvas.restoreState()
        if self.field is not None:
            size = _field_font_size(self.styles)
            inset = 3  # keeps typed text off the box's edges
            form_fields.text_field(canvas, self.field, inset, inset, self.width - 2 * inset,
                                   self.height - 2 - 2 * inset, size)


class WriteInLine(Flowable):
    """A label and a line to write on ("Name ______"); printed value or a field."""

    def __init__(self, label: str, styles: Styles, field: FieldSpec | None = None,
                 value: str = "", height: float | None = None, width_fraction: float = 1.0):
        super().__init__()
        self.width_fraction = width_fraction
        self.label = label
        self.styles = styles
        self.field = field
        self.value = value
        self._height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width * self.width_fraction
        self.height = self._height or max(self.styles.line_spacing, self.styles.body.leading * 1.6)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        body = self.styles.body
        baseline = self.styles.body.fontSize * 0.35
        canvas.saveState()
        canvas.setFont(self.styles.fonts.regular, body.fontSize)
        canvas.setFillColor(self.styles.text_colour)
        label_width = 0.0
        if self.label:
            canvas.drawString(0, baseline, self.label)
            label_width = canvas.stringWidth(self.label, self.styles.fonts.regular,
                                             body.fontSize) + body.fontSize * 0.4
        canvas.setStrokeColor(self.styles.rule_colour)
        canvas.setLineWidth(0.6)
        canvas.line(label_width, 0, self.width, 0)
        if self.value:
            canvas.drawString(label_width + body.fontSize * 0.3, baseline, self.value)
        canvas.restoreState()
        if self.field is not None and not self.value:
            size = _field_font_size(self.styles)
            form_fields.text_field(canvas, self.field, label_width, 1, self.width - label_width,
                                   min(self.height - 2, size * 1.9), size)


class FieldBox(Flowable):
    """A bordered box for drawing or notes; a multi-line field when fillable."""

    def __init__(self, height: float, styles: Styles, field: FieldSpec | None = None):
        super().__init__()
        self.box_height = height
        self.styles = styles
        self.field = field

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.box_height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.styles.rule_colour)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height)
        canvas.restoreState()
        if self.field is not None:
            inset = 3
            form_fields.text_field(canvas, self.field, inset, inset, self.width - 2 * inset,
                                   self.height - 2 * inset, _field_font_size(self.styles))


class TickBox(Flowable):
    """A square to tick; a checkbox when fillable."""

    def __init__(self, styles: Styles, field: FieldSpec | None = None):
        super().__init__()
        self.styles = styles
        self.field = field
        self.size = styles.body.fontSize * 1.15

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.height = self.size
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.styles.text_colour)
        canvas.setLineWidth(0.9)
        canvas.rect(0, 0, self.size, self.size)
        canvas.restoreState()
        if self.field is not None:
            form_fields.checkbox(canvas, self.field, 0, 0, self.size)


class CellField(Flowable):
    """Empty space in a table cell; a text field filling the cell when fillable."""

    def __init__(self, width: float, height: float, styles: Styles,
                 field: FieldSpec | None = None, value: str = ""):
        super().__init__()
        self.width = width
        self.height = height
        self.styles = styles
        self.field = field
        self.value = value

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if self.field is not None:
            size = _field_font_size(self.styles)
            form_fields.text_field(self.canv, self.field, 0, 0, self.width, self.height, size,
                                   self.value)


def _field_font_size(styles: Styles) -> float:
    return round(styles.body.fontSize * 0.95, 1)
