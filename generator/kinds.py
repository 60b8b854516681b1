"""The registry of document kinds: model, story builder, checks, and which variants exist."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from actsheets.layout.handout import handout_story
from actsheets.layout.worksheet import verify_worksheet, worksheet_story
from actsheets.models.handout import Handout
from actsheets.models.worksheet import Worksheet
from pydantic import BaseModel

Located = list[tuple[tuple, str]]  # (location in the content file, message)


@dataclass(frozen=True)
class Kind:
    model: type[BaseModel]
    story: Callable[..., list]
    describe: str
    check: Callable[[Any], Located] = lambda model: []
    """Problems the schema cannot express, found before layout."""
    verify: Callable[[Any, Any, Any], Located] = lambda model, result, ctx: []
    """Problems found after rendering (e.g. a one-page sheet that needs two)."""
    variables: Callable[[Any], dict[str, Any]] = lambda model: {}
    audiences: Callable[[Any], list[str]] = lambda model: ["client"]
    fillable: bool = False


KINDS: dict[str, Kind] = {
    "handout": Kind(model=Handout, story=handout_story, describe="handout"),
    "worksheet": Kind(
        model=Worksheet, story=worksheet_story, describe="worksheet",
        check=lambda sheet: sheet.check(), verify=verify_worksheet, fillable=True,
        variables=lambda sheet: {"params": dict(sheet.params)},
        audiences=lambda sheet: ["client", "therapist"] if sheet.therapist_guide else ["client"],
    ),
}
