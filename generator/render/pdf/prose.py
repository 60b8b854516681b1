"""Markdown-subset text as Platypus flowables: paragraphs and bullet lists, set in a
comfortable column (about 66 characters a line) with typographer's quotes."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from actsheets.render.pdf.styles import Styles, measure_for
from actsheets.render.pdf.wrap_once import Para, WrapOnce
from actsheets.text import markdown

_TAG = re.compile(r"(<[^>]*>)")


def curly(text: str) -> str:
    """Straight quotes and apostrophes as typographer's ones (text only, not markup); a
    quote beside `=` or before `>` looks like code (`src="x">`) and stays as typed."""
    text = re.sub(r"(^|[\s(\[{—–-])([\"'])(?![>=])", lambda m: m.group(1)
                  + ("\u201c" if m.group(2) == '"' else "\u2018"), text)
    return re.sub(r"(?<![=])([\"'])(?![>=])", lambda m: "\u201d" if m.group(1) == '"'
                  else "\u2019", text)


def smarten(markup: str) -> str:
    """`curly` applied to the text between tags of escaped Platypus markup."""
    return "".join(part if part.startswith("<") else curly(part)
                   for part in _TAG.split(markup))


class MeasuredParagraph(WrapOnce, Paragraph):
    """A paragraph no wider than its measure, so lines stay easy to read on wide pages."""

    def __init__(self, text, style: ParagraphStyle, measure: float = 1e9, **kwargs):
        # (Platypus makes the halves of a split paragraph from its fragments, not text.)
        if isinstance(text, str):
            text = smarten(sized_glosses(text, style.fontSize))
        super().__init__(text, style, **kwargs)
        self.measure = measure

    def wrap(self, available_width: float, available_height: float):
        return super().wrap(min(available_width, self.measure), available_height)

    def split(self, available_width: float, available_height: float):
        parts = super().split(min(available_width, self.measure), available_height)
        for part in parts:
            if isinstance(part, Paragraph) and not isinstance(part, MeasuredParagraph):
                part.__class__ = MeasuredParagraph
                part.measure = self.measure
        return parts


def prose(text: str, styles: Styles, style: ParagraphStyle | None = None) -> list[Flowable]:
    style = style or styles.body
    flowables: list[Flowable] = []
    for block in markdown.blocks(text):
        if isinstance(block, markdown.Paragraph):
            flowables.append(paragraph(block.markup, style, styles))
        else:
            flowables.append(bullets(list(block.items), styles, style))
    return flowables


def paragraph(markup: str, style: ParagraphStyle, styles: Styles) -> Paragraph:
    """Escaped markup as a paragraph in the comfortable column."""
    return MeasuredParagraph(markup, style, measure_for(style.fontName, style.fontSize))


def bullets(items: list[str], styles: Styles, style: ParagraphStyle | None = None) -> Flowable:
    """Bullet items given as markup (already escaped)."""
    style = style or styles.body
    item_style = ParagraphStyle("item", parent=style, spaceAfter=style.fontSize * 0.3)
    return ListFlowable(
        [ListItem(paragraph(markup, item_style, styles)) for markup in items],
        bulletType="bullet", start="•", leftIndent=style.fontSize * 1.4,
        bulletFontName=styles.fonts.regular, bulletFontSize=style.fontSize,
        spaceAfter=style.fontSize * 0.4,
    )


def inline_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Para(smarten(sized_glosses(markdown.inline(text), style.fontSize)), style)


GLOSS_SHARE = 0.72  # the English under a translation, on bilingual sheets


def sized_glosses(markup: str, size: float) -> str:
    """The English glosses of a bilingual sheet at a share of the paragraph's size: never
    below 8 pt, nor below 16 pt under text of 16 pt or more (so large print stays large)."""
    if markdown.GLOSS_FONT not in markup:
        return markup
    least = 16.0 if size >= 16.0 else 8.0
    return markup.replace(markdown.GLOSS_FONT,
                          f'<font size="{max(least, size * GLOSS_SHARE):.1f}">')
