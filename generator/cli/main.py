"""`actsheets`: build, check, list and describe documents. User errors never show a
traceback. Commands import what they need when they run, so `--help` stays instant."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from actsheets import __version__
from actsheets.errors import ActsheetsError, ContentError, Problem

PAPER_CHOICES = click.Choice(["letter", "a4"], case_sensitive=False)


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems, key=lambda p: (str(p.file), p.position)):
        click.echo(_relative(str(problem)), err=True)


def _relative(text: str) -> str:
    cwd = str(Path.cwd()) + "/"
    return text.replace(cwd, "") if text.startswith(cwd) else text


def _paths(project_content: Path, paths: tuple[Path, ...]) -> list[Path]:
    if paths:
        return [p.resolve() for p in paths]
    if not project_content.is_dir():
        raise click.UsageError(f"no content folder at {project_content} (pass files or folders "
                               "to build, or create content/)")
    return [project_content]


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
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

    def interrupt(signum, frame):
        raise KeyboardInterrupt

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
        "--paper", "papers", type=PAPER_CHOICES, multiple=True,
        help="Paper size; repeat for both (--paper letter --paper a4). "
             "Default: `paper:` in actsheets.yaml, else letter.")(function)
    return function


def _options(project, papers: tuple[str, ...], large_print: bool, audience: str | None):
    from actsheets.build.run import Options

    config = project.config
    chosen_papers = [p.lower() for p in papers] or config.papers
    audiences = (["client", "therapist"] if audience == "both" else [audience]) if audience \
        else config.audiences
    return Options(tuple(dict.fromkeys(chosen_papers)), large_print, tuple(audiences))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PDFs (default: output/, or `output:` in actsheets.yaml).")
@_variant_options
@click.option("--force", is_flag=True, help="Rebuild even documents whose inputs did not change.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Documents rendered at once (default: one per CPU core).")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the summary.")
def build(paths: tuple[Path, ...], out: Path | None, papers: tuple[str, ...], large_print: bool,
          audience: str | None, force: bool, jobs: int | None, quiet: bool) -> None:
    """Build PDFs from content files (default: everything in content/).

    PATHS are YAML files or folders. Each document becomes output/<id>.pdf; variants add
    suffixes: -therapist, -fillable, -a4, -large (e.g. mindful-log-fillable-a4.pdf).
    Documents whose inputs did not change since the last build are skipped.
    """
    from actsheets.build.environment import prepare
    from actsheets.build.run import build_documents
    from actsheets.config import load_project

    _stop_on_sigterm()
    started = time.perf_counter()
    project = load_project()
    if out is not None:
        project.config = project.config.model_copy(update={"output": str(out.resolve())})
    env = prepare(project)
    options = _options(project, papers, large_print, audience)

    def progress(what: str, target: Path) -> None:
        if not quiet:
            click.echo(f"  {what:7} {_relative(str(target))}")

    try:
        report = build_documents(_paths(project.content_dir, paths), env, options, force=force,
                                 progress=progress, processes=jobs or os.cpu_count() or 1)
    except OSError as error:
        from actsheets.output.os_errors import describe

        error.filename = _relative(str(error.filename or project.output_dir))
        raise ActsheetsError(describe(error, "write")) from None
    _report(report.problems)
    errors = [p for p in report.problems if p.is_error]
    failed = len({p.file for p in errors})
    seconds = time.perf_counter() - started
    click.echo(f"built {len(report.built)}, skipped {len(report.skipped)} unchanged, "
               f"failed {failed} in {seconds:.1f}s -> {_relative(str(project.output_dir))}/")
    if errors:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_variant_options
@click.option("--schema-only", is_flag=True,
              help="Only validate the files and their placeholders (fast; skips the layout "
                   "checks such as a one-page sheet that needs two pages).")
def check(paths: tuple[Path, ...], papers: tuple[str, ...], large_print: bool,
          audience: str | None, schema_only: bool) -> None:
    """Check content files: everything `build` does except writing files.

    Every problem `build` would report is reported here, with nothing written.
    """
    from actsheets.build.environment import prepare
    from actsheets.config import load_project

    project = load_project()
    env = prepare(project)
    targets = _paths(project.content_dir, paths)
    if schema_only:
        from actsheets.build.schema_check import check_text

        count, problems = check_text(targets, env)
    else:
        from actsheets.build.run import build_documents

        report = build_documents(targets, env, _options(project, papers, large_print, audience),
                                 write=False, processes=os.cpu_count() or 1)
        count, problems = report.checked, report.problems
    _report(problems)
    errors = [p for p in problems if p.is_error]
    warnings = f", {len(problems) - len(errors)} warning(s)" if len(errors) < len(problems) else ""
    click.echo(f"checked {count} file(s): {len(errors)} problem(s){warnings}")
    if errors:
        sys.exit(1)


@main.command(name="list")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def list_documents(paths: tuple[Path, ...]) -> None:
    """List documents: id, kind, title and source file."""
    from actsheets.config import load_project
    from actsheets.documents import load_documents

    project = load_project()
    documents, problems = load_documents(_paths(project.content_dir, paths))
    width = max((len(d.id) for d in documents), default=2)
    for document in sorted(documents, key=lambda d: (d.kind, d.id)):
        click.echo(f"{document.id:<{width}}  {document.kind:<9}  {document.title}  "
                   f"({_relative(str(document.source.path))})")
    _report(problems)
    if problems:
        sys.exit(1)


@main.command()
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the schema to this file instead of printing it.")
def schema(out: Path | None) -> None:
    """Print the JSON Schema of content files (for editor autocompletion).

    With the YAML extension for VS Code, save it as actsheets.schema.json and add
    `# yaml-language-server: $schema=actsheets.schema.json` at the top of a content file.
    """
    import json

    from actsheets.models.kinds.schema import content_schema
    from actsheets.output.atomic import write_atomically

    text = json.dumps(content_schema(), indent=2, sort_keys=True) + "\n"
    if out is None:
        click.echo(text, nl=False)
    else:
        write_atomically(out.resolve(), text.encode())
        click.echo(f"wrote {out}")


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
def certificates(course: Path, roster: Path, out: Path, paper: str | None) -> None:
    """Certificates of completion for a course, one per attendee, and a register.

    Writes certificate-<id>.pdf per attendee (named by the roster's id column), one
    combined <course>-certificates.pdf and <course>-register.csv, the provider's record.
    Attendees with too few minutes or a score below the pass mark get no certificate and
    are listed. A row with a problem is reported by row and column; the others still get
    their certificates.
    """
    from actsheets.build.certificates import make_certificates
    from actsheets.build.environment import prepare
    from actsheets.config import load_project

    project = load_project()
    env = prepare(project)
    chosen = (paper or project.config.papers[0]).lower()
    try:
        report = make_certificates(course.resolve(), roster.resolve(), out.resolve(), chosen,
                                   env)
    except OSError as error:
        from actsheets.output.os_errors import describe

        error.filename = _relative(str(error.filename or out))
        raise ActsheetsError(describe(error, "write")) from None
    _report(report.problems)
    errors = [p for p in report.problems if p.is_error]
    click.echo(f"{len(report.issued)} certificate(s), {len(report.not_issued)} attendee(s) "
               f"without one, {len({p.position.line for p in errors})} row(s) with problems "
               f"-> {_relative(str(out.resolve()))}/")
    if errors:
        sys.exit(1)
