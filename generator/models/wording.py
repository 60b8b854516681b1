"""The words printed around content (labels, footer, page numbers), per language.

Every key is described here; the built-in `templates/wording/en.yaml` gives every value, and
a language or a user's override gives only the keys it changes. Each value is a placeholder
template (`{{ practice.name }}`), filled in per document.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, create_model

from actsheets.models.base import StrictModel

Label = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Line = Annotated[str, StringConstraints(max_length=500)]


class Wording(StrictModel):
    """Labels around content in one language."""

    page_of: Label = Field(description="page numbers in the footer; uses {{ page }} and "
                           "{{ pages }}", examples=["Page {{ page }} of {{ pages }}"])
    footer_line: Line = Field(description="second footer line, e.g. the practice and contact")
    key_points: Label = Field(description="heading of a handout's key-points box")
    assignments: Label = Field(description="default heading of a handout's assignments")
    references: Label = Field(description="heading of the references")
    contents: Label = Field(description="heading of the table of contents in a combined PDF")
    adapted_from: Label = Field(description="before the source a document is adapted from")
    licence: Label = Field(description="before the licence line")
    for_therapist: Label = Field(description="small label above a therapist handout's title")
    for_client: Label = Field(description="small label above a client handout's title")
    name: Label = Field(description="label of the name line")
    date: Label = Field(description="label of the date line")
    week: Label = Field(description="label of the week line")
    therapist_guide: Label = Field(description="heading of a worksheet's therapist guide")
    introduce: Label = Field(description="guide heading: how to introduce the sheet")
    review: Label = Field(description="guide heading: how to review it next session")
    weekdays: list[Label] = Field(min_length=7, max_length=7,
                                  description="the seven weekday names, Monday first")
    day: Label = Field(description="heading of a tracker's day column")
    letter_salutation: Label = Field(description="a letter block's default opening word")
    letter_sign_off: Label = Field(description="a letter block's default closing line")
    letter_to: Label = Field(description="form-field tooltip: who the letter is to")
    letter_body: Label = Field(description="form-field tooltip: the letter itself")
    letter_from: Label = Field(description="form-field tooltip: the signature")
    bullseye_quarters: list[Label] = Field(
        min_length=4, max_length=4,
        description="the bull's-eye's four default life areas, top-left first")
    choice_point_away: Label = Field(description="choice point: the away box")
    choice_point_towards: Label = Field(description="choice point: the towards box")
    choice_point_hooks: Label = Field(description="choice point: the hooks box")
    choice_point_situation: Label = Field(description="choice point: the situation box")
    # homework packets (kind: plan)
    plan_packet: Label = Field(description="a packet's PDF title and top bookmark (never "
                               "the client's name)")
    plan_client: Label = Field(description="plan page: before the client's name")
    plan_therapist: Label = Field(description="plan page: before the therapist's name")
    plan_starts: Label = Field(description="plan page: before the start date")
    plan_length: Label = Field(description="plan page: before the number of weeks")
    plan_review_on: Label = Field(description="plan page: before the next review date")
    plan_why: Label = Field(description="plan page: heading of the why, in the client's words")
    plan_week_by_week: Label = Field(description="plan page: heading of the week-by-week table")
    plan_dates: Label = Field(description="week-by-week table: heading of the dates column")
    plan_a_day: Label = Field(description="after a daily dose: 2 minutes *a day*")
    plan_missed_days: Label = Field(description="plan page: missed days are normal (a plan's "
                                    "`missed_days:` replaces it)")
    plan_practices: Label = Field(description="plan page: heading of the practices")
    plan_when_then: Label = Field(description="plan page: before a when-then plan")
    plan_hard_day: Label = Field(description="plan page: before the hard-day minimum")
    plan_obstacle: Label = Field(description="plan page: heading of what might get in the way")
    plan_response: Label = Field(description="plan page: heading of what the client will do "
                                 "then")
    plan_confidence: Label = Field(description="plan page: how sure the client is, 0 to 10")
    plan_out_of_ten: Label = Field(description="after a confidence: 6 *out of 10*")
    plan_make_smaller: Label = Field(description="plan page: the prompt to make a practice "
                                     "smaller when confidence is below 7")
    plan_check_in: Label = Field(description="plan page and trackers: before how to check in")
    plan_this_week: Label = Field(description="above a dated tracker: before the week's dose")
    plan_review_title: Label = Field(description="title of a packet's closing review page")
    plan_review_intro: Label = Field(description="review page: what it is for")
    plan_review_did: Label = Field(description="review page: what I did (per practice)")
    plan_review_how_often: Label = Field(description="review page: column, how often")
    plan_review_how_it_went: Label = Field(description="review page: column, how it went")
    plan_review_in_the_way: Label = Field(description="review page: what got in the way")
    plan_review_noticed: Label = Field(description="review page: what I noticed")
    plan_review_keep_change: Label = Field(description="review page: what to keep or change")


WordingOverride = create_model(  # the same keys and limits, each optional: a wording file
    "WordingOverride", __base__=StrictModel,
    **{name: (Annotated[info.annotation, *info.metadata] | None,
              Field(None, description=info.description))
       for name, info in Wording.model_fields.items()},
)
