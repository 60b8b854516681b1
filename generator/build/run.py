"""`build` and `check` over a set of content files: `check` is `build` without the write.

Fresh documents are skipped before they are parsed; the others are loaded, rendered in
memory (all variants or none) and, when building, written atomically by whoever rendered
them and recorded in the cache. Afterwards, files in the output folder left over from
documents that no longer exist are reported (and with `clean`, removed).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from actsheets.build import formats
from actsheets.config import Project
from actsheets.errors import ActsheetsError, ContentError, Problem
from actsheets.loading.content_files import find_content_files
from actsheets.output.atomic import remove_stale_temporaries, write_atomically
from actsheets.output.cache import BuildCache, Entry, options_key
from actsheets.output.lock import FolderBusy, locked
from actsheets.output.naming import Variant, output_path
from actsheets.output.os_errors import describe

if TYPE_CHECKING:  # the renderers are imported only when something needs rendering
    from actsheets.build.environment import Environment
    from actsheets.build.translation_units import Unit
    from actsheets.documents import Document


@dataclass(frozen=True)
class Options:
    papers: tuple[str, ...]
    large_print: bool
    audiences: tuple[str, ...]
    formats: tuple[str, ...] = ("pdf",)
    languages: tuple[str, ...] = ()  # built from translations/<language>/, besides the English
    strict: bool = False  # an untranslated string is an error, not a warning
    bilingual: bool = False  # translations keep the English under each text

    @property
    def groups(self) -> list[str]:
        """What the cache keeps apart: each paper of the PDFs, and each other format."""
        return formats.groups(self.formats, self.papers)

    @property
    def catalog(self) -> bool:
        """Whether output/index.html is written (with a first-page picture of each PDF)."""
        return formats.CATALOG_FORMAT in self.formats

    def key(self, group: str, language: str = "") -> str:
        """Cache entries are kept per group, so adding A4 does not rebuild Letter. The
        date files carry (SOURCE_DATE_EPOCH) is an option too."""
        translated = [language, str(self.strict), str(self.bilingual)] if language else []
        return options_key([group, str(self.large_print), ",".join(self.audiences),
                            str(self.catalog), os.environ.get("SOURCE_DATE_EPOCH", "").strip(),
                            *translated])


@dataclass
class BuildReport:
    built: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    checked: int = 0
    current: dict[Path, str] = field(default_factory=dict)  # content file -> id, this build
    left_over: list[tuple[Path, str]] = field(default_factory=list)  # (file, old id)
    removed: list[Path] = field(default_factory=list)  # left-over files `clean` removed


Progress = Callable[[str, Path], None]


@dataclass
class _Job:
    """One document and the files its variants go to (all or nothing is written). The
    job carries the file, not the loaded document: whoever renders reads it again, so the
    main process holds no document while thousands are rendered."""

    path: Path
    document_id: str
    targets: list[tuple[Path, Variant]]
    write: bool
    catalog: bool
    translation: Unit | None = None
    strict: bool = False
    bilingual: bool = False

    @property
    def source(self) -> Path:
        """The file the cache keeps the job under: the content file, or its translation."""
        return self.translation.catalog if self.translation else self.path


@dataclass
class _Outcome:
    problems: list[Problem]
    entries: dict[str, Entry] = field(default_factory=dict)  # per cache group
    write_error: str = ""


def build_documents(paths: list[Path], project: Project, prepare: Callable[[], Environment],
                    options: Options, *, write: bool = True, force: bool = False,
                    progress: Progress | None = None,
                    expected: Callable[[int], None] | None = None,
                    processes: int = 1, clean: bool = False) -> BuildReport:
    """`prepare` makes the shared environment (theme, fonts...) when something needs
    rendering: a build where nothing changed never loads a renderer. `clean` removes the
    files left over from documents that no longer exist."""
    if not write:
        return _build(paths, project, prepare, options, None, force, progress, expected,
                      processes)
    output_dir = project.output_dir
    output_dir.mkdir(parents=True, exist_ok=True)
    try:
        with locked(output_dir):
            remove_stale_temporaries(output_dir)
            cache = BuildCache(output_dir)
            report = _build(paths, project, prepare, options, cache, force, progress, expected,
                            processes)
            if options.catalog:
                _catalog(paths, project, prepare, cache, report, progress, force)
            _left_over(cache, report, clean)
            return report
    except FolderBusy:
        raise ActsheetsError(f"another actsheets build is writing to {output_dir} right now "
                             "(wait for it to finish, or build into another folder with "
                             "--out)") from None


def _build(paths: list[Path], project: Project, prepare: Callable[[], Environment],
           options: Options, cache: BuildCache | None, force: bool, progress: Progress | None,
           expected: Callable[[int], None] | None, processes: int) -> BuildReport:
    output_dir = project.output_dir
    report = BuildReport()
    write = cache is not None
    files = find_content_files(paths)
    report.checked = len(files)
    units: list[Unit] = []
    if options.languages:
        from actsheets.build.translation_units import find_units

        everything = project.content_dir.resolve() in [p.resolve() for p in paths]
        units, report.problems = find_units(project, list(options.languages), files,
                                            everything)
    sources = [(path, path, "") for path in files]
    sources += [(unit.catalog, unit.english, unit.language) for unit in units]
    stale: dict[Path, list[str]] = {}  # content file or translation -> groups to render
    unchanged: dict[str, Path] = {}  # id -> file, of documents not loaded this time
    languages = {""} | {unit.language for unit in units}
    keys = {(group, language): options.key(group, language)
            for group in options.groups for language in languages}
    for source, english, language in sources:
        for group in options.groups:
            key = keys[(group, language)]
            entry = None if cache is None or force else cache.fresh(source, key)
            if entry is None:
                stale.setdefault(source, []).append(group)
                continue
            if not language:
                unchanged[entry.document_id] = source
                report.current[source] = entry.document_id
            for name in entry.outputs:
                target = output_dir / name
                report.skipped.append(target)
                if progress:
                    progress("skipped", target)
    if not stale:
        return report
    from actsheets.build.name_clashes import clash_problem, losers
    from actsheets.build.pool import run_jobs
    from actsheets.documents import each_document, load_documents

    env = prepare()
    ids = {path: document_id for document_id, path in unchanged.items() if path not in stale}
    jobs: list[_Job] = []
    # One document at a time: the main process keeps only what each job needs.
    for document, found in each_document([path for path in files if path in stale]):
        report.problems += found
        if document is not None:
            ids[document.source.path] = document.id
            report.current[document.source.path] = document.id
            jobs.append(_Job(document.source.path, document.id,
                             _targets(document, stale[document.source.path], options,
                                      output_dir), write, options.catalog))
    lost = losers(ids)
    if lost:  # the documents of a clash are read again to say where
        unloaded = [path for path in lost if path not in stale]
        loaded = [job.path for job in jobs if job.path in lost]
        report.problems += [clash_problem(d, lost[d.source.path])
                            for d in load_documents(unloaded)[0] + load_documents(loaded)[0]]
    jobs += _translation_jobs([u for u in units if u.catalog in stale], stale, options,
                              output_dir, write)
    # A kind with nothing in a format (yet) has no targets.
    jobs = [job for job in jobs if job.targets and job.path not in lost]
    work = sum(len(job.targets) for job in jobs)
    if expected:
        expected(work)
    finished = False
    try:
        for job, outcome in run_jobs(jobs, _render_job, env, processes, work):
            if outcome.write_error:  # the next documents would fail the same way: stop here
                raise ActsheetsError(outcome.write_error)
            report.problems += outcome.problems
            if any(problem.is_error for problem in outcome.problems):
                continue
            for target, _ in job.targets:
                report.built.append(target)
                if progress:
                    progress("built", target)
            if cache is not None:
                for group, entry in outcome.entries.items():
                    language = job.translation.language if job.translation else ""
                    cache.record(job.source, keys[(group, language)], entry)
        finished = True
    finally:
        if cache is not None:
            _save(cache, quietly=not finished)
    return report


def _catalog(paths: list[Path], project: Project, prepare: Callable[[], Environment],
             cache: BuildCache, report: BuildReport, progress: Progress | None,
             force: bool) -> None:
    from actsheets.build.catalog_state import CATALOG_NAME, catalog_state

    target = project.output_dir / CATALOG_NAME
    state = catalog_state(paths, project)
    if not (force or report.built) and cache.fresh(target, state.key) is not None:
        report.skipped.append(target)
        if progress:
            progress("skipped", target)
        return
    from actsheets.build.catalog import write_catalog

    try:
        write_catalog(state, prepare(), cache)
    except ContentError as error:
        report.problems += error.problems
        return
    except OSError as error:
        error.filename = error.filename or str(target)
        raise ActsheetsError(describe(error, "write")) from None
    report.built.append(target)
    if progress:
        progress("built", target)
    _save(cache, quietly=False)


def _left_over(cache: BuildCache, report: BuildReport, clean: bool) -> None:
    """Find (and with `clean`, remove) the files of documents that no longer exist. Each
    removal is one unlink, recorded in the cache as it goes."""
    known = len(cache.made)
    found = cache.left_over(report.current)
    try:
        for name, document_id in found:
            path = cache.folder / name
            if not clean:
                report.left_over.append((path, document_id))
                continue
            try:
                cache.remove(name)
            except OSError as error:
                error.filename = error.filename or str(path)
                raise ActsheetsError(describe(error, "remove")) from None
            report.removed.append(path)
    finally:
        if len(cache.made) != known:
            _save(cache, quietly=False)


def _save(cache: BuildCache, quietly: bool) -> None:
    """Save the cache; while another error is being reported, a failure here is not news."""
    try:
        cache.save()
    except OSError as error:
        if not quietly:
            error.filename = error.filename or str(cache.path)
            raise ActsheetsError(describe(error, "write")) from None


def _translation_jobs(units: list[Unit], stale: dict[Path, list[str]], options: Options,
                      output_dir: Path, write: bool) -> list[_Job]:
    """A job per translation; which files it makes is known once the English is read,
    so the document is loaded here only for its id and variants."""
    from actsheets.documents import load_document

    jobs = []
    for unit in units:
        try:
            document = load_document(unit.english)
        except ContentError:
            continue  # reported with the English document
        targets = _targets(document, stale[unit.catalog], options, output_dir, unit.language)
        jobs.append(_Job(unit.english, document.id, targets, write, options.catalog, unit,
                         options.strict, options.bilingual))
    return jobs


def _targets(document: Document, groups: list[str], options: Options,
             output_dir: Path, language: str = "") -> list[tuple[Path, Variant]]:
    """The files one document's stale groups (papers, formats) go to."""
    if language:
        return [(output_path(output_dir, document.id, variant), variant)
                for variant in (replace(v, language=language, bilingual=options.bilingual)
                                for v in
                                formats.variants_of(document, groups, options.large_print,
                                                    list(options.audiences)))]
    if document.kind == "course":  # a course makes several files per paper (and as HTML)
        from actsheets.build.courses import course_targets

        papers = [group for group in groups if formats.format_of(group) is formats.FORMATS["pdf"]]
        return course_targets(document, papers, options.large_print, output_dir,
                              html="html" in groups)
    return [(output_path(output_dir, document.id, variant), variant)
            for variant in formats.variants_of(document, groups, options.large_print,
                                               list(options.audiences))]


def _render_job(job: _Job, env: Environment) -> _Outcome:
    from actsheets.build.render_one import inputs_of, render_document
    from actsheets.documents import load_document

    warnings: list[Problem] = []
    record = None
    try:
        if job.translation is not None:
            from actsheets.build.translations import summarised, translated_document

            document, warnings = translated_document(job.translation, job.strict,
                                                     job.bilingual)
            if any(problem.is_error for problem in warnings):
                return _Outcome(warnings)
            if job.write:  # a build says how many; `check` lists each one
                warnings = summarised(warnings, job.translation)
        else:
            document = load_document(job.path)
        if document.kind == "course":
            from actsheets.build.courses import render_course

            outputs, warnings, record = render_course(document, job.targets, env)
        else:
            outputs = render_document(document, [variant for _, variant in job.targets], env,
                                      render=formats.render)
    except ContentError as error:
        return _Outcome(warnings + error.problems)
    written: dict[str, list[str]] = {}  # group -> files written beside the outputs
    if job.write:
        target = job.targets[0][0]
        pictured: set[Variant] = set()  # a course's first file (its pack) has the picture
        try:
            for (output, variant), data in zip(job.targets, outputs):
                target = output
                write_atomically(target, data)
                first = variant not in pictured
                pictured.add(variant)
                beside = formats.companions(document, variant, data) \
                    if job.catalog and first else []
                for name, extra in beside:
                    target = output.parent / name
                    write_atomically(target, extra)
                    written.setdefault(variant.group, []).append(name)
        except OSError as error:
            error.filename = error.filename or str(target)
            return _Outcome([], write_error=describe(error, "write"))
    record = record or inputs_of(document, env)
    if job.translation is not None:
        record.add(job.translation.catalog)
    entries = {}
    for group in dict.fromkeys(v.group for _, v in job.targets):
        group_record = record.merged(formats.inputs_of(group, env))
        names = [t.name for t, v in job.targets if v.group == group] + written.get(group, [])
        entries[group] = Entry(job.document_id, group_record, tuple(names))
    return _Outcome(warnings, entries)
