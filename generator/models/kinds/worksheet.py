"""A worksheet: instructions and a list of blocks, printable and fillable."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from actsheets.messages import Finding
from actsheets.models.base import StrictModel
from actsheets.models.blocks import block_union
from actsheets.models.common import Audience, DocumentBase
from actsheets.models.text import Text

ParamName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
ParamValue = int | float | str

Block = block_union()


class TherapistGuide(StrictModel):
    """The therapist's page: what the sheet is for, when to use it and how."""

    aim: Text | None = Field(None, description="what the sheet is for, in a sentence or two")
    process: Text | None = Field(None, description="the ACT process it targets",
                                 examples=["Values; committed action"])
    when_to_use: Text | None = Field(None, description="which clients and moments it suits")
    cautions: Text | None = Field(None, description="when to be careful or not to use it")
    time: Text | None = Field(None, description="time needed in session and between sessions",
                              examples=["10 minutes in session; 5 minutes a day"])
    introduce: Text | None = Field(None, description="how to introduce it in session")
    review: Text | None = Field(None, description="how to review it next session")
    references: list[Text] = Field(default_factory=list,
                                   description="sources for the therapist, one per item")


class Worksheet(DocumentBase):
    kind: Literal["worksheet"]
    audience: Audience = "client"
    one_page: bool = Field(False, description="must fit one page at Letter and A4")
    params: dict[ParamName, ParamValue] = Field(
        default_factory=dict, description="parameters with defaults, used as {{ params.NAME }}")
    instructions: Text | None = None
    blocks: list[Block] = Field(min_length=1, max_length=60)  # type: ignore[valid-type]
    therapist_guide: TherapistGuide | None = None

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
