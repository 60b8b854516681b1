"""A worksheet as HTML: title, instructions, a form holding its blocks, and (for
therapists) the guide."""

from __future__ import annotations

from markupsafe import Markup

from actsheets.errors import ContentError
from actsheets.models.kinds.worksheet import Worksheet
from actsheets.render.html.blocks import RENDERERS
from actsheets.render.html.blocks.base import BlockContext
from actsheets.render.html.context import HtmlContext, Unsupported


def worksheet_body(sheet: Worksheet, ctx: HtmlContext) -> Markup:
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
        blocks.append(renderer(block, BlockContext(ctx, stem)))
    if missing:
        raise ContentError([ctx.unsupported(item) for item in missing])
    guide = sheet.therapist_guide if ctx.audience == "therapist" else None
    return ctx.render("kinds/worksheet.html.j2", doc=sheet, blocks=blocks, guide=guide,
                      form_id=ctx.ids.claim("sheet"))


def _unique(stem: str, used: set[str]) -> str:
    candidate, number = stem, 2
    while candidate in used:
        candidate, number = f"{stem}_{number}", number + 1
    return candidate
