"""A handout: psychoeducation or guidance, for therapists or clients."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from actsheets.models.base import StrictModel
from actsheets.models.common import Audience, DocumentBase, kind_field
from actsheets.models.text import Text, Title


class Section(StrictModel):
    """A part of the handout with its own heading."""

    heading: Title = Field(description="the section's heading",
                           examples=["Why practise between sessions?"])
    body: Text = Field(description="the section's text (paragraphs, lists, *italic*, **bold**)",
                       examples=["A little practice each day helps new skills *stick*."])


class Assignment(StrictModel):
    """One suggested task, printed in the assignments box."""

    title: Title = Field(description="a short name for the task", examples=["Mindful minute"])
    body: Text = Field(description="what to do, in a sentence or two",
                       examples=["Once a day, stop for one minute and notice your breath."])


class Handout(DocumentBase):
    kind: Literal["handout"] = kind_field("handout", "a handout to read")
    audience: Audience = Field("client", description="who reads it: client or therapist",
                               examples=["client"])
    summary: Text | None = Field(None, description="one or two sentences under the title that "
                                                   "say what the handout is about",
                                 examples=[("Why practice between sessions helps, and how to "
                                           "make it easier.")])
    key_points: list[Text] = Field(default_factory=list,
                                   description="the main points, printed as a short list near "
                                               "the top",
                                   examples=[["Small steps count.", "Missed days are normal."]])
    sections: list[Section] = Field(default_factory=list,
                                    description="the body of the handout, one heading and text "
                                                "each",
                                    examples=[[{"heading": "Why practise?",
                                                "body": "Skills grow with use."}]])
    assignments_heading: Title | None = Field(
        None, description="the heading over the assignments (default: the wording's "
                          "`assignments`)", examples=["Things to try this week"])
    assignments: list[Assignment] = Field(
        default_factory=list, description="tasks to try, each with a short name and what to do",
        examples=[[{"title": "Mindful minute", "body": "Notice your breath for one minute."}]])
    references: list[Text] = Field(default_factory=list,
                                   description="sources, one per item, printed at the end",
                                   examples=[[("Author, A. (2020). Title of the book. "
                                              "Publisher.")]])
