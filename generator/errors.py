"""The problems a user can cause, and how they are reported.

Everything the user can fix is a `Problem` with a place in a file. Code raises
`ContentError` with one or more problems; the CLI is the one place that prints them.
Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Position:
    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Problem:
    file: Path | str
    position: Position
    message: str
    code: str = ""  # from actsheets.messages; "" only while a message is not yet in the table
    severity: str = "error"  # "warning": printed, but the build still succeeds

    @classmethod
    def of(cls, code: str, file: Path | str, position: Position, **slots) -> Problem:
        from actsheets.messages import WARNINGS, message

        return cls(file, position, message(code, **slots), code,
                   "warning" if code in WARNINGS else "error")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.position.line}:{self.position.column}: {label}{self.message}"


def errors_in(problems: list[Problem]) -> list[Problem]:
    """The problems that fail a build (warnings are only printed)."""
    return [problem for problem in problems if problem.is_error]


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
