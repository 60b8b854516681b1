"""The story of a worksheet: title, instructions, blocks, and (for therapists) a worked
example and the guide.

Writing space fills the page. Blocks are first laid out at their least size (the lines,
box heights and row heights the content asks for) and placed on pages, each block whole;
then each page's spare height is shared among its writing blocks (ruled lines, boxes,
tracker rows, the letter, the choice point) in proportion to their size and `grow`, ruled
blocks taking whole lines. Pages turn only where planned, so no page ends half empty
while another follows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from actsheets.errors import ContentError, Problem
from actsheets.messages import Finding
from actsheets.models.kinds.worksheet import Worksheet
from actsheets.render.pdf.blocks import RENDERERS
from actsheets.render.pdf.blocks.base import BlockContext, BlockProblem
from actsheets.render.pdf.context import FieldNameClash, FieldNames, RenderContext
from actsheets.render.pdf.markers import BlockMark, ReaderMark
from actsheets.render.pdf.page_parts import (
    attribution,
    example_tag,
    heading,
    references,
    section,
    title_block,
)
from actsheets.render.pdf.prose import prose

END_OF_SHEET = ("end_of_sheet",)
SLACK = 4.5  # points kept free on each page, so rounding never pushes a block over


def worksheet_story(sheet: Worksheet, ctx: RenderContext) -> list[Flowable]:
    story = sheet_story(sheet, ctx, example=False)
    if ctx.audience == "therapist":
        if any(block.has_example for block in sheet.blocks):
            # The example is drawn from the same blocks; its fields are never real ones.
            example_ctx = RenderContext(
                styles=ctx.styles, page=ctx.page, wording=ctx.wording, source=ctx.source,
                audience=ctx.audience, fillable=False, field_names=FieldNames(),
                part=ctx.part)
            story += [PageBreak(), *sheet_story(sheet, example_ctx, example=True)]
        if sheet.therapist_guide:
            story += therapist_guide(sheet, ctx)
    return story


def sheet_story(sheet: Worksheet, ctx: RenderContext, example: bool) -> list[Flowable]:
    # No "for therapists" label: the sheet page of the therapist version may be photocopied.
    head: list[Flowable] = []
    if example:
        head += example_tag(ctx, ctx.wording.worked_example)
    head += title_block(ctx, sheet.title, sheet.subtitle)
    if sheet.instructions:
        head += prose(sheet.instructions, ctx.styles)
    # The sources go on the therapist's page; a sheet without one keeps them, small, here.
    closing = [] if sheet.therapist_guide else attribution(ctx, sheet.adapted_from,
                                                            sheet.licence)
    if not example:
        closing.append(BlockMark(ctx.part, END_OF_SHEET))
    return head + blocks_story(sheet, ctx, closing, _Measure(ctx).height(head), example)


@dataclass
class _Unit:
    """Flowables that stay together on one page: a block (a heading travels with the block
    after it), or one row of a block that may break between rows (a long checklist).
    `parts` are slices (block index, start, stop) of the blocks' flowables."""

    parts: list[tuple[int, int, int]] = field(default_factory=list)
    height: float = 0.0
    splittable: bool = False

    @property
    def indexes(self) -> list[int]:
        return list(dict.fromkeys(index for index, _, _ in self.parts))

    def flowables(self, rendered: dict[int, list[Flowable]]) -> list[Flowable]:
        return [f for index, start, stop in self.parts for f in rendered[index][start:stop]]


def blocks_story(sheet: Worksheet, ctx: RenderContext, closing: list[Flowable],
                 head_height: float = 0.0, example: bool = False) -> list[Flowable]:
    """The blocks on their pages, writing space filling each page; `closing` stays with
    the last block."""
    problems: list[Problem] = []
    measure = _Measure(ctx)
    first_names = names = _copy(ctx.field_names)
    first = rendered = _render_all(sheet, ctx, {}, closing, example, problems, names)
    if problems:
        raise ContentError(problems)
    units = _units(sheet, first, measure)
    for unit in units:
        if unit.height > ctx.page.frame_height and not unit.splittable:
            index = unit.indexes[-1]
            block = sheet.blocks[index]
            problems.append(_problem(ctx, Finding(("blocks", index), "layout.block-too-tall", {
                "type": block.type, "height": unit.height / mm, "paper": ctx.page.paper,
                "room": ctx.page.frame_height / mm})))
    if problems:
        raise ContentError(problems)
    if any(unit.height > ctx.page.frame_height for unit in units):
        pages = None  # a tracker longer than a page: it flows, its header repeated
    else:
        pages = _paginate(sheet, units, ctx, head_height)
        extras = _share(sheet, pages, units, rendered, measure, head_height)
        for attempt in range(4):  # a row that rounded up: take it back until each page fits
            if attempt and not _take_back(pages, units, rendered, measure, head_height,
                                          extras):
                break
            if not any(extras.values()):  # the blocks at their least size, as rendered first
                rendered, names = first, first_names
                continue
            names = _copy(ctx.field_names)
            rendered = _render_all(sheet, ctx, extras, closing, example, problems, names)
            if problems:
                raise ContentError(problems)
    ctx.field_names.used.update(names.used)  # the names of the flowables kept
    story: list[Flowable] = []
    page_of = {unit: number for number, page in enumerate(pages or [list(range(len(units)))])
               for unit in page}
    for position, unit in enumerate(units):
        if position and page_of[position] != page_of[position - 1]:
            story.append(PageBreak())
        flowables = unit.flowables(rendered)
        story += flowables if unit.splittable else [KeepTogether(flowables)]
    return story


def _take_back(pages: list[list[int]], units: list[_Unit],
               rendered: dict[int, list[Flowable]], measure: _Measure, head_height: float,
               extras: dict[int, float]) -> bool:
    """Take height back from the flexible blocks of each page that came out too full;
    whether any did."""
    room = measure.ctx.page.frame_height
    over = False
    for number, page in enumerate(pages):
        used = _page_height(page, units, rendered, number, head_height, measure)
        if used > room - SLACK / 2:
            over = True
            flexible = [i for unit in page for i in units[unit].indexes if extras.get(i)]
            for index in flexible:
                extras[index] = max(0.0, extras[index] - (used - room + SLACK) / len(flexible))
    return over


def _copy(names: FieldNames) -> FieldNames:
    """A copy to claim names in while the layout is tried; the names of the layout kept
    are added to the PDF's registry."""
    return FieldNames(set(names.used), names.prefix)


def _render_all(sheet: Worksheet, ctx: RenderContext, extras: dict[int, float],
                closing: list[Flowable], example: bool, problems: list[Problem],
                names: FieldNames) -> dict[int, list[Flowable]]:
    """Every block's flowables (mark, content, space after; the closing after the last),
    claiming their field names in `names`."""
    stems: set[str] = {block.name for block in sheet.blocks if block.name}
    rendered: dict[int, list[Flowable]] = {}
    last = len(sheet.blocks) - 1
    for index, block in enumerate(sheet.blocks):
        loc = ("blocks", index)
        try:
            content = _block_flowables(block, index, ctx, names, stems,
                                       extras.get(index, 0.0), example)
        except FieldNameClash as clash:
            problems.append(_problem(ctx, Finding(loc + ("name",), "layout.field-name-clash",
                                                  {"name": clash.name})))
            continue
        except BlockProblem as problem:
            problems.append(_problem(ctx, problem.finding.inside(*loc)))
            continue
        mark = [] if example else [BlockMark(ctx.part, loc)]
        after = [Spacer(1, ctx.styles.gap)] if index < last else []
        rendered[index] = [*mark, *content, *after, *(closing if index == last else [])]
    return rendered


def _units(sheet: Worksheet, rendered: dict[int, list[Flowable]],
           measure: _Measure) -> list[_Unit]:
    units: list[_Unit] = []
    carried: list[tuple[int, int, int]] = []
    for index, block in enumerate(sheet.blocks):
        flowables = rendered[index]
        if block.keep_with_next and index < len(sheet.blocks) - 1:
            carried.append((index, 0, len(flowables)))
            continue
        if block.splittable and not block.flex:
            # Row by row: what carries no height or keeps with the next (marks, the prompt)
            # travels with the row after it, the space after with the last row.
            pieces: list[tuple[int, int, int]] = []
            start = 0
            for position, flowable in enumerate(flowables):
                if getattr(flowable, "keepWithNext", False) or isinstance(flowable, BlockMark):
                    continue
                if pieces and (measure.height([flowable]) < 1 or isinstance(flowable, Spacer)):
                    continue
                pieces.append((index, start, position + 1))
                start = position + 1
            if start < len(flowables):
                last_index, last_start, _ = pieces[-1]
                pieces[-1] = (last_index, last_start, len(flowables))
            # No row alone at the top or the bottom of a page: the first two rows and the
            # last two rows stay together.
            if len(pieces) >= 4:
                pieces = [(index, pieces[0][1], pieces[1][2]), *pieces[2:-2],
                          (index, pieces[-2][1], pieces[-1][2])]
            for number, piece in enumerate(pieces):
                units.append(_Unit(parts=[*carried, piece] if number == 0 else [piece]))
                carried = []
        else:
            units.append(_Unit(parts=[*carried, (index, 0, len(flowables))],
                               splittable=block.splittable))
            carried = []
    for unit in units:
        unit.height = measure.height(unit.flowables(rendered))
    return units


def _paginate(sheet: Worksheet, units: list[_Unit], ctx: RenderContext,
              head_height: float) -> list[list[int]]:
    """Units on pages, each whole: a new page when the next one does not fit, or where
    large print plans one."""
    room = ctx.page.frame_height - SLACK
    pages: list[list[int]] = [[]]
    used = head_height
    for number, unit in enumerate(units):
        planned = ctx.styles.large_print and any(
            sheet.blocks[i].new_page_in_large_print and start == 0
            for i, start, _ in unit.parts)
        if pages[-1] and (planned or used + unit.height > room):
            pages.append([])
            used = 0.0
        pages[-1].append(number)
        used += unit.height
    return pages


def _share(sheet: Worksheet, pages: list[list[int]], units: list[_Unit],
           rendered: dict[int, list[Flowable]], measure: _Measure,
           head_height: float) -> dict[int, float]:
    """Each page's spare height shared among its writing blocks, in whole lines for
    ruled ones."""
    ctx = measure.ctx
    step = ctx.styles.line_spacing
    extras: dict[int, float] = {}
    for number, page in enumerate(pages):
        spare = ctx.page.frame_height - SLACK - _page_height(page, units, rendered, number,
                                                             head_height, measure)
        weights = {}
        for unit in page:
            for index in units[unit].indexes:
                block = sheet.blocks[index]
                if block.grows > 0:
                    weights[index] = block.grows * measure.height(rendered[index])
        if spare <= 0 or not weights:
            continue
        total = sum(weights.values())
        wanted = {i: spare * w / total for i, w in weights.items()}
        ruled = [i for i in weights if sheet.blocks[i].flex == "lines"]
        smooth = [i for i in weights if sheet.blocks[i].flex != "lines"]
        # Ruled blocks take whole lines: their share rounded to the nearest line (down
        # when only ruled blocks share the page), the free-height blocks the rest.
        given = {i: (wanted[i] // step + (wanted[i] % step >= step / 2 and bool(smooth)))
                 * step for i in ruled}
        while sum(given.values()) > spare and ruled:
            widest = max((i for i in ruled if given[i]), key=lambda i: given[i] - wanted[i])
            given[widest] -= step
        left = spare - sum(given.values())
        if smooth:
            smooth_weight = sum(weights[i] for i in smooth)
            for i in smooth:
                given[i] = left * weights[i] / smooth_weight
        else:  # lines left over go to the blocks furthest below their share
            while left >= step:
                neediest = max(ruled, key=lambda i: wanted[i] - given[i])
                given[neediest] += step
                left -= step
            for i in ruled:  # and what is left of a line opens the lines up a little
                given[i] += left * weights[i] / total
        extras.update(given)
    return extras


def _page_height(page: list[int], units: list[_Unit], rendered: dict[int, list[Flowable]],
                 number: int, head_height: float, measure: _Measure) -> float:
    return (head_height if number == 0 else 0.0) + sum(
        measure.height(units[unit].flowables(rendered)) for unit in page)


def _block_flowables(block, index: int, ctx: RenderContext, names: FieldNames,
                     stems: set[str], extra: float, example: bool) -> list[Flowable]:
    """The block's flowables, claiming its field names. A block without `name:` takes the
    next free stem when its automatic one clashes; a named block's clash is an error."""
    for _ in range(100):
        stem = block.name or _unique(block.default_stem(index), stems)
        stems.add(stem)
        attempt = FieldNames(set(names.used), names.prefix)
        try:
            flowables = RENDERERS[block.type](block, BlockContext(
                layout=ctx, stem=stem, loc=("blocks", index), field_names=attempt,
                extra=extra, example=example))
        except FieldNameClash:
            if block.name:
                raise
            continue
        names.used.update(attempt.used)
        return flowables
    raise FieldNameClash(stem)


def therapist_guide(sheet: Worksheet, ctx: RenderContext) -> list[Flowable]:
    guide = sheet.therapist_guide
    wording = ctx.wording
    story: list[Flowable] = [PageBreak(), ReaderMark("therapist"),
                             heading(ctx, wording.therapist_guide)]
    if guide is None:
        return story
    for label, text in ((wording.aim, guide.aim), (wording.process, guide.process),
                        (wording.when_to_use, guide.when_to_use),
                        (wording.cautions, guide.cautions), (wording.time_needed, guide.time)):
        if text:
            story += section(ctx, label, text, depth=2)
    if guide.introduce:
        story += section(ctx, wording.introduce, guide.introduce, depth=2)
    if guide.review:
        story += section(ctx, wording.review, guide.review, depth=2)
    story += references(ctx, wording.references, list(guide.references), depth=2)
    sources = attribution(ctx, sheet.adapted_from, sheet.licence)
    if sources:
        story += [Spacer(1, ctx.styles.gap * 0.5), *sources]
    return story


def verify_worksheet(sheet: Worksheet, block_pages: dict[tuple, int],
                     ctx: RenderContext) -> list[Finding]:
    """Problems only the finished layout shows; `block_pages` counts pages within the part.
    A one-page sheet fits one page; in large print, one page more for each planned turn.
    A copy made out for a client in a packet carries more (dated rows, the week's dose, how
    to check in) and may turn the page: the promise is about the blank sheet."""
    if not sheet.one_page or ctx.personal is not None:
        return []
    allowed = 1
    if ctx.styles.large_print:
        allowed += sum(1 for block in sheet.blocks[1:] if block.new_page_in_large_print)
    late = [loc for loc, page in block_pages.items() if page > allowed]
    paper = "A4" if ctx.page.paper == "a4" else "Letter"
    blocks = sorted(loc[1] for loc in late if loc[0] == "blocks")
    if blocks and ctx.styles.large_print:
        index = blocks[0]
        return [Finding(("blocks", index), "layout.one-page-large-print", {
            "type": sheet.blocks[index].type, "number": index + 1, "paper": paper,
            "page": block_pages[("blocks", index)],
            "planned": "1 page" if allowed == 1 else f"{allowed} pages"})]
    if blocks:
        index = blocks[0]
        return [Finding(("blocks", index), "layout.one-page-block",
                        {"type": sheet.blocks[index].type, "number": index + 1, "paper": paper})]
    if late:
        return [Finding((), "layout.one-page-closing", {"paper": paper})]
    return []


def _unique(stem: str, used: set[str]) -> str:
    candidate, number = stem, 2
    while candidate in used:
        candidate, number = f"{stem}_{number}", number + 1
    return candidate


_CANVAS = Canvas(io.BytesIO())  # only measures text; never drawn on


class _Measure:
    """The height flowables take in the frame, each flowable wrapped once (layout asks
    about the same flowables again and again)."""

    def __init__(self, ctx: RenderContext):
        self.ctx = ctx
        self._heights: dict[int, tuple[Flowable, float]] = {}  # keeps each flowable alive

    def height(self, flowables: list[Flowable]) -> float:
        total = 0.0
        for flowable in flowables:
            known = self._heights.get(id(flowable))
            if known is None:
                _, height = flowable.wrapOn(_CANVAS, self.ctx.page.frame_width,
                                            self.ctx.page.frame_height)
                known = self._heights[id(flowable)] = (flowable, height + flowable.getSpaceBefore()
                                                       + flowable.getSpaceAfter())
            total += known[1]
        return total


def _problem(ctx: RenderContext, finding: Finding) -> Problem:
    return Problem.of(finding.code, ctx.source.path, ctx.source.position_of(finding.loc),
                      **finding.slots)

