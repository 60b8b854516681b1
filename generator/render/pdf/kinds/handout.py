"""The story of a handout: title, summary, key points, sections, assignments, references."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from actsheets.models.kinds.handout import Handout
from actsheets.render.pdf.context import RenderContext
from actsheets.render.pdf.page_parts import (
    attribution,
    heading,
    key_points_box,
    references,
    section,
    title_block,
)
from actsheets.render.pdf.prose import prose


def handout_story(doc: Handout, ctx: RenderContext) -> list[Flowable]:
    wording = ctx.wording
    audience = wording.for_therapist if doc.audience == "therapist" else wording.for_client
    story: list[Flowable] = title_block(ctx, doc.title, doc.subtitle, audience)
    if doc.summary:
        story += prose(doc.summary, ctx.styles)
    if doc.key_points:
        story += key_points_box(ctx, wording.key_points, doc.key_points)
    for part in doc.sections:
        story += section(ctx, part.heading, part.body)
    if doc.assignments:
        lead = [heading(ctx, doc.assignments_heading or wording.assignments)]
        for assignment in doc.assignments:
            parts = section(ctx, assignment.title, assignment.body, depth=2)
            story.append(KeepTogether(lead + parts))  # the heading never ends a page alone
            lead = []
    closing = [Spacer(1, ctx.styles.gap), *attribution(ctx, doc.adapted_from, doc.licence)]
    refs = references(ctx, wording.references, doc.references)
    if refs:  # the heading keeps its first reference, the small print the last one
        items = list(refs[0]._content)  # heading, then one paragraph per reference
        if len(items) >= 4:
            story += [KeepTogether(items[:2]), *items[2:-1], KeepTogether([items[-1], *closing])]
        else:
            story.append(KeepTogether([*items, *closing]))
    else:
        story += closing
    return story
