"""`bullseye` in HTML: the rings as an inline SVG with a title and a description, and a
fieldset per quarter with a radio button per ring (ring 1 is the centre)."""

from __future__ import annotations

from actsheets.models.blocks.base import field_slugs
from actsheets.models.blocks.bullseye import BullseyeBlock
from actsheets.render.html.blocks.base import BlockContext, renders

SIZE = 200  # the SVG's own units: the rings' diameter


@renders("bullseye")
def bullseye(block: BullseyeBlock, ctx: BlockContext):
    quarters = block.quarters or ctx.wording.bullseye_quarters
    example = ctx.example_of(block) or []
    groups = []
    for number, (quarter, slug) in enumerate(zip(quarters, field_slugs(quarters, words=3))):
        group = ctx.field(slug, quarter)
        rings = [(ring, ctx.id(f"{slug}-ring{ring}")) for ring in range(1, block.rings + 1)]
        chosen = example[number] if number < len(example) else None
        groups.append((quarter, group, rings, ctx.id(f"{slug}-legend"), chosen))
    radii = [round(SIZE / 2 * ring / block.rings, 2) for ring in range(block.rings, 0, -1)]
    return ctx.render(block, groups=groups, radii=radii, size=SIZE, rings=block.rings,
                      svg_id=ctx.id("diagram"))
