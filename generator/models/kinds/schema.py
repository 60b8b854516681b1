"""A JSON Schema for content files, so editors can autocomplete and check them.

The schema must accept what the loader accepts and reject what it rejects. An editor reads
YAML its own way (YAML 1.2: `title: 2024` is a number, `one_page: yes` is text), and the
loader is forgiving where a therapist would expect it to be: text fields take numbers
(and `Text`/`Title` take true/false) as the text typed, numbers may be written in quotes,
and true/false may be written yes/no or on/off. `ContentSchema` widens the plain types to
say so. Checks that compare two values (a rating's `low` below its `high`, an example
within a block's range, ids used once) stay with the loader; so does the range of a
number written in quotes.
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from actsheets.models.kinds import KINDS

_DIGITS = r"[0-9](_?[0-9])*"
# What pydantic reads as a whole number or a number from text (spaces around are allowed).
WHOLE_NUMBER_TEXT = rf"^\s*[-+]?{_DIGITS}(\.0*)?\s*$"
NUMBER_TEXT = rf"^\s*[-+]?({_DIGITS}(\.({_DIGITS})?)?|\.{_DIGITS})([eE][-+]?[0-9]+)?\s*$"
# What pydantic reads as true or false (any case), besides true, false, 0 and 1.
TRUE_FALSE_TEXT = ("^(" + "|".join(
    "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)
    for word in ("true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0"))
    + ")$")


class ContentSchema(GenerateJsonSchema):
    """Pydantic's schema, widened to what the loader also accepts."""

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        json = super().str_schema(schema)
        if "pattern" not in json:  # a number is taken as its text (`coerce_numbers_to_str`)
            json["type"] = ["string", "number"]
        return json

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        json = super().dict_schema(schema)
        if "patternProperties" in json:  # a key that does not match is an error, not ignored
            json["additionalProperties"] = False
        return json

    def int_schema(self, schema: core_schema.IntSchema) -> JsonSchemaValue:
        return {"anyOf": [super().int_schema(schema),
                          {"type": "string", "pattern": WHOLE_NUMBER_TEXT}]}

    def float_schema(self, schema: core_schema.FloatSchema) -> JsonSchemaValue:
        return {"anyOf": [super().float_schema(schema),
                          {"type": "string", "pattern": NUMBER_TEXT}]}

    def bool_schema(self, schema: core_schema.BoolSchema) -> JsonSchemaValue:
        return {"anyOf": [{"type": "boolean"}, {"enum": [0, 1]},
                          {"type": "string", "pattern": TRUE_FALSE_TEXT}]}


def content_schema() -> dict[str, Any]:
    models = tuple(kind.model for kind in KINDS.values())
    union = Annotated[Union[models], Field(discriminator="kind")]  # noqa: UP007
    schema = TypeAdapter(union).json_schema(schema_generator=ContentSchema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "actsheets content file"
    return schema
