"""Visit every reader-facing string (`Text`) in a content model, with its location."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel

from actsheets.models.text import TEXT, is_text

Loc = tuple[str | int, ...]
TextFunction = Callable[[Loc, str], str]


def map_text(model: BaseModel, function: TextFunction, loc: Loc = ()) -> BaseModel:
    """A copy of `model` with `function(loc, text)` applied to every `Text` field."""
    updates: dict[str, Any] = {}
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        annotation = field.annotation
        if any(m is TEXT for m in field.metadata):  # pydantic moves top-level metadata here
            annotation = Annotated[str, TEXT]
        new = _map_value(value, annotation, function, loc + (name,))
        if new is not value:
            updates[name] = new
    return model.model_copy(update=updates) if updates else model


def _map_value(value: Any, annotation: Any, function: TextFunction, loc: Loc) -> Any:
    if isinstance(value, str):
        return function(loc, value) if _text_string(annotation) else value
    if isinstance(value, BaseModel):
        return map_text(value, function, loc)
    if isinstance(value, list):
        item_annotation = _item_annotation(annotation)
        items = [_map_value(v, item_annotation, function, loc + (i,)) for i, v in enumerate(value)]
        return items if any(a is not b for a, b in zip(items, value)) else value
    return value


def _text_string(annotation: Any) -> bool:
    """Whether a string here is `Text` itself, not a keyword that sits beside a list of
    text (`rows: days` in `Literal["days"] | int | list[Text]`)."""
    if typing.get_origin(annotation) is typing.Annotated:
        return is_text(annotation)
    if typing.get_origin(annotation) is list:
        return False
    args = typing.get_args(annotation)
    return any(_text_string(arg) for arg in args) if args else False


def _item_annotation(annotation: Any) -> Any:
    """The item type of a list annotation, or of the list inside an optional or a union:
    `list[list[Text]] | None` -> `list[Text]`."""
    annotation = _unwrapped(annotation)
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    for arg in typing.get_args(annotation) or ():
        arg = _unwrapped(arg)
        if typing.get_origin(arg) is list:
            return typing.get_args(arg)[0]
    return annotation


def _unwrapped(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation
