"""Render one or more document stories into a single PDF, in memory."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from actsheets.layout.furniture import Footer, furnished_canvas
from actsheets.layout.markers import BlockMark, DocumentStart, OutlinedParagraph
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate


@dataclass
class Metadata:
    title: str
    author: str
    subject: str
    keywords: list[str]
    language: str


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    block_pages: dict[tuple, int] = field(default_factory=dict)


class _SheetDocTemplate(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, footer: Footer, metadata: Metadata):
        page = footer.page
        super().__init__(
            buffer, pagesize=page.size,
            leftMargin=page.margin, rightMargin=page.margin,
            topMargin=page.margin, bottomMargin=page.margin + page.footer_height,
            title=metadata.title, author=metadata.author, subject=metadata.subject,
            keywords=metadata.keywords, creator="actsheets", lang=metadata.language,
            invariant=1, displayDocTitle=1,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._outline_base = 0
        self._outline_count = 0
        self.block_pages: dict[tuple, int] = {}

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, DocumentStart):
            self._outline(flowable.outline_text, flowable.outline_level)
            self._outline_base = flowable.outline_level + 1
        elif isinstance(flowable, OutlinedParagraph):
            self._outline(flowable.outline_text, self._outline_base + flowable.outline_depth - 1)
        elif isinstance(flowable, BlockMark):
            self.block_pages.setdefault(flowable.block_loc, self.page)

    def _outline(self, text: str, level: int) -> None:
        self._outline_count += 1
        key = f"section-{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


def render_pdf(flowables: list[Flowable], footer: Footer, metadata: Metadata) -> RenderResult:
    buffer = io.BytesIO()
    doc = _SheetDocTemplate(buffer, footer, metadata)
    canvas_class = furnished_canvas(footer)
    doc.build(list(flowables), canvasmaker=canvas_class)
    return RenderResult(pdf=buffer.getvalue(), pages=doc.page, block_pages=doc.block_pages)
