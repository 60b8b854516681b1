"""The registry of document kinds: model, story builder, and which variants make sense."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from generator.layout.handout import handout_story

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

    kinds = {
        "handout": Kind(model=Handout, story=handout_story, describe="handout"),
    }
    return kinds


KINDS: dict[str, Kind] = _registry()
