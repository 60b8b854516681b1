"""How close actsheets comes to what ReportLab itself costs, as five ratios in one run.

The yardstick is bench/canvas_reference.py: a plain ReportLab canvas program (no Platypus,
no actsheets) drawing the same pages actsheets writes for the reference handout and the
reference worksheet (printable and fillable). Every measure times actsheets (A) and the
yardstick (B) interleaved, round by round (A B, then B A, ...), so a machine that speeds up
or slows down during the run moves both; each round gives one ratio, and the table shows
the median ratio with its interquartile range and min–max.

  a. in-process render: actsheets building each reference document inside this process
     (`_render_in_process`) / the yardstick's `render_file` for the same document; the
     geometric mean over the two documents.
  b. cold build: `python -m actsheets build HANDOUT WORKSHEET` as a whole process /
     `python bench/canvas_reference.py` as a whole process (both write the same 3 PDFs).
  c. `python -m actsheets --help` as a whole process / the yardstick's cold run (target <= 0.5).
  d. many documents on all cores: N copies of the reference worksheet with distinct ids
     (2N PDFs) built by `actsheets build` with one job per core, against the yardstick
     drawing them with a multiprocessing pool of the same size; actsheets' throughput as a
     fraction of the yardstick's (target >= 70%). Peak RSS of the largest process is shown.
  e. no-op rebuild of those N documents (nothing changed, all cached) / `actsheets --help`
     (target <= 2).

Builds use `--paper letter --audience client` so actsheets writes exactly what the
yardstick draws (the project's actsheets.yaml would add A4 and therapist versions).
Processes run with byte-code caching on (PYTHONDONTWRITEBYTECODE removed), as an
installed tool runs.
There are no timing assertions anywhere: this prints numbers, it does not judge a build.

Run from the repository root:

    python bench/benchmark.py            # 2-3 minutes on 2 cores
    python bench/benchmark.py --quick    # under a minute, fewer rounds and N = 40
    python bench/benchmark.py --rounds 9 --many 500
    python bench/benchmark.py --memory 1000,10000   # peak RSS instead of the ratios
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import reportlab
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import canvas_reference

HANDOUT, WORKSHEET = canvas_reference.REFERENCES
CANVAS = ROOT / "bench" / "canvas_reference.py"
PY = sys.executable
# What the yardstick draws: Letter, the client's sheets (printable and fillable).
BUILD = ["--paper", "letter", "--audience", "client", "-q"]
# Processes run as an installed tool runs: with byte-code cached (an environment that turns
# the cache off would have actsheets compile its own modules on every start).
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


_ENVIRONMENT = None


def _render_in_process(path: Path, out: Path) -> None:
    """actsheets builds one document into `out`, in this process: read and validate the
    YAML, resolve its text, render each variant the yardstick draws (the printable sheet,
    and the fillable one for a worksheet) and write the files. The project's shared
    environment (theme, fonts) is prepared once, as the yardstick registers its fonts once.
    """
    global _ENVIRONMENT
    from actsheets.build.environment import prepare
    from actsheets.build.render_one import render_document
    from actsheets.build.variants import variants_for
    from actsheets.config import load_project
    from actsheets.documents import load_document
    from actsheets.output.atomic import write_atomically
    from actsheets.output.naming import output_path

    if _ENVIRONMENT is None:
        _ENVIRONMENT = prepare(load_project(ROOT))
    document = load_document(path)
    variants = variants_for(document, ["letter"], False, ["client"])
    for variant, pdf in zip(variants, render_document(document, variants, _ENVIRONMENT)):
        write_atomically(output_path(out, document.id, variant), pdf)


# --- timing -------------------------------------------------------------------------------

def _timed(function: Callable[[], object]) -> float:
    gc.collect()  # one side's garbage is not billed to the other
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


class Process:
    """A command run as a whole process: wall seconds and the peak RSS of its largest
    process (itself or a worker it waited for), in MB."""

    def __init__(self, command: list[str | Path], cwd: Path = ROOT, expect: str | None = None):
        self.command = [str(c) for c in command]
        self.cwd = cwd
        self.expect = expect
        self.peak_mb: list[float] = []

    def __call__(self) -> float:
        with tempfile.TemporaryFile() as log:
            start = time.perf_counter()
            proc = subprocess.Popen(self.command, cwd=self.cwd, stdout=log,
                                    stderr=subprocess.STDOUT, env=ENV)
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                seconds = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
                self.peak_mb.append(usage.ru_maxrss * scale)
            else:  # Windows: no rusage
                proc.wait()
                seconds = time.perf_counter() - start
            log.seek(0)
            output = log.read().decode(errors="replace")
        if proc.returncode != 0 or (self.expect and self.expect not in output):
            raise RuntimeError(f"{' '.join(self.command)} (in {self.cwd}) exited "
                               f"{proc.returncode}; expected {self.expect!r}:\n{output}")
        return seconds


def _interleaved(rounds: int, steps: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Run each step once per round, in an order that turns around every round
    (A B C, C B A, B C A, A C B, ...), and collect the seconds of each step."""
    names = list(steps)
    times: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        shift = (number // 2) % len(names)
        order = names[shift:] + names[:shift]
        if number % 2:
            order.reverse()
        for name in order:
            times[name].append(steps[name]())
    return times


def _summary(ratios: list[float]) -> tuple[float, float, float, float, float]:
    ordered = sorted(ratios)
    if len(ordered) >= 2:
        low, _, high = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        low = high = ordered[0]
    return statistics.median(ordered), low, high, ordered[0], ordered[-1]


# --- the five measures ---------------------------------------------------------------------

def measure_in_process(rounds: int, scratch: Path) -> tuple[list[float], dict]:
    """(a) per round: the geometric mean over the documents of actsheets / yardstick."""
    out_a, out_b = scratch / "inproc-actsheets", scratch / "inproc-canvas"
    out_a.mkdir()
    out_b.mkdir()
    per_document: dict[str, list[float]] = {}
    seconds: dict[str, tuple[list[float], list[float]]] = {}
    for path in (HANDOUT, WORKSHEET):
        for _ in range(3):  # warm up both: imports, fonts, glyph widths
            _render_in_process(path, out_a)
            canvas_reference.render_file(path, out_b)
        times = _interleaved(rounds, {
            "actsheets": lambda p=path: _timed(lambda: _render_in_process(p, out_a)),
            "canvas": lambda p=path: _timed(lambda: canvas_reference.render_file(p, out_b)),
        })
        per_document[path.stem] = [a / b for a, b in zip(times["actsheets"], times["canvas"])]
        seconds[path.stem] = (times["actsheets"], times["canvas"])
    combined = [math.prod(values) ** (1 / len(values)) for values in zip(*per_document.values())]
    details = {name: (statistics.median(per_document[name]), statistics.median(a),
                      statistics.median(b)) for name, (a, b) in seconds.items()}
    return combined, details


def plain_project(folder: Path) -> Path:
    """A project with the repository's settings, but only what the yardstick draws: Letter,
    the client's sheet, no translations."""
    (folder / "content").mkdir(parents=True)
    with open(ROOT / "actsheets.yaml", encoding="utf-8") as stream:
        config = yaml.safe_load(stream) or {}
    config.update({"paper": "letter", "audience": "client", "content": "content",
                   "output": "output"})
    for key in ("templates", "languages"):
        config.pop(key, None)
    (folder / "actsheets.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return folder


def many_project(scratch: Path, count: int) -> Path:
    """A project with `count` copies of the reference worksheet, each with its own id."""
    project = plain_project(scratch / "many")
    content = project / "content"
    text = WORKSHEET.read_text(encoding="utf-8")
    for number in range(1, count + 1):
        (content / f"log-{number:04d}.yaml").write_text(
            f"id: mindful-log-{number:04d}\n{text}", encoding="utf-8")
    return project


def measure_memory(counts: list[int]) -> int:
    """Peak RSS of the largest process (the main one or a worker) while one build makes
    2N PDFs, and of a no-op rebuild of them: flat when nothing piles up per document."""
    cores = os.cpu_count() or 1
    print(f"peak RSS of `actsheets build -j {cores}` over N copies of the reference worksheet")
    print(f"{'N':>7} {'PDFs':>7} {'build':>9} {'peak RSS':>9} {'no-op':>8} {'peak RSS':>9}")
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="actsheets-memory-") as name:
            project = many_project(Path(name), count)
            build = Process([PY, "-m", "actsheets", "build", "-j", cores, "-q"], cwd=project,
                            expect=f"built {2 * count},")
            noop = Process([PY, "-m", "actsheets", "build", "-j", cores, "-q"], cwd=project,
                           expect="built 0,")
            seconds, again = build(), noop()
            rss = f"{build.peak_mb[-1]:.0f} MB" if build.peak_mb else "-"
            rss_again = f"{noop.peak_mb[-1]:.0f} MB" if noop.peak_mb else "-"
            print(f"{count:>7} {2 * count:>7} {seconds:>8.1f}s {rss:>9} {again:>7.2f}s "
                  f"{rss_again:>9}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=None,
                        help="rounds of the whole-process measures b and c (default 21, "
                             "quick 5); a runs 4x as many, d and e half as many")
    parser.add_argument("--many", type=int, default=None,
                        help="documents for measures d and e (default 200, quick 40)")
    parser.add_argument("--quick", action="store_true", help="a rough run in under a minute")
    parser.add_argument("--memory", metavar="N,N", default=None,
                        help="instead of the ratios: peak RSS of one build of N copies of the "
                             "reference worksheet on all cores, for each N (e.g. 1000,10000)")
    args = parser.parse_args(argv)
    if args.memory:
        return measure_memory([int(n) for n in args.memory.split(",")])
    rounds = args.rounds or (5 if args.quick else 21)
    many = args.many or (40 if args.quick else 200)
    cores = os.cpu_count() or 1
    if Path.cwd().resolve() != ROOT:
        os.chdir(ROOT)  # the in-process build finds the project from the working folder

    print(f"actsheets speed against a plain ReportLab canvas program "
          f"(python {platform.python_version()}, reportlab {reportlab.Version}, "
          f"{cores} cores, {platform.system()})")
    started = time.perf_counter()
    rows = []
    with tempfile.TemporaryDirectory(prefix="actsheets-bench-") as name:
        scratch = Path(name)

        # a. in-process render
        ratios, details = measure_in_process(rounds * 4, scratch)
        rows.append(("a. in-process render, actsheets / canvas (geo. mean)", ratios, "x",
                     1.5, "<="))
        notes = [f"a: {doc}: {ms_a * 1000:.1f} ms / {ms_b * 1000:.1f} ms = {ratio:.2f}x"
                 for doc, (ratio, ms_a, ms_b) in details.items()]

        # b, c. cold processes
        cold = plain_project(scratch / "cold-project")
        build = Process([PY, "-m", "actsheets", "build", HANDOUT, WORKSHEET, "--force",
                         "--out", scratch / "cold-actsheets", "-j", "1", *BUILD],
                        cwd=cold, expect="built 3,")
        canvas = Process([PY, CANVAS, "--out", scratch / "cold-canvas"], expect="wrote 3 ")
        help_ = Process([PY, "-m", "actsheets", "--help"], expect="Usage")
        for step in (build, canvas, help_):
            step()  # warm up: byte-code, file cache
        times = _interleaved(rounds, {"build": build, "canvas": canvas, "help": help_})
        rows.append(("b. cold build process, actsheets / canvas",
                     [a / b for a, b in zip(times["build"], times["canvas"])], "x", 2.0, "<="))
        rows.append(("c. actsheets --help / canvas cold run",
                     [a / b for a, b in zip(times["help"], times["canvas"])], "x", 0.5, "<="))
        notes.append(f"b, c: build {statistics.median(times['build']) * 1000:.0f} ms, canvas "
                     f"{statistics.median(times['canvas']) * 1000:.0f} ms, --help "
                     f"{statistics.median(times['help']) * 1000:.0f} ms (medians)")

        # d, e. many documents on all cores, then a no-op rebuild
        project = many_project(scratch, many)
        built = f"built {2 * many},"
        many_a = Process([PY, "-m", "actsheets", "build", "--force", "-j", cores, "-q"],
                         cwd=project, expect=built)
        many_b = Process([PY, CANVAS, "--out", scratch / "many-canvas", "--jobs", cores,
                          project / "content"], expect=f"wrote {2 * many} ")
        noop = Process([PY, "-m", "actsheets", "build", "-j", cores, "-q"], cwd=project,
                       expect="built 0,")
        help_many = Process([PY, "-m", "actsheets", "--help"], cwd=project, expect="Usage")
        for step in (many_a, many_b, noop, help_many):
            step()
            step.peak_mb.clear()
        de_rounds = max(2, (rounds + 1) // 2)
        many_times = _interleaved(de_rounds, {"actsheets": many_a, "canvas": many_b})
        noop_times = _interleaved(de_rounds, {"noop": noop, "help": help_many})
        rows.append((f"d. {many} documents on {cores} cores, throughput vs canvas",
                     [b / a for a, b in zip(many_times["actsheets"], many_times["canvas"])],
                     "%", 0.7, ">="))
        rows.append((f"e. no-op rebuild of {many} / actsheets --help",
                     [a / b for a, b in zip(noop_times["noop"], noop_times["help"])], "x",
                     2.0, "<="))
        a_s, b_s = statistics.median(many_times["actsheets"]), statistics.median(
            many_times["canvas"])
        notes.append(f"d: actsheets {a_s:.2f} s ({2 * many / a_s:.0f} PDFs/s), canvas "
                     f"{b_s:.2f} s ({2 * many / b_s:.0f} PDFs/s) for {2 * many} PDFs")
        if many_a.peak_mb:
            notes.append(f"d: peak RSS of the largest process: actsheets "
                         f"{max(many_a.peak_mb):.0f} MB, canvas {max(many_b.peak_mb):.0f} MB")
        notes.append(f"e: no-op rebuild {statistics.median(noop_times['noop']) * 1000:.0f} ms, "
                     f"--help {statistics.median(noop_times['help']) * 1000:.0f} ms")
        shutil.rmtree(project, ignore_errors=True)

    print(f"rounds: a {rounds * 4} per document, b/c {rounds}, d/e {de_rounds}; "
          f"ratios are medians of per-round ratios (A and B interleaved)\n")
    print(f"{'measure':56} {'median':>7} {'IQR':>13} {'min-max':>13} {'target':>8}  met?")
    for label, ratios, unit, target, sense in rows:
        median, low, high, least, most = _summary(ratios)

        def show(value: float, unit: str = unit) -> str:
            return f"{value:.0%}" if unit == "%" else f"{value:.2f}x"

        goal = "-" if target is None else f"{sense} {show(target)}"
        met = "-" if target is None else (
            "yes" if (median <= target if sense == "<=" else median >= target) else "no")
        print(f"{label:56} {show(median):>7} {show(low) + '-' + show(high):>13} "
              f"{show(least) + '-' + show(most):>13} {goal:>8}  {met}")
    print()
    for note in notes:
        print(f"  {note}")
    print(f"\n(took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
