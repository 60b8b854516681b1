"""The document kinds: each kind's model, its checks beyond the schema, the variables it
gives placeholders, and which variants it has. How a kind is drawn lives in each renderer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from actsheets.messages import Finding
from actsheets.models.kinds.course import Course
from actsheets.models.kinds.handout import Handout
from actsheets.models.kinds.plan import Plan, plan_variables
from actsheets.models.kinds.worksheet import Worksheet


@dataclass(frozen=True)
class Kind:
    model: type[BaseModel]
    describe: str
    check: Callable[[Any], list[Finding]] = lambda model: []
    """Problems the schema cannot express, found before layout."""
    variables: Callable[[Any], dict[str, Any]] = lambda model: {}
    audiences: Callable[[Any], list[str]] = lambda model: ["client"]
    fillable: bool = False


KINDS: dict[str, Kind] = {
    "handout": Kind(model=Handout, describe="handout"),
    "worksheet": Kind(
        model=Worksheet, describe="worksheet", check=lambda sheet: sheet.check(), fillable=True,
        variables=lambda sheet: {"params": dict(sheet.params)},
        audiences=lambda sheet: ["client", "therapist"] if sheet.therapist_guide else ["client"],
    ),
    "course": Kind(
        model=Course, describe="continuing-education course", check=lambda course: course.check(),
        variables=lambda course: {"provider": {"name": course.provider.name}},
    ),
    "plan": Kind(model=Plan, describe="homework plan", check=lambda plan: plan.check(),
                 variables=plan_variables, fillable=True),
}
