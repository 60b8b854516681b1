"""What every worksheet block model has: an optional field name and prompt, its own checks,
and how it sits among its neighbours. How a block is drawn lives in each renderer."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, StringConstraints

from actsheets.messages import Finding
from actsheets.models.base import StrictModel
from actsheets.models.text import Text

FieldName = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$"),
    Field(description="lowercase letters, digits and _, starting with a letter, "
                      "for example week_log (used to name form fields)",
          examples=["week_log"]),
]



def field_slugs(labels: list[str], words: int = 4) -> list[str]:
    """Short field-name parts from labels ("What I noticed" -> what_i_noticed), made unique
    by numbering repeats, so two long labels that start alike never clash."""
    slugs: list[str] = []
    for number, label in enumerate(labels, start=1):
        slug = "_".join(re.findall(r"[a-z0-9]+", label.lower())[:words]) or f"part_{number}"
        slugs.append(f"{slug}_{number}" if slug in slugs else slug)
    return slugs


class BlockModel(StrictModel):
    """A block's content model. Subclasses add `type: Literal[...]` and their fields."""

    name: FieldName | None = Field(
        None, description="names this block's form fields; defaults to words of the prompt")
    prompt: Text | None = Field(
        None, description="the question or instruction printed above the block",
        examples=["What got in the way this week?"])

    def default_stem(self, index: int) -> str:
        """A field-name stem when the content gives no `name:`: from the prompt's words."""
        words = re.findall(r"[a-z0-9]+", (self.prompt or "").lower())[:4]
        return "_".join(words)[:32].strip("_") or f"{self.type}_{index + 1}"  # type: ignore[attr-defined]

    def check(self) -> list[Finding]:
        """Problems the schema cannot express, located inside the block."""
        return []

    @property
    def keep_with_next(self) -> bool:
        """Whether the block belongs with the one after it (a heading does)."""
        return False

    @property
    def splittable(self) -> bool:
        """Whether the block may break across pages (long tables); most may not."""
        return False
