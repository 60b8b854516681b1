"""Paragraph styles and measures for one variant (standard or large print) of a theme."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from actsheets.models.theme import Theme
from actsheets.render.pdf.fonts import FontSet


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    scale: float
    body: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    prompt: ParagraphStyle
    example: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    text_colour: HexColor
    muted_colour: HexColor
    rule_colour: HexColor
    shade_colour: HexColor
    hairline_colour: HexColor
    line_spacing: float
    row_height: float
    gap: float
    measure: float  # the widest comfortable text column (about 66 characters a line)
    large_print: bool = False

    @property
    def body_size(self) -> float:
        return self.body.fontSize


def make_styles(theme: Theme, fonts: FontSet, large_print: bool) -> Styles:
    scale = theme.large_print_scale if large_print else 1.0
    sizes = theme.sizes
    text = HexColor(theme.colours.text)
    muted = HexColor(theme.colours.muted)

    def style(name: str, size: float, font: str | None = None, **extra) -> ParagraphStyle:
        size *= scale
        settings = {"fontName": font or fonts.regular, "fontSize": size,
                    "leading": round(size * theme.leading, 2), "textColor": text,
                    "alignment": TA_LEFT}
        settings.update(extra)
        return ParagraphStyle(name, **settings)

    body_size = sizes.body * scale
    writing_scale = scale ** 0.5
    # Large print keeps every word a client reads at 16 pt or more: footer, labels, cells.
    least = LARGE_PRINT_FLOOR if large_print else 0.0

    def at_least(size: float) -> float:
        return max(size * scale, least) / scale
    return Styles(
        fonts=fonts,
        scale=scale,
        body=style("body", sizes.body, spaceAfter=body_size * 0.55),
        title=style("title", sizes.title, fonts.bold, spaceAfter=sizes.title * scale * 0.2,
                    leading=round(sizes.title * scale * 1.15, 2)),
        subtitle=style("subtitle", sizes.subtitle, fonts.italic, textColor=muted,
                       spaceAfter=body_size * 0.9),
        heading=style("heading", sizes.heading, fonts.bold, spaceBefore=body_size * 0.9,
                      spaceAfter=body_size * 0.35, keepWithNext=1),
        subheading=style("subheading", sizes.subheading, fonts.bold,
                         spaceBefore=body_size * 0.5, spaceAfter=body_size * 0.2, keepWithNext=1),
        # Prompts are questions to answer: bold, a little space above, always with their
        # writing space (instructions stay regular).
        prompt=style("prompt", sizes.body, fonts.bold, spaceBefore=body_size * 0.15,
                     spaceAfter=body_size * 0.35, keepWithNext=1),
        # Worked-example answers: italic, like handwriting on the sheet.
        example=style("example", sizes.body, fonts.italic, textColor=HexColor(EXAMPLE_INK)),
        label=style("label", sizes.body),
        small=style("small", at_least(sizes.small), textColor=muted),
        cell=style("cell", at_least(sizes.body * 0.92)),
        cell_header=style("cell_header", at_least(sizes.body * 0.92), fonts.bold),
        text_colour=text,
        muted_colour=muted,
        rule_colour=HexColor(theme.colours.rule),
        shade_colour=HexColor(theme.colours.shade),
        hairline_colour=HexColor(HAIRLINE),
        line_spacing=theme.writing.line_spacing_mm * mm * writing_scale,
        row_height=theme.writing.tracker_row_mm * mm * writing_scale,
        gap=body_size * 0.9,
        measure=measure_for(fonts.regular, body_size),
        large_print=large_print,
    )


def measure_for(font: str, size: float) -> float:
    """The width of a comfortable line (MEASURE_CHARACTERS of average text) in a font."""
    return MEASURE_CHARACTERS * stringWidth(_SAMPLE, font, size) / len(_SAMPLE)


LARGE_PRINT_FLOOR = 16.0  # points: the smallest text a large-print page draws
MEASURE_CHARACTERS = 74  # a comfortable line: 45-75 characters
EXAMPLE_INK = "#1f3f73"  # a dark blue ink (9:1 on white; prints as dark grey)
HAIRLINE = "#9a9a9a"
_SAMPLE = ("Noticing the hook gives you a choice: move away, or move towards what matters "
           "to you this week, one small step at a time.")
