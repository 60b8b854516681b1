"""Invisible flowables that carry structure: where a document starts, and outline entries."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from actsheets.render.pdf.wrap_once import WrapOnce


class PartStart(Flowable):
    """Marks where a part of the output starts: its footer title and line from here on,
    its bookmark, and the page its own page numbers count from."""

    def __init__(self, index: int, title: str, footer, outline_level: int = 0,
                 reader: str = "client"):
        super().__init__()
        self.index = index
        self.title = title
        self.footer = footer  # a furniture.FooterText
        self.reader = reader
        self.outline_level = outline_level
        self.outline_text = title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.part_footer = (self.index, self.footer)
        self.canv.reader = self.reader


class ReaderMark(Flowable):
    """From here on the pages are read by `reader` ("client" or "therapist"): the footer
    carries the client's contact and safety lines, or the practice alone."""

    def __init__(self, reader: str):
        super().__init__()
        self.reader = reader
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.reader = self.reader


class OutlinedParagraph(WrapOnce, Paragraph):
    """A heading that also becomes a PDF bookmark, nested below the current document."""

    def __init__(self, text: str, style, outline_text: str, outline_depth: int = 1,
                 outline: bool = True):
        super().__init__(text, style)
        self.outline_text = outline_text
        self.outline_depth = outline_depth
        self.outline = outline


class BlockMark(Flowable):
    """Zero-size marker recording which content block of which part starts here (for
    overflow reports)."""

    def __init__(self, part: int, loc: tuple):
        super().__init__()
        self.part = part
        self.block_loc = loc

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass
