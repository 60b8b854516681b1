"""Invisible flowables that carry structure: where a document starts, and outline entries."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph


class DocumentStart(Flowable):
    """Marks the start of one document in a story; sets the footer title from here on."""

    def __init__(self, title: str, footer_line: str, outline_level: int = 0):
        super().__init__()
        self.title = title
        self.footer_line = footer_line
        self.outline_level = outline_level
        self.outline_text = title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.footer_text = (self.title, self.footer_line)


class OutlinedParagraph(Paragraph):
    """A heading that also becomes a PDF bookmark, nested below the current document."""

    def __init__(self, text: str, style, outline_text: str, outline_depth: int = 1):
        super().__init__(text, style)
        self.outline_text = outline_text
        self.outline_depth = outline_depth


class BlockMark(Flowable):
    """Zero-size marker recording which content block starts here (for overflow reports)."""

    def __init__(self, loc: tuple):
        super().__init__()
        self.block_loc = loc

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass
