"""`tracker` in HTML: a table with column and row headers; a labelled input in each cell
(a check box in tick columns). A sheet made out for one client dates its day rows and says
the week's dose above them, as on paper."""

from __future__ import annotations

from actsheets.models.blocks.base import field_slugs
from actsheets.models.blocks.tracker import TrackerBlock
from actsheets.render.html.blocks.base import BlockContext, renders
from actsheets.render.html.markup import plain


def _row_labels(block: TrackerBlock, ctx: BlockContext) -> list[str]:
    if block.rows == "days":
        dated = list(ctx.personal.days) if ctx.personal is not None else []
        return dated or list(ctx.wording.weekdays)
    if isinstance(block.rows, int):
        return [str(n) for n in range(1, block.rows + 1)]
    return list(block.rows)


@renders("tracker")
def tracker(block: TrackerBlock, ctx: BlockContext):
    slugs = field_slugs([c.label for c in block.columns])
    examples = ctx.example_of(block) or []
    rows = []
    for number, label in enumerate(_row_labels(block, ctx), start=1):
        answers = examples[number - 1] if number <= len(examples) else []
        cells = [(column, ctx.field(f"{number}_{slug}", f"{plain(label)}: {plain(column.label)}"),
                  answers[index] if index < len(answers) else "")
                 for index, (column, slug) in enumerate(zip(block.columns, slugs))]
        rows.append((label, cells))
    total = sum(c.width for c in block.columns)
    widths = [round(70 * c.width / total, 2) for c in block.columns]  # % of the table
    corner = block.row_heading or (ctx.wording.day if block.rows == "days" else "")
    personal = ctx.personal
    note = (personal.tracker_note if personal is not None and personal.days
            and block.rows == "days" else "")
    return ctx.render(block, rows=rows, widths=widths, corner=corner, note=note)
