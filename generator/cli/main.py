"""`actsheets`: build, check, list and describe documents. User errors never show a
traceback. Commands import what they need when they run, so `--help` stays instant."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from actsheets import __version__
from actsheets.errors import ActsheetsError, ContentError, Problem, errors_in

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
    errors = errors_in(report.problems)  # warnings are printed but fail nothing
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
    errors = errors_in(problems)
    warnings = len(problems) - len(errors)
    click.echo(f"checked {count} file(s): {len(errors)} problem(s)"
               + (f", {warnings} warning(s)" if warnings else ""))
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
    if errors_in(problems):
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
    from actsheets.config import load_project
    from actsheets.output.naming import Variant

    _stop_on_sigterm()
    started = time.perf_counter()
    project = load_project()
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
    try:
        if bar is not None:
            with bar:
                report = build_packets(plan.resolve(), roster.resolve(), out_dir, env, variants,
                                       names_in_file_names=names_in_file_names,
                                       processes=jobs or os.cpu_count() or 1,
                                       progress=bar.update)
        else:
            report = build_packets(plan.resolve(), roster.resolve(), out_dir, env, variants,
                                   names_in_file_names=names_in_file_names,
                                   processes=jobs or os.cpu_count() or 1)
    except OSError as error:
        from actsheets.output.os_errors import describe

        error.filename = _relative(str(error.filename or out_dir))
        raise ActsheetsError(describe(error, "write")) from None
    _report(report.problems)
    seconds = time.perf_counter() - started
    clients = len({row for row, *_ in report.built})
    for shared_id, rows, files in report.renamed:
        click.echo(f"rows {', '.join(map(str, rows))} share the id '{shared_id}': their "
                   f"packets are {', '.join(files)}")
    click.echo(f"built {clients} packet(s) ({len(report.built)} file(s)) from {report.rows} "
               f"row(s) in {seconds:.1f}s ({clients / max(seconds, 1e-9):.1f} packets/s) -> "
               f"{_relative(str(out_dir))}/")
    if report.failed:
        rows = ", ".join(str(line) for line in sorted(report.failed))
        click.echo(f"failed {len(report.failed)} row(s): {rows} (see the problems above; "
                   f"fix them and run again)", err=True)
    if report.register is not None:
        click.echo(f"register: {_relative(str(report.register))}")
    if report.failed or errors_in(report.problems):
        sys.exit(1)
