"""What a plain (unquoted) YAML value means: a small, predictable rule set.

PyYAML follows YAML 1.1, which surprises people who are not programmers: `10:30` is the
number 630, `NO`, `yes` and `off` are booleans, `0777` is 511 and `2024-01-05` is a date
object. Content files are written by therapists, so plain values are resolved with rules
close to the YAML 1.2 core schema instead:

- `true` / `false` (any case) are booleans;
- `null`, `~` (any case) and an empty value are null;
- whole numbers in decimal (`-12`, `+5`, no leading zeros), hexadecimal (`0x1F`) and octal
  (`0o17`) are ints, up to 18 digits;
- decimal numbers with a point or an exponent (`1.5`, `.5`, `1e3`) are floats;
- everything else, including times of day, dates, `yes`/`no`/`on`/`off` and numbers with
  leading zeros such as `007`, stays the text the user typed.

Numeric fields still accept such text where it is a number (pydantic parses `"007"` as 7),
so nothing is lost by keeping it as text.

Keeping the typed text
----------------------
Where the schema expects text but YAML produced a number or a boolean (`title: 1e3`,
`label: +5`, `title: TRUE`), the text must come back exactly as typed, not as `1000.0`.
When the typed text differs from the value's usual spelling (`str(5)` is `5`, but the
value of `1e3` prints as `1000.0`) the value is a `SourceInt`, `SourceFloat` or
`SourceBool`: subclasses of `int` and `float` that behave as numbers everywhere (pydantic
turns them into plain numbers in numeric fields) but whose `str()` is the typed text.
Text fields (`actsheets.models.text`) turn numbers and booleans into text with `str()`;
with the project-wide `coerce_numbers_to_str` setting pydantic does the same for plain
`str` fields. Python's `bool` cannot be subclassed, so `SourceBool` is an `int` 0 or 1:
pydantic's `bool` fields accept those, and it compares equal to `True` / `False`.
A value whose typed text is its usual spelling stays a plain `int`, `float` or `bool`.
"""

from __future__ import annotations

import math
import re
from typing import Any, Self

MAX_DIGITS = 18

_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_OCT = re.compile(r"0o[0-7]+")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)?(?:\.[0-9]+|(?<=[0-9])\.)(?:[eE][-+]?[0-9]+)?"
                    r"|[-+]?(?:0|[1-9][0-9]*)[eE][-+]?[0-9]+")
_NULLS = frozenset({"", "~", "null"})
_MAX_NUMBER_TEXT = 40


class _Typed:
    """Mixin: a value that remembers the text it was written as."""

    source: str

    def __str__(self) -> str:
        return self.source

    def __format__(self, spec: str) -> str:
        return self.source if not spec else super().__format__(spec)  # type: ignore[misc]

    def __reduce__(self) -> tuple:  # pickled for worker processes
        return type(self), (self._plain(), self.source)

    def _plain(self) -> Any:
        raise NotImplementedError


class SourceInt(_Typed, int):
    def __new__(cls, value: int, source: str) -> Self:
        made = super().__new__(cls, value)
        made.source = source
        return made

    def __repr__(self) -> str:
        return int.__repr__(self)

    def _plain(self) -> int:
        return int(self)


class SourceFloat(_Typed, float):
    def __new__(cls, value: float, source: str) -> Self:
        made = super().__new__(cls, value)
        made.source = source
        return made

    def __repr__(self) -> str:
        return float.__repr__(self)

    def _plain(self) -> float:
        return float(self)


class SourceBool(_Typed, int):
    """`True` or `False` written in another case (`True`, `FALSE`); an int 1 or 0."""

    def __new__(cls, value: bool, source: str) -> Self:
        made = super().__new__(cls, 1 if value else 0)
        made.source = source
        return made

    def __repr__(self) -> str:
        return "True" if self else "False"

    def _plain(self) -> bool:
        return bool(self)


def resolve_plain(text: str) -> Any:
    """The value of a plain (unquoted, untagged) scalar written as `text`."""
    lowered = text.lower()
    if lowered in _NULLS:
        return None
    if lowered in ("true", "false"):
        value = lowered == "true"
        return value if text == lowered else SourceBool(value, text)
    if len(text) > _MAX_NUMBER_TEXT or not text or text[-1] not in "0123456789abcdefABCDEF.":
        return text
    number = _number(text)
    if number is None:
        return text
    if isinstance(number, int):
        return number if str(number) == text else SourceInt(number, text)
    return number if repr(number) == text else SourceFloat(number, text)


def _number(text: str) -> int | float | None:
    if _INT.fullmatch(text):
        digits = len(text.lstrip("+-"))
        return int(text) if digits <= MAX_DIGITS else None
    if _HEX.fullmatch(text):
        return int(text, 0) if len(text) - 2 <= MAX_DIGITS else None
    if _OCT.fullmatch(text):
        return int(text, 0) if len(text) - 2 <= MAX_DIGITS else None
    if _FLOAT.fullmatch(text):
        value = float(text)
        return value if math.isfinite(value) else None
    return None


def as_text(value: Any) -> Any:
    """A number or boolean that YAML made of a text value, back as the text typed."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return value
