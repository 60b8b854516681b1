"""A strict, safe YAML reader that keeps line and column for every value.

It refuses what plain content never needs and what makes files surprising:
duplicate keys, anchors and aliases, several documents in one file, non-string
keys, very deep nesting and very large files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from actsheets.errors import ContentError, Position, Problem, problem_at
from actsheets.loading.source import SourceFile

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 40
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _pos(node_or_mark: Any) -> Position:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return Position(mark.line + 1, mark.column + 1)


# libyaml when PyYAML was built with it (about 30 times faster), else the pure-Python loader.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _checked_loader(text: str) -> yaml.SafeLoader:
    """A safe loader, after a pass over the events that enforces our rules.

    The event pass is iterative, so it is safe on any nesting; once it has checked the
    depth, the recursive composer is safe too.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases (&name, *name) are not supported "
                "(write the value out in full)", problem_mark=event.start_mark)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(
                    problem=f"nesting is deeper than {MAX_DEPTH} levels (flatten the structure)",
                    problem_mark=event.start_mark)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return _LOADER(text)


def _syntax_problem(error: yaml.MarkedYAMLError, path: Path) -> ContentError:
    mark = error.problem_mark or error.context_mark
    what = (error.problem or "invalid YAML").strip()
    if error.context and "anchor" not in what and "nesting" not in what:
        what = f"{what} ({error.context})"
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return problem_at(path, line, column, f"YAML syntax error: {what}")


def read_yaml(path: Path) -> SourceFile:
    """Read one YAML file from disk (UTF-8, one document, at most 1 MB)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise problem_at(path, 1, 1, f"cannot read file: {error.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise problem_at(
            path, 1, 1, f"file is larger than {MAX_FILE_BYTES // 1000} kB (split it into smaller files)"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        line_start = before[before.rfind(b"\n") + 1:]
        column = len(line_start.decode("utf-8", errors="replace")) + 1
        raise problem_at(
            path, line, column,
            f"byte 0x{raw[error.start]:02x} is not valid UTF-8 (save the file as UTF-8)",
        ) from None
    return read_yaml_text(text, path)


def read_yaml_text(text: str, path: Path) -> SourceFile:
    text = text.removeprefix("\ufeff")
    try:
        loader = _checked_loader(text)
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error, path) from None
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
        raise _syntax_problem(error, path) from None
    except yaml.YAMLError as error:
        raise problem_at(path, 1, 1, f"YAML error: {error}") from None
    finally:
        loader.dispose()

    if root is None or (isinstance(root, ScalarNode) and root.value == "" and root.tag.endswith("null")):
        raise problem_at(path, 1, 1, "the file is empty (add at least `kind:` and `title:`)")

    source = SourceFile(path=path, data=None)
    problems: list[Problem] = []
    source.data = _build(root, (), source, loader, problems)
    if problems:
        raise ContentError(problems)
    return source


def _build(node: Node, loc: tuple, source: SourceFile, loader: yaml.SafeLoader,
           problems: list[Problem]) -> Any:
    source.value_positions[loc] = _pos(node)
    if isinstance(node, (MappingNode, SequenceNode)) and node.tag not in _PLAIN_TAGS:
        problems.append(Problem(source.path, _pos(node),
                                f"YAML tag '{node.tag}' is not supported (remove it)"))
        return None
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        first_seen: dict[str, Position] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(Problem(source.path, _pos(key_node),
                                        "merge keys (<<) are not supported (write the keys out)"))
                continue
            if not isinstance(key_node, ScalarNode):
                problems.append(Problem(source.path, _pos(key_node),
                                        "keys must be plain words (not lists or mappings)"))
                continue
            key = key_node.value
            if key in first_seen:
                first = first_seen[key]
                problems.append(Problem(
                    source.path, _pos(key_node),
                    f"duplicate key '{key}' (first defined on line {first.line}; keep only one)",
                ))
                continue
            first_seen[key] = _pos(key_node)
            source.key_positions[loc + (key,)] = _pos(key_node)
            result[key] = _build(value_node, loc + (key,), source, loader, problems)
        return result
    if isinstance(node, SequenceNode):
        return [_build(item, loc + (i,), source, loader, problems)
                for i, item in enumerate(node.value)]
    if node.style in ("|", ">"):
        source.block_scalars.add(loc)
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as error:
        problems.append(Problem(source.path, _pos(node), f"cannot read value: {error.problem}"))
        return None
    except ValueError:  # a date-shaped value that is no date, such as 2026-02-30
        problems.append(Problem.of("schema.bad-date", source.path, _pos(node),
                                   value=str(node.value)[:40]))
        return None
