"""What a course builds: the course pack, the post-test, the answer key and the evaluation
form, for each paper asked for, all or none (a failure writes none of them).

The handouts and worksheets a course includes are found by id among the project's content;
the record of inputs holds the course file, every included document's file, the wording
files of every language drawn, the statement templates looked for (a user's new override
rebuilds the course) and the logo.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path

from actsheets.build.environment import Environment
from actsheets.compose.course import CourseView, Included, course_pack, course_sheet
from actsheets.documents import Document, id_from_file_name, load_documents
from actsheets.errors import ContentError, Problem
from actsheets.loading.reads import InputRecord
from actsheets.loading.source import SourceFile
from actsheets.models.kinds import PRODUCTS
from actsheets.models.kinds.course import Course, course_warnings
from actsheets.output.naming import Variant, output_path
from actsheets.render.pdf.parts.composition import render_composition
from actsheets.text.document import ResolvedDocument, resolve_document
from actsheets.text.statements import resolve_statements, statement_name
from actsheets.wording import language_file_names

MAX_IMAGE_BYTES = 5_000_000
MAX_IMAGE_SIDE = 6000
INCLUDABLE = ("handout", "worksheet")


@dataclass
class PreparedCourse:
    """A course resolved and ready to compose, with what it read and its warnings."""

    resolved: ResolvedDocument
    view: CourseView
    included: list[Included]
    record: InputRecord
    warnings: list[Problem]


def course_targets(document: Document, papers: list[str], large_print: bool,
                   output_dir: Path, html: bool = False) -> list[tuple[Path, Variant]]:
    """<id>-pack.pdf, <id>-post-test.pdf, <id>-answer-key.pdf, <id>-evaluation.pdf per
    paper (with -a4 and -large as for every document), in PRODUCTS order; with `html`,
    the same four as web pages (<id>-pack.html...)."""
    variants = [Variant(paper=paper, large_print=large_print) for paper in papers]
    if html:
        variants.append(Variant(format="html"))
    return [(output_path(output_dir, f"{document.id}-{product}", variant), variant)
            for variant in variants for product in PRODUCTS]


def render_course(document: Document, targets: list[tuple[Path, Variant]],
                  env: Environment) -> tuple[list[bytes], list[Problem], InputRecord]:
    prepared = prepare_course(document, env)
    outputs: list[bytes] = []
    for (_, variant), product in zip(targets, cycle(PRODUCTS)):
        if product == "pack":
            composition = course_pack(prepared.resolved, prepared.view, prepared.included)
        else:
            composition = course_sheet(prepared.resolved, prepared.view, product)
        if variant.format == "html":
            from actsheets.build.render_html import render_composition_html

            outputs.append(render_composition_html(composition, env))
        else:
            outputs.append(render_composition(composition, env.theme.theme, env.fonts,
                                              variant.paper, variant.large_print).pdf)
    return outputs, prepared.warnings, prepared.record


def prepare_course(document: Document, env: Environment) -> PreparedCourse:
    """Resolve the course, its statements, its logo and its included documents; every
    problem at once."""
    course: Course = document.model  # type: ignore[assignment]
    source = document.source
    record = InputRecord(env.record.files)
    record.add(source.path)
    problems: list[Problem] = []
    language = env.language_of(course)
    _record_wording(record, env, language)
    resolved = None
    try:
        resolved = resolve_document(document, env.practice, env.wording(language), language,
                                    env.fonts)
    except ContentError as error:
        problems += error.problems
    for board in course.statements:
        for path in env.search.candidates(statement_name(board)):
            record.add(path)
    statements = []
    if resolved is not None:
        try:
            statements = resolve_statements(resolved.model, source, env.search,  # type: ignore[arg-type]
                                            env.fonts)
        except ContentError as error:
            problems += error.problems
    logo = None
    if course.provider.logo:
        logo, found = check_image(course.provider.logo, ("provider", "logo"), source, env)
        problems += found
        if logo is not None:
            record.add(logo)
    included, found = _included(course, source, env, record)
    problems += found
    if problems or resolved is None:
        raise ContentError(problems)
    warnings = [Problem.of(f.code, source.path, source.position_of(f.loc), 
                           **f.slots) for f in course_warnings(course)]
    view = CourseView(resolved.model, tuple(statements), logo)  # type: ignore[arg-type]
    return PreparedCourse(resolved, view, included, record, warnings)


def _record_wording(record: InputRecord, env: Environment, language: str) -> None:
    for name in language_file_names(language):
        for path in env.search.candidates(f"wording/{name}.yaml"):
            record.add(path)


def _included(course: Course, source: SourceFile, env: Environment,
              record: InputRecord) -> tuple[list[Included], list[Problem]]:
    if not course.includes:
        return [], []
    documents, load_problems = load_documents([env.project.content_dir])
    by_id = {d.id: d for d in documents}
    broken = {id_from_file_name(Path(p.file)): Path(p.file) for p in load_problems}
    included: list[Included] = []
    problems: list[Problem] = []
    for index, include in enumerate(course.includes):
        where = source.position_of(("includes", index, "id"))
        document = by_id.get(include.id)
        if document is None and include.id in broken:
            problems.append(Problem.of("course.include-broken", source.path, where,
                                       id=include.id, file=_shown(broken[include.id], env)))
            continue
        if document is None:
            candidates = [i for i, d in by_id.items() if d.kind in INCLUDABLE]
            close = difflib.get_close_matches(include.id, candidates, n=1, cutoff=0.5)
            suggestion = f" (did you mean '{close[0]}'?)" if close else \
                f" (known ids: {', '.join(sorted(candidates)[:12]) or 'none'})"
            problems.append(Problem.of("course.include-unknown", source.path, where,
                                       id=include.id, suggestion=suggestion))
            continue
        if document.kind not in INCLUDABLE:
            problems.append(Problem.of("course.include-kind", source.path, where,
                                       id=include.id, kind=document.kind))
            continue
        record.add(document.source.path)
        language = env.language_of(document.model)
        _record_wording(record, env, language)
        try:
            resolved = resolve_document(document, env.practice, env.wording(language),
                                        language, env.fonts)
        except ContentError:
            problems.append(Problem.of("course.include-broken", source.path, where,
                                       id=include.id, file=_shown(document.source.path, env)))
            continue
        included.append(Included(resolved, include.audience))
    return included, problems


def _shown(path: Path, env: Environment) -> str:
    try:
        return str(path.resolve().relative_to(env.project.root))
    except ValueError:
        return str(path)


def check_image(value: str, loc: tuple, source: SourceFile,
                env: Environment) -> tuple[Path | None, list[Problem]]:
    """An image named in a content file: inside the project, PNG or JPEG, not too large."""
    where = source.position_of(loc)
    root = env.project.root.resolve()
    path = (root / value).resolve()

    def refuse(problem: Problem) -> tuple[None, list[Problem]]:
        return None, [problem]

    if not path.is_relative_to(root):
        return refuse(Problem.of("image.outside-project", source.path, where, path=value))
    if not path.is_file():
        return refuse(Problem.of("image.not-found", source.path, where, path=value))
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        return refuse(Problem.of("image.too-large", source.path, where, path=value,
                                 size=f"{size / 1e6:.1f}", limit=MAX_IMAGE_BYTES // 1_000_000))
    with open(path, "rb") as handle:
        head = handle.read(8)
    size_of = None
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        from reportlab.lib.utils import ImageReader

        try:
            size_of = ImageReader(str(path)).getSize()
        except Exception:  # noqa: BLE001 - any failure to decode is a damaged image
            size_of = None
    if size_of is None:
        return refuse(Problem.of("image.wrong-type", source.path, where, path=value))
    width, height = size_of
    if max(width, height) > MAX_IMAGE_SIDE:
        return refuse(Problem.of("image.too-many-pixels", source.path, where, path=value,
                                 width=width, height=height, limit=MAX_IMAGE_SIDE))
    return path, []
