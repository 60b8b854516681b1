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
    introduce: Text | None = None
    review: Text | None = None


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
