"""`bullseye` in PDF: rings in four labelled quarters; a radio group per quarter when
fillable."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from actsheets.models.blocks.base import field_slugs
from actsheets.models.blocks.bullseye import BullseyeBlock
from actsheets.render.pdf import form_fields
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.prose import curly
from actsheets.render.pdf.styles import Styles
from actsheets.text import markdown


@renders("bullseye")
def bullseye(block: BullseyeBlock, ctx: BlockContext):
    quarters = block.quarters or ctx.wording.bullseye_quarters
    groups = [ctx.group(slug) for slug in field_slugs(quarters, words=3)]
    diameter = block.size_mm * mm * ctx.styles.scale  # large print enlarges the diagram
    if any(groups):  # buttons 24 px or more apart, so each is easy to hit on a screen
        diameter = max(diameter, block.rings * 2 * TARGET / CENTRE_SPACING)
    labels = [curly(markdown.plain(q)) for q in quarters]  # drawn as plain text
    return [*ctx.prompt(block), Bullseye(labels, block.rings, diameter, ctx.styles, groups,
                                         ctx.example_of(block))]


TARGET = 18.0  # points: 24 px at 100 %, the least spacing of buttons to click (WCAG 2.5.8)
# The centre ring's buttons sit 0.62 of a ring out on each diagonal: as far from the next
# quarter's as from the next ring's (0.88 of a ring width apart).
CENTRE_RING = 1.5 / (1 + 2 ** 0.5)
CENTRE_SPACING = 1.5 - CENTRE_RING


class Bullseye(Flowable):
    """Rings split into quarters; labels sit in the corners outside the rings.

    In the fillable variant each quarter gets a radio group with one button per ring on
    its diagonal, so the reader can mark how close to the centre they live that value.
    """

    def __init__(self, quarters: list[str], rings: int, diameter: float, styles: Styles,
                 groups: list[str | None], example: list[int] | None = None):
        super().__init__()
        self.example = example
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
        if self.example:
            self._example(canvas, cx, cy, radius)
        self._fields(canvas, cx, cy, radius)

    def _example(self, canvas, cx: float, cy: float, radius: float) -> None:
        """An X in the example's ink on the ring marked in each quarter."""
        arm = radius / self.rings * 0.3
        canvas.saveState()
        canvas.setStrokeColor(self.styles.example.textColor)
        canvas.setLineWidth(2)
        for ring, (dx, dy) in zip(self.example, _DIRECTIONS):
            x, y = _on_ring(cx, cy, radius, self.rings, ring, dx, dy)
            canvas.line(x - arm, y - arm, x + arm, y + arm)
            canvas.line(x - arm, y + arm, x + arm, y - arm)
        canvas.restoreState()

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
        # Buttons 0.62 of a ring wide: their centres stay 24 px or more apart (WCAG 2.5.8
        # by spacing) and their boxes never overlap.
        button = radius / self.rings * 0.62
        for group, (dx, dy) in zip(self.groups, _DIRECTIONS):
            if group is None:
                continue
            for ring in range(1, self.rings + 1):
                x, y = _on_ring(cx, cy, radius, self.rings, ring, dx, dy)
                # A chosen button shows an X: what the printed sheet asks for.
                form_fields.radio(canvas, group, f"ring{ring}", f"{group}: ring {ring}",
                                  x - button / 2, y - button / 2, button,
                                  border=self.styles.rule_colour, mark="cross")


_DIRECTIONS = [(-1, 1), (1, 1), (-1, -1), (1, -1)]  # quarters in reading order


def _on_ring(cx: float, cy: float, radius: float, rings: int, ring: int, dx: int,
             dy: int) -> tuple[float, float]:
    """The middle of `ring` (1 is the centre) on the quarter's diagonal."""
    distance = radius * ((ring - 0.5) if ring > 1 else CENTRE_RING) / rings
    return (cx + dx * distance * math.cos(math.pi / 4), cy + dy * distance * math.sin(math.pi / 4))


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
