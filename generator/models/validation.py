"""Validate loaded YAML against a pydantic model and point every error back at the file."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, TypeVar

from actsheets.errors import ContentError, Problem
from actsheets.loading.source import SourceFile
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    str: "text", int: "a whole number", float: "a number", bool: "true or false",
    list: "a list", dict: "a mapping of keys to values", type(None): "nothing",
}


def validate(model: type[M], source: SourceFile) -> M:
    try:
        return model.model_validate(source.data)
    except ValidationError as error:
        problems = [_problem(model, source, e) for e in error.errors(include_url=False)]
        raise ContentError(_drop_missing_when_misspelt(_merge_alternatives(problems))) from None


_DATE_ERRORS = frozenset({"date_parsing", "date_from_datetime_parsing",
                          "date_from_datetime_inexact", "datetime_parsing",
                          "datetime_from_date_parsing"})
_MISSPELT = re.compile(r"^unknown key '.*' \(did you mean '(?P<key>.+)'\?\)$")


def _drop_missing_when_misspelt(problems: list[Problem]) -> list[Problem]:
    """`titel:` is reported once, as a typo of `title`, not also as a missing `title`."""
    meant = {m["key"] for p in problems if (m := _MISSPELT.match(p.message))}
    return [p for p in problems
            if not any(p.message.startswith(f"missing required key '{key}'") for key in meant)]


_ALTERNATIVE = re.compile(r"^(?:expected (?P<type>.+?), found (?P<found>.+) \(change the value\)"
                          r"|(?P<value>'.*') is not allowed here \(use one of: (?P<literal>.+)\))$")


def _merge_alternatives(problems: list[Problem]) -> list[Problem]:
    """A value that may take several forms fails each one; say that once."""
    by_place: dict[tuple, list[Problem]] = {}
    for problem in problems:
        by_place.setdefault((str(problem.file), problem.position), []).append(problem)
    merged: list[Problem] = []
    for group in by_place.values():
        forms = [_ALTERNATIVE.match(p.message) for p in group]
        if len(group) > 1 and all(forms):
            wanted = [m["type"] or m["literal"] for m in forms if m]
            found = next((m["value"] or m["found"] for m in forms if m), "this value")
            merged.append(Problem(group[0].file, group[0].position,
                                  f"{found} is not allowed here (use {' or '.join(wanted)})"))
        else:
            merged += list(dict.fromkeys(group))
    return merged


def _problem(model: type[BaseModel], source: SourceFile, err: dict[str, Any]) -> Problem:
    data_loc, owner = _walk(model, err["loc"])
    kind = err["type"]
    value = err.get("input")
    message = err["msg"]
    position = source.position_of(data_loc)

    if kind == "extra_forbidden":
        key = str(data_loc[-1])
        position = source.position_of(data_loc, prefer_key=True)
        allowed = sorted(_field_names(owner)) if owner else []
        message = f"unknown key '{key}'" + _suggest(key, allowed, "allowed keys")
    elif kind == "missing":
        key = str(data_loc[-1])
        position = source.position_of(data_loc[:-1])
        message = f"missing required key '{key}' (add `{key}:` here)"
    elif kind == "union_tag_invalid":
        tag = str(err.get("ctx", {}).get("tag", value))
        expected = [t.strip(" '") for t in str(err.get("ctx", {}).get("expected_tags", "")).split(",")]
        position = source.position_of(data_loc + ("type",))
        message = f"unknown block type '{tag}'" + _suggest(tag, expected, "known types")
    elif kind == "union_tag_not_found":
        message = "this item has no `type:` (add one, for example `type: lines`)"
    elif kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        message = f"'{value}' is not allowed here (use one of: {expected})"
    elif kind in _DATE_ERRORS:
        shown = str(value) if len(str(value)) <= 40 else str(value)[:37] + "..."
        message = f"'{shown}' is not a real date (write it as YYYY-MM-DD, e.g. 2026-01-31)"
    elif kind.endswith(("_type", "_parsing")):
        wanted = kind.replace("_parsing", "").replace("_type", "")
        wanted = {"string": "text", "int": "a whole number", "float": "a number",
                  "bool": "true or false", "list": "a list", "dict": "a mapping of keys to values",
                  "model": "a mapping of keys to values", "date": "a date like 2026-01-31",
                  }.get(wanted, wanted)
        message = f"expected {wanted}, found {_describe(value)} (change the value)"
    elif kind == "string_pattern_mismatch":
        if err["loc"] and err["loc"][-1] == "[key]":
            position = source.position_of(data_loc, prefer_key=True)
        description = _pattern_hint(owner, data_loc)
        message = f"'{value}' is not a valid name here ({description})"
    elif kind in ("too_short", "too_long") and isinstance(value, (list, dict)):
        limit = err.get("ctx", {}).get("min_length" if kind == "too_short" else "max_length")
        message = (f"needs at least {limit} item(s) (add some)" if kind == "too_short"
                   else f"has more than {limit} items (remove some)")
    elif kind in ("string_too_short", "string_too_long"):
        message = ("must not be empty (write some text)" if kind == "string_too_short"
                   else f"is too long (at most {err['ctx']['max_length']} characters)")
    elif kind == "value_error":
        message = message.removeprefix("Value error, ")
    elif kind == "assertion_error":
        message = message.removeprefix("Assertion failed, ")
    else:
        message = f"{message} (check this value)"
    return Problem(source.path, position, message)


def _pattern_hint(owner: type[BaseModel] | None, data_loc: tuple) -> str:
    if data_loc and data_loc[-1] == "id":
        return "use lowercase letters, digits, '-' and '_', for example my-sheet"
    return "use lowercase letters, digits and '_', starting with a letter, for example week_log"


def _describe(value: Any) -> str:
    name = _TYPE_NAMES.get(type(value))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        shown = repr(value) if len(repr(value)) < 40 else repr(value)[:37] + "...'"
        return f"{name} {shown}" if name else shown
    return name or type(value).__name__


def _suggest(word: str, options: list[str], label: str) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    if options:
        return f" ({label}: {', '.join(options)})"
    return ""


def _field_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _walk(model: type[BaseModel], loc: tuple) -> tuple[tuple, type[BaseModel] | None]:
    """Turn pydantic's location into a path in the YAML data.

    Pydantic inserts discriminator tags ("lines") and validator names into the location;
    they are not keys in the file, so they are dropped here. Also returns the model that
    owns the last key, for suggesting close key names.
    """
    data_loc: list[Any] = []
    current: Any = model
    owner: type[BaseModel] | None = model
    for part in loc:
        if part == "[key]":  # pydantic's marker for "the key itself" in a dict
            continue
        current = _unwrap(current)
        options = _union_members(current)
        if options is not None:
            chosen = _pick_union_member(options, part)
            if chosen is not None:
                current = chosen
                owner = chosen
                continue
            current = options[0] if options else None
        if isinstance(current, type) and issubclass(current, BaseModel):
            owner = current
            field = current.model_fields.get(str(part))
            data_loc.append(part)
            current = field.annotation if field else None
            continue
        origin = typing.get_origin(current)
        args = typing.get_args(current)
        if origin in (list, tuple) and isinstance(part, int):
            data_loc.append(part)
            current = args[0] if args else None
        elif origin is dict:
            data_loc.append(part)
            current = args[1] if len(args) > 1 else None
        elif isinstance(part, int) or current is not None or not isinstance(part, str) or _looks_like_key(part):
            data_loc.append(part)
    return tuple(data_loc), owner


def _looks_like_key(part: str) -> bool:
    return not part.startswith(("function-", "literal[", "list[", "dict[", "union["))


def _unwrap(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _union_members(annotation: Any) -> list[Any] | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        members = [_unwrap(a) for a in typing.get_args(annotation) if a is not type(None)]
        return members
    return None


def _pick_union_member(members: list[Any], part: Any) -> Any:
    for member in members:
        if isinstance(member, type) and issubclass(member, BaseModel):
            tag_field = member.model_fields.get("type") or member.model_fields.get("kind")
            if tag_field is not None:
                literal_values = typing.get_args(tag_field.annotation)
                if part in literal_values:
                    return member
        if member is str and part == "str":
            return member
    if len(members) == 1:
        return None
    # A non-discriminated union: pydantic names the branch ("int", "list[...]").
    for member in members:
        name = getattr(member, "__name__", str(member)).lower()
        if isinstance(part, str) and part.lower().startswith(name):
            return member
    return None
