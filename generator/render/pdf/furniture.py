"""Page furniture: the footer with the part's title, its footer line and "Page N of M".

Page counts are only known at the end, so the canvas keeps each finished page and draws
the footers when the document is saved (no second layout pass needed). Pages are numbered
through the whole file or within each part; cover pages carry no footer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from actsheets.render.pdf.styles import Styles


@dataclass(frozen=True)
class Footer:
    margin: float
    footer_height: float
    styles: Styles
    page_label: Callable[[int, int, int], str]  # (part, number, total) -> "Page 2 of 5"

    def draw(self, canvas: Canvas, label: str, title: str, line: str) -> None:
        small = self.styles.small
        size = small.fontSize
        left = self.margin
        right = canvas._pagesize[0] - self.margin
        top = self.margin + self.footer_height - 10  # clear of the last writing line
        canvas.saveState()
        canvas.setStrokeColor(self.styles.rule_colour)
        canvas.setLineWidth(0.5)
        canvas.line(left, top, right, top)
        canvas.setFillColor(self.styles.muted_colour)
        first = top - size * 1.3
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


def furnished_canvas(footer: Footer, per_part: bool) -> type[Canvas]:
    class FurnishedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict] = []
            self.part_footer: tuple[int, str, str] = (0, "", "")
            self.page_has_footer = True
            self.page_bookmarks: list[tuple[str, dict]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()
            self.page_bookmarks = []

        def bookmarkPage(self, key: str, **options) -> None:
            # A bookmark names the page it is on, which only exists once the page is
            # really shown (in save): until then, remember it with the page.
            self.page_bookmarks = [*getattr(self, "page_bookmarks", []), (key, options)]

        def save(self) -> None:
            totals: dict[int, int] = {}
            for state in self._finished_pages:
                part = state["part_footer"][0]
                totals[part] = totals.get(part, 0) + 1
            seen: dict[int, int] = {}
            for number, state in enumerate(self._finished_pages, start=1):
                part, title, line = state["part_footer"]
                seen[part] = seen.get(part, 0) + 1
                self.__dict__.update(state)
                for key, options in state.get("page_bookmarks", []):
                    Canvas.bookmarkPage(self, key, **options)
                if state["page_has_footer"]:
                    shown, total = ((seen[part], totals[part]) if per_part
                                    else (number, len(self._finished_pages)))
                    footer.draw(self, footer.page_label(part, shown, total), title, line)
                Canvas.showPage(self)
            Canvas.save(self)

    return FurnishedCanvas
