"""A handout as HTML: title, summary, key points, sections, assignments, references."""

from __future__ import annotations

from markupsafe import Markup

from actsheets.models.kinds.handout import Handout
from actsheets.render.html.context import HtmlContext


def handout_body(doc: Handout, ctx: HtmlContext) -> Markup:
    wording = ctx.wording
    audience = wording.for_therapist if doc.audience == "therapist" else wording.for_client
    return ctx.render("kinds/handout.html.j2", doc=doc, audience_label=audience,
                      key_points_id=ctx.ids.claim("key-points"),
                      references_id=ctx.ids.claim("references"))
