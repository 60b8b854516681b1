"""`tracker`: a table of rows (days, numbered rows or labels) by named columns."""

from __future__ import annotations

from typing import Literal

from actsheets.blocks.base import BlockContext, BlockModel, BlockProblem, field_slugs
from actsheets.blocks.registry import register
from actsheets.layout.prose import inline_paragraph
from actsheets.layout.writing import CellField, TickBox
from actsheets.models.base import StrictModel
from actsheets.models.text import Text, Title
from pydantic import Field
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle


class Column(StrictModel):
    label: Title
    width: float = Field(1, gt=0, le=20, description="relative width")
    tick: bool = Field(False, description="a tick box instead of a writing cell")


@register
class TrackerBlock(BlockModel):
    type: Literal["tracker"]
    rows: Literal["days"] | int | list[Text] = "days"
    row_heading: Title | None = None
    columns: list[Column] = Field(min_length=1, max_length=8)

    def check(self):
        if isinstance(self.rows, int) and not 1 <= self.rows <= 60:
            return [(("rows",), "rows must be between 1 and 60 (or `days`, or a list of labels)")]
        if isinstance(self.rows, list) and not self.rows:
            return [(("rows",), "rows is an empty list (give at least one label)")]
        return []

    @property
    def splittable(self) -> bool:
        return True

    def row_labels(self, ctx: BlockContext) -> list[str]:
        if self.rows == "days":
            dates = ctx.personal.dates
            if dates:
                return [f"{d:%a} {d.day} {d:%b}" for d in dates[:7]]
            return list(ctx.layout.wording["weekdays"])
        if isinstance(self.rows, int):
            return [str(n) for n in range(1, self.rows + 1)]
        return list(self.rows)

    def flowables(self, ctx: BlockContext):
        styles = ctx.styles
        labels = self.row_labels(ctx)
        frame_width = ctx.layout.page.frame_width
        label_width = _label_width(labels, self.row_heading, ctx)
        widths = _column_widths(self.columns, frame_width - label_width, ctx)
        header_label = self.row_heading or (ctx.layout.wording["day"] if self.rows == "days"
                                            else "")
        header = [inline_paragraph(header_label, styles.cell_header)] + [
            inline_paragraph(c.label, styles.cell_header) for c in self.columns
        ]
        pad = styles.body.fontSize * 0.35
        body = []
        heights = []
        slugs = field_slugs([c.label for c in self.columns])
        for row_number, label in enumerate(labels, start=1):
            label_cell = inline_paragraph(label, styles.cell)
            _, label_height = label_cell.wrap(label_width - 2 * pad, 1000)
            row_height = max(styles.row_height, label_height + 2 * pad)  # long labels grow rows
            heights.append(row_height)
            cells: list = [label_cell]
            for column, width, slug in zip(self.columns, widths, slugs):
                suffix = f"{row_number}_{slug}"
                tooltip = f"{label}: {column.label}"
                if column.tick:
                    cells.append(TickBox(styles, ctx.field(suffix, tooltip)))
                else:
                    # Multi-line, so a longer answer wraps inside the cell instead of vanishing.
                    field = ctx.field(suffix, tooltip, multiline=True)
                    cells.append(CellField(width, row_height, styles, field))
            body.append(cells)
        table = Table([header, *body], colWidths=[label_width, *widths],
                      rowHeights=[None, *heights], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.7, styles.rule_colour),
            ("BACKGROUND", (0, 0), (-1, 0), styles.shade_colour),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (0, -1), pad), ("LEFTPADDING", (1, 0), (-1, 0), pad),
            ("LEFTPADDING", (1, 1), (-1, -1), 0), ("RIGHTPADDING", (1, 1), (-1, -1), 0),
            ("TOPPADDING", (1, 1), (-1, -1), 0), ("BOTTOMPADDING", (1, 1), (-1, -1), 0),
        ]))
        return [*self.prompt_flowables(ctx), table]


def _column_widths(columns: list[Column], room: float, ctx: BlockContext) -> list[float]:
    """Widths in proportion to `width`, but never narrower than a header's longest word."""
    styles = ctx.styles
    pad = styles.body.fontSize * 0.7 + 2
    least = [max(stringWidth(word, styles.fonts.bold, styles.cell_header.fontSize)
                 for word in c.label.split()) + pad for c in columns]
    if sum(least) > room:
        need, have = sum(least) / mm, room / mm
        raise BlockProblem(("columns",), f"the column headings need {need:.0f} mm but the page "
                           f"has {have:.0f} mm beside the row labels (use fewer or shorter "
                           "column labels)")
    total = sum(c.width for c in columns)
    widths = [room * c.width / total for c in columns]
    narrow = [i for i, (w, m) in enumerate(zip(widths, least)) if w < m]
    if narrow:
        fixed = sum(least[i] for i in narrow)
        flexible = sum(columns[i].width for i in range(len(columns)) if i not in narrow)
        widths = [least[i] if i in narrow else (room - fixed) * columns[i].width / flexible
                  for i in range(len(columns))]
    return widths


def _label_width(labels: list[str], heading: str | None, ctx: BlockContext) -> float:
    styles = ctx.styles
    texts = [*labels, heading or ""]
    widest = max(stringWidth(t, styles.fonts.bold, styles.cell.fontSize) for t in texts)
    pad = styles.body.fontSize * 0.7
    return min(max(widest + pad + 2, styles.body.fontSize * 2.6),
               ctx.layout.page.frame_width * 0.3)
