"""How each document kind (and each view of a course) becomes the body of its HTML page,
who reads it (which picks the footer's lines, as in the PDF) and the short note after its
title in the footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from actsheets.render.html.context import HtmlContext
from actsheets.render.html.kinds.course import (
    answer_key_body,
    cover_body,
    evaluation_body,
    further_body,
    information_body,
    post_test_body,
)
from actsheets.render.html.kinds.handout import handout_body
from actsheets.render.html.kinds.plan import plan_body
from actsheets.render.html.kinds.worksheet import worksheet_body
from actsheets.text import markdown


def _licence(model: Any, wording: Any) -> str:
    licence = markdown.plain(getattr(model, "licence", None) or "")
    return f"{wording.licence} {licence}" if licence else ""


@dataclass(frozen=True)
class HtmlKind:
    body: Callable[[Any, HtmlContext], Markup]
    reader: Callable[[Any], str] = lambda model: getattr(model, "audience", "client")
    footer_note: Callable[[Any, Any], str] = lambda model, wording: ""
    footer: bool = True  # a cover has no footer


def _therapists(model: Any) -> str:
    return "therapist"


HTML_KINDS: dict[str, HtmlKind] = {
    "handout": HtmlKind(body=handout_body),
    "worksheet": HtmlKind(body=worksheet_body, reader=lambda model: "client",
                          footer_note=_licence),
    "plan": HtmlKind(body=plan_body, reader=lambda model: "client"),
    # A course is shown as several views of the same document (see compose/course.py).
    "course.cover": HtmlKind(body=cover_body, reader=_therapists, footer=False),
    "course.information": HtmlKind(body=information_body, reader=_therapists),
    "course.further": HtmlKind(body=further_body, reader=_therapists),
    "course.post_test": HtmlKind(body=post_test_body, reader=_therapists),
    "course.answer_key": HtmlKind(body=answer_key_body, reader=_therapists),
    "course.evaluation": HtmlKind(body=evaluation_body, reader=_therapists),
}
