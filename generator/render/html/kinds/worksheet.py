"""A worksheet as HTML: title, instructions, a form holding its blocks, and for therapists
the worked example (the same blocks with their answers, read-only) and the guide."""

from __future__ import annotations

from markupsafe import Markup

from actsheets.errors import ContentError
from actsheets.models.kinds.worksheet import Worksheet
from actsheets.render.html.blocks import RENDERERS
from actsheets.render.html.blocks.base import BlockContext
from actsheets.render.html.context import HtmlContext, Unsupported


def worksheet_body(sheet: Worksheet, ctx: HtmlContext) -> Markup:
    blocks = sheet_blocks(sheet, ctx)
    therapist = ctx.audience == "therapist"
    example = None
    if therapist and any(block.has_example for block in sheet.blocks):
        example = sheet_blocks(sheet, ctx.deeper(), example=True)
    return ctx.render("kinds/worksheet.html.j2", doc=sheet, blocks=blocks, example=example,
                      guide=sheet.therapist_guide if therapist else None,
                      form_id=ctx.ids.claim("sheet"), example_id=ctx.ids.claim("example"),
                      guide_id=ctx.ids.claim("guide"))


def sheet_blocks(sheet: Worksheet, ctx: HtmlContext, example: bool = False) -> list[Markup]:
    """Each block's markup; a block type without an HTML renderer is a problem."""
    stems = {block.name for block in sheet.blocks if block.name}
    blocks: list[Markup] = []
    missing = []
    for index, block in enumerate(sheet.blocks):
        renderer = RENDERERS.get(block.type)
        if renderer is None:
            missing.append(Unsupported(("blocks", index, "type"), block.type))
            continue
        stem = block.name or _unique(block.default_stem(index), stems)
        stems.add(stem)
        blocks.append(renderer(block, BlockContext(ctx, stem, example=example)))
    if missing:
        raise ContentError([ctx.unsupported(item) for item in missing])
    return blocks


def _unique(stem: str, used: set[str]) -> str:
    candidate, number = stem, 2
    while candidate in used:
        candidate, number = f"{stem}_{number}", number + 1
    return candidate
