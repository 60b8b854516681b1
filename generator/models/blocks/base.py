"""What every worksheet block model has: an optional field name and prompt, its own checks,
and how it sits among its neighbours. How a block is drawn lives in each renderer."""

from __future__ import annotations

import re
from typing import Annotated, ClassVar, Literal

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
        None, description="names this block's form fields; defaults to words of the prompt",
        examples=["week_log"])
    prompt: Text | None = Field(
        None, description="the question or instruction printed above the block",
        examples=["What got in the way this week?"])
    new_page_in_large_print: bool = Field(
        False, description="in large print, start a new page at this block (plan where a "
                           "one-page sheet turns its page when the type is larger)",
        examples=[True])

    flex: ClassVar[Literal["lines", "height"] | None] = None
    """How the block takes a share of the page's spare height: whole ruled lines, any
    height, or not at all (None)."""

    def default_stem(self, index: int) -> str:
        """A field-name stem when the content gives no `name:`: from the prompt's words."""
        words = re.findall(r"[a-z0-9]+", (self.prompt or "").lower())[:4]
        return "_".join(words)[:32].strip("_") or f"{self.type}_{index + 1}"  # type: ignore[attr-defined]

    def check(self) -> list[Finding]:
        """Problems the schema cannot express, located inside the block."""
        return []

    @property
    def grows(self) -> float:
        """The block's share of spare height, relative to its size (0: it keeps its size)."""
        return float(getattr(self, "grow", 0)) if self.flex else 0.0

    @property
    def has_example(self) -> bool:
        return getattr(self, "example", None) is not None

    @property
    def keep_with_next(self) -> bool:
        """Whether the block belongs with the one after it (a heading does)."""
        return False

    @property
    def splittable(self) -> bool:
        """Whether the block may break across pages (long tables); most may not."""
        return False


def type_field(block_type: str, what: str):
    """The `type:` line that says which kind of block this is."""
    return Field(description=f"`{block_type}`: {what}", examples=[block_type])


def grow_field(default: float = 1.0):
    return Field(default, ge=0, le=10,
                 description="how much of the page's spare height this writing space takes, "
                             "relative to its size and to the other writing blocks on the "
                             "page (0 keeps it exactly as set)", examples=[1])


def example_field(description: str, examples: list | None = None, **schema):
    """`schema`: limits for editors that the block's own check enforces."""
    return Field(None, description="a worked-example answer, printed in the therapist version "
                                   f"on a page marked Example: {description}",
                 examples=examples, json_schema_extra=schema or None)
