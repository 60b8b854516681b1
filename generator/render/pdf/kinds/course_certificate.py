"""Certificates of completion: one landscape page per attendee, with the participant's
name, the course title exactly as written, the completion date, format, level, CE hours
per board and category, the provider and its approvals, each board statement, signature
lines and the certificate ID with its verification code.

A name the theme's font cannot draw (Vietnamese letters are missing from Atkinson
Hyperlegible) is set, as a whole, in Noto Sans from its font package; `name_font` says
which font draws a name, or None when no font can, so the caller reports the row instead
of drawing a box.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from actsheets.compose.course import CourseView
from actsheets.models.theme import Theme
from actsheets.models.wording import Wording
from actsheets.render.pdf.fonts import FontSet
from actsheets.render.pdf.kinds.course import (
    approval_lines,
    credit_lines,
    format_label,
    level_label,
)
from actsheets.render.pdf.page_setup import PageSetup
from actsheets.render.pdf.styles import make_styles
from actsheets.text import markdown

FALLBACK_FAMILY = "noto_sans"
FALLBACK_NAME = "actsheets-NotoSans-fallback"


@dataclass(frozen=True)
class Attendee:
    """One certificate's personal lines (never logged, never in metadata)."""

    name: str
    licence: str  # "PSY 12345 (CA)" or ""
    completed: str  # ISO date
    certificate_id: str
    code: str
    name_font: str


@dataclass(frozen=True)
class SignatureLine:
    name: str
    role: str
    image: Path | None


@lru_cache(maxsize=1)
def fallback_font() -> tuple[str, frozenset[int]] | None:
    """Noto Sans from its font package, registered once; None when it is not installed."""
    try:
        import fontpkg

        path = fontpkg.path(FALLBACK_FAMILY, 400, "normal")
        if FALLBACK_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FALLBACK_NAME, str(path)))
    except (ImportError, TTFError, OSError, Exception):  # noqa: BLE001 - no fallback then
        return None
    face = pdfmetrics.getFont(FALLBACK_NAME).face
    return FALLBACK_NAME, frozenset(face.charToGlyph)


def name_font(text: str, fonts: FontSet) -> str | None:
    """The font that draws `text` whole: the theme's bold, else the fallback, else None."""
    if not fonts.missing(text):
        return fonts.bold
    fallback = fallback_font()
    if fallback is not None and all(ord(c) in fallback[1] or c.isspace() for c in text):
        return fallback[0]
    return None


def undrawable(text: str, fonts: FontSet) -> list[str]:
    """Characters neither the theme's font nor the fallback can draw."""
    fallback = fallback_font()
    covered = fallback[1] if fallback else frozenset()
    return [c for c in fonts.missing(text) if ord(c) not in covered]


def render_certificates(view: CourseView, wording: Wording, attendees: list[Attendee],
                        signatures: list[SignatureLine], theme: Theme, fonts: FontSet,
                        paper: str, completion_title: str) -> bytes:
    styles = make_styles(theme, fonts, large_print=False)
    setup = PageSetup(paper=paper, margin=0.6 * 72, footer_height=0, landscape=True)
    buffer = io.BytesIO()
    course = view.course
    doc = BaseDocTemplate(
        buffer, pagesize=setup.size, leftMargin=setup.margin, rightMargin=setup.margin,
        topMargin=setup.margin, bottomMargin=setup.margin, title=completion_title,
        author=markdown.plain(course.provider.name), subject=wording.course_certificate,
        keywords=list(course.keywords), creator="actsheets", invariant=1, displayDocTitle=1)
    inner = 10 * mm  # the border sits in the margin; text keeps clear of it
    frame = Frame(setup.margin + inner, setup.margin + inner, setup.frame_width - 2 * inner,
                  setup.frame_height - 2 * inner, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="certificate")

    def border(canvas, _doc) -> None:
        width, height = setup.size
        canvas.saveState()
        canvas.setStrokeColor(styles.text_colour)
        canvas.setLineWidth(2.2)
        canvas.rect(setup.margin, setup.margin, width - 2 * setup.margin,
                    height - 2 * setup.margin)
        canvas.setLineWidth(0.6)
        gap = 2.2 * mm
        canvas.rect(setup.margin + gap, setup.margin + gap, width - 2 * (setup.margin + gap),
                    height - 2 * (setup.margin + gap))
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="certificate", frames=[frame], onPage=border,
                                       pagesize=setup.size)])
    story: list[Flowable] = []
    for index, attendee in enumerate(attendees):
        if index:
            story.append(PageBreak())
        content = _certificate(view, wording, attendee, signatures, styles, frame._aW)
        story += _spread(content, frame)
    doc.build(story)
    return buffer.getvalue()


def _certificate(view: CourseView, wording: Wording, attendee: Attendee,
                 signatures: list[SignatureLine], styles, width: float) -> list[Flowable]:
    course = view.course
    base = styles.body

    def centred(name: str, size: float, font: str | None = None, **extra) -> ParagraphStyle:
        settings = {"fontName": font or styles.fonts.regular, "fontSize": size,
                    "leading": size * 1.25, "alignment": TA_CENTER,
                    "textColor": styles.text_colour}
        settings.update(extra)
        return ParagraphStyle(name, parent=base, **settings)

    story: list[Flowable] = []
    if view.logo is not None:
        story.append(_logo(view.logo, 60 * mm, 16 * mm))
    else:
        story.append(Paragraph(markdown.inline(course.provider.name),
                               centred("provider-top", base.fontSize, styles.fonts.bold)))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(markdown.inline(wording.course_certificate.upper()),
                           centred("heading", 24, styles.fonts.bold)))
    story.append(Paragraph(markdown.inline(wording.course_certifies), centred("lead", 12)))
    story.append(Spacer(1, 2 * mm))
    size = _fitting_size(attendee.name, attendee.name_font, width, 30, 18)
    story.append(Paragraph(escape(attendee.name), centred("name", size, attendee.name_font,
                                                          leading=size * 1.2)))
    if attendee.licence:
        story.append(Paragraph(f"{markdown.inline(wording.course_licence)}: "
                               f"{escape(attendee.licence)}",
                               centred("licence", 10.5, textColor=styles.muted_colour)))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(markdown.inline(wording.course_completed), centred("lead2", 12)))
    story.append(Paragraph(markdown.inline(course.title),
                           centred("title", 16, styles.fonts.bold, spaceBefore=2,
                                   spaceAfter=4)))
    facts = " · ".join(f"{markdown.inline(label)}: {markdown.inline(value)}" for label, value in (
        (wording.course_completion_date, attendee.completed),
        (wording.course_format, format_label(course, wording)),
        (wording.course_level, level_label(course, wording))))
    story.append(Paragraph(facts, centred("facts", 10.5)))
    story.append(Paragraph(" · ".join(markdown.inline(line)
                                      for line in credit_lines(course, wording)),
                           centred("credits", 11, styles.fonts.bold, spaceBefore=3)))
    story.append(Spacer(1, 3 * mm))
    small = centred("small", 8.5, textColor=styles.text_colour, leading=8.5 * 1.3)
    story.append(Paragraph(
        f"<b>{markdown.inline(course.provider.name)}</b> · "
        + " · ".join(markdown.inline(line) for line in approval_lines(course, wording)), small))
    for statement in view.statements:
        story.append(Paragraph(markdown.inline(" ".join(statement.text.split())),
                               ParagraphStyle("statement", parent=small, spaceBefore=2)))
    story.append(Spacer(1, 5 * mm))
    story.append(_signatures(signatures, styles, width))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(
        f"{markdown.inline(wording.course_certificate_id)}: {escape(attendee.certificate_id)}"
        f" · {markdown.inline(wording.course_verification)}: <b>{attendee.code}</b>",
        centred("id", 8.5, textColor=styles.muted_colour)))
    return story


def _spread(content: list[Flowable], frame: Frame) -> list[Flowable]:
    """One page: free height goes above the signatures (the last three flowables), so they
    sit at the foot of the page; content too tall for the page is shrunk to fit."""
    canvas = Canvas(io.BytesIO())
    used = sum(f.wrapOn(canvas, frame._aW, frame._aH)[1] + f.getSpaceBefore()
               + f.getSpaceAfter() for f in content)
    room = frame._aH - used - 4
    if room < 0:
        return [KeepInFrame(frame._aW, frame._aH, content, mode="shrink")]
    return [*content[:-3], Spacer(1, room), *content[-3:]]


def _fitting_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    measured = pdfmetrics.stringWidth(text, font, largest)
    if measured <= width * 0.95:
        return largest
    return max(smallest, largest * width * 0.95 / measured)


def _logo(path: Path, max_width: float, max_height: float) -> Image:
    from reportlab.lib.utils import ImageReader

    width, height = ImageReader(str(path)).getSize()
    scale = min(max_width / width, max_height / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "CENTER"
    return image


def _signatures(signatures: list[SignatureLine], styles, width: float) -> Flowable:
    column = min(width / max(len(signatures), 1), 80 * mm)
    label = ParagraphStyle("sign", parent=styles.small, alignment=TA_CENTER,
                           textColor=styles.text_colour)
    cells = []
    for signature in signatures:
        image: Flowable = Spacer(1, 12 * mm)
        if signature.image is not None:
            image = _logo(signature.image, column * 0.8, 12 * mm)
        text = f"<b>{markdown.inline(signature.name)}</b>"
        if signature.role:
            text += f"<br/>{markdown.inline(signature.role)}"
        cells.append([image, Paragraph(text, label)])
    return _SignatureRows(cells, column, styles)


class _SignatureRows(Flowable):
    """Signature blocks side by side: space or an image, a line to sign on, name and role."""

    def __init__(self, cells: list[list[Flowable]], column: float, styles):
        super().__init__()
        self.cells = cells
        self.column = column
        self.styles = styles
        self.pad = 6 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = self.column - 2 * self.pad
        self.heights = [(cell[0].wrap(inner, available_height)[1],
                         cell[1].wrap(inner, available_height)[1]) for cell in self.cells]
        self.image_height = max((h[0] for h in self.heights), default=0)
        self.text_height = max((h[1] for h in self.heights), default=0)
        self.height = self.image_height + 3 + self.text_height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left = (self.width - self.column * len(self.cells)) / 2
        line_y = self.text_height + 1.5
        for index, (image, text) in enumerate(self.cells):
            x = left + index * self.column + self.pad
            inner = self.column - 2 * self.pad
            image_width, _ = image.wrap(inner, self.image_height)
            image.drawOn(canvas, x + (inner - image_width) / 2, line_y + 1.5)
            canvas.saveState()
            canvas.setStrokeColor(self.styles.text_colour)
            canvas.setLineWidth(0.8)
            canvas.line(x, line_y, x + inner, line_y)
            canvas.restoreState()
            _, text_height = text.wrap(inner, self.text_height)
            text.drawOn(canvas, x, line_y - 1.5 - text_height)
