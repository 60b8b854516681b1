"""`bullseye`: the values bull's-eye, concentric rings in four labelled quarters."""

from __future__ import annotations

import math
from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel, field_slugs
from actsheets.blocks.registry import register
from actsheets.layout import form_fields
from actsheets.layout.styles import Styles
from actsheets.models.text import Title
from actsheets.text import markdown
from pydantic import Field
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

DEFAULT_QUARTERS = ["Work & education", "Relationships", "Personal growth & health", "Leisure"]


@register
class BullseyeBlock(BlockModel):
    type: Literal["bullseye"]
    quarters: list[Title] = Field(default_factory=lambda: list(DEFAULT_QUARTERS),
                                  min_length=4, max_length=4)
    rings: int = Field(4, ge=2, le=6)
    size_mm: float = Field(80, ge=50, le=170, description="diameter of the outer ring")

    def flowables(self, ctx: BlockContext):
        groups = []
        for slug in field_slugs(self.quarters, words=3):
            name = ctx.field_names.claim(f"{ctx.stem}_{slug}")
            groups.append(name if ctx.fillable else None)
        diameter = self.size_mm * mm * ctx.styles.scale ** 0.5
        quarters = [markdown.plain(q) for q in self.quarters]  # drawn as plain text
        return [*self.prompt_flowables(ctx),
                Bullseye(quarters, self.rings, diameter, ctx.styles, groups)]


class Bullseye(Flowable):
    """Rings split into quarters; labels sit in the corners outside the rings.

    In the fillable variant each quarter gets a radio group with one button per ring on
    its diagonal, so the reader can mark how close to the centre they live that value.
    """

    def __init__(self, quarters: list[str], rings: int, diameter: float, styles: Styles,
                 groups: list[str | None]):
        super().__init__()
        self.quarters = quarters
        self.rings = rings
        self.requested_diameter = self.diameter = diameter
        self.styles = styles
        self.groups = groups

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.diameter = min(self.requested_diameter, available_width)
        size = self.styles.body.fontSize
        room = self.width / 2 - self.diameter * 0.1
        most_lines = max(len(_wrap(q, self.styles.fonts.bold, size, room)) for q in self.quarters)
        self.label_height = most_lines * size * 1.2 + size * 0.8
        self.height = self.diameter + 2 * self.label_height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        styles = self.styles
        cx, cy = self.width / 2, self.height / 2
        radius = self.diameter / 2
        canvas.saveState()
        canvas.setStrokeColor(styles.text_colour)
        canvas.setLineWidth(0.9)
        for ring in range(self.rings, 0, -1):
            canvas.circle(cx, cy, radius * ring / self.rings)
        canvas.setFillColor(styles.text_colour)
        canvas.circle(cx, cy, radius * 0.06, stroke=0, fill=1)
        canvas.line(cx - radius, cy, cx + radius, cy)
        canvas.line(cx, cy - radius, cx, cy + radius)
        self._labels(canvas, cx, cy, radius)
        canvas.restoreState()
        self._fields(canvas, cx, cy, radius)

    def _labels(self, canvas, cx: float, cy: float, radius: float) -> None:
        styles = self.styles
        font, size = styles.fonts.bold, styles.body.fontSize
        canvas.setFillColor(styles.text_colour)
        top = cy + radius + size * 0.6
        bottom = cy - radius - size * 1.4
        corners = [(top, "left"), (top, "right"), (bottom, "left"), (bottom, "right")]
        # Quarters in reading order: top-left, top-right, bottom-left, bottom-right.
        for label, (y, side) in zip(self.quarters, corners):
            lines = _wrap(label, font, size, self.width / 2 - radius * 0.2)
            if y > cy:
                y += (len(lines) - 1) * size * 1.2
            for line in lines:
                canvas.setFont(font, size)
                if side == "left":
                    canvas.drawRightString(cx - size * 0.8, y, line)
                else:
                    canvas.drawString(cx + size * 0.8, y, line)
                y -= size * 1.2

    def _fields(self, canvas, cx: float, cy: float, radius: float) -> None:
        directions = [(-1, 1), (1, 1), (-1, -1), (1, -1)]
        button = min(radius / self.rings * 0.42, self.styles.body.fontSize * 1.1)
        for group, (dx, dy) in zip(self.groups, directions):
            if group is None:
                continue
            for ring in range(1, self.rings + 1):
                distance = radius * (ring - 0.5) / self.rings
                x = cx + dx * distance * math.cos(math.pi / 4)
                y = cy + dy * distance * math.sin(math.pi / 4)
                form_fields.radio(canvas, group, f"ring{ring}", f"{group}: ring {ring}",
                                  x - button / 2, y - button / 2, button,
                                  border=self.styles.rule_colour)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines
