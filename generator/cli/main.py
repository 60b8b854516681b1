"""`actsheets`: build, check, list and describe documents. User errors never show a
traceback. Commands import what they need when they run, so `--help` stays instant."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

import click

from actsheets import __version__
from actsheets.errors import ActsheetsError, ContentError, Problem, errors_in

PAPER_CHOICES = click.Choice(["letter", "a4"], case_sensitive=False)
FORMAT_CHOICES = click.Choice(["pdf", "html"], case_sensitive=False)


class _Say:
    """What the commands print: -q keeps problems and the summary, -v adds detail. A reader
    that goes away (`actsheets build | head`) stops the printing, never the work."""

    quiet = False
    verbose = False
    closed = False

    @classmethod
    def line(cls, text: str, err: bool = False) -> None:
        if cls.closed and not err:
            return
        try:
            click.echo(text, err=err)
        except BrokenPipeError:
            cls.closed = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # nothing more reaches the closed pipe

    @classmethod
    def detail(cls, text: str) -> None:
        if cls.verbose:
            cls.line(text)

    @classmethod
    def progress(cls, text: str) -> None:
        if not cls.quiet:
            cls.line(text)


class _Meter:
    """On a terminal, a line counting finished files in place of one line per file."""

    def __init__(self):
        self.active = False
        self.total = self.done = 0

    def start(self, total: int) -> None:
        self.total = total
        self.active = total > 8 and not _Say.quiet and not _Say.verbose and sys.stdout.isatty()
        self._show()

    def step(self) -> None:
        self.done += 1
        self._show()

    def _show(self) -> None:
        if self.active:
            width = 30
            filled = width * self.done // max(self.total, 1)
            click.echo(f"\r  [{'#' * filled}{'.' * (width - filled)}] "
                       f"{self.done}/{self.total} files", nl=False)

    def finish(self) -> None:
        if self.active:
            click.echo("\r" + " " * 60 + "\r", nl=False)
            self.active = False


def _verbosity(function):
    """-q/--quiet and -v/--verbose, on every command."""
    def set_quiet(ctx, param, value):
        _Say.quiet = _Say.quiet or value

    def set_verbose(ctx, param, value):
        _Say.verbose = _Say.verbose or value

    function = click.option("--verbose", "-v", is_flag=True, expose_value=False,
                            callback=set_verbose,
                            help="Also say what was skipped and where time went.")(function)
    return click.option("--quiet", "-q", is_flag=True, expose_value=False, callback=set_quiet,
                        help="Print only problems and the summary.")(function)


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems, key=lambda p: (str(p.file), p.position)):
        _Say.line(_relative(str(problem)), err=True)


def _relative(text: str) -> str:
    cwd = str(Path.cwd()) + "/"
    return text.replace(cwd, "") if text.startswith(cwd) else text


@contextlib.contextmanager
def _writing_into(folder: Path):
    """A file that cannot be written is one plain line naming it, not a traceback."""
    try:
        yield
    except OSError as error:
        from actsheets.output.os_errors import describe

        error.filename = _relative(str(error.filename or folder))
        raise ActsheetsError(describe(error, "write")) from None


def _paths(project_content: Path, paths: tuple[Path, ...]) -> list[Path]:
    if paths:
        return [p.resolve() for p in paths]
    if not project_content.is_dir():
        raise click.UsageError(
            f"no content folder at {_relative(str(project_content))}: this is not an actsheets "
            "project (no actsheets.yaml here or in any folder above). Start one with "
            "`actsheets init my-sheets`, or name the files to build.")
    return [project_content]


def _load_project():
    """The project this folder belongs to; says which when it is not this folder."""
    from actsheets.config import load_project

    project = load_project()
    if project.root != Path.cwd().resolve() and not _Say.quiet:
        _Say.line(f"using the project in {project.root}", err=True)
    return project


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        _Say.quiet = _Say.verbose = _Say.closed = False  # one invocation's settings
        try:
            return super().invoke(ctx)
        except ActsheetsError as error:
            if isinstance(error, ContentError):
                _report(error.problems)
            else:
                click.echo(f"error: {error}", err=True)
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted: stopped cleanly; files in the output folder are unchanged "
                       "or complete", err=True)
            sys.exit(130)


def _stop_on_sigterm() -> None:
    """SIGTERM ends a build as Ctrl-C does: workers stop, temporary files are removed."""
    import signal
    import threading

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():  # only it may set handlers
        signal.signal(signal.SIGTERM, interrupt)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actsheets")
def main() -> None:
    """Turn YAML content into print-ready ACT handouts and worksheets (PDF).

    Run the commands from your project folder (the one holding actsheets.yaml and
    content/). Nothing is sent anywhere: everything happens on this computer.
    """


def _variant_options(function):
    function = click.option(
        "--audience", "audience", type=click.Choice(["client", "therapist", "both"]),
        help="Worksheets: the client sheet, the therapist version with its guide, or "
             "both. Default: `audience:` in actsheets.yaml, else client.")(function)
    function = click.option("--large-print", is_flag=True,
                            help="Large-print variant (body text 16 pt or more).")(function)
    function = click.option(
        "--format", "formats", type=FORMAT_CHOICES, multiple=True,
        help="pdf, or html (an accessible web page of each document, and the catalog "
             "index.html); repeat for both. Default: `formats:` in actsheets.yaml, else "
             "pdf.")(function)
    function = click.option(
        "--bilingual", is_flag=True, default=None,
        help="With --language: print the English under each translated text, in smaller "
             "type (files <id>-<language>-bilingual.pdf). Default: `bilingual:` in "
             "actsheets.yaml.")(function)
    function = click.option(
        "--strict", is_flag=True,
        help="With --language: text that has no finished translation is an error, not a "
             "warning (it would be printed in English).")(function)
    function = click.option(
        "--language", "-l", "languages", multiple=True, callback=_known_languages,
        help="Also build the documents translated into this language (from "
             "translations/<language>/); repeat for several. Default: `languages:` in "
             "actsheets.yaml.")(function)
    function = click.option(
        "--paper", "papers", type=PAPER_CHOICES, multiple=True,
        help="Paper size; repeat for both (--paper letter --paper a4). "
             "Default: `paper:` in actsheets.yaml, else letter.")(function)
    return function


def _known_languages(ctx: click.Context, param: click.Parameter,
                     value: tuple[str, ...]) -> tuple[str, ...]:
    if value:
        from actsheets.build.languages import unknown_language

        for tag in value:
            problem = unknown_language(tag)
            if problem:
                raise click.BadParameter(problem)
    return value


def _options(project, papers: tuple[str, ...], large_print: bool, audience: str | None,
             formats: tuple[str, ...] = (), languages: tuple[str, ...] = (),
             strict: bool = False, bilingual: bool | None = None):
    from actsheets.build.run import Options

    config = project.config
    chosen_papers = [p.lower() for p in papers] or config.papers
    audiences = (["client", "therapist"] if audience == "both" else [audience]) if audience \
        else config.audiences
    chosen_formats = [f.lower() for f in formats] or config.format_list
    chosen_languages = list(languages) or list(config.languages)
    if chosen_languages and not languages and project.config_file is not None:
        from actsheets.build.languages import config_language_problems, unknown_language

        problems = [] if not any(map(unknown_language, chosen_languages)) else (
            config_language_problems(project.config_file, chosen_languages))
        if problems:
            raise ContentError(problems)
    return Options(tuple(dict.fromkeys(chosen_papers)), large_print, tuple(audiences),
                   tuple(dict.fromkeys(chosen_formats)), tuple(dict.fromkeys(chosen_languages)),
                   strict, config.bilingual if bilingual is None else bilingual)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PDFs (default: output/, or `output:` in actsheets.yaml).")
@_variant_options
@click.option("--force", is_flag=True, help="Rebuild even documents whose inputs did not change.")
@click.option("--clean", is_flag=True,
              help="Also remove files in the output folder that actsheets made from documents "
                   "that no longer exist (renamed or deleted). Other files are never touched.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Documents rendered at once (default: one per CPU core).")
@_verbosity
def build(paths: tuple[Path, ...], out: Path | None, papers: tuple[str, ...],
          languages: tuple[str, ...], strict: bool, bilingual: bool | None,
          formats: tuple[str, ...],
          large_print: bool, audience: str | None, force: bool, clean: bool,
          jobs: int | None) -> None:
    """Build PDFs from content files (default: everything in content/).

    PATHS are YAML files or folders. Each document becomes output/<id>.pdf; variants add
    suffixes: -therapist, -fillable, -a4, -large (e.g. mindful-log-fillable-a4.pdf), and a
    translation its language first (mindful-log-es-fillable.pdf).
    Documents whose inputs did not change since the last build are skipped.
    """
    _stop_on_sigterm()
    if not _build_once(paths, out, papers, formats, large_print, audience, force, jobs,
                       languages, strict, clean, bilingual):
        sys.exit(1)


def _build_once(paths: tuple[Path, ...], out: Path | None, papers: tuple[str, ...],
                formats: tuple[str, ...], large_print: bool, audience: str | None, force: bool,
                jobs: int | None, languages: tuple[str, ...] = (), strict: bool = False,
                clean: bool = False, bilingual: bool | None = None) -> bool:
    """One build, reported; True when it had no problems."""
    from actsheets.build.epoch import check_source_date_epoch
    from actsheets.build.run import build_documents

    started = time.perf_counter()
    check_source_date_epoch()
    project = _load_project()
    if out is not None:
        project.config = project.config.with_output(str(out.resolve()))
    options = _options(project, papers, large_print, audience, formats, languages, strict,
                       bilingual)

    def prepare():
        from actsheets.build.environment import prepare

        return prepare(project)

    meter = _Meter()

    def progress(what: str, target: Path) -> None:
        if what == "skipped":
            if _Say.verbose:  # thousands of skipped files: no text made unless shown
                _Say.detail(f"  skipped {_relative(str(target))}")
        elif meter.active:
            meter.step()
        elif not _Say.quiet:
            _Say.progress(f"  {what:7} {_relative(str(target))}")

    with _writing_into(project.output_dir):
        report = build_documents(_paths(project.content_dir, paths), project, prepare, options,
                                 force=force, progress=progress, expected=meter.start,
                                 processes=jobs or os.cpu_count() or 1, clean=clean)
        meter.finish()
    _report(report.problems)
    errors = [p for p in report.problems if p.is_error]  # warnings are printed, not failures
    failed = len({p.file for p in errors})
    seconds = time.perf_counter() - started
    _Say.line(f"built {len(report.built)}, skipped {len(report.skipped)} unchanged, "
              f"failed {failed} in {seconds:.1f}s -> {_relative(str(project.output_dir))}/")
    _report_left_over(report)
    return not errors


def _report_left_over(report) -> None:
    """One warning per document that no longer exists; with --clean, what was removed."""
    for path in report.removed:
        _Say.progress(f"  removed {_relative(str(path))}")
    if report.removed:
        _Say.line(f"removed {len(report.removed)} file(s) left from documents that no longer "
                  "exist")
    by_document: dict[str, list[Path]] = {}
    for path, document_id in report.left_over:
        by_document.setdefault(document_id, []).append(path)
    for paths in by_document.values():
        first = _relative(str(min(paths, key=lambda path: (len(path.name), path.name))))
        more = f" and {len(paths) - 1} more file(s)" if len(paths) > 1 else ""
        _Say.line(f"warning: {first}{more} {'are' if more else 'is'} from a document that no "
                  "longer exists (run `actsheets build --clean` to remove "
                  f"{'them' if more else 'it'})", err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_variant_options
@click.option("--schema-only", is_flag=True,
              help="Only validate the files and their placeholders (fast; skips the layout "
                   "checks such as a one-page sheet that needs two pages).")
@_verbosity
def check(paths: tuple[Path, ...], papers: tuple[str, ...], languages: tuple[str, ...],
          strict: bool, bilingual: bool | None, formats: tuple[str, ...], large_print: bool,
          audience: str | None, schema_only: bool) -> None:
    """Check content files: everything `build` does except writing files.

    Every problem `build` would report is reported here, with nothing written.
    """
    from actsheets.build.environment import prepare

    project = _load_project()
    env = prepare(project)
    targets = _paths(project.content_dir, paths)
    if schema_only:
        from actsheets.build.schema_check import check_text

        count, problems = check_text(targets, env)
    else:
        from actsheets.build.run import build_documents

        report = build_documents(targets, project, lambda: env,
                                 _options(project, papers, large_print, audience, formats,
                                          languages, strict, bilingual),
                                 write=False, processes=os.cpu_count() or 1)
        count, problems = report.checked, report.problems
    _report(problems)
    errors = [p for p in problems if p.is_error]
    warnings = len(problems) - len(errors)
    _Say.line(f"checked {count} file(s): {len(errors)} problem(s)"
              + (f", {warnings} warning(s)" if warnings else ""))
    if errors:
        sys.exit(1)


@main.command(name="list")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_verbosity
def list_documents(paths: tuple[Path, ...]) -> None:
    """List documents: id, kind, title and source file."""
    from actsheets.documents import load_documents

    project = _load_project()
    documents, problems = load_documents(_paths(project.content_dir, paths))
    width = max((len(d.id) for d in documents), default=2)
    for document in sorted(documents, key=lambda d: (d.kind, d.id)):
        _Say.line(f"{document.id:<{width}}  {document.kind:<9}  {document.title}  "
                  f"({_relative(str(document.source.path))})")
    _report(problems)
    if errors_in(problems):
        sys.exit(1)


@main.command()
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the schema to this file instead of printing it.")
@_verbosity
def schema(out: Path | None) -> None:
    """Print the JSON Schema of content files (for editor autocompletion).

    With the YAML extension for VS Code, save it as actsheets.schema.json and add
    `# yaml-language-server: $schema=actsheets.schema.json` at the top of a content file.
    """
    from actsheets.output.atomic import write_atomically

    text = _schema_text()
    if out is None:
        _Say.line(text.rstrip("\n"))
    else:
        write_atomically(out.resolve(), text.encode())
        _Say.progress(f"wrote {out}")


def _schema_text() -> str:
    import json

    from actsheets.models.kinds.schema import content_schema

    return json.dumps(content_schema(), indent=2, sort_keys=True) + "\n"


@main.command()
@click.argument("folder", type=click.Path(path_type=Path), default=".")
@click.option("--practice", default="My Practice", show_default=True,
              help="Your practice's name (for the footer and the PDF author).")
@click.option("--full", is_flag=True, help="Copy the whole bundled library, not three starters.")
@_verbosity
def init(folder: Path, practice: str, full: bool) -> None:
    """Start a project in FOLDER (default: here): settings, content, templates, editor setup.

    Makes actsheets.yaml (every setting explained), content/ with three documents to learn
    from (or the whole library with --full), templates/ for your own look and wording, a
    .gitignore that keeps output/ and clients/ out of version control, and the editor schema.
    """
    from actsheets.starter import init_project

    made = init_project(folder, practice, full, _schema_text())
    root = folder.resolve()
    _Say.line(f"made an actsheets project in {_relative(str(root)) or '.'} "
              f"({len(made)} files)")
    for path in made:
        _Say.detail(f"  {path.relative_to(root)}")
    step = "" if root == Path.cwd().resolve() else f"cd {folder} && "
    _Say.line(f"next: {step}actsheets build   (PDFs appear in output/)")


@main.command()
@click.argument("kind", type=click.Choice(["worksheet", "handout", "plan", "course"]))
@click.argument("name")
@_verbosity
def new(kind: str, name: str) -> None:
    """Write a commented starter document of KIND called NAME that builds as it is.

    \b
    Examples:
      actsheets new worksheet "Sleep diary"   ->  content/worksheets/sleep-diary.yaml
      actsheets new course "Values at work"   ->  content/courses/values-at-work.yaml
      actsheets new plan c07                  ->  clients/c07.yaml

    A plan is one client's: it goes into clients/ (kept out of version control), and its
    NAME is an id or initials, never the client's name.
    """
    import datetime as dt

    from actsheets.starter import new_document
    from actsheets.templates_path import TemplateSearchPath

    project = _load_project()
    path = new_document(kind, name, project.root, project.content_dir,
                        TemplateSearchPath(project.templates_dir), dt.date.today())
    shown = _relative(str(path))
    build = f"actsheets build {shown}" if kind == "plan" else "actsheets build"
    _Say.line(f"wrote {shown}: edit it, then run `{build}`")


@main.command()
@click.argument("language", callback=lambda ctx, param, value: _known_languages(
    ctx, param, (value,))[0])
@click.argument("ids", nargs=-1)
@_verbosity
def translate(language: str, ids: tuple[str, ...]) -> None:
    """Create or update the translation catalogs of LANGUAGE (e.g. es) from the English.

    Each document gets translations/<LANGUAGE>/<id>.po (only the documents IDS, if given),
    a gettext catalog that Poedit and other translation tools open. New English gets an
    empty entry, changed English marks its entry fuzzy, and every translation is kept.
    """
    import difflib

    from actsheets.build.translations import update_catalogs
    from actsheets.documents import load_documents

    project = _load_project()
    documents, problems = load_documents([project.content_dir])
    if ids:
        known = {document.id for document in documents}
        for wanted in ids:
            if wanted not in known:
                close = difflib.get_close_matches(wanted, sorted(known), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else (
                    " (`actsheets list` shows the ids)")
                raise click.UsageError(f"there is no document with the id '{wanted}'{hint}")
        documents = [document for document in documents if document.id in ids]
    with _writing_into(project.root / "translations"):
        report = update_catalogs(project, language, documents)
    _report([p for p in problems + report.problems if p.is_error])
    untranslated = 0
    for update in report.updates:
        untranslated += update.new + update.changed
        changes = ", ".join(part for part in (
            f"{update.new} new" if update.new else "",
            f"{update.changed} changed (marked fuzzy)" if update.changed else "",
            f"{update.removed} set aside as obsolete" if update.removed else "") if part)
        _Say.progress(f"  {'wrote' if update.written else 'kept':5} "
                      f"{_relative(str(update.path))}: {update.total} strings"
                      + (f", {changes}" if changes else ""))
    for document in report.skipped:
        _Say.detail(f"  skipped {document.id}: a {document.kind} cannot be translated yet")
    _Say.line(f"{len(report.updates)} catalog(s) for '{language}', {untranslated} "
              "string(s) to translate: open them in Poedit or a text editor, then run "
              f"`actsheets build --language {language}`")
    if any(p.is_error for p in problems + report.problems):
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PDFs (default: output/, or `output:` in actsheets.yaml).")
@_variant_options
@_verbosity
def watch(paths: tuple[Path, ...], out: Path | None, papers: tuple[str, ...],
          languages: tuple[str, ...], strict: bool, bilingual: bool | None,
          formats: tuple[str, ...],
          large_print: bool, audience: str | None) -> None:
    """Build, then build again whenever you save a content, template or settings file.

    Problems are printed as they appear; only what changed is rebuilt. Stop with Ctrl-C
    (files in the output folder are always complete).
    """
    from actsheets.build.watch import watch_project

    project = _load_project()
    _Say.line("watching for changes (Ctrl-C to stop)")
    try:
        watch_project(project, lambda: _build_once(paths, out, papers, formats, large_print,
                                                   audience, False, None, languages,
                                                   strict, False, bilingual))
    except KeyboardInterrupt:
        _Say.line("stopped watching")


@main.command()
@click.argument("course", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--roster", "roster", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV of attendees: id, name, completed (YYYY-MM-DD); optional licence, "
                   "state, minutes, score.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the certificates and the register.")
@click.option("--paper", "paper", type=PAPER_CHOICES, default=None,
              help="Paper size (default: the first `paper:` in actsheets.yaml, else letter).")
@_verbosity
def certificates(course: Path, roster: Path, out: Path, paper: str | None) -> None:
    """Certificates of completion for a course, one per attendee, and a register.

    Writes certificate-<id>.pdf per attendee (named by the roster's id column), one
    combined <course>-certificates.pdf and <course>-register.csv, the provider's record.
    Attendees with too few minutes or a score below the pass mark get no certificate and
    are listed. A row with a problem is reported by row and column; the others still get
    their certificates (exit status 1 when any row had a problem).
    """
    from actsheets.build.certificates import make_certificates
    from actsheets.build.environment import prepare
    from actsheets.build.epoch import check_source_date_epoch

    check_source_date_epoch()
    project = _load_project()
    env = prepare(project)
    chosen = (paper or project.config.papers[0]).lower()
    with _writing_into(out):
        report = make_certificates(course.resolve(), roster.resolve(), out.resolve(), chosen,
                                   env, processes=os.cpu_count() or 1)
    _report(report.problems)
    for path in report.files:
        _Say.detail(f"  wrote {_relative(str(path))}")
    errors = [p for p in report.problems if p.is_error]
    _Say.line(f"{len(report.issued)} certificate(s), {len(report.not_issued)} attendee(s) "
              f"without one, {len({p.position.line for p in errors})} row(s) with problems "
              f"-> {_relative(str(out.resolve()))}/")
    if errors:
        sys.exit(1)


@main.command()
@click.argument("plan", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--roster", "roster", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV file, one client per row: columns id, name, start, and any plan or "
                   "practice key to change per client (e.g. weeks, mindful.confidence).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the packets (default: packets/ inside the output folder).")
@click.option("--paper", "papers", type=PAPER_CHOICES, multiple=True,
              help="Paper size; repeat for both. Default: `paper:` in actsheets.yaml.")
@click.option("--large-print", is_flag=True, help="Large-print packets (body text 16 pt or more).")
@click.option("--fillable", is_flag=True, help="Also write a fillable packet per client.")
@click.option("--names-in-file-names", is_flag=True,
              help="Add each client's name to their file name (default: the row's id only).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Packets rendered at once (default: one per CPU core).")
@_verbosity
def packets(plan: Path, roster: Path, out: Path | None, papers: tuple[str, ...],
            large_print: bool, fillable: bool, names_in_file_names: bool,
            jobs: int | None) -> None:
    """Build one homework packet per roster row from one plan.

    Each row's packet is PLAN made out for that client; files are named by the row's id
    (<id>.pdf, <id>-a4.pdf, ...) and listed in packets.csv in the same folder. Bad rows
    are reported by row and column at the end; the other rows still build.
    """
    from actsheets.build.environment import prepare
    from actsheets.build.packets import build_packets
    from actsheets.output.naming import Variant

    _stop_on_sigterm()
    started = time.perf_counter()
    project = _load_project()
    env = prepare(project)
    out_dir = (out or project.output_dir / "packets").resolve()
    chosen = list(dict.fromkeys(p.lower() for p in papers)) or project.config.papers
    variants = [Variant(paper=paper, large_print=large_print, fillable=form)
                for paper in chosen for form in ([False, True] if fillable else [False])]
    bar = None
    if sys.stderr.isatty():
        from actsheets.loading.roster import read_roster

        found, _ = read_roster(roster)
        bar = click.progressbar(length=len(found.rows) if found else 0, label="packets",
                                file=sys.stderr)
    with _writing_into(out_dir), bar or contextlib.nullcontext():
        report = build_packets(plan.resolve(), roster.resolve(), out_dir, env, variants,
                               names_in_file_names=names_in_file_names,
                               processes=jobs or os.cpu_count() or 1,
                               progress=bar.update if bar is not None else None)
    _report(report.problems)
    seconds = time.perf_counter() - started
    clients = len({row for row, *_ in report.built})
    for shared_id, rows, files in report.renamed:
        _Say.line(f"rows {', '.join(map(str, rows))} share the id '{shared_id}': their "
                   f"packets are {', '.join(files)}")
    _Say.line(f"built {clients} packet(s) ({len(report.built)} file(s)) from {report.rows} "
               f"row(s) in {seconds:.1f}s ({clients / max(seconds, 1e-9):.1f} packets/s) -> "
               f"{_relative(str(out_dir))}/")
    if report.failed:
        rows = ", ".join(str(line) for line in sorted(report.failed))
        _Say.line(f"failed {len(report.failed)} row(s): {rows} (see the problems above; "
                   f"fix them and run again)", err=True)
    if report.register is not None:
        _Say.line(f"register: {_relative(str(report.register))}")
    if report.failed or errors_in(report.problems):
        sys.exit(1)
