"""Placeholders such as `{{ practice.name }}`, rendered in Jinja's sandbox.

The sandbox blocks access to Python internals; StrictUndefined turns a typo into an
error; a cap on output size and on `*`/`**` stops a template from eating memory.
Values substituted in are never rendered again, so a client's name that happens to
contain `{{` prints as it is.
"""

from __future__ import annotations

import operator
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

MAX_OUTPUT_CHARS = 50_000
_MARKERS = ("{{", "{%", "{#")


class PlaceholderError(Exception):
    """A placeholder could not be rendered; `line` counts from the start of the text."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


class _LimitedSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**" and isinstance(right, (int, float)) and abs(right) > 100:
            raise PlaceholderError("exponent too large")
        if operator_name == "*":
            for seq, count in ((left, right), (right, left)):
                if (isinstance(seq, (str, list, tuple)) and isinstance(count, int)
                        and len(seq) * count > MAX_OUTPUT_CHARS):
                    raise PlaceholderError("text would be too long")
            return operator.mul(left, right)
        return super().call_binop(context, operator_name, left, right)


_ENV = _LimitedSandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


def has_placeholders(text: str) -> bool:
    return any(marker in text for marker in _MARKERS)


def render(text: str, variables: dict[str, Any]) -> str:
    if not has_placeholders(text):
        return text
    try:
        template = _ENV.from_string(text)
        pieces: list[str] = []
        size = 0
        for piece in template.generate(variables):
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                raise PlaceholderError(
                    f"placeholder output is longer than {MAX_OUTPUT_CHARS} characters"
                )
            pieces.append(piece)
        return "".join(pieces)
    except TemplateSyntaxError as error:
        raise PlaceholderError(
            f"placeholder syntax error: {error.message} "
            "(write placeholders as {{ name }}; to print braces literally use {{ '{{' }})",
            error.lineno or 1,
        ) from None
    except UndefinedError as error:
        raise PlaceholderError(
            f"unknown placeholder: {error.message} "
            f"(known names: {', '.join(sorted(variables))})"
        ) from None
    except PlaceholderError:
        raise
    except TemplateError as error:
        raise PlaceholderError(f"placeholder error: {error.message}") from None
    except (ArithmeticError, TypeError, ValueError, OverflowError) as error:
        raise PlaceholderError(f"placeholder error: {error}") from None
