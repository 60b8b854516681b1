"""`actsheets certificates COURSE --roster ATTENDEES.csv --out DIR`: one landscape
certificate per attendee who completed the course, as one combined PDF and one file per
attendee (named from the roster's id column, never from names), and a register (CSV) the
provider keeps.

Roster columns: id, name, completed (YYYY-MM-DD); optional licence (or license), state,
minutes (attended; empty means the whole course) and score (post-test percentage). A row
that cannot be read is reported as ROSTER:ROW:COLUMN and gets no certificate; the others
still do. An attendee with fewer minutes than the course's credit-bearing minutes, or a
score below the pass mark, gets no certificate and is listed (by row and id). Names appear
only on certificates and in the register: never in file names, messages or metadata.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import difflib
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from actsheets.build.courses import check_image, prepare_course
from actsheets.build.environment import Environment
from actsheets.build.pool import run_jobs
from actsheets.compose.course import CourseView
from actsheets.documents import load_document
from actsheets.errors import ActsheetsError, ContentError, Position, Problem
from actsheets.loading.roster import Roster, RosterRow, read_roster
from actsheets.models.kinds.course import Course, hours_text
from actsheets.models.wording import Wording
from actsheets.output.atomic import remove_stale_temporaries, write_atomically
from actsheets.output.lock import FolderBusy, locked
from actsheets.render.pdf.kinds.course import credit_lines
from actsheets.render.pdf.kinds.course_certificate import (
    Attendee,
    SignatureLine,
    name_font,
    render_certificates,
    undrawable,
)
from actsheets.text import markdown
from actsheets.text.personal import Calendar, UnknownLanguage

REQUIRED = ("id", "name", "completed")
OPTIONAL = ("licence", "state", "minutes", "score")
ALIASES = {"license": "licence"}
MAX_NAME = 150
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REGISTER_COLUMNS = ("certificate_id", "verification_code", "id", "name", "licence", "state",
                    "completed", "minutes", "score", "credits", "status")


@dataclass
class CertificateReport:
    issued: list[str] = field(default_factory=list)  # roster ids
    not_issued: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # errors and warnings
    files: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    row: RosterRow
    id: str
    name: str
    licence: str
    state: str
    completed: dt.date
    minutes: int | None
    score: float | None


def certificate_code(course: Course, course_id: str, row_id: str, name: str,
                     completed: dt.date) -> tuple[str, str]:
    """The certificate ID and its verification code: the same course, attendee and date
    always give the same pair, so a rebuilt certificate matches the register."""
    initials = "".join(word[0] for word in re.split(r"[-_]+", course_id) if word)[:8].upper()
    certificate_id = f"{initials}-{completed:%Y%m%d}-{row_id}"
    parts = (course_id, course.title, course.provider.name, row_id, name, completed.isoformat())
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    code = base64.b32encode(digest).decode()[:8]
    return certificate_id, f"{code[:4]}-{code[4:]}"


def make_certificates(course_path: Path, roster_path: Path, out_dir: Path, paper: str,
                      env: Environment, processes: int = 1) -> CertificateReport:
    document = load_document(course_path)
    if document.kind != "course":
        raise ContentError([Problem.of("course.not-a-course", course_path,
                                       document.source.position_of(("kind",)),
                                       kind=document.kind)])
    prepared = prepare_course(document, env)
    course: Course = prepared.view.course
    try:  # the completion date, in the course's language
        written = Calendar(prepared.resolved.language).date
    except UnknownLanguage:  # reported with the course itself
        written = dt.date.isoformat
    signatures = _signature_lines(document, env)
    report = CertificateReport()
    roster, report.problems = read_roster(roster_path)
    if roster is None:
        return report
    header = _header_problems(roster)
    if header:
        report.problems += header
        return report
    rows = _rows(roster, env, report)
    issued: list[tuple[_Row, Attendee]] = []
    register: list[list[str]] = []
    credit_minutes = course.credit_minutes
    for row in rows:
        certificate_id, code = certificate_code(course, document.id, row.id, row.name,
                                                row.completed)
        status = "issued"
        if row.minutes is not None and row.minutes < credit_minutes:
            status = "not issued: too few minutes"
            report.problems.append(Problem.of(
                "certificate.too-few-minutes", roster.path, row.row.position(roster, "minutes"),
                id=row.id, need=credit_minutes))
        elif row.score is not None and row.score < course.post_test.mark:
            status = "not issued: below the pass mark"
            report.problems.append(Problem.of(
                "certificate.below-pass-mark", roster.path, row.row.position(roster, "score"),
                id=row.id, mark=course.post_test.mark))
        credits = "; ".join(markdown.plain(line) for line in credit_lines(course,
                                                                            prepared.resolved.wording))
        register.append([certificate_id if status == "issued" else "",
                         code if status == "issued" else "", row.id, row.name, row.licence,
                         row.state, row.completed.isoformat(),
                         "" if row.minutes is None else str(row.minutes),
                         "" if row.score is None else hours_text(row.score), credits, status])
        if status != "issued":
            report.not_issued.append(row.id)
            continue
        licence = " ".join(part for part in (row.licence, f"({row.state})" if row.state else "")
                           if part)
        issued.append((row, Attendee(row.name, licence, written(row.completed),
                                     certificate_id, code, name_font(row.name, env.fonts)
                                     or env.fonts.bold)))
    wording = prepared.resolved.wording
    title = f"{markdown.plain(course.title)} – {wording.course_certificate}"
    pages = _render_all(_Render(prepared.view, wording, signatures, paper, title),
                        [attendee for _, attendee in issued], env, processes)
    suffix = "" if paper == "letter" else f"-{paper}"
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        with locked(out_dir):
            remove_stale_temporaries(out_dir)
            for (row, _), pdf in zip(issued, pages.singles):
                target = out_dir / f"certificate-{row.id}{suffix}.pdf"
                write_atomically(target, pdf)
                report.files.append(target)
                report.issued.append(row.id)
            if issued:
                combined = out_dir / f"{document.id}-certificates{suffix}.pdf"
                write_atomically(combined, pages.combined)
                report.files.append(combined)
            register_path = out_dir / f"{document.id}-register.csv"
            write_atomically(register_path, _register_csv(register))
            report.files.append(register_path)
    except FolderBusy:
        raise ActsheetsError(f"another actsheets command is writing to {out_dir} right now "
                             "(wait for it to finish, or choose another --out)") from None
    return report


@dataclass(frozen=True)
class _Render:
    """What every certificate of one run shares (sent once to each worker process)."""

    view: CourseView
    wording: Wording
    signatures: list[SignatureLine]
    paper: str
    title: str


@dataclass
class _Pages:
    singles: list[bytes]
    combined: bytes


CHUNK = 25  # certificates per job: enough to keep a worker busy, few enough to share out


def _render_all(shared: _Render, attendees: list[Attendee], env: Environment,
                processes: int) -> _Pages:
    """One PDF per attendee and the combined PDF, on all cores when there are many."""
    jobs = [(shared, attendees, True)] if attendees else []
    jobs += [(shared, attendees[start:start + CHUNK], False)
             for start in range(0, len(attendees), CHUNK)]
    singles: list[bytes] = []
    combined = b""
    for (_, _, whole), pdfs in run_jobs(jobs, _render_job, env, processes, len(attendees)):
        if whole:
            combined = pdfs[0]
        else:
            singles += pdfs
    return _Pages(singles, combined)


def _render_job(job: tuple[_Render, list[Attendee], bool], env: Environment) -> list[bytes]:
    shared, attendees, whole = job

    def render(group: list[Attendee]) -> bytes:
        return render_certificates(shared.view, shared.wording, group, shared.signatures,
                                   env.theme.theme, env.fonts, shared.paper, shared.title)

    return [render(attendees)] if whole else [render([attendee]) for attendee in attendees]


def _signature_lines(document, env: Environment) -> list[SignatureLine]:
    course: Course = document.model
    if not course.signatures:
        return [SignatureLine(i.name, i.credentials or "", None) for i in course.instructors]
    lines, problems = [], []
    for index, signature in enumerate(course.signatures):
        image = None
        if signature.image:
            image, found = check_image(signature.image, ("signatures", index, "image"),
                                       document.source, env)
            problems += found
        lines.append(SignatureLine(signature.name, signature.role or "", image))
    if problems:
        raise ContentError(problems)
    return lines


def _header_problems(roster: Roster) -> list[Problem]:
    problems: list[Problem] = []
    columns = [ALIASES.get(c.lower(), c.lower()) for c in roster.columns]
    for number, (column, name) in enumerate(zip(columns, roster.columns), start=1):
        if column not in REQUIRED + OPTIONAL:
            close = difflib.get_close_matches(column, REQUIRED + OPTIONAL + tuple(ALIASES), n=1)
            suggestion = f" (did you mean '{close[0]}'?)" if close else \
                f" (use: {', '.join(REQUIRED + OPTIONAL)})"
            problems.append(Problem.of("attendees.unknown-column", roster.path,
                                       Position(1, number), name=name[:40],
                                       suggestion=suggestion))
    for name in REQUIRED:
        if name not in columns:
            problems.append(Problem.of("attendees.missing-column", roster.path,
                                       Position(1, 1), name=name,
                                       required=", ".join(REQUIRED)))
    return problems


def _rows(roster: Roster, env: Environment, report: CertificateReport) -> list[_Row]:
    canonical = {name: ALIASES.get(name.lower(), name.lower()) for name in roster.columns}
    by_canonical = {value: key for key, value in canonical.items()}
    first_line: dict[str, int] = {}
    rows: list[_Row] = []

    def cell(row: RosterRow, name: str) -> str:
        return row.values.get(by_canonical.get(name, name), "")

    for row in roster.rows:
        problems: list[Problem] = []

        def at(name: str, row: RosterRow = row) -> Position:
            return row.position(roster, by_canonical.get(name, name))

        row_id = cell(row, "id")
        if not row_id:
            problems.append(Problem.of("attendees.empty-cell", roster.path, at("id"), column="id"))
        elif not SAFE_ID.match(row_id):
            problems.append(Problem.of("roster.bad-id", roster.path, at("id")))
        elif row_id.casefold() in first_line:
            problems.append(Problem.of("roster.repeated-id", roster.path, at("id"),
                                       first=first_line[row_id.casefold()]))
        else:
            first_line[row_id.casefold()] = row.line
        name = " ".join(cell(row, "name").split())
        if not name:
            problems.append(Problem.of("attendees.empty-cell", roster.path, at("name"),
                                       column="name"))
        elif len(name) > MAX_NAME:
            problems.append(Problem.of("roster.name-too-long", roster.path, at("name"),
                                       limit=MAX_NAME))
        for column in ("name", "licence", "state"):
            missing = undrawable(cell(row, column), env.fonts)
            if missing:
                shown = ", ".join(f"U+{ord(c):04X}" for c in missing[:6])
                problems.append(Problem.of("roster.cell-glyphs", roster.path, at(column),
                                           characters=shown, column=column))
        completed = None
        text = cell(row, "completed")
        if not text:
            problems.append(Problem.of("attendees.empty-cell", roster.path, at("completed"),
                                       column="completed"))
        else:
            try:
                if not ISO_DATE.match(text):
                    raise ValueError(text)
                completed = dt.date.fromisoformat(text)
            except ValueError:
                problems.append(Problem.of("attendees.bad-date", roster.path, at("completed"),
                                           column="completed"))
        minutes = None
        text = cell(row, "minutes")
        if text:
            if text.isdigit() and int(text) <= 100_000:
                minutes = int(text)
            else:
                problems.append(Problem.of("roster.bad-minutes", roster.path, at("minutes")))
        score = None
        text = cell(row, "score").rstrip("%").strip().replace(",", ".")
        if text:
            try:
                score = float(text)
                if not 0 <= score <= 100:
                    raise ValueError(text)
            except ValueError:
                score = None
                problems.append(Problem.of("roster.bad-score", roster.path, at("score")))
        if problems or completed is None:
            report.problems += problems
            continue
        rows.append(_Row(row, row_id, name, " ".join(cell(row, "licence").split()),
                         " ".join(cell(row, "state").split()), completed, minutes, score))
    return rows


def _register_csv(rows: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheet programs read accents right); cells
    that a spreadsheet would run as a formula are kept as text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(REGISTER_COLUMNS)
    for row in rows:
        writer.writerow(["'" + value if value[:1] in ("=", "+", "-", "@") else value
                         for value in row])
    return buffer.getvalue().encode("utf-8-sig")
