"""The document kinds: each kind's model, its checks beyond the schema, the variables it
gives placeholders, and which variants it has. How a kind is drawn lives in each renderer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from actsheets.messages import Finding


# Each kind's model is imported when it is first needed: a build of handouts never
# builds the plan and course models.
def _handout() -> type[BaseModel]:
    from actsheets.models.kinds.handout import Handout

    return Handout


def _worksheet() -> type[BaseModel]:
    from actsheets.models.kinds.worksheet import Worksheet

    return Worksheet


def _course() -> type[BaseModel]:
    from actsheets.models.kinds.course import Course

    return Course


def _plan() -> type[BaseModel]:
    from actsheets.models.kinds.plan import Plan

    return Plan


def _plan_variables(plan: Any) -> dict[str, Any]:
    from actsheets.models.kinds.plan import plan_variables

    return plan_variables(plan)


@dataclass(frozen=True)
class Kind:
    load_model: Callable[[], type[BaseModel]]
    describe: str
    check: Callable[[Any], list[Finding]] = lambda model: []
    """Problems the schema cannot express, found before layout."""
    variables: Callable[[Any], dict[str, Any]] = lambda model: {}
    audiences: Callable[[Any], list[str]] = lambda model: ["client"]
    fillable: bool = False

    @property
    def model(self) -> type[BaseModel]:
        return self.load_model()


# The files a course writes besides its pack's own name: <id>-pack, <id>-post-test...
PRODUCTS = ("pack", "post-test", "answer-key", "evaluation")

KINDS: dict[str, Kind] = {
    "handout": Kind(load_model=_handout, describe="handout"),
    "worksheet": Kind(
        load_model=_worksheet, describe="worksheet", check=lambda sheet: sheet.check(),
        fillable=True, variables=lambda sheet: {"params": dict(sheet.params)},
        audiences=lambda sheet: ["client", "therapist"] if sheet.therapist_guide else ["client"],
    ),
    "course": Kind(
        load_model=_course, describe="continuing-education course",
        check=lambda course: course.check(),
        variables=lambda course: {"provider": {"name": course.provider.name}},
    ),
    "plan": Kind(load_model=_plan, describe="homework plan", check=lambda plan: plan.check(),
                 variables=_plan_variables, fillable=True),
}
