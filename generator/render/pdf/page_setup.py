"""Paper sizes and the page box that stories are laid out in."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch

PAPERS = {"letter": LETTER, "a4": A4}


@dataclass(frozen=True)
class PageSetup:
    paper: str
    margin: float
    footer_height: float
    landscape: bool = False

    @property
    def size(self) -> tuple[float, float]:
        width, height = PAPERS[self.paper]
        return (height, width) if self.landscape else (width, height)

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * self.margin

    @property
    def frame_height(self) -> float:
        return self.size[1] - 2 * self.margin - self.footer_height


def page_setup(paper: str, margins_in: float, footer_height: float) -> PageSetup:
    return PageSetup(paper=paper, margin=margins_in * inch, footer_height=footer_height)
