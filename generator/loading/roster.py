"""Reading a roster: a CSV file of clients or attendees, one row each, as exported by Excel
or a practice system.

Accepted: UTF-8 with or without a byte-order mark, comma, semicolon or tab separators
(guessed from the first line), Windows or Unix line endings. Anything else gets one clear
problem rather than garbled names. Every cell keeps its row (the file's line) and column
number, so problems read `ROSTER:ROW:COLUMN`. Problems name rows and columns, never the
values in them: a roster holds clients' names.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from actsheets.errors import ContentError, Position, Problem

MAX_ROSTER_BYTES = 20_000_000
SEPARATORS = ",;\t"
_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


@dataclass(frozen=True)
class RosterRow:
    line: int  # the row's line in the file (the header is line 1)
    values: dict[str, str]  # column name -> cell text, stripped

    def column(self, roster: Roster, name: str) -> int:
        return roster.columns.index(name) + 1

    def position(self, roster: Roster, name: str | None = None) -> Position:
        return Position(self.line, self.column(roster, name) if name in roster.columns else 1)


@dataclass(frozen=True)
class Roster:
    path: Path
    columns: list[str]
    rows: list[RosterRow]
    separator: str


def read_roster(path: Path) -> tuple[Roster | None, list[Problem]]:
    """The roster and the problems of rows that could not be read (good rows are kept)."""
    try:
        raw = _read_bytes(path)
    except ContentError as error:
        return None, error.problems
    if raw.startswith(_BOMS):
        return None, [Problem.of("roster.not-utf8", path, Position(1, 1))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        return None, [Problem.of("roster.not-utf8", path, Position(line, 1))]
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        return None, [Problem.of("roster.empty", path, Position(1, 1))]
    separator = _separator(lines[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    problems: list[Problem] = []
    try:
        header = [cell.strip() for cell in next(reader)]
    except csv.Error as error:
        return None, [Problem.of("roster.syntax", path, Position(1, 1), detail=str(error))]
    for number, name in enumerate(header, start=1):
        if not name:
            problems.append(Problem.of("roster.blank-column", path, Position(1, number),
                                       number=number))
        elif header.index(name) != number - 1:
            problems.append(Problem.of("roster.repeated-column", path, Position(1, number),
                                       name=name))
    if problems:
        return None, problems
    rows: list[RosterRow] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(Problem.of("roster.syntax", path, Position(line, 1),
                                       detail=str(error)))
            break
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, and the empty rows spreadsheets leave at the end
        row_problems = _cell_problems(path, line, cells, header)
        if row_problems:
            problems += row_problems
            continue
        padded = cells + [""] * (len(header) - len(cells))
        rows.append(RosterRow(line, {name: cell.strip() for name, cell in zip(header, padded)}))
    return Roster(path, header, rows, separator), problems


def _read_bytes(path: Path) -> bytes:
    def refuse(reason: str, fix: str) -> ContentError:
        return ContentError([Problem.of("roster.unreadable", path, Position(1, 1),
                                        reason=reason, fix=fix)])

    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise refuse("there is no such file", "check the name and folder") from None
    except OSError as error:
        raise refuse((error.strerror or "").lower(), "check the file") from None
    if not stat.S_ISREG(info.st_mode):
        raise refuse("it is not a regular file", "give the path of a .csv file")
    if info.st_size > MAX_ROSTER_BYTES:
        raise ContentError([Problem.of("roster.too-large", path, Position(1, 1),
                                       limit=MAX_ROSTER_BYTES // 1_000_000)])
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_ROSTER_BYTES + 1)
    except PermissionError:
        raise refuse("permission denied", "make the file readable") from None
    except OSError as error:
        raise refuse((error.strerror or "").lower(), "check the file") from None


def _separator(header: str) -> str:
    """The separator the header line uses most (outside quotes)."""
    counts = {separator: 0 for separator in SEPARATORS}
    quoted = False
    for character in header:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    best = max(SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ","


def _cell_problems(path: Path, line: int, cells: list[str], header: list[str]) -> list[Problem]:
    if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header):]):
        return [Problem.of("roster.extra-cells", path, Position(line, len(header) + 1),
                           count=len(cells), columns=len(header))]
    for column, cell in enumerate(cells, start=1):
        bad = next((c for c in cell if ord(c) < 32 and c not in "\t\n\r"
                    or 0x7F <= ord(c) < 0xA0), None)
        if bad is not None:
            return [Problem.of("roster.control-character", path, Position(line, column),
                               codepoint=ord(bad))]
    return []
