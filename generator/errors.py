"""The problems a user can cause, and how they are reported.

Everything the user can fix is a `Problem` with a place in a file. Code raises
`ContentError` with one or more problems; the CLI is the one place that prints them.
Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Control characters (terminal escape sequences start with ESC), line separators and
# text-direction marks: echoed from content, they could rewrite the user's terminal.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters shown as escapes (`\\x1b`), safe to print."""
    return _UNSAFE.sub(_visible, text)


@dataclass(frozen=True, order=True)
class Position:
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Problem:
    file: Path | str
    position: Position
    message: str

    def __str__(self) -> str:
        return printable(f"{self.file}:{self.position.line}:{self.position.column}: "
                         f"{self.message}")


class ActsheetsError(Exception):
    """A problem the user can fix. Shown without a traceback; exit status 1."""

    exit_code = 1


class ContentError(ActsheetsError):
    """One or more problems in content, config or theme files."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def problem_at(file: Path | str, line: int, column: int, message: str) -> ContentError:
    return ContentError([Problem(file, Position(line, column), message)])
