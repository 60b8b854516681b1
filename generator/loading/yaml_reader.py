"""A strict, safe YAML reader that keeps line and column for every value.

It refuses what plain content never needs and what makes files surprising:
duplicate keys, anchors and aliases, several documents in one file, non-string
keys, tags, very deep nesting, very large or special files, encodings other than
UTF-8 and invisible control characters (see `files` and `encoding`).

Plain values follow the predictable rules in `scalars` rather than YAML 1.1's
(`10:30`, `no` and `0777` stay text); the typed text of every plain value is kept
in `SourceFile.plain_texts`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from actsheets.errors import ContentError, Position, Problem, problem_at
from actsheets.loading.encoding import check_characters, decode
from actsheets.loading.files import read_bytes, too_large
from actsheets.loading.scalars import resolve_plain
from actsheets.loading.source import SourceFile
from actsheets.loading.yaml_mistakes import diagnose

# The keys a file may hold, or a function giving them (when working them out is costly).
KeyNames = Collection[str] | Callable[[], Collection[str]]

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 40
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_SCALAR_TAG = "tag:actsheets,2024:plain"  # our marker: resolved by `resolve_plain`


def _pos(node_or_mark: Any) -> Position:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return Position(mark.line + 1, mark.column + 1)


# libyaml when PyYAML was built with it (about 30 times faster), else the pure-Python loader.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _composer(base: type) -> type:
    """`base`, composing nodes only: plain scalars get our marker tag, not YAML 1.1 types."""

    def resolve(self: Any, kind: Any, value: Any, implicit: Any) -> str:
        if kind is ScalarNode and implicit[0]:
            return _PLAIN_SCALAR_TAG
        return base.resolve(self, kind, value, implicit)

    return type(f"Plain{base.__name__}", (base,), {"resolve": resolve})


class _Refused(yaml.MarkedYAMLError):
    """YAML that parses but that we do not accept (anchors, deep nesting)."""


def _checked_loader(text: str) -> yaml.SafeLoader:
    """A safe loader, after a pass over the events that enforces our rules.

    The event pass is iterative, so it is safe on any nesting; once it has checked the
    depth, the recursive composer is safe too.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                problem="anchors and aliases (&name, *name) are not supported (write the "
                "value out in full; a value that starts with & or * must be in quotes)",
                problem_mark=event.start_mark)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise _Refused(
                    problem=f"nesting is deeper than {MAX_DEPTH} levels (flatten the structure)",
                    problem_mark=event.start_mark)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return _composer(_LOADER)(text)


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, path: Path,
                    key_names: KeyNames) -> ContentError:
    if isinstance(error, _Refused):
        mark = error.problem_mark
        return problem_at(path, mark.line + 1, mark.column + 1,
                          f"YAML syntax error: {error.problem}")
    names = key_names() if callable(key_names) else key_names
    return ContentError([diagnose(text, error, path, names)])


def read_yaml(path: Path, key_names: KeyNames = ()) -> SourceFile:
    """Read one YAML file from disk (UTF-8, one document, at most 1 MB, a regular file).

    `key_names` are the keys the file may hold (or a function giving them, called only for
    a file with a syntax error): they help tell a key that lost its colon from a line of
    text that lost its indentation."""
    return read_yaml_text(decode(read_bytes(path, MAX_FILE_BYTES), path), path, key_names)


def read_yaml_text(text: str, path: Path, key_names: KeyNames = ()) -> SourceFile:
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_FILE_BYTES:
        raise too_large(path, MAX_FILE_BYTES)
    check_characters(text, path)
    try:
        loader = _checked_loader(text)
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error, text, path, key_names) from None
    except yaml.YAMLError as error:
        raise problem_at(path, 1, 1, f"YAML error: {error} (check the file)") from None
    try:
        try:
            root = loader.get_single_node()
        except yaml.composer.ComposerError as error:
            if "expected a single document" in str(error):
                mark = error.problem_mark
                raise problem_at(
                    path, mark.line + 1, mark.column + 1,
                    "the file holds more than one YAML document (keep one document per file; "
                    "remove the '---' line)",
                ) from None
            raise
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error, text, path, key_names) from None
    except yaml.YAMLError as error:
        raise problem_at(path, 1, 1, f"YAML error: {error}") from None
    finally:
        loader.dispose()

    if root is None or (isinstance(root, ScalarNode) and root.value == ""
                        and root.tag == _PLAIN_SCALAR_TAG):
        raise problem_at(path, 1, 1, "the file is empty (add at least `kind:` and `title:`)")

    source = SourceFile(path=path, data=None)
    problems: list[Problem] = []
    source.data = _build(root, (), source, problems)
    if problems:
        raise ContentError(problems)
    return source


def _build(node: Node, loc: tuple, source: SourceFile, problems: list[Problem]) -> Any:
    source.value_positions[loc] = _pos(node)
    if isinstance(node, (MappingNode, SequenceNode)) and node.tag not in _PLAIN_TAGS:
        problems.append(Problem(source.path, _pos(node),
                                f"YAML tag '{_shown_tag(node.tag)}' is not supported (remove it)"))
        return None
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        first_seen: dict[str, Position] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _PLAIN_SCALAR_TAG and key_node.value == "<<":
                problems.append(Problem(source.path, _pos(key_node),
                                        "merge keys (<<) are not supported (write the keys out)"))
                continue
            if not isinstance(key_node, ScalarNode):
                problems.append(Problem(source.path, _pos(key_node),
                                        "keys must be plain words (not lists or mappings)"))
                continue
            key = key_node.value
            if key in first_seen:
                problems.append(_duplicate(key, first_seen[key], _pos(key_node), loc,
                                           source.path))
                continue
            first_seen[key] = _pos(key_node)
            source.key_positions[loc + (key,)] = _pos(key_node)
            result[key] = _build(value_node, loc + (key,), source, problems)
        return result
    if isinstance(node, SequenceNode):
        return [_build(item, loc + (i,), source, problems)
                for i, item in enumerate(node.value)]
    if node.style in ("|", ">"):
        source.block_scalars.add(loc)
    if node.tag == _PLAIN_SCALAR_TAG:
        source.plain_texts[loc] = node.value
        return resolve_plain(node.value)
    if node.tag == _STR_TAG:
        return node.value
    problems.append(Problem(source.path, _pos(node),
                            f"cannot read value: the YAML tag '{_shown_tag(node.tag)}' is not "
                            "supported "
                            "(remove it)"))
    return None


def _duplicate(key: str, first: Position, again: Position, loc: tuple, path: Path) -> Problem:
    """A key given twice; in a list item, the second one often starts an item that lost
    its `- `."""
    if loc and isinstance(loc[-1], int) and again.column == first.column:
        return Problem.of("yaml.duplicate-key-in-item", path, again, key=key, line=first.line)
    return Problem.of("yaml.duplicate-key", path, again, key=key, line=first.line)


def _shown_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")
