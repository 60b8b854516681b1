"""Page furniture: the footer with the part's title, its footer lines and "Page N of M".

Page counts are only known at the end, so the canvas keeps each finished page and draws
the footers when the document is saved (no second layout pass needed). Pages are numbered
through the whole file or within each part; cover pages carry no footer, and a part of one
page has no page number. Which lines a page carries depends on who reads it: client pages
carry the contact line and the safety line, therapist pages the practice alone.

The footer sits below a light hairline with clear space above it, so it never looks like a
line to write on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from actsheets.render.pdf.styles import Styles

CLEARANCE = 8 * mm  # empty space between the last thing on a page and the footer rule
LINE = 1.3  # footer line height, as a multiple of its font size


@dataclass(frozen=True)
class FooterText:
    """What one part's footer says: its title (and a short note such as the licence) and
    the lines for pages read by clients and by therapists."""

    title: str
    note: str = ""
    client: tuple[str, ...] = ()
    notice: str = ""  # never shortened, such as "draft translation": after the note
    therapist: tuple[str, ...] = ()

    def lines(self, reader: str, joined: bool = False) -> tuple[str, ...]:
        """The reader's lines; `joined` runs them on as one (large print saves a line)."""
        lines = tuple(line for line in (self.therapist if reader == "therapist" else self.client)
                      if line)
        return ("  ·  ".join(lines),) if joined and lines else lines


def footer_height(styles: Styles, texts: list[FooterText], width: float) -> float:
    """Room the footer needs: its tallest text wrapped to the page, the rule and the
    clear space above it."""
    size = styles.small.fontSize
    most = 1
    for text in texts:
        for reader in ("client", "therapist"):
            wrapped = sum(len(simpleSplit(line, styles.fonts.regular, size, width))
                          for line in text.lines(reader, styles.large_print))
            most = max(most, 1 + wrapped)
    return most * size * LINE + size * 0.4 + CLEARANCE


@dataclass(frozen=True)
class Footer:
    margin: float
    footer_height: float
    styles: Styles
    page_label: Callable[[int, int, int], str]  # (part, number, total) -> "Page 2 of 5"

    def draw(self, canvas: Canvas, label: str, text: FooterText, reader: str) -> None:
        styles = self.styles
        size = styles.small.fontSize
        left = self.margin
        right = canvas._pagesize[0] - self.margin
        top = self.margin + self.footer_height - CLEARANCE
        canvas.saveState()
        canvas.setStrokeColor(styles.hairline_colour)
        canvas.setLineWidth(0.3)
        canvas.line(left, top, right, top)
        canvas.setFillColor(styles.muted_colour)
        y = top - size * (LINE - 0.1)
        room = right - left
        if label:
            canvas.setFont(styles.fonts.bold, size)
            canvas.drawRightString(right, y, label)
            room -= canvas.stringWidth(label, styles.fonts.bold, size) + size * 2
        canvas.setFont(styles.fonts.regular, size)
        first = "  ·  ".join(part for part in (text.title, text.note) if part)
        if text.notice:  # the title and note give way to the notice
            notice = f"  ·  {text.notice}" if first else text.notice
            fitted = _fit(canvas, first, styles.fonts.regular, size,
                          room - canvas.stringWidth(notice, styles.fonts.regular, size))
            first = _fit(canvas, fitted + notice if fitted else text.notice,
                         styles.fonts.regular, size, room)
        else:
            first = _fit(canvas, first, styles.fonts.regular, size, room)
        canvas.drawString(left, y, first)
        for line in text.lines(reader, styles.large_print):
            for piece in simpleSplit(line, styles.fonts.regular, size, right - left):
                y -= size * LINE
                canvas.drawString(left, y, piece)
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
            self.part_footer: tuple[int, FooterText] = (0, FooterText(""))
            self.reader = "client"
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
                part, text = state["part_footer"]
                seen[part] = seen.get(part, 0) + 1
                self.__dict__.update(state)
                for key, options in state.get("page_bookmarks", []):
                    Canvas.bookmarkPage(self, key, **options)
                if state["page_has_footer"]:
                    shown, total = ((seen[part], totals[part]) if per_part
                                    else (number, len(self._finished_pages)))
                    label = footer.page_label(part, shown, total) if total > 1 else ""
                    footer.draw(self, label, text, state["reader"])
                Canvas.showPage(self)
            Canvas.save(self)

    return FurnishedCanvas
