"""A worksheet: instructions and a list of blocks, printable and fillable."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from actsheets.messages import Finding
from actsheets.models.base import StrictModel
from actsheets.models.blocks import block_union
from actsheets.models.common import Audience, DocumentBase, kind_field
from actsheets.models.text import Text

ParamName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
ParamValue = int | float | str

Block = block_union()


class TherapistGuide(StrictModel):
    """The therapist's page: what the sheet is for, when to use it and how."""

    aim: Text | None = Field(None, description="what the sheet is for, in a sentence or two",
                             examples=["Helps the client plan one small step towards a value."])
    process: Text | None = Field(None, description="the ACT process it targets",
                                 examples=["Values; committed action"])
    when_to_use: Text | None = Field(None, description="which clients and moments it suits",
                                     examples=[("Once values are named and the client is ready "
                                               "to act on them.")])
    cautions: Text | None = Field(None, description="when to be careful or not to use it",
                                  examples=["Keep steps small when energy is low."])
    time: Text | None = Field(None, description="time needed in session and between sessions",
                              examples=["10 minutes in session; 5 minutes a day"])
    introduce: Text | None = Field(None, description="how to introduce it in session",
                                   examples=["Fill in the first row together."])
    review: Text | None = Field(None, description="how to review it next session",
                                examples=[("Ask what the client noticed, not only what they "
                                          "did.")])
    references: list[Text] = Field(default_factory=list,
                                   description="sources for the therapist, one per item",
                                   examples=[[("Author, A. (2020). Title of the book. "
                                              "Publisher.")]])


class Worksheet(DocumentBase):
    kind: Literal["worksheet"] = kind_field("worksheet", "a sheet to fill in")
    audience: Audience = Field("client", description="who fills it in: client or therapist",
                               examples=["client"])
    one_page: bool = Field(False, description="true when the sheet must fit one page at "
                                              "Letter and A4 (a problem is reported if not)",
                           examples=[True])
    params: dict[ParamName, ParamValue] = Field(
        default_factory=dict, description="values the text can use as {{ params.NAME }}, with "
        "their defaults; a homework plan can set them for one client",
        examples=[{"minutes": 2}])
    instructions: Text | None = Field(None, description="what to do, printed under the title",
                                      examples=[("Each evening, write down one thing you "
                                                "noticed.")])
    blocks: list[Block] = Field(  # type: ignore[valid-type]
        min_length=1, max_length=60,
        description="the parts of the sheet from top to bottom (1 to 60), each with a "
                    "`type:` such as lines, box, checklist, tracker or rating",
        examples=[[{"type": "lines", "prompt": "What did you notice?", "lines": 4}]])
    therapist_guide: TherapistGuide | None = Field(
        None, description="a page for the therapist (aim, when to use it, how to introduce "
                          "and review it); when present, a therapist version is built too",
        examples=[{"aim": "Helps the client notice their hooks.", "time": "10 minutes"}])

    def check(self) -> list[Finding]:
        problems: list[Finding] = []
        first_use: dict[str, int] = {}
        for index, block in enumerate(self.blocks):
            problems += [finding.inside("blocks", index) for finding in block.check()]
            if block.name is not None:
                if block.name in first_use:
                    problems.append(Finding(("blocks", index, "name"), "block.field-name-repeated",
                                            {"name": block.name,
                                             "first": first_use[block.name] + 1}))
                first_use.setdefault(block.name, index)
        return problems
