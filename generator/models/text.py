"""Text types for content models.

`Text` marks a string that readers see: it may hold `{{ placeholders }}` and our
Markdown subset, and it is checked against the font before drawing. Other strings
(ids, kinds, field names) are left as they are.

YAML reads some plain values as numbers or booleans (`title: 1e3`, `label: 12`,
`title: TRUE`). Where the schema wants text, `Text`, `Title` and `Identifier` take such a
value back as the text it was typed as (the reader keeps it: see
`actsheets.loading.scalars`), so `title: 1e3` prints "1e3", not "1000.0".
"""

from __future__ import annotations

import typing
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints

from actsheets.loading.scalars import as_text


class _TextMarker:
    def __repr__(self) -> str:
        return "TEXT"

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, Any]:
        """For editors: a number or true/false is fine too, taken as the text typed."""
        json = handler(schema)
        json["type"] = ["string", "number", "boolean"]
        return json


class _IdentifierSchema:
    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, Any]:
        """For editors: `id: 2024` (or true) is read as the text typed, which is an id."""
        return {"anyOf": [{"type": "string", "pattern": IDENTIFIER_PATTERN},
                          {"type": "integer", "minimum": 0}, {"type": "boolean"}]}


TEXT = _TextMarker()
IDENTIFIER_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"

_AS_TYPED = BeforeValidator(as_text)

Text = Annotated[str, _AS_TYPED, StringConstraints(max_length=20_000), TEXT]
Title = Annotated[str, _AS_TYPED, StringConstraints(min_length=1, max_length=200), TEXT]
Identifier = Annotated[
    str, _AS_TYPED, StringConstraints(pattern=IDENTIFIER_PATTERN),
    Field(description="lowercase letters, digits, '-' and '_'"), _IdentifierSchema(),
]


def is_text(annotation: Any) -> bool:
    """True when the annotation is `Text` (or contains it, as in `list[Text]`)."""
    if typing.get_origin(annotation) is typing.Annotated:
        _, *metadata = typing.get_args(annotation)
        if any(m is TEXT for m in metadata):
            return True
    return any(is_text(arg) for arg in typing.get_args(annotation))
