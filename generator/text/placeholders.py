"""Placeholders such as `{{ practice.name }}`, rendered in Jinja's sandbox.

Content may use a small, safe part of Jinja: `{{ name.attribute }}`, `{% if %}` with
comparisons and `and`/`or`/`not`, `~` and `+`/`-`, and a few text filters. Loops, macros,
calls, `*` and `**` are refused before anything runs, so a template cannot eat time or
memory; the immutable sandbox stops it changing the values it is given; StrictUndefined
turns a typo into an error with its line. Values substituted in are never rendered again,
so a client's name that happens to contain `{{` prints as it is.
"""

from __future__ import annotations

import functools
import traceback
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_OUTPUT_CHARS = 50_000
_MARKERS = ("{{", "{%", "{#")
ALLOWED_FILTERS = frozenset({"default", "upper", "lower", "title", "capitalize", "trim",
                             "string", "int", "round"})
_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name, nodes.Getattr,
    nodes.Getitem, nodes.Const, nodes.If, nodes.And, nodes.Or, nodes.Not, nodes.Compare,
    nodes.Operand, nodes.CondExpr, nodes.Concat, nodes.Add, nodes.Sub, nodes.Neg, nodes.Pos,
    nodes.Filter, nodes.Test, nodes.List, nodes.Tuple,
)


class PlaceholderError(Exception):
    """A placeholder could not be rendered; `line` counts from the start of the text."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False,
                                     keep_trailing_newline=True)
_ENV.globals.clear()  # no range(), lipsum(), cycler(): nothing random, nothing that loops
_ENV.filters = {name: _ENV.filters[name] for name in ALLOWED_FILTERS}


def has_placeholders(text: str) -> bool:
    return any(marker in text for marker in _MARKERS)


def render(text: str, variables: dict[str, Any]) -> str:
    if not has_placeholders(text):
        return text
    template = _compiled(text)
    try:
        output = template.render(variables)
    except UndefinedError as error:
        raise PlaceholderError(
            f"unknown placeholder: {error.message} (known names: {', '.join(sorted(variables))})",
            _template_line(error),
        ) from None
    except Exception as error:  # noqa: BLE001 - any failure inside a template is the content's
        raise PlaceholderError(f"placeholder error: {error}", _template_line(error)) from None
    if len(output) > MAX_OUTPUT_CHARS:
        raise PlaceholderError(f"placeholder output is longer than {MAX_OUTPUT_CHARS} characters")
    return output


@functools.lru_cache(maxsize=1024)
def _compiled(text: str) -> Template:
    """Parsed, checked and compiled once per text (labels repeat in every part of a packet
    and in every packet of a roster); a refused text raises every time."""
    try:
        tree = _ENV.parse(text)
    except TemplateSyntaxError as error:
        raise PlaceholderError(
            f"placeholder syntax error: {error.message} "
            "(write placeholders as {{ name }}; to print braces literally use {{ '{{' }})",
            error.lineno or 1,
        ) from None
    _refuse_unsafe(tree)
    return _ENV.from_string(tree)


def _refuse_unsafe(tree: nodes.Node) -> None:
    for node in [tree, *tree.find_all(nodes.Node)]:
        if not isinstance(node, _ALLOWED_NODES):
            what = type(node).__name__.lower()
            raise PlaceholderError(
                f"'{what}' is not allowed in placeholders (use names such as "
                "{{ practice.name }}, {% if ... %} and simple filters)", node.lineno or 1)
        if isinstance(node, (nodes.Filter, nodes.Test)) and node.name not in (
                ALLOWED_FILTERS if isinstance(node, nodes.Filter) else _ENV.tests):
            raise PlaceholderError(
                f"filter '{node.name}' is not allowed (use one of: "
                f"{', '.join(sorted(ALLOWED_FILTERS))})", node.lineno or 1)


def _template_line(error: BaseException) -> int:
    """The template line Jinja was running when the error happened."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"]
    return frames[-1].lineno or 1 if frames else 1
