"""Placeholders such as `{{ practice.name }}`, rendered in Jinja's sandbox.

Content may use a small, safe part of Jinja: `{{ name.attribute }}`, `{% if %}` with
comparisons and `and`/`or`/`not`, `~` and `+`/`-`, and a few text filters. Loops, macros,
calls, `*` and `**` are refused before anything runs; StrictUndefined turns a typo into an
error with its line. Values substituted in are never rendered again, so a client's name
that happens to contain `{{` prints as it is.

Limits, so that no text can eat time or memory or crash the run (each is a located
`PlaceholderError`, never a RecursionError, MemoryError or OverflowError):

- before parsing, Jinja's lexer (which does not recurse) checks the text's length, the
  number of tokens in the whole text and in one `{{ }}` / `{% %}`, how deeply brackets and
  `{% if %}` blocks nest, and the digits in number literals; Jinja's parser and compiler
  recurse, and these bounds keep them far from Python's recursion limit;
- after parsing, the tree is checked (without recursion) for allowed node types, its
  number of nodes and its depth;
- while rendering, only plain text, numbers (at most 15 digits) and booleans can be
  printed: a group of values such as `{{ practice }}` or a Python attribute such as
  `{{ practice.items }}` is an error saying what can be used instead, never a repr or a
  memory address; the output's length is limited.

Values are looked up by key only (`practice.name`, `practice['name']`): mappings are
wrapped in a read-only `_Group` that knows its dotted name, so no Python attribute or
method of a value is ever reachable. Compiled templates are cached per process, keyed by
their text, because the same texts are rendered for many variants and documents.
"""

from __future__ import annotations

import difflib
import math
import traceback
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.lexer import ignored_tokens
from jinja2.runtime import Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_SOURCE_CHARS = 20_000
MAX_OUTPUT_CHARS = 50_000
MAX_TOKENS = 10_000            # in one text
MAX_EXPRESSION_TOKENS = 100    # in one {{ ... }} or {% ... %}
MAX_BRACKET_DEPTH = 10
MAX_BLOCK_DEPTH = 10           # {% if %} inside {% if %} ...
MAX_NODES = 5_000
MAX_TREE_DEPTH = 40
MAX_NUMBER_DIGITS = 15
CACHE_SIZE = 2048

_MARKERS = ("{{", "{%", "{#")
ALLOWED_FILTERS = frozenset({"default", "upper", "lower", "title", "capitalize", "trim",
                             "string", "int", "round"})
_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Name, nodes.Getattr,
    nodes.Getitem, nodes.Const, nodes.If, nodes.And, nodes.Or, nodes.Not, nodes.Compare,
    nodes.Operand, nodes.CondExpr, nodes.Concat, nodes.Add, nodes.Sub, nodes.Neg, nodes.Pos,
    nodes.Filter, nodes.Test, nodes.List, nodes.Tuple,
)
_BLOCK_OPENERS = frozenset({"if", "for", "macro", "call", "filter", "block", "with",
                            "autoescape", "trans", "set"})
_TOO_COMPLEX = "(simplify it, or split it into several placeholders)"
_NO_PARTS = "unknown placeholder: "


class PlaceholderError(Exception):
    """A placeholder could not be rendered; `line` counts from the start of the text."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


class _Refused(Exception):
    """Raised while rendering when a value cannot be used or printed."""


# --- values a template can see ----------------------------------------------------------

class _Group(Mapping):
    """A read-only mapping of values that knows its dotted name (e.g. `practice`)."""

    __slots__ = ("path", "values")

    def __init__(self, path: str, values: Mapping):
        self.path = path
        self.values = values

    def __getitem__(self, key: Any) -> Any:
        return _wrap(f"{self.path}.{key}", self.values[key])

    def __iter__(self):
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def choices(self) -> str:
        names = [f"{self.path}.{key}" for key in self.values]
        return ", ".join(names[:12]) + (", ..." if len(names) > 12 else "") or "nothing"

    def __str__(self) -> str:
        raise _Refused(f"'{self.path}' is a group of values, not one value "
                       f"(use one of: {self.choices()})")

    def __repr__(self) -> str:
        return f"<group {self.path}>"


class _List(Sequence):
    """A read-only list of values that knows its dotted name."""

    __slots__ = ("items", "path")

    def __init__(self, path: str, items: Sequence):
        self.path = path
        self.items = items

    def __getitem__(self, index: Any) -> Any:
        return _wrap(f"{self.path}[{index}]", self.items[index])

    def __len__(self) -> int:
        return len(self.items)

    def __str__(self) -> str:
        raise _Refused(f"'{self.path}' is a list of values, not one value "
                       f"(use one item, such as {self.path}[0])")

    def __repr__(self) -> str:
        return f"<list {self.path}>"


def _wrap(path: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        return _Group(path, value)
    if isinstance(value, (list, tuple)):
        return _List(path, value)
    return value


class _Environment(ImmutableSandboxedEnvironment):
    """Looks values up by key only: no attribute or method of a Python object is reachable."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        return self._lookup(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        return self._lookup(obj, argument)

    def _lookup(self, obj: Any, key: Any) -> Any:
        if isinstance(obj, Undefined):
            obj._fail_with_undefined_error()
        if isinstance(key, str) and key.startswith("_"):
            raise _Refused(f"'{key}' is unsafe and not allowed in placeholders (use names "
                           "such as practice.name)")
        if isinstance(obj, _Group):
            if isinstance(key, str) and key in obj.values:
                return obj[key]
            return self.undefined(hint=_missing_key(obj, key), obj=obj, name=str(key))
        if isinstance(obj, _List) and isinstance(key, int) and not isinstance(key, bool):
            if -len(obj) <= key < len(obj):
                return obj[key]
            return self.undefined(hint=f"'{obj.path}' has no item {key} "
                                       f"(it has {len(obj)})", obj=obj, name=str(key))
        return self.undefined(hint=f"{_NO_PARTS}'{key}' is not a value you can use (a single "
                                   "value such as a name or a number has no parts)",
                              obj=obj, name=str(key))


def _missing_key(group: _Group, key: Any) -> str:
    wanted = f"{group.path}.{key}"
    if isinstance(key, str) and hasattr(dict, key):  # items, keys, get, ...: Python, not data
        return f"'{key}' is not a value you can use (use one of: {group.choices()})"
    if not group.values:
        return (f"unknown placeholder '{wanted}' (this document defines no {group.path}"
                + (": add them under `params:`)" if group.path == "params" else ")"))
    close = difflib.get_close_matches(str(key), [str(k) for k in group.values], n=1)
    if close:
        return (f"unknown placeholder '{wanted}' (did you mean '{group.path}.{close[0]}'? "
                f"known names: {group.choices()})")
    return f"unknown placeholder '{wanted}' (known names: {group.choices()})"


def _finalize(value: Any) -> Any:
    """Only plain text, numbers and booleans are printed."""
    if value is None:
        return ""
    if isinstance(value, (str, bool)):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value) or abs(value) >= (
                10 ** MAX_NUMBER_DIGITS):
            raise _Refused(f"the number is too large to print (at most {MAX_NUMBER_DIGITS} "
                           "digits; check the calculation)")
        return value
    if isinstance(value, (_Group, _List, Undefined)):
        str(value)  # raises, saying what can be used instead
    raise _Refused("this value cannot be printed (use a single value such as "
                   "{{ practice.name }})")


_ENV = _Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                    finalize=_finalize)
_ENV.globals.clear()  # no range(), lipsum(), cycler(): nothing random, nothing that loops
_ENV.filters = {name: _ENV.filters[name] for name in ALLOWED_FILTERS}


def has_placeholders(text: str) -> bool:
    return any(marker in text for marker in _MARKERS)


def render(text: str, variables: dict[str, Any]) -> str:
    if not has_placeholders(text):
        return text
    template = _compiled(text)
    if isinstance(template, PlaceholderError):
        raise PlaceholderError(str(template), template.line)
    context = {name: _wrap(name, value) for name, value in variables.items()}
    try:
        output = template.render(context)
    except UndefinedError as error:
        raise PlaceholderError(_undefined_message(error, variables),
                               _template_line(error)) from None
    except _Refused as error:
        raise PlaceholderError(str(error), _template_line(error)) from None
    except (RecursionError, MemoryError, OverflowError) as error:
        raise PlaceholderError(f"this placeholder is too large to work out {_TOO_COMPLEX}",
                               _template_line(error)) from None
    except NameError as error:  # Jinja folded a constant it cannot write back, e.g. inf
        raise PlaceholderError("the result of this calculation is too large to print "
                               "(check the calculation)", _template_line(error)) from None
    except TypeError as error:
        raise PlaceholderError(f"placeholder error: these values cannot be combined ({error}) "
                               "(use ~ to join text; + and - work on numbers only)",
                               _template_line(error)) from None
    except Exception as error:  # noqa: BLE001 - any failure inside a template is the content's
        raise PlaceholderError(f"placeholder error: {error}", _template_line(error)) from None
    if len(output) > MAX_OUTPUT_CHARS:
        raise PlaceholderError(f"placeholder output is longer than {MAX_OUTPUT_CHARS} characters "
                               "(shorten the text or the values it uses)")
    return output


def _dotted_names(variables: Mapping[str, Any], limit: int = 60) -> list[str]:
    """The names a template can print (`client.name`, `params.minutes`), breadth first."""
    names: list[str] = []
    waiting = list(variables.items())
    while waiting and len(names) < limit:
        path, value = waiting.pop(0)
        if isinstance(value, Mapping) and value:
            waiting += [(f"{path}.{key}", item) for key, item in value.items()]
        else:
            names.append(path)
    return names


def _nearest(name: str, variables: Mapping[str, Any]) -> str | None:
    """The known name `name` was most likely meant to be: `clinet_name` -> `client.name`,
    `minutes` -> `params.minutes`."""
    names = _dotted_names(variables)
    same_end = [known for known in names if known.rsplit(".", 1)[-1] == name]
    if same_end:
        return same_end[0]
    flat = {known.replace(".", "_"): known for known in names}
    close = difflib.get_close_matches(name.replace(".", "_"), list(flat), n=1, cutoff=0.7)
    return flat[close[0]] if close else None


def _undefined_message(error: UndefinedError, variables: dict[str, Any]) -> str:
    message = error.message or "unknown placeholder"
    known = f"known names: {', '.join(sorted(variables)) or 'none'}"
    if message.startswith(_NO_PARTS):
        return message.removesuffix(")") + f"; {known})"
    if message.endswith(" is undefined"):  # a top-level name: "'nope' is undefined"
        name = message.removesuffix(" is undefined").strip("'")
        meant = _nearest(name, variables)
        if meant:
            return f"unknown placeholder '{name}' (did you mean '{meant}'?)"
        return f"unknown placeholder '{name}' ({known})"
    if message.startswith(("unknown placeholder", "'")):
        return message  # our own hints (see _missing_key)
    return f"unknown placeholder: {message} ({known})"


@lru_cache(maxsize=CACHE_SIZE)
def _compiled(text: str) -> Template | PlaceholderError:
    """The compiled template for `text`, or the error it causes (both are cached)."""
    try:
        _check_tokens(text)
        try:
            tree = _ENV.parse(text)
        except TemplateSyntaxError as error:
            raise PlaceholderError(
                f"placeholder syntax error: {error.message} "
                "(write placeholders as {{ name }}; to print braces literally use {{ '{{' }})",
                error.lineno or 1) from None
        _check_tree(tree)
        return _ENV.from_string(tree)
    except PlaceholderError as error:
        return error
    except _Refused as error:  # a constant that cannot be printed, found while compiling
        return PlaceholderError(str(error))
    except (RecursionError, MemoryError, OverflowError, ValueError):
        return PlaceholderError(f"this placeholder is too complicated {_TOO_COMPLEX}")


def _check_tokens(text: str) -> None:
    """Limits checked on Jinja's token stream, before the (recursive) parser runs."""
    if len(text) > MAX_SOURCE_CHARS:
        raise PlaceholderError(f"text with placeholders is longer than {MAX_SOURCE_CHARS} "
                               "characters (split it into smaller parts)")
    total = in_tag = brackets = blocks = 0
    tag_start = False
    try:
        for line, kind, value in _ENV.lex(text):
            if kind in ignored_tokens or kind == "data":
                continue
            total += 1
            if total > MAX_TOKENS:
                raise PlaceholderError(f"this text has too many placeholders {_TOO_COMPLEX}",
                                       line)
            if kind in ("variable_begin", "block_begin"):
                in_tag, tag_start = 0, kind == "block_begin"
                continue
            if kind in ("variable_end", "block_end"):
                continue
            in_tag += 1
            if in_tag > MAX_EXPRESSION_TOKENS:
                raise PlaceholderError(f"this placeholder is too long {_TOO_COMPLEX}", line)
            if tag_start and kind == "name":
                if value in _BLOCK_OPENERS:
                    blocks += 1
                elif value.startswith("end"):
                    blocks = max(0, blocks - 1)
                if blocks > MAX_BLOCK_DEPTH:
                    raise PlaceholderError(f"{{% if %}} blocks are nested more than "
                                           f"{MAX_BLOCK_DEPTH} deep {_TOO_COMPLEX}", line)
            elif kind == "operator" and value == "=" and in_tag == 3:
                blocks = max(0, blocks - 1)  # {% set x = ... %} opens no block
            tag_start = False
            if kind == "operator" and value in "([{":
                brackets += 1
                if brackets > MAX_BRACKET_DEPTH:
                    raise PlaceholderError(f"brackets are nested more than {MAX_BRACKET_DEPTH} "
                                           f"deep {_TOO_COMPLEX}", line)
            elif kind == "operator" and value in ")]}":
                brackets = max(0, brackets - 1)
            elif kind in ("integer", "float") and sum(c.isdigit() for c in value) > (
                    MAX_NUMBER_DIGITS):
                raise PlaceholderError(f"the number {value[:20]}... has more than "
                                       f"{MAX_NUMBER_DIGITS} digits (use a smaller number)", line)
    except TemplateSyntaxError as error:
        raise PlaceholderError(
            f"placeholder syntax error: {error.message} "
            "(write placeholders as {{ name }}; to print braces literally use {{ '{{' }})",
            error.lineno or 1) from None


def _check_tree(tree: nodes.Template) -> None:
    """Allowed node types, size and depth of the parsed tree (iteratively)."""
    count = 0
    stack: list[tuple[nodes.Node, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        line = getattr(node, "lineno", None) or 1
        if count > MAX_NODES:
            raise PlaceholderError(f"this text has too many placeholders {_TOO_COMPLEX}", line)
        if depth > MAX_TREE_DEPTH:
            raise PlaceholderError(f"this placeholder is nested too deeply {_TOO_COMPLEX}", line)
        if not isinstance(node, _ALLOWED_NODES):
            what = type(node).__name__.lower()
            raise PlaceholderError(
                f"'{what}' is not allowed in placeholders (use names such as "
                "{{ practice.name }}, {% if ... %} and simple filters)", line)
        if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            raise PlaceholderError(
                f"filter '{node.name}' is not allowed (use one of: "
                f"{', '.join(sorted(ALLOWED_FILTERS))})", line)
        if isinstance(node, nodes.Test) and node.name not in _ENV.tests:
            raise PlaceholderError(f"test '{node.name}' is not known (use e.g. "
                                   "'is defined')", line)
        children = list(node.iter_child_nodes())  # visited in reading order
        stack.extend((child, depth + 1) for child in reversed(children))


def _template_line(error: BaseException) -> int:
    """The template line Jinja was running when the error happened."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"]
    return frames[-1].lineno or 1 if frames else 1


def referenced_names(text: str) -> list[str]:
    """The dotted names a template reads (`provider.name`, `approval.number`), in order of
    first use; [] for text with a syntax error (rendering reports that)."""
    try:
        tree = _ENV.parse(text)
    except TemplateSyntaxError:
        return []
    found: list[str] = []

    def dotted(node: nodes.Node) -> str | None:
        if isinstance(node, nodes.Name):
            return node.name
        if isinstance(node, nodes.Getattr):
            base = dotted(node.node)
            return f"{base}.{node.attr}" if base else None
        return None

    for node in tree.find_all((nodes.Getattr, nodes.Name)):
        name = dotted(node)
        if name and not any(seen.startswith(name + ".") for seen in found):
            found = [seen for seen in found if not name.startswith(seen + ".")]
            if name not in found:
                found.append(name)
    return found
