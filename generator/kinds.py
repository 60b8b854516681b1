"""The registry of document kinds: model, story builder, and which variants make sense."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from generator.layout.handout import handout_story
from generator.layout.worksheet import verify_worksheet, worksheet_story

Check = Callable[[Any], list[tuple[tuple, str]]]


def _no_checks(model: Any) -> list[tuple[tuple, str]]:
    return []


@dataclass(frozen=True)
class Kind:
    model: type[BaseModel]
    story: Callable[..., list]
    check: Check = _no_checks
    verify: Callable[[Any, Any, Any], list[tuple[tuple, str]]] = lambda model, result, ctx: []
    variables: Callable[[Any], dict[str, Any]] = lambda model: {}
    audiences: Callable[[Any], list[str]] = lambda model: ["client"]
    fillable: bool = False
    describe: str = ""


def _registry() -> dict[str, Kind]:
    from generator.models.handout import Handout
    from generator.models.worksheet import Worksheet

    kinds = {
        "handout": Kind(model=Handout, story=handout_story, describe="handout"),
        "worksheet": Kind(
            model=Worksheet, story=worksheet_story, check=lambda sheet: sheet.check(),
            verify=verify_worksheet, fillable=True, describe="worksheet",
            variables=lambda sheet: {"params": dict(sheet.params), "client": {"name": ""}},
            audiences=lambda sheet: ["client", "therapist"] if sheet.therapist_guide
            else ["client"],
        ),
    }
    return kinds


KINDS: dict[str, Kind] = _registry()
