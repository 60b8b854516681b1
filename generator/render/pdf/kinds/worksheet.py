"""The story of a worksheet: title, instructions, blocks, and (for therapists) the guide."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from actsheets.errors import ContentError, Problem
from actsheets.messages import Finding
from actsheets.models.kinds.worksheet import Worksheet
from actsheets.render.pdf.blocks import RENDERERS
from actsheets.render.pdf.blocks.base import BlockContext, BlockProblem
from actsheets.render.pdf.context import FieldNameClash, FieldNames, RenderContext
from actsheets.render.pdf.markers import BlockMark
from actsheets.render.pdf.page_parts import attribution, heading, section, title_block
from actsheets.render.pdf.prose import prose

END_OF_SHEET = ("end_of_sheet",)


def worksheet_story(sheet: Worksheet, ctx: RenderContext) -> list[Flowable]:
    # No "for therapists" label: the sheet page of the therapist version may be photocopied.
    story: list[Flowable] = title_block(ctx, sheet.title, sheet.subtitle)
    if sheet.instructions:
        story += prose(sheet.instructions, ctx.styles)
    closing = [*attribution(ctx, sheet.adapted_from, sheet.licence), BlockMark(ctx.part, END_OF_SHEET)]
    story += blocks_story(sheet, ctx, closing)
    if ctx.audience == "therapist" and sheet.therapist_guide:
        story += therapist_guide(sheet, ctx)
    return story


def blocks_story(sheet: Worksheet, ctx: RenderContext,
                 closing: list[Flowable]) -> list[Flowable]:
    """Each block kept together; `closing` stays with the last block."""
    names = ctx.field_names
    problems: list[Problem] = []
    story: list[Flowable] = []
    carried: list[Flowable] = []  # a heading waiting to travel with the block after it
    stems: set[str] = {block.name for block in sheet.blocks if block.name}
    for index, block in enumerate(sheet.blocks):
        loc = ("blocks", index)
        last = index == len(sheet.blocks) - 1
        try:
            content = _block_flowables(block, index, ctx, names, stems)
        except FieldNameClash as clash:
            problems.append(_problem(ctx, Finding(loc + ("name",), "layout.field-name-clash",
                                                  {"name": clash.name})))
            continue
        except BlockProblem as problem:
            problems.append(_problem(ctx, problem.finding.inside(*loc)))
            continue
        flowables = [BlockMark(ctx.part, loc), *content, Spacer(1, ctx.styles.gap),
                     *(closing if last else [])]
        if block.keep_with_next and not last:
            carried += flowables
            continue
        flowables = carried + flowables
        carried = []
        if not block.splittable:
            height = _height(flowables, ctx)
            if height > ctx.page.frame_height:
                problems.append(_problem(ctx, Finding(loc, "layout.block-too-tall", {
                    "type": block.type, "height": height / mm, "paper": ctx.page.paper,
                    "room": ctx.page.frame_height / mm})))
                continue
            flowables = [KeepTogether(flowables)]
        story += flowables
    if problems:
        raise ContentError(problems)
    return story


def _block_flowables(block, index: int, ctx: RenderContext, names: FieldNames,
                     stems: set[str]) -> list[Flowable]:
    """The block's flowables, claiming its field names. A block without `name:` takes the
    next free stem when its automatic one clashes; a named block's clash is an error."""
    for _ in range(100):
        stem = block.name or _unique(block.default_stem(index), stems)
        stems.add(stem)
        attempt = FieldNames(set(names.used), names.prefix)
        try:
            flowables = RENDERERS[block.type](block, BlockContext(
                layout=ctx, stem=stem, loc=("blocks", index), field_names=attempt))
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
    story: list[Flowable] = [PageBreak(), heading(ctx, wording.therapist_guide)]
    if guide and guide.introduce:
        story += section(ctx, wording.introduce, guide.introduce, depth=2)
    if guide and guide.review:
        story += section(ctx, wording.review, guide.review, depth=2)
    return story


def verify_worksheet(sheet: Worksheet, block_pages: dict[tuple, int],
                     ctx: RenderContext) -> list[Finding]:
    """Problems only the finished layout shows; `block_pages` counts pages within the part."""
    if not sheet.one_page or ctx.styles.scale > 1:
        return []  # large print may take more pages; one_page is about standard print
    late = [loc for loc, page in block_pages.items() if page > 1]
    paper = "A4" if ctx.page.paper == "a4" else "Letter"
    blocks = sorted(loc[1] for loc in late if loc[0] == "blocks")
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


def _height(flowables: list[Flowable], ctx: RenderContext) -> float:
    canvas = Canvas(io.BytesIO())
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrapOn(canvas, ctx.page.frame_width, ctx.page.frame_height)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _problem(ctx: RenderContext, finding: Finding) -> Problem:
    return Problem.of(finding.code, ctx.source.path, ctx.source.position_of(finding.loc),
                      **finding.slots)
