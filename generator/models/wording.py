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
    choice_point_values: Label = Field(description="choice point: the values box on the "
                                       "towards side")
    safety_line: Line = Field(
        description="on every page a client reads, under the contact line: when messages are "
                    "read and what to do in an emergency", examples=["{{ practice.safety }}"])
    footer_line_therapist: Line = Field(
        description="the footer line on pages for therapists (no client contact line)")
    example: Label = Field(description="the tag on a worked example's answers and page")
    worked_example: Label = Field(description="heading of a worksheet's worked example")
    aim: Label = Field(description="guide heading: what the sheet is for")
    process: Label = Field(description="guide heading: the ACT process it targets")
    when_to_use: Label = Field(description="guide heading: when to use it")
    cautions: Label = Field(description="guide heading: when to be careful")
    time_needed: Label = Field(description="guide heading: how long it takes")
    sources: Label = Field(description="heading of where a worksheet's ideas come from")
    title_therapist: Label = Field(description="added to the PDF title of the therapist "
                                   "version", examples=["therapist guide"])
    title_large_print: Label = Field(description="added to the PDF title of large print")
    title_fillable: Label = Field(description="added to the PDF title of the fillable sheet")


WordingOverride = create_model(  # the same keys and limits, each optional: a wording file
    "WordingOverride", __base__=StrictModel,
    **{name: (Annotated[info.annotation, *info.metadata] | None,
              Field(None, description=info.description))
       for name, info in Wording.model_fields.items()},
)
