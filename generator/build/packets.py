"""Homework packets: one plan made out for one client, or a plan and a roster made out for
every row.

A packet is the plan page, each chosen worksheet made out for the client (their name, the
week's dose, tracker rows dated from the start; a sheet with a day-by-day tracker once per
week), and a review page for the next session. `actsheets build` builds a plan file like
any other document; `actsheets packets` builds one packet per roster row on all cores.

Privacy: the client's name is printed on the pages and nowhere else. Files are named by
the plan's or the row's id, the PDF title is the packet label and id, problems name rows
and columns, and packets from a roster are never recorded in a cache.
"""

from __future__ import annotations

import copy
import csv
import difflib
import io
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from actsheets.build.environment import Environment
from actsheets.build.name_clashes import WINDOWS_RESERVED
from actsheets.build.pool import run_jobs
from actsheets.build.translation_units import catalog_path
from actsheets.compose import Composition
from actsheets.compose.packet import packet
from actsheets.documents import Document, find_content_files, id_from_file_name, load_document
from actsheets.errors import ActsheetsError, ContentError, Position, Problem
from actsheets.loading.catalogs import read_catalog
from actsheets.loading.reads import InputRecord
from actsheets.loading.roster import Roster, RosterRow, read_roster
from actsheets.loading.source import SourceFile
from actsheets.models.blocks.tracker import TrackerBlock
from actsheets.models.kinds import KINDS
from actsheets.models.kinds.plan import Plan, PlanSheet
from actsheets.models.kinds.worksheet import Worksheet
from actsheets.models.wording import Wording
from actsheets.output.atomic import remove_stale_temporaries, write_atomically
from actsheets.output.lock import FolderBusy, locked
from actsheets.output.naming import Variant
from actsheets.output.os_errors import describe
from actsheets.render.pdf.parts.composition import RenderedPdf, render_composition
from actsheets.text import markdown
from actsheets.text.document import ResolvedDocument, resolve_document
from actsheets.text.personal import Calendar, Personal, Schedule, UnknownLanguage, WeekRow
from actsheets.text.placeholders import PlaceholderError, has_placeholders, render
from actsheets.text.resolve import missing_glyphs
from actsheets.text.translation import translate

REGISTER_NAME = "packets.csv"


# --- the library plans choose from ----------------------------------------------------------

@dataclass
class Library:
    folder: Path
    sheets: dict[str, Document] = field(default_factory=dict)  # worksheets by id
    broken: dict[str, list[Problem]] = field(default_factory=dict)  # files that did not load


def library_of(env: Environment) -> Library:
    """The project's worksheets, loaded once per environment (once per worker)."""
    if env.library is None:
        folder = env.project.content_dir
        library = Library(folder)
        for path in find_content_files([folder]) if folder.is_dir() else []:
            try:
                document = load_document(path)
            except ContentError as error:
                library.broken.setdefault(id_from_file_name(path), error.problems)
                continue
            if document.kind == "worksheet":
                library.sheets.setdefault(document.id, document)
        env.library = library
    return env.library


def _located(document: Document, findings) -> list[Problem]:
    source = document.source
    return [Problem.of(f.code, source.path, source.position_of(f.loc), **f.slots)
            for f in findings]


def sheet_problems(document: Document, env: Environment) -> list[Problem]:
    """The plan's worksheets exist and take the parameters it gives them."""
    plan: Plan = document.model  # type: ignore[assignment]
    library = library_of(env)
    problems: list[Problem] = []
    for index, chosen in enumerate(plan.worksheets):
        if chosen.worksheet in library.broken and chosen.worksheet not in library.sheets:
            problems.append(Problem.of("plan.sheet-has-problems", document.source.path,
                                       document.source.position_of(("worksheets", index,
                                                                    "worksheet")),
                                       id=chosen.worksheet))
            problems += library.broken[chosen.worksheet]
    models = {sheet_id: d.model for sheet_id, d in library.sheets.items()}
    name = _shown(library.folder, env.project.root)
    problems += _located(document, plan.check_sheets(models, name))  # type: ignore[arg-type]
    return problems


def _shown(folder: Path, root: Path) -> str:
    try:
        return f"{folder.relative_to(root).as_posix()}/"
    except ValueError:
        return f"{folder}/"


def packet_inputs(document: Document, env: Environment, record: InputRecord) -> None:
    """The files a packet reads besides the plan: its worksheets, and the date formats."""
    library = library_of(env)
    language = env.language_of(document.model)
    for chosen in document.model.worksheets:  # type: ignore[attr-defined]
        sheet = library.sheets.get(chosen.worksheet)
        if sheet is not None:
            record.add(sheet.source.path)
            record.add(catalog_path(env.project, language, sheet.id))
    import babel

    data = Path(babel.__file__).parent
    record.add(data / "global.dat")
    record.add(data / "locale-data" / f"{language.replace('-', '_')}.dat")


# --- one packet -----------------------------------------------------------------------------

def render_packet(document: Document, variant: Variant, env: Environment) -> RenderedPdf:
    """The packet for one plan, in one variant (paper, print size, printable or fillable)."""
    composition = packet_composition(document, env, fillable=variant.fillable)
    fonts = env.fonts_for(composition.metadata.language)
    return render_composition(composition, env.theme.theme, fonts, variant.paper,
                              variant.large_print)


def packet_composition(document: Document, env: Environment,
                       fillable: bool = False) -> Composition:
    """The packet for one plan as parts: the plan page, the sheets made out for the
    client, the review page (drawn as PDF or as one web page)."""
    problems = sheet_problems(document, env)
    if any(problem.is_error for problem in problems):
        raise ContentError(problems)
    plan: Plan = document.model  # type: ignore[assignment]
    source = document.source
    language = env.language_of(plan)
    try:
        calendar = Calendar(language)
    except UnknownLanguage:
        raise ContentError([Problem.of("plan.unknown-language", source.path,
                                       source.position_of(("language",)),
                                       language=language)]) from None
    wording = env.wording(language)
    fonts = env.fonts_for(language)
    resolved = resolve_document(document, env.practice, wording, language, fonts)
    plan = resolved.model  # type: ignore[assignment]
    labels = resolved.wording
    spans = plan.week_spans(calendar.first_weekday)
    schedule = _schedule(plan, spans, calendar)
    problems = missing_glyphs(plan.client, fonts, source.path,
                              source.position_of(("client",)), "the client's name")
    problems += missing_glyphs(_schedule_text(schedule) + "".join(calendar.day(d) for d in
                                                                  _days(spans[0])),
                               fonts, source.path, source.position_of(("language",)),
                               f"dates in '{language}'")
    if problems:
        raise ContentError(problems)
    resolved = replace(resolved, personal=Personal(plan.client, schedule=schedule))
    library = library_of(env)
    sheets: list[tuple[ResolvedDocument, str]] = []
    for index, chosen in enumerate(plan.worksheets):
        sheet = _in_language(library.sheets[chosen.worksheet], language, env)
        weekly = chosen.copies == "weekly" or (chosen.copies is None
                                               and _has_day_tracker(sheet.model))
        for week in range(1, len(spans) + 1) if weekly else [1]:
            personal = _personal(plan, chosen, index, week if weekly else None, spans,
                                 calendar, labels, source)
            made = resolve_document(sheet, env.practice, wording, language, fonts, personal)
            title = f"{made.title} · {labels.week} {week}" if weekly else made.title
            sheets.append((made, title))
    review = _review(document, plan, resolved, schedule)
    subtitle = getattr(plan, "subtitle", None)
    return packet(resolved, sheets, review, author=env.author,
                  subject=markdown.plain(subtitle or KINDS["plan"].describe), fillable=fillable)


def _in_language(sheet: Document, language: str, env: Environment) -> Document:
    """The worksheet in the packet's language, where it has been translated (strings not
    translated yet stay in English: `check --language` lists them)."""
    path = catalog_path(env.project, language, sheet.id)
    if env.language_of(sheet.model) == language or not path.is_file():
        return sheet
    translated, _ = translate(sheet, read_catalog(path, language))
    return translated


def _days(span: tuple[date, date]) -> list[date]:
    first, last = span
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def _has_day_tracker(sheet: Worksheet) -> bool:
    return any(isinstance(block, TrackerBlock) and block.rows == "days" for block in sheet.blocks)


def _schedule(plan: Plan, spans: list[tuple[date, date]], calendar: Calendar) -> Schedule:
    dosed = [p for p in plan.practices if p.dose is not None]
    weeks = tuple(
        WeekRow(number, calendar.span(first, last),
                tuple(calendar.amount(p.dose.amount(number), p.dose.unit)  # type: ignore[union-attr]
                      for p in dosed))
        for number, (first, last) in enumerate(spans, start=1))
    return Schedule(start=calendar.long(plan.start), review=calendar.long(plan.review_date),
                    length=calendar.weeks(plan.weeks),
                    dosed=tuple(markdown.plain(p.name) for p in dosed), weeks=weeks)


def _schedule_text(schedule: Schedule) -> str:
    rows = "".join(week.dates + "".join(week.doses) for week in schedule.weeks)
    return schedule.start + schedule.review + schedule.length + rows


def _personal(plan: Plan, chosen: PlanSheet, index: int, week: int | None,
              spans: list[tuple[date, date]], calendar: Calendar, labels: Wording,
              source: SourceFile) -> Personal:
    """What one copy of a chosen worksheet gets: the name, and for a weekly copy the week,
    its dated rows, its dose and the check-in."""
    number = week or 1
    practice = plan.practice(chosen.practice)
    dose = practice.dose if practice is not None else None
    variables: dict[str, Any] = {"client": {"name": plan.client}, "week": {"number": number}}
    note: list[str] = []
    if dose is not None:
        amount = dose.amount(number)
        text = calendar.amount(amount, dose.unit)
        variables["dose"] = {
            "amount": calendar.number(amount), "text": text,
            "start": calendar.number(dose.start), "unit": dose.unit,
            "cap": calendar.number(dose.cap) if dose.cap is not None else ""}
        note.append(f"**{labels.plan_this_week} {text} {labels.plan_a_day}.**")
    if plan.check_in:
        note.append(f"{labels.plan_check_in} {plan.check_in}")
    params: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in chosen.params.items():
        if isinstance(value, str) and has_placeholders(value):
            try:
                value = _number_or_text(render(value, variables))
            except PlaceholderError as error:
                problems.append(Problem.of("text.placeholder", source.path, source.position_of(
                    ("worksheets", index, "params", key)), detail=str(error)))
        params[key] = value
    if problems:
        raise ContentError(problems)
    if week is None:
        return Personal(plan.client, params=params)
    span = spans[week - 1]
    return Personal(plan.client, week_label=f"{week} ({calendar.span(*span)})",
                    days=tuple(calendar.day(d) for d in _days(span)),
                    tracker_note=" ".join(note), params=params)


def _number_or_text(text: str) -> int | float | str:
    """A filled-in parameter such as "{{ dose.amount }}" is a number again, so a sheet can
    compare it (`{% if params.minutes != 1 %}s{% endif %}`) and do sums with it."""
    try:
        number = float(text)
    except ValueError:
        return text
    if not math.isfinite(number) or text.strip() != text:
        return text
    return int(number) if number.is_integer() and "." not in text else number


def _review(document: Document, plan: Plan, resolved: ResolvedDocument,
            schedule: Schedule) -> ResolvedDocument:
    """The closing review page, as a worksheet made from the wording (already resolved, so
    it is not resolved again)."""
    labels = resolved.wording
    model = Worksheet.model_validate({
        "kind": "worksheet", "title": labels.plan_review_title,
        "subtitle": f"{labels.plan_review_on}: {schedule.review}",
        "instructions": labels.plan_review_intro,
        "blocks": [
            {"type": "name_date", "fields": ["name", "date"]},
            {"type": "tracker", "name": "review_did", "prompt": labels.plan_review_did,
             "rows": [p.name for p in plan.practices],
             "columns": [{"label": labels.plan_review_how_often, "width": 1.3},
                         {"label": labels.plan_review_how_it_went, "width": 3}]},
            {"type": "lines", "name": "review_in_the_way", "prompt": labels.plan_review_in_the_way,
             "lines": 3},
            {"type": "lines", "name": "review_noticed", "prompt": labels.plan_review_noticed,
             "lines": 3},
            {"type": "lines", "name": "review_keep_change",
             "prompt": labels.plan_review_keep_change, "lines": 3},
        ]})
    review = Document(id=f"{document.id}-review", kind="worksheet", source=document.source,
                      model=model)
    return ResolvedDocument(review, model, labels, resolved.language,
                            Personal(plan.client))


# --- many packets from a roster -------------------------------------------------------------

REQUIRED_COLUMNS = ("id", "name", "start")
PLAN_COLUMNS = ("therapist", "weeks", "review", "week_starts", "why", "check_in",
                "missed_days", "language", "title", "subtitle")
PRACTICE_COLUMNS = ("name", "when_then", "hard_day", "confidence", "smaller", "dose.start",
                    "dose.step", "dose.every", "dose.cap", "dose.unit")
DATE_COLUMNS = ("start", "review")


@dataclass
class PacketsReport:
    rows: int = 0
    built: list[tuple[int, str, str, int]] = field(default_factory=list)  # row, id, file, pages
    failed: dict[int, str] = field(default_factory=dict)  # row -> id
    problems: list[Problem] = field(default_factory=list)
    renamed: list[tuple[str, list[int], list[str]]] = field(default_factory=list)
    register: Path | None = None


@dataclass
class _RowJob:
    line: int
    row_id: str
    stem: str
    document: Document
    targets: list[tuple[Path, Variant]]


@dataclass
class _RowOutcome:
    problems: list[Problem]
    pages: list[int] = field(default_factory=list)
    write_error: str = ""


def build_packets(plan_path: Path, roster_path: Path, out_dir: Path, env: Environment,
                  variants: list[Variant], *, names_in_file_names: bool = False,
                  processes: int = 1,
                  progress: Callable[[int], None] | None = None) -> PacketsReport:
    """One packet per roster row. Problems of the plan itself stop everything before a file
    is written; a bad row is reported with its row and column, and the others still build."""
    template = _template(plan_path, env, variants[0])
    roster, problems = read_roster(roster_path)
    if roster is None:
        raise ContentError(problems)
    columns = _columns(roster, template)
    report = PacketsReport(rows=len(roster.rows) + len({p.position.line for p in problems}))
    report.problems += problems
    for problem in problems:
        report.failed[problem.position.line] = ""
    plans: list[tuple[RosterRow, Document]] = []
    for row in roster.rows:
        document, row_problems = _row_plan(template, roster, row, columns, env)
        report.problems += row_problems
        if document is None:
            report.failed[row.line] = row.values.get("id", "")
        else:
            plans.append((row, document))
    stems = _file_stems(plans, names_in_file_names, variants, report)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        with locked(out_dir):
            remove_stale_temporaries(out_dir)
            _render_rows(plans, stems, out_dir, env, variants, processes, progress, report)
    except FolderBusy:
        raise ActsheetsError(f"another actsheets run is writing to {out_dir} right now "
                             "(wait for it to finish, or choose another --out)") from None
    return report


def _template(plan_path: Path, env: Environment, variant: Variant) -> Document:
    """The plan, checked once with its own client: its problems are the plan file's, and
    would otherwise be reported for every row."""
    document = load_document(plan_path)
    if document.kind != "plan":
        raise ContentError([Problem.of("packet.not-a-plan", plan_path,
                                       document.source.position_of(("kind",)),
                                       kind=document.kind)])
    render_packet(document, variant, env)
    return document


def _columns(roster: Roster, template: Document) -> dict[str, tuple]:
    """Each column's place in the plan (a path of keys), or the header's problems."""
    plan: Plan = template.model  # type: ignore[assignment]
    known: dict[str, tuple] = {"id": ("id",), "name": ("client",), "start": ("start",)}
    known.update((key, (key,)) for key in PLAN_COLUMNS)
    for index, practice in enumerate(plan.practices):
        for key in PRACTICE_COLUMNS:
            known[f"{practice.id}.{key}"] = ("practices", index, *key.split("."))
    problems = [Problem.of("roster.missing-column", roster.path, Position(1, 1), name=name)
                for name in REQUIRED_COLUMNS if name not in roster.columns]
    example = f"{plan.practices[0].id}.confidence"
    for number, name in enumerate(roster.columns, start=1):
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
            problems.append(Problem.of("roster.unknown-column", roster.path, Position(1, number),
                                       name=name, example=example,
                                       suggestion=f" (did you mean '{close[0]}'?)" if close
                                       else ""))
    if problems:
        raise ContentError(problems)
    return {name: known[name] for name in roster.columns}


def _row_plan(template: Document, roster: Roster, row: RosterRow, columns: dict[str, tuple],
              env: Environment) -> tuple[Document | None, list[Problem]]:
    """The plan for one row: the template with the row's cells put in. Problems point at
    the row and column, and never repeat what the cell holds."""
    data = copy.deepcopy(template.source.data)
    problems: list[Problem] = []
    placed: dict[tuple, str] = {}

    def at(column: str) -> Position:
        return row.position(roster, column)

    for column, loc in columns.items():
        value = row.values.get(column, "")
        if not value:
            if column in REQUIRED_COLUMNS:
                problems.append(Problem.of("roster.empty-cell", roster.path, at(column),
                                           column=column))
            continue
        if column == "id":
            continue  # names the file; the plan's id is the file's stem
        if column in DATE_COLUMNS:
            try:
                value = date.fromisoformat(value)
            except ValueError:
                problems.append(Problem.of("roster.bad-date", roster.path, at(column)))
                continue
        else:
            problems += _cell_text_problems(value, roster, at(column), env)
        if column == "language" and not _has_dates(value):
            problems.append(Problem.of("roster.bad-value", roster.path, at(column),
                                       column=column, hint="use a language tag such as en, "
                                                           "en-GB, de or fr"))
            continue
        if not _put(data, loc, value):
            problems.append(Problem.of("roster.bad-value", roster.path, at(column),
                                       column=column, hint="the plan has no place for it"))
            continue
        placed[loc] = column
    if problems:
        return None, problems
    template_plan: Plan = template.model  # type: ignore[assignment]
    if template_plan.review is not None and "review" not in placed.values():
        # A later start moves the plan's review date with it.
        data["review"] = template_plan.review + (data["start"] - template_plan.start)
    data["id"] = "row"  # replaced by the file stem once every row's name is known
    try:
        plan = Plan.model_validate(data)
    except ValidationError as error:
        return None, [_row_problem(e, roster, row, placed) for e in error.errors()]
    findings = plan.check()
    problems = [_finding_problem(f, roster, row, placed, template) for f in findings]
    row_problems = [p for p in problems if p is not None]
    if any(p.is_error for p in row_problems):
        return None, row_problems
    source = SourceFile(template.source.path, data, template.source.value_positions,
                        template.source.key_positions, template.source.block_scalars)
    return Document(id="row", kind="plan", source=source, model=plan), row_problems


def _has_dates(language: str) -> bool:
    try:
        Calendar(language)
    except UnknownLanguage:
        return False
    return True


def _put(data: Any, loc: tuple, value: Any) -> bool:
    target = data
    for key in loc[:-1]:
        if isinstance(target, dict):
            target = target.setdefault(key, {})
        elif isinstance(target, list) and isinstance(key, int) and key < len(target):
            target = target[key]
        else:
            return False
        if not isinstance(target, (dict, list)):
            return False
    if not isinstance(target, dict):
        return False
    target[loc[-1]] = value
    return True


def _cell_text_problems(value: str, roster: Roster, position: Position,
                        env: Environment) -> list[Problem]:
    """A cell's text must draw with the fonts, and any placeholder in it must fill in."""
    problems = missing_glyphs(value, env.fonts, roster.path, position)
    if has_placeholders(value):
        try:
            render(value, {"client": {"name": ""}, "practice": env.practice,
                           "document": {"id": "", "kind": "plan", "title": ""}})
        except PlaceholderError as error:
            problems.append(Problem.of("text.placeholder", roster.path, position,
                                       detail=str(error)))
    return problems


def _column_of(loc: tuple, placed: dict[tuple, str]) -> str | None:
    """The column that set this place in the plan, or the nearest one."""
    best, length = None, 0
    for place, column in placed.items():
        shared = 0
        for a, b in zip(place, loc):
            if a != b:
                break
            shared += 1
        if shared > length:
            best, length = column, shared
    return best


def _row_problem(error: dict, roster: Roster, row: RosterRow,
                 placed: dict[tuple, str]) -> Problem:
    column = _column_of(tuple(error["loc"]), placed) or "name"
    kind = error["type"]
    position = row.position(roster, column)
    if kind.startswith("date"):
        return Problem.of("roster.bad-date", roster.path, position)
    if kind == "string_too_short":
        return Problem.of("roster.empty-cell", roster.path, position, column=column)
    hint = error["msg"][:1].lower() + error["msg"][1:]  # pydantic's words never quote the value
    return Problem.of("roster.bad-value", roster.path, position, column=column, hint=hint)


def _finding_problem(finding, roster: Roster, row: RosterRow, placed: dict[tuple, str],
                     template: Document) -> Problem | None:
    """A plan check: at the row's cell when a cell caused it; the template's own findings
    were reported with the plan file already."""
    column = _column_of(finding.loc, placed)
    if column is None:
        return None
    return Problem.of(finding.code, roster.path, row.position(roster, column), **finding.slots)


_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def _slug(text: str) -> str:
    """Lowercase ASCII letters, digits, '-' and '_' ("Chloé M." -> "chloe-m")."""
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return _UNSAFE.sub("-", plain).strip("-_")[:60].strip("-_")


def _file_stems(plans: list[tuple[RosterRow, Document]], names: bool, variants: list[Variant],
                report: PacketsReport) -> list[str]:
    """Safe, distinct file stems from the rows' ids (and names, when asked). Rows that share
    an id get numbered files, and the report says so."""
    taken: set[str] = set()
    stems: list[str] = []
    by_id: dict[str, list[tuple[int, str]]] = {}
    for row, _ in plans:
        base = _slug(row.values["id"]) or f"row-{row.line}"
        if names:
            base = "-".join(part for part in (base, _slug(row.values["name"])) if part)
        if base in WINDOWS_RESERVED:
            base = f"{base}-packet"
        stem, number = base, 1
        while any(f"{stem}{v.suffix()}" in taken for v in variants):
            number += 1
            stem = f"{base}-{number}"
        taken.update(f"{stem}{v.suffix()}" for v in variants)
        stems.append(stem)
        by_id.setdefault(base, []).append((row.line, stem))
    for base, rows in by_id.items():
        if len(rows) > 1:
            report.renamed.append((base, [line for line, _ in rows],
                                   [f"{stem}.pdf" for _, stem in rows]))
    return stems


def _render_rows(plans: list[tuple[RosterRow, Document]], stems: list[str], out_dir: Path,
                 env: Environment, variants: list[Variant], processes: int,
                 progress: Callable[[int], None] | None, report: PacketsReport) -> None:
    jobs = []
    for (row, document), stem in zip(plans, stems):
        model = document.model.model_copy(update={"id": stem})
        jobs.append(_RowJob(row.line, row.values["id"], stem,
                            replace(document, id=stem, model=model),
                            [(out_dir / f"{stem}{v.suffix()}.pdf", v) for v in variants]))
    results: dict[int, tuple[str, list[tuple[str, int]]]] = {}
    try:
        for job, outcome in run_jobs(jobs, _render_row, env, processes,
                                     len(jobs) * len(variants)):
            if outcome.write_error:
                raise ActsheetsError(outcome.write_error)
            if outcome.problems:
                report.problems += outcome.problems
                report.failed[job.line] = job.row_id
            else:
                files = [(target.name, pages) for (target, _), pages in
                         zip(job.targets, outcome.pages)]
                results[job.line] = (job.row_id, files)
                report.built += [(job.line, job.row_id, name, pages) for name, pages in files]
            if progress:
                progress(1)
    finally:
        report.register = _write_register(out_dir, results, report.failed)
    report.problems = list(dict.fromkeys(report.problems))  # a plan problem, once


def _render_row(job: _RowJob, env: Environment) -> _RowOutcome:
    rendered: list[RenderedPdf] = []
    try:
        for _, variant in job.targets:
            rendered.append(render_packet(job.document, variant, env))
    except ContentError as error:
        return _RowOutcome(error.problems)
    try:
        for (target, _), pdf in zip(job.targets, rendered):
            write_atomically(target, pdf.pdf)
    except OSError as error:
        error.filename = error.filename or str(target)
        return _RowOutcome([], write_error=describe(error, "write"))
    return _RowOutcome([], [pdf.pages for pdf in rendered])


def _write_register(out_dir: Path, results: dict[int, tuple[str, list[tuple[str, int]]]],
                    failed: dict[int, str]) -> Path:
    """DIR/packets.csv: one line per file (row, id, file, pages), and the failed rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["row", "id", "file", "pages", "status"])
    for line in sorted({*results, *failed}):
        if line in results:
            row_id, files = results[line]
            for name, pages in files:
                writer.writerow([line, row_id, name, pages, "built"])
        else:
            writer.writerow([line, failed[line], "", "", "failed"])
    path = out_dir / REGISTER_NAME
    write_atomically(path, buffer.getvalue().encode("utf-8"))
    return path
