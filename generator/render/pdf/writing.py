"""Flowables for writing space: ruled lines, write-in lines, boxes, tick boxes, cells.

In the printable variant they draw rules for a pen; in the fillable variant they also
place a form field over the same area.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from actsheets.render.pdf import form_fields
from actsheets.render.pdf.form_fields import FieldSpec
from actsheets.render.pdf.prose import curly
from actsheets.render.pdf.styles import Styles
from actsheets.text import markdown


def write_example(canvas, styles: Styles, text: str, x: float, top: float, width: float,
                  bottom: float, step: float | None = None) -> None:
    """A worked-example answer, in the example's ink: each line sits on a ruled line
    `step` apart (the first one `step` below `top`), or in lines of its own height."""
    style = styles.example
    size = style.fontSize
    step = step or style.leading
    lines: list[str] = []
    for paragraph in curly(markdown.plain(text)).split("\n"):
        lines += simpleSplit(paragraph, style.fontName, size, width) or [""]
    canvas.saveState()
    canvas.setFillColor(style.textColor)
    canvas.setFont(style.fontName, size)
    y = top - step
    for line in lines:
        if y < bottom:
            break
        canvas.drawString(x, y + size * 0.3, line)
        y -= step
    canvas.restoreState()


class RuledLines(Flowable):
    """`count` lines `spacing` apart, full width; one multi-line field when fillable."""

    def __init__(self, count: int, styles: Styles, field: FieldSpec | None = None,
                 example: str | None = None, stretch: float = 0.0):
        super().__init__()
        self.count = count
        self.styles = styles
        self.field = field
        self.example = example
        self.spacing = styles.line_spacing + stretch / count  # lines a little further apart

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * self.spacing + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.styles.rule_colour)
        canvas.setLineWidth(0.6)
        if self.field is None:
            spacing = self.spacing
            for i in range(1, self.count + 1):
                y = self.height - i * spacing
                canvas.line(0, y, self.width, y)
        else:
            # Typed text has its own line height, so a box reads better than rules.
            canvas.rect(0, 0, self.width, self.height - 2)
        canvas.restoreState()
        if self.example:
            write_example(canvas, self.styles, self.example, self.styles.body_size * 0.3,
                          self.height, self.width - self.styles.body_size * 0.6, 0,
                          self.spacing)
        if self.field is not None:
            inset = 3  # keeps typed text off the box's edges
            form_fields.text_field(canvas, self.field, inset, inset, self.width - 2 * inset,
                                   self.height - 2 - 2 * inset, _field_font_size(self.field, self.styles))


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
            size = _line_font_size(self.styles)
            form_fields.text_field(canvas, self.field, label_width, 1, self.width - label_width,
                                   min(self.height - 2, size * 1.9), size)


class FieldBox(Flowable):
    """A bordered box for drawing or notes; a multi-line field when fillable."""

    def __init__(self, height: float, styles: Styles, field: FieldSpec | None = None,
                 example: str | None = None):
        super().__init__()
        self.box_height = height
        self.styles = styles
        self.field = field
        self.example = example

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
        if self.example:
            pad = self.styles.body_size * 0.5
            write_example(canvas, self.styles, self.example, pad, self.height - pad * 0.5,
                          self.width - 2 * pad, pad)
        if self.field is not None:
            inset = 3
            form_fields.text_field(canvas, self.field, inset, inset, self.width - 2 * inset,
                                   self.height - 2 * inset, _field_font_size(self.field, self.styles))


class TickBox(Flowable):
    """A square to tick; a checkbox when fillable."""

    def __init__(self, styles: Styles, field: FieldSpec | None = None, ticked: bool = False):
        super().__init__()
        self.styles = styles
        self.field = field
        self.ticked = ticked
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
        if self.ticked:  # a hand-drawn tick in the example's ink
            canvas.setStrokeColor(self.styles.example.textColor)
            canvas.setLineWidth(1.6)
            s = self.size
            path = canvas.beginPath()
            path.moveTo(s * 0.18, s * 0.55)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.9, s * 0.95)
            canvas.drawPath(path, stroke=1, fill=0)
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
        if self.value and self.field is None:  # a worked example's answer
            pad = self.styles.body_size * 0.35
            write_example(self.canv, self.styles, self.value, pad, self.height - pad * 0.3,
                          self.width - 2 * pad, 0)
        if self.field is not None:
            form_fields.text_field(self.canv, self.field, 0, 0, self.width, self.height,
                                   _field_font_size(self.field, self.styles), self.value)


def _field_font_size(field: FieldSpec, styles: Styles) -> float:
    """Multi-line fields shrink typed text to fit (size 0: auto); one-line fields are fixed."""
    return 0 if field.multiline else _line_font_size(styles)


def _line_font_size(styles: Styles) -> float:
    return round(styles.body.fontSize * 0.95, 1)
