"""`tracker` in PDF: a table of rows by columns, header repeated on each page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from actsheets.messages import Finding
from actsheets.models.blocks.base import field_slugs
from actsheets.models.blocks.tracker import Column, TrackerBlock
from actsheets.render.pdf.blocks.base import BlockContext, BlockProblem, renders
from actsheets.render.pdf.personal import dated_days, tracker_note
from actsheets.render.pdf.prose import inline_paragraph
from actsheets.render.pdf.writing import CellField, TickBox


def _row_labels(block: TrackerBlock, ctx: BlockContext) -> list[str]:
    if block.rows == "days":
        return dated_days(ctx.layout) or list(ctx.wording.weekdays)
    if isinstance(block.rows, int):
        return [str(n) for n in range(1, block.rows + 1)]
    return list(block.rows)


@renders("tracker")
def tracker(block: TrackerBlock, ctx: BlockContext):
    styles = ctx.styles
    labels = _row_labels(block, ctx)
    frame_width = ctx.layout.page.frame_width
    label_width = _label_width(labels, block.row_heading, ctx)
    widths = _column_widths(block.columns, frame_width - label_width, ctx)
    header_label = block.row_heading or (ctx.wording.day if block.rows == "days"
                                        else "")
    header = [inline_paragraph(header_label, styles.cell_header)] + [
        inline_paragraph(c.label, styles.cell_header) for c in block.columns
    ]
    pad = styles.body.fontSize * 0.35
    body = []
    heights = []
    slugs = field_slugs([c.label for c in block.columns])
    least = block.row_mm * mm * styles.scale ** 0.5 if block.row_mm else styles.row_height
    least += ctx.extra / len(labels)  # the rows share the block's part of the page
    examples = ctx.example_of(block) or []
    for row_number, label in enumerate(labels, start=1):
        label_cell = inline_paragraph(label, styles.cell)
        _, label_height = label_cell.wrap(label_width - 2 * pad, 1000)
        row_height = max(least, label_height + 2 * pad)  # long labels grow rows
        heights.append(row_height)
        cells: list = [label_cell]
        answers = examples[row_number - 1] if row_number <= len(examples) else []
        for number, (column, width, slug) in enumerate(zip(block.columns, widths, slugs)):
            suffix = f"{row_number}_{slug}"
            tooltip = f"{label}: {column.label}"
            answer = answers[number] if number < len(answers) else ""
            if column.tick:
                cells.append(TickBox(styles, ctx.field(suffix, tooltip), ticked=bool(answer)))
            else:
                # Multi-line, so a longer answer wraps inside the cell instead of vanishing.
                field = ctx.field(suffix, tooltip, multiline=True)
                cells.append(CellField(width, row_height, styles, field, answer))
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
    dated = tracker_note(ctx.layout) if block.rows == "days" else []
    return [*ctx.prompt(block), *dated, table]


def _column_widths(columns: list[Column], room: float, ctx: BlockContext) -> list[float]:
    """Widths in proportion to `width`, but never narrower than a header's longest word."""
    styles = ctx.styles
    pad = styles.body.fontSize * 0.7 + 2
    least = [max(stringWidth(word, styles.fonts.bold, styles.cell_header.fontSize)
                 for word in c.label.split()) + pad for c in columns]
    if sum(least) > room:
        raise BlockProblem(Finding(("columns",), "layout.columns-too-wide",
                                   {"need": sum(least) / mm, "have": room / mm}))
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
