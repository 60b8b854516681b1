"""Validate loaded YAML against a pydantic model and point every error back at the file."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading.source import SourceFile
from actsheets.messages import Finding
from actsheets.models.common import LANGUAGE_TAG_PATTERN

M = TypeVar("M", bound=BaseModel)



def validate(model: type[M], source: SourceFile) -> M:
    try:
        return model.model_validate(source.data)
    except ValidationError as error:
        found = [_finding(model, source, e) for e in error.errors(include_url=False)]
        found = _drop_missing_when_misspelt(_merge_alternatives(found))
        raise ContentError([Problem.of(f.code, source.path, position, **f.slots)
                            for position, f in found]) from None


Located = tuple[Position, Finding]
_DATE_ERRORS = frozenset({"date_parsing", "date_from_datetime_parsing",
                          "date_from_datetime_inexact", "datetime_parsing",
                          "datetime_from_date_parsing"})


def _drop_missing_when_misspelt(found: list[Located]) -> list[Located]:
    """`titel:` is reported once, as a typo of `title`, not also as a missing `title`."""
    meant = {f.slots.get("meant") for _, f in found if f.code == "schema.unknown-key"}
    return [(position, f) for position, f in found
            if not (f.code == "schema.missing-key" and f.slots["key"] in meant)]


def _merge_alternatives(found: list[Located]) -> list[Located]:
    """A value that may take several forms fails each one; say that once."""
    by_place: dict[Position, list[Finding]] = {}
    for position, finding in found:
        by_place.setdefault(position, []).append(finding)
    merged: list[Located] = []
    for position, group in by_place.items():
        forms = [f for f in group if f.code in ("schema.wrong-type", "schema.not-allowed")]
        if len(group) > 1 and len(forms) == len(group):
            allowed = " or ".join(dict.fromkeys(
                f.slots["wanted"] if f.code == "schema.wrong-type" else f"one of: {f.slots['allowed']}"
                for f in group))
            value = next((f.slots["value"] for f in group if f.code == "schema.not-allowed"),
                         group[0].slots.get("found", "this value"))
            merged.append((position, Finding((), "schema.not-allowed",
                                             {"value": value, "allowed": allowed})))
        else:
            unique = list(dict.fromkeys((f.code, tuple(sorted(f.slots.items()))) for f in group))
            merged += [(position, Finding((), code, dict(slots))) for code, slots in unique]
    return merged


_WANTED = {"string": "text", "int": "a whole number", "float": "a number",
           "bool": "true or false", "list": "a list", "dict": "a mapping of keys to values",
           "model": "a mapping of keys to values", "date": "a date like 2026-01-31",
           "date_from_datetime": "a date like 2026-01-31"}


def _finding(model: type[BaseModel], source: SourceFile, err: dict[str, Any]) -> Located:
    data_loc, owner = _walk(model, err["loc"])
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx", {})
    position = source.position_of(data_loc)

    def found(code: str, **slots: Any) -> Located:
        return position, Finding((), code, slots)

    if kind == "extra_forbidden":
        key = str(data_loc[-1])
        position = source.position_of(data_loc, prefer_key=True)
        allowed = sorted(_field_names(owner)) if owner else []
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        return found("schema.unknown-key", key=key, meant=close[0] if close else None,
                     suggestion=_suggest(key, allowed, "allowed keys"))
    if kind == "missing":
        position = source.position_of(data_loc[:-1])
        return found("schema.missing-key", key=str(data_loc[-1]))
    if kind == "union_tag_invalid":
        tag = str(ctx.get("tag", value))
        expected = [t.strip(" '") for t in str(ctx.get("expected_tags", "")).split(",")]
        position = source.position_of(data_loc + ("type",))
        return found("schema.unknown-block-type", type=tag,
                     suggestion=_suggest(tag, expected, "known types"))
    if kind == "union_tag_not_found":
        return found("schema.no-block-type")
    if kind == "literal_error":
        return found("schema.not-allowed", value=f"'{value}'",
                     allowed=f"one of: {ctx.get('expected', '')}")
    if kind in _DATE_ERRORS:
        shown = str(value) if len(str(value)) <= 40 else str(value)[:37] + "..."
        return found("schema.not-a-date", value=shown)
    if kind.endswith(("_type", "_parsing")):
        wanted = kind.replace("_parsing", "").replace("_type", "")
        if wanted == "string" and _colon_text(value) is not None:
            prefix = "- " if data_loc and isinstance(data_loc[-1], int) else (
                f"{data_loc[-1]}: " if data_loc else "")
            return found("schema.text-with-colon", example=prefix + _colon_text(value))
        quote = wanted in ("string", "date") and isinstance(value, (int, float))
        return found("schema.wrong-type", subject=_subject(data_loc),
                     wanted=_WANTED.get(wanted, wanted), found=_describe(value),
                     fix="put the value in quotes, so YAML keeps it as text" if quote
                     else "change the value")
    if kind == "string_pattern_mismatch":
        if err["loc"] and err["loc"][-1] == "[key]":
            position = source.position_of(data_loc, prefer_key=True)
        hint = _pattern_hint(None if err["loc"][-1] == "[key]" else owner, data_loc,
                             ctx.get("pattern", ""))
        return found("schema.invalid-form", value=value, hint=hint)
    if kind in ("too_short", "too_long") and isinstance(value, (list, dict)):
        if kind == "too_short":
            return found("schema.too-few", limit=ctx.get("min_length"))
        return found("schema.too-many", limit=ctx.get("max_length"))
    if kind == "string_too_short" or kind == "too_short" and isinstance(value, str):
        return found("schema.empty-text", subject=_subject(data_loc))
    if kind == "string_too_long" or kind == "too_long" and isinstance(value, str):
        return found("schema.text-too-long", subject=_subject(data_loc),
                     length=len(str(value)), limit=ctx["max_length"])
    if kind in ("value_error", "assertion_error"):
        detail = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
        return found("schema.invalid-value", detail=detail)
    if kind in _LIMITS:
        return found("schema.out-of-range", subject=_subject(data_loc),
                     limit=_LIMITS[kind].format(**ctx), found=_describe(value))
    if kind == "int_from_float":
        return found("schema.wrong-type", subject=_subject(data_loc), wanted="a whole number",
                     found=_describe(value), fix="change the value")
    if kind == "enum":
        return found("schema.not-allowed", value=f"'{value}'",
                     allowed=f"one of: {ctx.get('expected', '')}")
    return found("schema.other", subject=_subject(data_loc), found=_describe(value))


_LIMITS = {"greater_than": "more than {gt}", "greater_than_equal": "{ge} or more",
           "less_than": "less than {lt}", "less_than_equal": "{le} or less",
           "multiple_of": "a multiple of {multiple_of}"}


def _colon_text(value: Any) -> str | None:
    """The text a person meant when YAML read `Notice: breathe` as a key and its value,
    in double quotes; None when `value` is not such a pair."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (key, rest), = value.items()
    if isinstance(rest, (dict, list)):
        return None
    text = f"{key}: {'' if rest is None else rest}".rstrip()
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _subject(data_loc: tuple) -> str:
    """What a message is about: `title`, or item 3 of `key_points`."""
    named = [part for part in data_loc if isinstance(part, str)]
    if data_loc and isinstance(data_loc[-1], int) and named:
        return f"item {data_loc[-1] + 1} of `{named[-1]}`"
    return f"`{named[-1]}`" if named else "this value"


def _pattern_hint(owner: type[BaseModel] | None, data_loc: tuple, pattern: str = "") -> str:
    """The hint for a value of the wrong form comes from its field's own description."""
    if pattern == LANGUAGE_TAG_PATTERN:
        return "write a language code such as en, en-GB, es, fr or pt-BR (no spaces)"
    field = owner.model_fields.get(str(data_loc[-1])) if owner and data_loc else None
    if field is not None and field.description:
        return field.description
    return "use lowercase letters, digits and '_', starting with a letter, for example week_log"


def _describe(value: Any) -> str:
    """What was found, in words: "the text '10:30'", "the number 7", "a list"."""
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        return {True: "true", False: "false", None: "nothing"}.get(value) if not isinstance(
            value, (list, dict)) else ("a list" if isinstance(value, list) else
                                       "a mapping of keys to values")
    shown = str(value)
    shown = shown if len(shown) < 40 else shown[:37] + "..."
    if isinstance(value, str):
        return f"the text '{shown}'"
    if isinstance(value, (int, float)):
        return f"the number {shown}"
    return type(value).__name__

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
