"""YAML syntax errors in plain words, at the line where the mistake is.

The YAML parser reports where it gave up, in its own terms ("mapping values are not
allowed here", "while scanning a quoted scalar"), often many lines after the mistake.
This module looks at the lines themselves to find what a person most likely did: a value
with ": " in it, a quote never closed, an apostrophe inside single quotes, a key without
its colon, a line that lost its indentation, a list item without `- `, a tab. It says
how to fix it, with the line rewritten as an example.

It reads the lines with a small model of YAML's block layout: keys, list items, block
text (`|` / `>`), quoted and bracketed values that may run over several lines. Lines
inside block text and inside multi-line quoted or bracketed values are never read as
structure.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actsheets.errors import Position, Problem

_KEY = re.compile(r"(?P<key>[^\s#'\"\[\]{},&*!|>@`%-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=\s|$)")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_BLOCK_TEXT = re.compile(r"[|>][-+0-9]*\s*(#.*)?")
_RESERVED = "@`%"  # can never start a plain value
_SPECIAL = "*&!"  # alias, anchor, tag: not supported, so a value starting so needs quotes
_MAX_EXAMPLE = 60
_MAX_SPAN = 100  # lines a quoted or bracketed value may run over before we call it unclosed
_PRIVATE_KEYS = frozenset({"client"})  # a client's name is never echoed in a message


@dataclass
class _Line:
    number: int  # 1-based
    text: str
    indent: int  # leading spaces and tabs
    dashes: list[int]  # 0-based columns of the `- ` that start list items on this line
    column: int  # 0-based column of the key, or of the value of a plain list item
    key: str | None
    value: str  # after `key:` (or after the dashes), without a trailing comment
    value_column: int
    tab: bool  # a tab in the indentation

    @property
    def structural(self) -> bool:
        return self.key is not None or bool(self.dashes)


def _strip_comment(value: str) -> str:
    """A plain value without a trailing ` # comment`."""
    match = re.search(r"(^|\s)#", value)
    return (value[:match.start()] if match else value).rstrip()


def _read_line(number: int, text: str) -> _Line:
    stripped = text.lstrip(" \t")
    indent = len(text) - len(stripped)
    column = indent
    dashes: list[int] = []
    body = stripped
    while body == "-" or body.startswith(("- ", "-\t")):
        dashes.append(column)
        rest = body[1:].lstrip(" \t")
        column += len(body) - len(rest)
        body = rest
    match = _KEY.match(body)
    if match and not body.startswith(("'", '"')):
        key = match["key"]
        raw = body[match.end():]
        value = raw.strip()
        value_column = column + match.end() + (len(raw) - len(raw.lstrip()))
    else:
        key, value, value_column = None, body, column
    if not value.startswith(("'", '"', "[", "{")):
        value = _strip_comment(value)
    return _Line(number, text, indent, dashes, column, key, value, value_column,
                 "\t" in text[:indent])


def _quote_end(text: str, start: int, quote: str) -> int | None:
    """Index just after the quote that closes the one at `start`, or None."""
    i = start + 1
    while i < len(text):
        char = text[i]
        if quote == '"' and char == "\\":
            i += 2
            continue
        if char == quote:
            if quote == "'" and text[i + 1:i + 2] == "'":
                i += 2
                continue
            return i + 1
        i += 1
    return None


def _bracket_end(text: str, start: int) -> int | None:
    """Index just after the bracket closing the `[` or `{` at `start`, or None."""
    depth = 0
    i = start
    while i < len(text):
        char = text[i]
        if char in "'\"" and text[:i].rstrip()[-1:] in ("[", "{", ",", ":"):
            end = _quote_end(text, i, char)
            if end is None:
                return None
            i = end
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


class _Reader:
    """The lines of a file, read as block structure."""

    def __init__(self, text: str, path: Path | str, key_names: Collection[str]):
        self.path = path
        self.raw = text.split("\n")
        self.lines: list[_Line] = []  # significant lines, in order
        self.block_owner: dict[int, _Line] = {}  # line number after block text -> its key line
        self.given_keys = frozenset(key_names)
        self.key_names = set(key_names)
        self.problem: Problem | None = None  # the first mistake found while reading
        self._read()
        self.key_names |= {line.key for line in self.lines if line.key}

    def found(self, code: str, at: _Line | int, column: int = 0, /, **slots: Any) -> Problem:
        number = at if isinstance(at, int) else at.number
        return Problem.of(code, self.path, Position(number, column + 1), **slots)

    def _read(self) -> None:
        number = 0
        owner: _Line | None = None  # the line that opened block text
        while number < len(self.raw):
            text = self.raw[number]
            number += 1
            if owner is not None:
                indent = len(text) - len(text.lstrip(" "))
                if not text.strip() or indent > (owner.column if owner.key else owner.dashes[-1]):
                    continue
                self.block_owner[number] = owner
                owner = None
            if not text.strip() or text.lstrip(" \t").startswith("#"):
                continue
            line = _read_line(number, text)
            self.lines.append(line)
            if self.problem is None and line.tab:
                self.problem = self._tab(line)
            if _BLOCK_TEXT.fullmatch(line.value) and (line.key or line.dashes):
                owner = line
                continue
            skipped = self._spanning_value(line)
            if skipped is None:
                return  # a value opened here never ends: that is the mistake
            number += skipped

    def _spanning_value(self, line: _Line) -> int | None:
        """Check a value that starts with a quote or a bracket; return how many more lines
        it runs over (None when it never ends, after noting the problem)."""
        value = line.value
        if not value or value[0] not in "'\"[{":
            if self.problem is None:
                self.problem = self._plain_value(line)
            return 0
        following = self.raw[line.number:line.number + _MAX_SPAN]
        rest, end = value, None
        for count in range(len(following) + 1):
            rest = "\n".join([value, *following[:count]])
            end = (_quote_end(rest, 0, value[0]) if value[0] in "'\""
                   else _bracket_end(rest, 0))
            if end is not None:
                break
        if end is None:
            if self.problem is None:
                self.problem = self._unclosed(line)
            return None
        spanned = rest[:end].count("\n")
        after = _strip_comment(rest[end:].split("\n", 1)[0]).strip()
        if after and self.problem is None:
            self.problem = self._text_after(line, value[:end], after)
        return spanned

    # --- mistakes on one line ---------------------------------------------------------

    def _tab(self, line: _Line) -> Problem:
        sibling = next((other for other in self.candidates(line) if other.key), None)
        lineup = (f"; line it up with `{_shown_key(sibling)}` on line {sibling.number}"
                  if sibling else "")
        return self.found("yaml.tab", line, 0, lineup=lineup)

    def _plain_value(self, line: _Line) -> Problem | None:
        value = line.value
        if not value:
            return None
        if value[0] in _RESERVED:
            return self.found("yaml.special-start", line, line.value_column, char=value[0],
                              example=self.example(line, _quoted(value)))
        if value[0] in _SPECIAL:
            if value[0] == "*" and (line.key or line.dashes):
                return self.found("yaml.markdown-start", line, line.value_column,
                                  example=self.example(line, _quoted(value)))
            return self.found("yaml.special-start", line, line.value_column, char=value[0],
                              example=self.example(line, _quoted(value)))
        colon = re.search(r":(\s|$)", value)
        if colon and (line.key or line.dashes):
            return self.found("yaml.colon-in-value", line, line.value_column + colon.start(),
                              where=f"`{_shown_key(line)}`" if line.key else "this list item",
                              example=self.example(line, _quoted(value)))
        return None

    def _unclosed(self, line: _Line) -> Problem:
        value = line.value
        if value[0] in "[{":
            if value.startswith("{{"):
                return self.found("yaml.placeholder-start", line, line.value_column,
                                  example=self.example(line, _quoted(value)))
            closing = "]" if value[0] == "[" else "}"
            return self.found("yaml.unclosed-list", line, line.value_column, bracket=value[0],
                              closing=closing,
                              example=self.example(line, value.rstrip(",") + closing))
        quote = value[0]
        name = "double quote (\")" if quote == '"' else "single quote (')"
        if quote == "'" and re.search(r"[A-Za-z]'[A-Za-z]", value[1:]):
            return self._apostrophe(line, value)
        return self.found("yaml.unclosed-quote", line, line.value_column, quote_name=name,
                          quote=quote, example=self.example(line, value + quote))

    def _text_after(self, line: _Line, quoted: str, after: str) -> Problem:
        whole = line.value
        if quoted[0] == "[" or quoted[0] == "{":
            if quoted.startswith("{{"):
                return self.found("yaml.placeholder-start", line, line.value_column,
                                  example=self.example(line, _quoted(whole)))
            return self.found("yaml.special-start", line, line.value_column, char=quoted[0],
                              example=self.example(line, _quoted(whole)))
        if quoted[0] == "'" and (quoted[-2:-1].isalpha() and after[:1].isalpha()):
            return self._apostrophe(line, whole)
        return self.found("yaml.text-after-quote", line, line.value_column + len(quoted),
                          example=self.example(line, _quoted(whole)))

    def _apostrophe(self, line: _Line, value: str) -> Problem:
        inner = value[1:-1] if len(value) > 1 and value.endswith("'") else value[1:]
        doubled = "'" + inner.replace("''", "'").replace("'", "''") + "'"
        plain = inner.replace("''", "'")
        return self.found("yaml.apostrophe", line, line.value_column,
                          doubled=self.example(line, doubled),
                          example=self.example(line, _double_quoted(plain)))

    # --- helpers ----------------------------------------------------------------------

    def example(self, line: _Line, value: str) -> str:
        """The line rewritten with `value`, shortened when long, without its indent."""
        if line.key in _PRIVATE_KEYS:
            value = value[0] + "..." + value[-1] if value[:1] in "'\"" else "..."
        elif len(value) > _MAX_EXAMPLE:
            value = value[:_MAX_EXAMPLE - 8] + " ... " + value[-2:].lstrip()
        prefix = "- " * len(line.dashes) + (f"{line.key}: " if line.key else "")
        return prefix + value

    def candidates(self, line: _Line) -> list[_Line]:
        """The lines above `line` that are open around it: each one less or equally
        indented than every line between it and `line` (its siblings and ancestors)."""
        found: list[_Line] = []
        lowest = None
        for other in reversed([x for x in self.lines if x.number < line.number]):
            start = other.dashes[0] if other.dashes else other.column
            if lowest is None or start <= lowest:
                found.append(other)
                lowest = start
            if lowest == 0:
                break
        return found

    def sibling_of(self, line: _Line) -> _Line | None:
        """The key line above that `line` (a key) should line up with."""
        keys = [other for other in self.candidates(line) if other.key]
        if not keys:
            return None
        return min(keys, key=lambda other: (abs(other.column - line.column), -other.number))

    def line(self, number: int) -> _Line | None:
        return next((x for x in self.lines if x.number == number), None)

    def before(self, line: _Line) -> _Line | None:
        above = [x for x in self.lines if x.number < line.number]
        return above[-1] if above else None


def _shown_key(line: _Line) -> str:
    return f"{line.key}:" if line.key else "-"


def _quoted(value: str) -> str:
    """`value` in double quotes, or in single quotes when it holds a double quote."""
    if '"' in value and "\\" not in value:
        return "'" + value.replace("'", "''") + "'"
    return _double_quoted(value)


def _double_quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def diagnose(text: str, error: Any, path: Path | str,
             key_names: Collection[str] = ()) -> Problem:
    """The mistake behind a YAML syntax `error` (a `yaml.MarkedYAMLError`) in `text`."""
    reader = _Reader(text, path, key_names)
    problem_mark = error.problem_mark or error.context_mark
    last = problem_mark.line + 1 if problem_mark else len(reader.raw)
    context = error.context or ""
    if reader.problem is not None and reader.problem.position.line <= last:
        return reader.problem
    site_number = last
    if error.context_mark is not None and ("simple key" in context or "quoted" in context):
        site_number = error.context_mark.line + 1
    site = reader.line(site_number)
    if site is not None:
        problem = _at_site(reader, site)
        if problem is not None:
            return problem
    return _fallback(reader, error, site_number, problem_mark)


def _at_site(reader: _Reader, site: _Line) -> Problem | None:
    """The mistake on the line where the parser stopped (or began the token it could not
    finish): a key without its colon, lost indentation, a missing `- `, misalignment."""
    body = site.text.lstrip(" \t")
    if re.match(r"-[^\s-]", body):
        return reader.found("yaml.dash-without-space", site, site.indent,
                            example="- " + body[1:])
    if site.key is None:
        return _keyless(reader, site) if not site.dashes else _misaligned(reader, site)
    above = reader.before(site)
    if above is not None and not above.structural:  # `name Robin` above `start: ...`
        problem = _keyless(reader, above)
        if problem is not None:
            return problem
    if not _IDENTIFIER.fullmatch(site.key) and above is not None and _holds_text(above):
        return reader.found("yaml.colon-in-value", site, site.column + len(site.key),
                            where=f"the text of `{_shown_key(above)}` (line {above.number})"
                            if above.key else f"the list item on line {above.number}",
                            example=f"{_shown_key(above)} \"{above.value} ...\""
                            if above.key else f"- \"{above.value} ...\"")
    return _misaligned(reader, site)


def _keyless(reader: _Reader, site: _Line) -> Problem | None:
    """A line with no `key:` on it where the parser expected one."""
    body = site.value
    words = body.split()
    first = words[0] if words else ""
    if site.dashes:
        return None
    equals = re.match(r"([A-Za-z_][\w-]*)\s*=\s*(.*)", body)
    if equals:
        return reader.found("yaml.equals-for-colon", site, site.column + len(equals[1]),
                            example=f"{equals[1]}: {equals[2]}")
    glued = re.match(r"([A-Za-z_][\w-]*):(\S.*)", body)
    if glued:
        return reader.found("yaml.no-space-after-colon", site, site.column + len(glued[1]),
                            example=f"{glued[1]}: {glued[2]}")
    owner = reader.block_owner.get(site.number)
    if owner is not None:
        text_indent = _block_text_indent(reader, owner)
        return reader.found("yaml.block-text-indent", site, site.indent,
                            key=_shown_key(owner), line=owner.number, spaces=text_indent)
    for other in reader.candidates(site):
        if site.indent in other.dashes:
            return reader.found("yaml.missing-dash", site, site.indent,
                                line=other.number, example=f"- {body}")
    above = reader.before(site)
    if (above is not None and above.dashes and above.key and above.key not in reader.given_keys
            and not re.fullmatch(r"[a-z_][a-z0-9_]*", above.key)):
        # `- Notice: breathe` read as a key and its value, then its text runs on
        return reader.found("yaml.colon-in-value", above, above.column + len(above.key),
                            where="this list item",
                            example=reader.example(_Line(**{**vars(above), "key": None}),
                                                   _quoted(f"{above.key}: {above.value}")))
    looks_like_key = first in reader.key_names and (
        len(words) <= 4 or above is None or not _holds_text(above)
        or above.value.rstrip().endswith((".", "!", "?", ":")))
    if not looks_like_key and above is not None and _holds_text(above):
        spaces = (above.column if above.key else above.dashes[-1]) + 2
        what = (f"the text of `{_shown_key(above)}` on line {above.number}" if above.key
                else f"the list item on line {above.number}")
        return reader.found("yaml.lost-indent", site, site.indent, what=what, spaces=spaces,
                            line=above.number)
    if _IDENTIFIER.fullmatch(first):
        rest = body[len(first):].strip()
        return reader.found("yaml.missing-colon", site, site.column + len(first), key=first,
                            example=f"{first}: {rest}" if rest else f"{first}:")
    return None


def _holds_text(line: _Line) -> bool:
    """Whether `line` ends with plain text that a next line could continue."""
    return bool(line.value) and line.value[0] not in "'\"[{|>" and (
        line.key is not None or bool(line.dashes))


def _block_text_indent(reader: _Reader, owner: _Line) -> int:
    for number in range(owner.number + 1, len(reader.raw) + 1):
        text = reader.raw[number - 1]
        if text.strip():
            return len(text) - len(text.lstrip(" "))
    return owner.column + 2


def _misaligned(reader: _Reader, site: _Line) -> Problem | None:
    if site.key is None or site.dashes and site.indent != site.column:
        items = [other for other in reader.candidates(site) if other.dashes]
        if not items:
            return None
        item = min(items, key=lambda other: (abs(other.dashes[0] - site.indent),
                                             -other.number))
        if item.dashes[0] == site.indent:
            return None
        return reader.found("yaml.misaligned-item", site, site.indent, line=item.number,
                            spaces=item.dashes[0])
    above = reader.before(site)
    opener = reader.before(above) if above is not None else None
    if (above is not None and above.key and above.value and not above.dashes
            and above.column < site.column and opener is not None and opener.key and (
                not opener.value and opener.column == above.column
                or opener.column == site.column)):
        # `provider:` or a sibling / `name: X` (should be indented) / `  address: ...`
        return reader.found("yaml.misaligned", above, above.column, key=above.key,
                            sibling=_shown_key(site), line=site.number, spaces=site.column)
    sibling = reader.sibling_of(site)
    if sibling is None or sibling.column == site.column:
        return None
    return reader.found("yaml.misaligned", site, site.column, key=site.key,
                        sibling=_shown_key(sibling), line=sibling.number,
                        spaces=sibling.column)


_PLAIN_WORDS = (
    ("mapping values", "a colon (:) where none can be"),
    ("expected ':'", "a colon (:) is missing"),
    ("end of stream", "the file ends before a value is finished"),
    ("expected key", "this line is not lined up with the lines above it"),
    ("block end", "this line is not lined up with the lines above it"),
    ("'-' indicator", "this line is not lined up with the list above it"),
    ("cannot start any token",
     "a value starts with a character that has a special meaning, so it must be in quotes"),
    ("tab", "a tab character is used for indenting (use spaces)"),
    ("',' or ']'", "a list in [ ] is not closed"),
    ("',' or '}'", "a { is not closed (put the value in quotes)"),
)


def _fallback(reader: _Reader, error: Any, number: int, mark: Any) -> Problem:
    """Plain words for anything not recognised above, at the best line we know."""
    what = (error.problem or "").lower()
    plain = next((words for marker, words in _PLAIN_WORDS if marker in what),
                 "this line cannot be read")
    column = mark.column if mark is not None and mark.line + 1 == number else 0
    return reader.found("yaml.syntax", number, column, what=plain)
