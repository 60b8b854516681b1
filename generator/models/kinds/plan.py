"""A homework plan: one client's practices for the coming weeks, and the worksheets that go
with them. A plan builds into one packet (a plan page, the chosen worksheets made out for
the client, and a review page); a plan plus a roster builds one packet per row.

The model is pure: it validates, works out each week's dose and finds what the schema
cannot express. Dates are formatted for a language, and sheets looked up, in later stages.
"""

from __future__ import annotations

import difflib
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from actsheets.messages import Finding
from actsheets.models.base import StrictModel
from actsheets.models.common import DocumentBase, kind_field
from actsheets.models.kinds.worksheet import ParamName, ParamValue, Worksheet
from actsheets.models.text import Identifier, Text, Title

PracticeId = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$"),
    Field(description="lowercase letters, digits and _, starting with a letter, for example "
                      "mindful (names the practice in roster columns such as "
                      "mindful.confidence)", examples=["mindful"]),
]
# Plain text, not `Text`: a name is printed as given, never read as a placeholder.
ClientName = Annotated[str, StringConstraints(min_length=1, max_length=60, strip_whitespace=True)]
WeekStart = Literal["start", "locale", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday"]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_WEEKS = 26
LOW_CONFIDENCE = 7


class Dose(StrictModel):
    """How much to do each day, growing week by week up to a cap."""

    start: float = Field(gt=0, le=10_000, description="the amount in the first week",
                         examples=[1])
    step: float = Field(0, ge=0, le=10_000,
                        description="added each time the dose grows (0: it stays the same)",
                        examples=[1])
    every: int = Field(1, ge=1, le=MAX_WEEKS,
                       description="the dose grows every this many weeks", examples=[1])
    cap: float | None = Field(None, gt=0, le=10_000,
                              description="the most it grows to (leave out for no limit)",
                              examples=[5])
    unit: Title = Field("minutes", description="minutes, seconds or hours (written in the "
                        "document's language), or your own word such as pages",
                        examples=["minutes"])

    def amount(self, week: int) -> float:
        """The dose in week `week` (1-based): start, plus a step every `every` weeks, at
        most the cap."""
        grown = self.start + self.step * ((week - 1) // self.every)
        return min(grown, self.cap) if self.cap is not None else grown


class Obstacle(StrictModel):
    """Something that might get in the way, and the plan for it."""

    obstacle: Text = Field(description="what might get in the way",
                           examples=["I oversleep and the morning is a rush"])
    response: Text = Field(description="what the client will do then",
                           examples=["I'll do one minute at the bus stop instead"])


class Practice(StrictModel):
    """One thing to practise between sessions, planned so that it gets done."""

    id: PracticeId
    name: Title = Field(description="a short name", examples=["Mindful minute"])
    when_then: Text = Field(
        description="the when-then plan: a cue and the action, in the client's words",
        examples=["When I've poured my morning coffee, I will sit and notice my breath."])
    dose: Dose | None = Field(None, description="how much each day, and how it grows",
                              examples=[{"start": 1, "step": 1, "cap": 5, "unit": "minutes"}])
    hard_day: Text | None = Field(None, description="the minimum that still counts on a hard "
                                  "day", examples=["Even three breaths count."])
    obstacles: list[Obstacle] = Field(default_factory=list, max_length=6,
                                      description="what might get in the way, and what the "
                                                  "client will do then",
                                      examples=[[{"obstacle": "I forget",
                                                  "response": "A note on the kettle"}]])
    confidence: int | None = Field(None, ge=0, le=10, description="how sure the client is "
                                   "that they will do it, 0 to 10", examples=[6])
    smaller: Text | None = Field(None, description="a smaller version, for a confidence "
                                 "below 7", examples=["One minute, three mornings a week"])


class PlanSheet(StrictModel):
    """A worksheet from the library, made out for the client."""

    worksheet: Identifier = Field(description="the worksheet's id (see `actsheets list`)",
                                  examples=["mindful-awareness-log"])
    practice: PracticeId | None = Field(
        None, description="the practice this sheet tracks: its dose goes into the sheet "
                          "as {{ dose.amount }} and {{ dose.text }}", examples=["mindful"])
    params: dict[ParamName, ParamValue] = Field(
        default_factory=dict, description="values for the worksheet's parameters; may use "
        "{{ dose.amount }}, {{ dose.text }}, {{ dose.cap }} and {{ week.number }}",
        examples=[{"minutes": "{{ dose.amount }}"}])
    copies: Literal["weekly", "once"] | None = Field(
        None, description="weekly: one dated copy per week; once: a single copy. Default: "
                          "weekly for a sheet with a day-by-day tracker, else once",
        examples=["weekly"])


class Plan(DocumentBase):
    kind: Literal["plan"] = kind_field("plan", "one client's homework plan")
    client: ClientName = Field(description="the client's name or initials, printed on their "
                               "pages only (never in file names or PDF metadata)",
                               examples=["Sam"])
    therapist: Title | None = Field(None, description="who the client works with",
                                    examples=["Alex Rivera"])
    start: date = Field(description="the first day of the plan, as year-month-day",
                        examples=["2026-03-02"])
    weeks: int = Field(description="how many weeks the plan runs (1 to 26)", examples=[4],
                       json_schema_extra={"minimum": 1, "maximum": MAX_WEEKS})
    review: date | None = Field(None, description="the next review session (default: the day "
                                "after the last week)", examples=["2026-03-30"])
    week_starts: WeekStart = Field(
        "start", description="where each week begins: start (on the start date), locale (the "
                             "first day of the week where the document's language is used), "
                             "or a weekday such as monday", examples=["monday"])
    why: Text | None = Field(None, description="why this matters, in the client's own words",
                             examples=["So I can be the dad I want to be."])
    practices: list[Practice] = Field(
        min_length=1, max_length=6,
        description="what the client will practise between sessions (1 to 6), each with a "
                    "when-then plan",
        examples=[[{"id": "mindful", "name": "Mindful minute",
                    "when_then": "When I have poured my coffee, I will notice my breath."}]])
    check_in: Text | None = Field(None, description="how the client checks in between "
                                  "sessions", examples=["Text me one thing that went well."])
    missed_days: Text | None = Field(None, description="what to remember about missed days "
                                     "(default: the wording's plan_missed_days)",
                             examples=[("A missed day is part of practice: start again the "
                                       "next day.")])
    worksheets: list[PlanSheet] = Field(default_factory=list, max_length=12,
                                        description="worksheets to include, made out for the "
                                                    "client",
                                        examples=[[{"worksheet": "mindful-awareness-log",
                                                    "practice": "mindful"}]])

    # --- derived ------------------------------------------------------------------------

    @property
    def review_date(self) -> date:
        return self.review or self.start + timedelta(days=7 * self.weeks)

    def week_spans(self, locale_first_day: int = 0) -> list[tuple[date, date]]:
        """(first day, last day) of each week. Weeks run from the start date; when weeks
        start on a weekday (0 Monday .. 6 Sunday), the first week ends the day before it."""
        if self.week_starts == "start":
            return [(self.start + timedelta(days=7 * n), self.start + timedelta(days=7 * n + 6))
                    for n in range(self.weeks)]
        first_day = (locale_first_day if self.week_starts == "locale"
                     else WEEKDAYS.index(self.week_starts))
        length = (first_day - self.start.weekday()) % 7 or 7
        spans = [(self.start, self.start + timedelta(days=length - 1))]
        while len(spans) < self.weeks:
            begin = spans[-1][1] + timedelta(days=1)
            spans.append((begin, begin + timedelta(days=6)))
        return spans

    def practice(self, practice_id: str | None) -> Practice | None:
        return next((p for p in self.practices if p.id == practice_id), None)

    # --- checks -------------------------------------------------------------------------

    def check(self) -> list[Finding]:
        found: list[Finding] = []
        if not 1 <= self.weeks <= MAX_WEEKS:
            found.append(Finding(("weeks",), "plan.weeks-out-of-range"))
        if self.review is not None and self.review < self.start:
            found.append(Finding(("review",), "plan.review-before-start"))
        seen: set[str] = set()
        for index, practice in enumerate(self.practices):
            where = ("practices", index)
            if practice.id in seen:
                found.append(Finding((*where, "id"), "plan.repeated-practice",
                                     {"id": practice.id}))
            seen.add(practice.id)
            dose = practice.dose
            if dose is not None and dose.cap is not None:
                if dose.cap < dose.start:
                    found.append(Finding((*where, "dose", "cap"), "plan.cap-below-start"))
                elif dose.cap > dose.start and dose.step <= 0:
                    found.append(Finding((*where, "dose", "step"), "plan.dose-never-reaches-cap"))
            if (practice.confidence is not None and practice.confidence < LOW_CONFIDENCE
                    and not practice.smaller):
                found.append(Finding((*where, "confidence"), "plan.confidence-low",
                                     {"confidence": practice.confidence}))
        ids = [p.id for p in self.practices]
        for index, sheet in enumerate(self.worksheets):
            if sheet.practice is not None and sheet.practice not in ids:
                found.append(Finding(("worksheets", index, "practice"), "plan.unknown-practice",
                                     {"id": sheet.practice, "ids": ", ".join(ids)}))
        return found

    def check_sheets(self, library: dict[str, Worksheet], library_name: str) -> list[Finding]:
        """Each chosen worksheet exists and takes the parameters given to it."""
        found: list[Finding] = []
        for index, chosen in enumerate(self.worksheets):
            sheet = library.get(chosen.worksheet)
            if sheet is None:
                close = difflib.get_close_matches(chosen.worksheet, sorted(library), n=1,
                                                  cutoff=0.5)
                found.append(Finding(("worksheets", index, "worksheet"), "plan.unknown-worksheet",
                                     {"id": chosen.worksheet, "library": library_name,
                                      "suggestion": f" (did you mean '{close[0]}'?)" if close
                                      else ""}))
                continue
            for name in chosen.params:
                if name not in sheet.params:
                    close = difflib.get_close_matches(name, sorted(sheet.params), n=1)
                    declared = (f"it takes: {', '.join(sorted(sheet.params))}" if sheet.params
                                else "it takes no parameters; remove `params:`")
                    if close:
                        declared = f"did you mean '{close[0]}'? {declared}"
                    found.append(Finding(("worksheets", index, "params", name),
                                         "plan.unknown-param",
                                         {"sheet": chosen.worksheet, "name": name,
                                          "declared": declared}))
        return found


def plan_variables(plan: Plan) -> dict[str, Any]:
    """What a plan's own text may use: {{ client.name }}."""
    return {"client": {"name": plan.client}}
