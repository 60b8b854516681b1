"""Page furniture: the footer with document title, practice line and "Page N of M".

The page count is only known at the end, so the canvas keeps each finished page and
draws the footers when the document is saved (no second layout pass needed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from actsheets.layout.page_setup import PageSetup
from actsheets.layout.styles import Styles
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Footer:
    page: PageSetup
    styles: Styles
    page_label: Callable[[int, int], str]

    def draw(self, canvas: Canvas, number: int, total: int, title: str, line: str) -> None:
        small = self.styles.small
        size = small.fontSize
        left = self.page.margin
        right = self.page.size[0] - self.page.margin
        top = self.page.margin + self.page.footer_height - 10  # clear of the last writing line
        canvas.saveState()
        canvas.setStrokeColor(self.styles.rule_colour)
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        canvas.setFillColor(self.styles.muted_colour)
        first = top - size * 1.3
        label = self.page_label(number, total)
        canvas.setFont(self.styles.fonts.bold, size)
        canvas.drawRightString(right, first, label)
        room = right - left - canvas.stringWidth(label, self.styles.fonts.bold, size) - size * 2
        canvas.setFont(self.styles.fonts.regular, size)
        canvas.drawString(left, first, _fit(canvas, title, self.styles.fonts.regular, size, room))
        if line:
            canvas.drawString(left, first - size * 1.3,
                              _fit(canvas, line, self.styles.fonts.regular, size, right - left))
        canvas.restoreState()


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def furnished_canvas(footer: Footer) -> type[Canvas]:
    class FurnishedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict] = []
            self.footer_text = ("", "")

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                footer.draw(self, number, total, *self.footer_text)
                Canvas.showPage(self)
            Canvas.save(self)

    return FurnishedCanvas
