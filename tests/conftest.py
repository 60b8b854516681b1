"""Shared helpers for the actsheets test suite.

Everything renders for real (ReportLab is never mocked) and PDFs are read back with
pypdf. Builds run in temporary project folders through the real click entry point,
with the working directory switched to the project (the CLI reads actsheets.yaml and
content/ from there).
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
import yaml
from click.testing import CliRunner

from actsheets.cli.main import main

REPO = Path(__file__).resolve().parents[1]
BUNDLED_HANDOUTS = REPO / "content" / "handouts"
BUNDLED_CONFIG = REPO / "actsheets.yaml"

# One reported problem: "content/bad.yaml:3:5: message"
PROBLEM_LINE = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)


def _runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def problems(self) -> list[re.Match[str]]:
        """Every FILE:LINE:COL: line, from either stream."""
        return [m for m in map(PROBLEM_LINE.match, self.output.splitlines()) if m]

    def assert_clean_exit(self) -> None:
        """Exited through sys.exit / normal return, never by an escaping exception."""
        assert self.exception is None or isinstance(self.exception, SystemExit), (
            f"unexpected {type(self.exception).__name__}: {self.exception}\n{self.output}")
        assert "Traceback" not in self.output


class Project:
    """A throw-away actsheets project folder: content files, optional config, output/."""

    def __init__(self, root: Path):
        self.root = root
        (root / "content").mkdir(parents=True, exist_ok=True)

    @property
    def output(self) -> Path:
        return self.root / "output"

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def config(self, text: str) -> Path:
        return self.write("actsheets.yaml", text)

    def invoke(self, *args: str) -> Run:
        with contextlib.chdir(self.root):
            result = _runner().invoke(main, list(args), catch_exceptions=True)
        try:
            stderr = result.stderr
        except ValueError:  # click < 8.2 with stderr mixed into stdout
            stderr = ""
        return Run(result.exit_code, result.stdout, stderr, result.exception)

    def build(self, *args: str) -> Run:
        """`build`; when it reports problems, `check` with the same inputs must report
        exactly the same errors (check is build without the write; it lists some warnings
        that a build only counts, such as each untranslated string)."""
        run = self.invoke("build", *args)
        if run.exit_code == 1 and run.problems:
            check = self.invoke("check", *_check_arguments(args))
            assert sorted(_errors(check)) == sorted(_errors(run)), (
                f"build:\n{run.output}\ncheck:\n{check.output}")
        return run

    def pdf(self, name: str) -> Path:
        return self.output / name


def _errors(run: Run) -> list[str]:
    return [m.group(0) for m in run.problems if not m.group("message").startswith("warning:")]


_BUILD_ONLY = {"--out": 1, "--jobs": 1, "-j": 1, "--force": 0, "--clean": 0, "--quiet": 0,
               "-q": 0}


def _check_arguments(args: tuple[str, ...]) -> list[str]:
    """`build` arguments without the options that only concern writing."""
    kept: list[str] = []
    skip = 0
    for arg in args:
        if skip:
            skip -= 1
        elif arg.split("=")[0] in _BUILD_ONLY:
            skip = 0 if "=" in arg else _BUILD_ONLY[arg]
        else:
            kept.append(arg)
    return kept


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty project (content/ only, no actsheets.yaml) in a fresh folder."""
    return Project(tmp_path / "proj")


def bundled_project(root: Path) -> Project:
    """A project holding copies of the bundled handouts and the repository's config."""
    proj = Project(root)
    shutil.copytree(BUNDLED_HANDOUTS, root / "content" / "handouts")
    shutil.copy(BUNDLED_CONFIG, root / "actsheets.yaml")
    return proj


def load_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def bundled_handouts() -> dict[str, dict]:
    """id -> data of every bundled handout (the id is the file name, as the CLI uses it)."""
    found = {}
    for path in sorted(BUNDLED_HANDOUTS.glob("*.yaml")):
        data = load_yaml(path)
        found[data.get("id") or path.stem] = data
    return found


# --- reading PDFs back ---------------------------------------------------------------

def collapse(text: str) -> str:
    """Whitespace (including the line breaks text extraction adds) as single spaces."""
    return " ".join(text.split())


def strip_markdown(text: str) -> str:
    """What a reader sees of our Markdown subset: markers gone, link labels kept."""
    text = re.sub(r"\[([^\]]+)\]\([^)\s]+\)", r"\1", text)
    return text.replace("**", "").replace("*", "")


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def page_texts(path: Path) -> list[str]:
    """Each page's text, with typographer's quotes read back as plain ones (the PDFs
    print curly quotes; content files are written with straight ones)."""
    return [(page.extract_text() or "").translate(QUOTES) for page in pypdf.PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return collapse(" ".join(page_texts(path)))


def font_sizes(path: Path) -> Counter:
    """Rendered font size (font size x text matrix x CTM scale) -> number of characters."""
    sizes: Counter = Counter()

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes[round(font_size * scale, 2)] += len(text.strip())

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def outline_titles(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, in order."""
    reader = pypdf.PdfReader(path)
    found: list[tuple[int, str]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(reader.outline, 0)
    return found
