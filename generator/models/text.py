"""Text types for content models.

`Text` marks a string that readers see: it may hold `{{ placeholders }}` and our
Markdown subset, and it is checked against the font before drawing. Other strings
(ids, kinds, field names) are left as they are.
"""

from __future__ import annotations

import typing
from typing import Annotated, Any

from pydantic import Field, StringConstraints


class _TextMarker:
    def __repr__(self) -> str:
        return "TEXT"


TEXT = _TextMarker()

Text = Annotated[str, StringConstraints(max_length=20_000), TEXT]
Title = Annotated[str, StringConstraints(min_length=1, max_length=200), TEXT]
Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$"),
    Field(description="lowercase letters, digits, '-' and '_'"),
]


def is_text(annotation: Any) -> bool:
    """True when the annotation is `Text` (or contains it, as in `list[Text]`)."""
    if typing.get_origin(annotation) is typing.Annotated:
        _, *metadata = typing.get_args(annotation)
        if any(m is TEXT for m in metadata):
            return True
    return any(is_text(arg) for arg in typing.get_args(annotation))
