"""How each document kind becomes the body of its HTML page. A kind missing here is
reported as a problem (its PDF still builds), never a crash."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from actsheets.render.html.context import HtmlContext
from actsheets.render.html.kinds.handout import handout_body
from actsheets.render.html.kinds.worksheet import worksheet_body


@dataclass(frozen=True)
class HtmlKind:
    body: Callable[[Any, HtmlContext], Markup]


HTML_KINDS: dict[str, HtmlKind] = {
    "handout": HtmlKind(body=handout_body),
    "worksheet": HtmlKind(body=worksheet_body),
}
