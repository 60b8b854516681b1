"""The pipeline for one project: load, resolve text, lay out, render, write."""

from __future__ import annotations

import hashlib
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import reportlab
from actsheets.config import Project
from actsheets.documents import Document
from actsheets.errors import ContentError, Position, Problem
from actsheets.kinds import KINDS
from actsheets.layout.context import LayoutContext
from actsheets.layout.fonts import FontNotFound, FontSet, font_files, load_fonts
from actsheets.layout.furniture import Footer
from actsheets.layout.markers import DocumentStart
from actsheets.layout.page_setup import page_setup
from actsheets.layout.render import Metadata, RenderResult, render_pdf
from actsheets.layout.styles import make_styles
from actsheets.loading import read_yaml
from actsheets.output.atomic import remove_stale_temporaries, write_atomically
from actsheets.output.cache import BuildCache, fingerprint
from actsheets.output.naming import Variant, output_path
from actsheets.templates_path import TemplateSearchPath
from actsheets.text import markdown
from actsheets.text.placeholders import PlaceholderError, render
from actsheets.text.resolve import resolve_text
from actsheets.theme import LoadedTheme, load_theme
from actsheets.wording import Wording, load_wording
from reportlab.platypus.doctemplate import LayoutError


@dataclass
class Environment:
    """Everything documents of one project share: config, theme, wording, fonts."""

    project: Project
    search: TemplateSearchPath
    theme: LoadedTheme
    wording: Wording
    fonts: FontSet
    inputs_fingerprint: str

    def base_variables(self) -> dict[str, Any]:
        practice = self.project.config.practice
        return {"practice": {"name": practice.name, "contact": practice.contact},
                "client": {"name": ""}}  # filled in by personal packets; blank sheets stay blank


def prepare(project: Project) -> Environment:
    search = TemplateSearchPath(project.templates_dir)
    config_file = project.config_file or project.root / "actsheets.yaml"
    theme = load_theme(project.config.theme, search, config_file)
    wording = load_wording(project.config.language, search)
    try:
        fonts = load_fonts(theme)
        files = font_files(theme)
    except FontNotFound as error:
        raise ContentError([Problem(theme.path, _top(), f"{error} (install it, or pick "
                                    "another font in the theme)")]) from None
    _check_fixed_text(project, wording, fonts)
    parts: list[bytes | str] = [theme.path.read_bytes(), repr(project.config.model_dump()),
                                reportlab.Version]
    parts += [p.read_bytes() for d in search.dirs for p in sorted((d / "wording").glob("*.yaml"))]
    parts += [_file_digest(path) for _, path in sorted(files.items())]
    return Environment(project, search, theme, wording, fonts, fingerprint(parts))


def _top() -> Position:
    return Position(1, 1)


@lru_cache(maxsize=32)
def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_fixed_text(project: Project, wording: Wording, fonts: FontSet) -> None:
    """Text that is not content (practice line, labels) must fit the font too."""
    problems: list[Problem] = []

    def check(text: str, file: Path | str, position: Position, what: str) -> None:
        missing = fonts.missing(text)
        if missing:
            shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:8])
            problems.append(Problem(file, position, f"{what}: the font has no glyph for {shown} "
                                    "(replace these characters or choose another font)"))

    practice = project.config.practice
    if project.config_file is not None and (practice.name or practice.contact):
        source = read_yaml(project.config_file)
        for key in ("name", "contact"):
            check(getattr(practice, key), project.config_file,
                  source.position_of(("practice", key)), f"practice {key}")
    for key, value in wording.items():
        path, position = wording.places[key]
        for text in value if isinstance(value, list) else [value]:
            check(str(text), path, position, f"wording '{key}'")
    if problems:
        raise ContentError(problems)


def resolve_document_text(document: Document, env: Environment,
                          extra_variables: dict[str, Any] | None = None) -> tuple[Any, dict]:
    """The document's model with placeholders filled and every character checked."""
    variables = env.base_variables()
    try:
        title = render(document.title, variables)
    except PlaceholderError:
        title = document.title  # reported with its position when the title itself is resolved
    variables["document"] = {"id": document.id, "kind": document.kind, "title": title}
    variables.update(KINDS[document.kind].variables(document.model))
    variables.update(extra_variables or {})
    return resolve_text(document.model, document.source, variables, env.fonts), variables


def render_document(document: Document, variant: Variant, env: Environment,
                    extra_variables: dict[str, Any] | None = None) -> RenderResult:
    kind = KINDS[document.kind]
    theme = env.theme.theme
    styles = make_styles(theme, env.fonts, variant.large_print)
    page = page_setup(variant.paper, theme.margins_in, styles.small.fontSize)
    model, variables = resolve_document_text(document, env, extra_variables)
    ctx = LayoutContext(styles=styles, page=page, wording=env.wording, source=document.source,
                        variables=variables, audience=variant.audience,
                        fillable=variant.fillable)
    title = markdown.plain(model.title)  # type: ignore[attr-defined]
    footer_line = env.wording.text("footer_line", variables)
    story = [DocumentStart(title, footer_line), *kind.story(model, ctx)]
    footer = Footer(page, styles, _page_label(env.wording, variables))
    language = getattr(model, "language", None) or env.project.config.language
    metadata = Metadata(
        title=title,
        author=env.project.config.practice.name or "actsheets",
        subject=markdown.plain(getattr(model, "subtitle", None) or kind.describe),
        keywords=list(getattr(model, "keywords", [])),
        language=language,
    )
    try:
        result = render_pdf(story, footer, metadata)
    except LayoutError:
        raise ContentError([Problem(document.source.path, document.source.position_of(()),
                                    "part of this document is too large to fit on one page "
                                    "(break long text, lists or tables into smaller parts)")]
                           ) from None
    problems = [Problem(document.source.path, document.source.position_of(loc), message)
                for loc, message in kind.verify(model, result, ctx)]
    if problems:
        raise ContentError(problems)
    return result


def _page_label(wording: Wording, variables: dict[str, Any]) -> Callable[[int, int], str]:
    def label(number: int, total: int) -> str:
        return wording.text("page_of", {**variables, "page": number, "pages": total})
    return label


@dataclass
class BuildReport:
    built: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


Progress = Callable[[str, Path, str], None]


def variants_for(document: Document, papers: list[str], large_print: bool,
                 audiences: list[str]) -> list[Variant]:
    kind = KINDS[document.kind]
    wanted = [a for a in audiences if a in kind.audiences(document.model)] or ["client"]
    # The therapist version is for reading; only the client's sheet gets a fillable twin.
    return [Variant(paper=p, large_print=large_print, fillable=fillable, audience=a)
            for p in papers for a in wanted
            for fillable in ([False, True] if kind.fillable and a == "client" else [False])]


@dataclass
class _Job:
    """One document's variants that need rendering (all or nothing is written)."""

    document: Document
    targets: list[tuple[Path, Variant, str]]


def build_documents(documents: list[Document], env: Environment, papers: list[str],
                    large_print: bool, audiences: list[str], force: bool = False,
                    progress: Progress | None = None, jobs: int = 1) -> BuildReport:
    output_dir = env.project.output_dir
    output_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(output_dir)
    cache = BuildCache(output_dir)
    report = BuildReport()
    pending: list[_Job] = []
    for document in documents:
        source_bytes = document.source.path.read_bytes()
        job = _Job(document, [])
        for variant in variants_for(document, papers, large_print, audiences):
            target = output_path(output_dir, document.id, variant)
            key = fingerprint([env.inputs_fingerprint, source_bytes, repr(variant), document.id])
            if not force and cache.is_fresh(target, key):
                report.skipped.append(target)
                if progress:
                    progress("skipped", target, document.id)
            else:
                job.targets.append((target, variant, key))
        if job.targets:
            pending.append(job)
    try:
        for job, outcome in _render_all(pending, env, jobs):
            if isinstance(outcome, ContentError):
                report.problems += outcome.problems
                continue
            for (target, _, key), pdf in zip(job.targets, outcome):
                write_atomically(target, pdf)
                cache.record(target, key)
                report.built.append(target)
                if progress:
                    progress("built", target, job.document.id)
    finally:
        cache.save()
    return report


def _render_job(job: _Job, env: Environment) -> list[bytes] | ContentError:
    try:
        return [render_document(job.document, variant, env).pdf for _, variant, _ in job.targets]
    except ContentError as error:
        return error


def _render_all(pending: list[_Job], env: Environment, jobs: int):
    """Render jobs in order; with jobs > 1, in worker processes (results keep their order)."""
    work = sum(len(job.targets) for job in pending)
    if jobs <= 1 or len(pending) < 2 or work < 8:
        for job in pending:
            yield job, _render_job(job, env)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(pending)), initializer=_init_worker,
                             initargs=(env.project,)) as pool:
        yield from zip(pending, pool.map(_render_in_worker, pending))


_WORKER_ENV: Environment | None = None


def _init_worker(project: Project) -> None:
    global _WORKER_ENV
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    _WORKER_ENV = prepare(project)


def _render_in_worker(job: _Job) -> list[bytes] | ContentError:
    assert _WORKER_ENV is not None
    return _render_job(job, _WORKER_ENV)
