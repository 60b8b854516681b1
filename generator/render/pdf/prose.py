"""Markdown-subset text as Platypus flowables: paragraphs and bullet lists."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from actsheets.render.pdf.styles import Styles
from actsheets.text import markdown


def prose(text: str, styles: Styles, style: ParagraphStyle | None = None) -> list[Flowable]:
    style = style or styles.body
    flowables: list[Flowable] = []
    for block in markdown.blocks(text):
        if isinstance(block, markdown.Paragraph):
            flowables.append(Paragraph(block.markup, style))
        else:
            flowables.append(bullets(list(block.items), styles, style))
    return flowables


def bullets(items: list[str], styles: Styles, style: ParagraphStyle | None = None) -> Flowable:
    """Bullet items given as markup (already escaped)."""
    style = style or styles.body
    item_style = ParagraphStyle("item", parent=style, spaceAfter=style.fontSize * 0.3)
    return ListFlowable(
        [ListItem(Paragraph(markup, item_style)) for markup in items],
        bulletType="bullet", start="•", leftIndent=style.fontSize * 1.4,
        bulletFontName=styles.fonts.regular, bulletFontSize=style.fontSize,
        spaceAfter=style.fontSize * 0.4,
    )


def inline_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markdown.inline(text), style)
