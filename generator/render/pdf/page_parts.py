"""Parts of a page that several document kinds share: title block, headings, key-point
box, references, attribution."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from actsheets.render.pdf.context import RenderContext
from actsheets.render.pdf.markers import OutlinedParagraph
from actsheets.render.pdf.prose import bullets, inline_paragraph, paragraph, prose, smarten
from actsheets.text import markdown


def title_block(ctx: RenderContext, title: str, subtitle: str | None,
                audience_label: str | None = None) -> list[Flowable]:
    styles = ctx.styles
    parts: list[Flowable] = []
    if audience_label:
        parts.append(Paragraph(markdown.inline(audience_label.upper()), styles.small))
    parts.append(inline_paragraph(title, styles.title))
    if subtitle:
        parts.append(inline_paragraph(subtitle, styles.subtitle))
    else:
        parts.append(Spacer(1, styles.gap * 0.5))
    return parts


def heading(ctx: RenderContext, text: str, depth: int = 1, outline: bool = True) -> Paragraph:
    style = ctx.styles.heading if depth == 1 else ctx.styles.subheading
    return OutlinedParagraph(smarten(markdown.inline(text)), style, markdown.plain(text), depth,
                             outline)


def key_points_box(ctx: RenderContext, label: str, points: list[str]) -> list[Flowable]:
    styles = ctx.styles
    label_style = ParagraphStyle("key_points_label", parent=styles.subheading,
                                 spaceBefore=0, keepWithNext=0)
    rows = [[Paragraph(smarten(markdown.inline(label)), label_style)]]
    rows += [[bullets([markdown.inline(point)], styles)] for point in points]
    size = styles.body_size
    pad = size * 0.9
    # The same room on all four sides: the last list's own space after (0.4 + 0.3 of the
    # size) already sits below the last point.
    table = Table(rows, colWidths=[ctx.page.frame_width], repeatRows=1)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, styles.rule_colour),
        ("BACKGROUND", (0, 0), (-1, -1), styles.shade_colour),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), pad * 0.75),
        ("BOTTOMPADDING", (0, 0), (-1, 0), size * 0.3),
        ("BOTTOMPADDING", (0, -1), (-1, -1), max(pad - size * 0.7, 0)),
    ]))
    return [table, Spacer(1, styles.gap * 0.6)]


def example_tag(ctx: RenderContext, label: str) -> list[Flowable]:
    """A boxed tag at the top right of a worked example's page, beside its title, in the
    example's ink, so the page is never mistaken for a blank sheet (it takes no height)."""
    return [_CornerTag(markdown.plain(label).upper(), ctx.styles)]


class _CornerTag(Flowable):
    def __init__(self, label: str, styles):
        super().__init__()
        self.label = label
        self.styles = styles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 0

    def draw(self) -> None:
        styles = self.styles
        canvas = self.canv
        size = styles.body_size
        font = styles.fonts.bold
        width = canvas.stringWidth(self.label, font, size) + size * 1.2
        height = size * 1.7
        ink = styles.example.textColor
        canvas.saveState()
        canvas.setStrokeColor(ink)
        canvas.setFillColor(ink)
        canvas.setLineWidth(1.2)
        canvas.rect(self.width - width, -height, width, height)
        canvas.setFont(font, size)
        canvas.drawCentredString(self.width - width / 2, -height + size * 0.5, self.label)
        canvas.restoreState()


def references(ctx: RenderContext, label: str, items: list[str],
               depth: int = 1) -> list[Flowable]:
    if not items:
        return []
    body = ctx.styles.body
    hanging = ParagraphStyle("reference", parent=body, leftIndent=body.fontSize * 1.5,
                             firstLineIndent=-body.fontSize * 1.5)
    return [KeepTogether([heading(ctx, label, depth)]
                         + [paragraph(markdown.inline(item), hanging, ctx.styles)
                            for item in items])]


def attribution(ctx: RenderContext, adapted_from: str | None, licence: str | None) -> list[Flowable]:
    """Where the ideas come from and the licence, as one small paragraph."""
    parts = []
    if adapted_from:
        parts.append(f"{markdown.inline(ctx.wording.adapted_from)} {markdown.inline(adapted_from)}")
    if licence:
        parts.append(f"{markdown.inline(ctx.wording.licence)} {markdown.inline(licence)}")
    if not parts:
        return []
    return [paragraph("  ·  ".join(parts), ctx.styles.small, ctx.styles)]


def section(ctx: RenderContext, title: str, body: str, depth: int = 1) -> list[Flowable]:
    return [heading(ctx, title, depth), *prose(body, ctx.styles)]
