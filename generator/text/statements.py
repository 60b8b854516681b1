"""Board statements: the wording each approving board asks providers to print, as Jinja
templates in `statements/<name>.j2` (the user's templates folder first, then the built-ins),
filled from the course in the placeholder sandbox.

A statement reads slots such as `provider.name`, `approval.number`, `approval.period` and
`credits.hours`. Only values the course gives are passed in, so a slot the course leaves
empty is an error located at the statement's entry in the course file, naming the slot
and where to fill it. A template may make a slot optional with `{% if x is defined %}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading.source import SourceFile
from actsheets.models.kinds.course import Course, hours_text
from actsheets.templates_path import TemplateSearchPath
from actsheets.text.placeholders import PlaceholderError, referenced_names, render
from actsheets.text.resolve import Coverage, missing_glyphs

SUFFIX = ".j2"


@dataclass(frozen=True)
class Statement:
    board: str
    text: str  # Markdown-subset text, slots filled
    template: Path


def statement_name(name: str) -> str:
    return f"statements/{name}{SUFFIX}"


def known_statements(search: TemplateSearchPath) -> list[str]:
    names = set()
    for directory in search.dirs:
        folder = directory / "statements"
        if folder.is_dir():
            names |= {path.name[:-len(SUFFIX)] for path in folder.glob(f"*{SUFFIX}")}
    return sorted(names)


def period_text(start: Any, end: Any) -> str:
    return f"{start.isoformat()} – {end.isoformat()}"


def credits_text(course: Course, board: str) -> str:
    parts = [f"{hours_text(c.hours)} {c.category}" for c in course.credits if c.board == board]
    return " and ".join(parts)


def statement_variables(course: Course, board: str) -> dict[str, Any]:
    """The slots a statement can read; values the course does not give are left out."""
    provider: dict[str, Any] = {"name": course.provider.name}
    if course.provider.contact:
        provider["contact"] = course.provider.contact
    if course.provider.address:
        provider["address"] = ", ".join(course.provider.address)
    variables: dict[str, Any] = {
        "provider": provider,
        "course": {"title": course.title, "level": course.level, "format": course.format},
    }
    approval = course.approval(board)
    if approval is not None:
        values: dict[str, Any] = {"board": approval.board}
        if approval.number:
            values["number"] = approval.number
        if approval.period_start:
            values["period_start"] = approval.period_start.isoformat()
        if approval.period_end:
            values["period_end"] = approval.period_end.isoformat()
        if approval.period_start and approval.period_end:
            values["period"] = period_text(approval.period_start, approval.period_end)
        variables["approval"] = values
    hours = course.board_hours().get(board)
    if hours is not None:
        variables["credits"] = {"hours": hours_text(hours), "text": credits_text(course, board),
                                "categories": [c.category for c in course.credits
                                               if c.board == board]}
    return variables


def _resolves(variables: dict[str, Any], dotted: str) -> bool:
    value: Any = variables
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return True


def _fix(slot: str, board: str) -> str:
    head = slot.split(".")[0]
    if slot == "approval.number":
        return f"add number: to the {board} approval under provider: approvals:"
    if slot.startswith("approval.period"):
        return (f"add period_start: and period_end: to the {board} approval under "
                "provider: approvals:")
    if head == "approval":
        return f"add an approval for {board} under provider: approvals:"
    if head == "credits":
        return f"add {board} hours under credits:"
    if head == "provider":
        return f"add {slot.split('.', 1)[-1]}: under provider:"
    return "fill it in, or use your own template without it"


def resolve_statements(course: Course, source: SourceFile, search: TemplateSearchPath,
                       coverage: Coverage) -> list[Statement]:
    """Every statement the course asks for, filled in; all problems at once."""
    statements: list[Statement] = []
    problems: list[Problem] = []
    for index, board in enumerate(course.statements):
        where = source.position_of(("statements", index))
        try:
            path = search.find(statement_name(board))
        except FileNotFoundError:
            known = ", ".join(known_statements(search)) or "none"
            problems.append(Problem.of("statement.not-found", source.path, where, name=board,
                                       known=known))
            continue
        try:
            template = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem.of("statement.placeholder", path, Position(1, 1),
                                       name=board, detail=str(error)))
            continue
        variables = statement_variables(course, board)
        missing = [name for name in referenced_names(template)
                   if name.split(".")[0] in ("provider", "approval", "credits", "course")
                   and not _resolves(variables, name)]
        try:
            text = render(template, variables)
        except PlaceholderError as error:
            if missing:
                problems.append(Problem.of("statement.slot-unfilled", source.path, where,
                                           name=board, slot=missing[0],
                                           fix=_fix(missing[0], board)))
            else:
                problems.append(Problem.of("statement.placeholder", path,
                                           Position(error.line, 1), name=board,
                                           detail=str(error)))
            continue
        text = text.strip()
        problems += missing_glyphs(text, coverage, path, Position(1, 1),
                                   f"statement '{board}'")
        statements.append(Statement(board, text, path))
    if problems:
        raise ContentError(problems)
    return statements
