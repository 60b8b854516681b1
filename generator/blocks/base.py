"""What every worksheet block has and can do."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated

from actsheets.layout.context import LayoutContext, Personal
from actsheets.layout.form_fields import FieldSpec
from actsheets.layout.prose import prose
from actsheets.models.base import StrictModel
from actsheets.models.text import Text
from actsheets.text import markdown
from pydantic import Field, StringConstraints
from reportlab.platypus import Flowable

FieldName = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$"),
    Field(description="lowercase letters, digits and _ (used to name form fields)"),
]


class BlockProblem(Exception):
    """Content that passes the schema but cannot be laid out; `loc` is inside the block."""

    def __init__(self, loc: tuple, message: str):
        super().__init__(message)
        self.loc = loc
        self.message = message


class FieldNameClash(Exception):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def field_slugs(labels: list[str], words: int = 4) -> list[str]:
    """Short field-name parts from labels ("What I noticed" -> what_i_noticed), made unique
    by numbering repeats, so two long labels that start alike never clash."""
    slugs: list[str] = []
    for number, label in enumerate(labels, start=1):
        slug = "_".join(re.findall(r"[a-z0-9]+", label.lower())[:words]) or f"part_{number}"
        slugs.append(f"{slug}_{number}" if slug in slugs else slug)
    return slugs


@dataclass
class FieldNames:
    """Hands out form-field names; a name used twice in one sheet is an error."""

    used: set[str] = field(default_factory=set)

    def claim(self, name: str) -> str:
        if name in self.used:
            raise FieldNameClash(name)
        self.used.add(name)
        return name


@dataclass
class BlockContext:
    layout: LayoutContext
    stem: str
    loc: tuple
    field_names: FieldNames

    @property
    def personal(self) -> Personal:
        return self.layout.personal

    @property
    def styles(self):
        return self.layout.styles

    @property
    def fillable(self) -> bool:
        return self.layout.fillable

    def field(self, suffix: str = "", tooltip: str = "", multiline: bool = False) -> FieldSpec | None:
        """A uniquely named field in the fillable variant, None in the printable one."""
        name = "_".join(part for part in (self.stem, suffix) if part)
        self.field_names.claim(name)
        if not self.fillable:
            return None
        tooltip = " ".join(markdown.plain(tooltip).split()) or name.replace("_", " ")
        return FieldSpec(name=name, tooltip=tooltip, multiline=multiline)


class BlockModel(StrictModel):
    """A block's content model. Subclasses add `type: Literal[...]` and their fields."""

    name: FieldName | None = None
    prompt: Text | None = None

    def default_stem(self, index: int) -> str:
        """A field-name stem when the content gives no `name:`: from the prompt's words."""
        words = re.findall(r"[a-z0-9]+", (self.prompt or "").lower())[:4]
        return "_".join(words)[:32].strip("_") or f"{self.type}_{index + 1}"  # type: ignore[attr-defined]

    def check(self) -> list[tuple[tuple, str]]:
        """Problems the schema cannot express, as (location inside the block, message)."""
        return []

    def flowables(self, ctx: BlockContext) -> list[Flowable]:
        raise NotImplementedError

    def prompt_flowables(self, ctx: BlockContext) -> list[Flowable]:
        return prose(self.prompt, ctx.styles, ctx.styles.prompt) if self.prompt else []

    @property
    def keep_with_next(self) -> bool:
        """Whether the block belongs with the one after it (a heading does)."""
        return False

    @property
    def splittable(self) -> bool:
        """Whether the block may break across pages (long tables); most may not."""
        return False
