"""The plan page that opens a homework packet, as HTML: who and when, the why in the
client's words, the week-by-week doses, each practice with its when-then plan, hard-day
minimum, obstacles and confidence, and how to check in (as on paper; see
render/pdf/kinds/plan.py). Where the plan leaves the confidence or a smaller version to
the client, there is a labelled field to fill in."""

from __future__ import annotations

from markupsafe import Markup

from actsheets.models.kinds.plan import LOW_CONFIDENCE, Plan
from actsheets.render.html.context import HtmlContext


def plan_body(plan: Plan, ctx: HtmlContext) -> Markup:
    wording = ctx.wording
    schedule = ctx.personal.schedule if ctx.personal is not None else None
    facts = [(wording.plan_client, plan.client, False)]
    if plan.therapist:
        facts.append((wording.plan_therapist, plan.therapist, True))
    if schedule is not None:
        facts += [(wording.plan_starts, schedule.start, False),
                  (wording.plan_length, schedule.length, False),
                  (wording.plan_review_on, schedule.review, False)]
    practices = []
    for number, practice in enumerate(plan.practices, start=1):
        asks = practice.confidence is None
        smaller = (asks or practice.confidence < LOW_CONFIDENCE)  # type: ignore[operator]
        practices.append((practice,
                          ctx.ids.claim(f"confidence_{number}") if asks else "",
                          ctx.ids.claim(f"smaller_{number}")
                          if smaller and not practice.smaller else "",
                          smaller))
    return ctx.render("kinds/plan.html.j2", doc=plan, facts=facts, schedule=schedule,
                      practices=practices, form_id=ctx.ids.claim("plan"),
                      why_id=ctx.ids.claim("why"), check_in_id=ctx.ids.claim("check-in"))
