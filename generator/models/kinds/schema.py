"""A JSON Schema for content files, so editors can autocomplete and check them."""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter

from actsheets.models.kinds import KINDS


def content_schema() -> dict[str, Any]:
    models = tuple(kind.model for kind in KINDS.values())
    union = Annotated[Union[models], Field(discriminator="kind")]  # noqa: UP007
    schema = TypeAdapter(union).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "actsheets content file"
    return schema
