"""Starting out: `init` makes a project that builds at once, `new` a document that builds,
and actsheets finds its project from any folder inside it."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner
from conftest import REPO, Project

from actsheets.cli.main import main


def _run(folder: Path, *args: str):
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.chdir(folder):
        return CliRunner().invoke(main, list(args))


def test_init_makes_a_project_that_builds_from_any_folder_in_it(tmp_path):
    made = _run(tmp_path, "init", "demo", "--practice", "Hill Clinic")
    assert made.exit_code == 0, made.output
    demo = tmp_path / "demo"
    for name in ("actsheets.yaml", ".gitignore", "actsheets.schema.json",
                 ".vscode/settings.json", "templates/README.txt"):
        assert (demo / name).is_file(), name
    assert len(list((demo / "content").rglob("*.yaml"))) == 3
    assert "output/" in (demo / ".gitignore").read_text()
    assert "clients/" in (demo / ".gitignore").read_text()
    assert "Hill Clinic" in (demo / "actsheets.yaml").read_text()
    assert "cd demo && actsheets build" in made.output
    settings = json.loads((demo / ".vscode" / "settings.json").read_text())
    assert settings["yaml.schemas"]["./actsheets.schema.json"] == ["content/**/*.yaml",
                                                                 "clients/**/*.yaml"]
    built = _run(demo / "content" / "worksheets", "build")
    assert built.exit_code == 0, built.output
    assert "using the project in" in built.output
    pdfs = sorted(p.name for p in (demo / "output").glob("*.pdf"))
    assert "choice-point.pdf" in pdfs and "choice-point-fillable-a4.pdf" in pdfs
    info = pypdf.PdfReader(demo / "output" / "choice-point.pdf").metadata
    assert info["/Author"] == "Hill Clinic"


def test_init_full_copies_the_whole_library(tmp_path):
    assert _run(tmp_path, "init", "all", "--full").exit_code == 0
    copied = {p.name for p in (tmp_path / "all" / "content").rglob("*.yaml")}
    bundled = {p.name for p in (REPO / "content").rglob("*.yaml")}
    assert copied == bundled


def test_init_never_overwrites_a_project(tmp_path):
    assert _run(tmp_path, "init").exit_code == 0
    before = (tmp_path / "actsheets.yaml").read_bytes()
    again = _run(tmp_path, "init")
    assert again.exit_code == 1
    assert "already an actsheets project" in again.output
    assert (tmp_path / "actsheets.yaml").read_bytes() == before


@pytest.mark.parametrize("kind, name, file", [
    ("worksheet", "Sleep diary", "content/worksheets/sleep-diary.yaml"),
    ("handout", "what-is-acceptance", "content/handouts/what-is-acceptance.yaml"),
])
def test_new_writes_a_starter_that_builds(project, kind, name, file):
    run = project.invoke("new", kind, name)
    assert run.exit_code == 0, run.output
    assert f"wrote {file}" in run.output
    built = project.build("--paper", "letter")
    assert built.exit_code == 0, built.output
    stem = Path(file).stem
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(
        project.output / f"{stem}.pdf").pages)
    title = name if " " in name else name.replace("-", " ").capitalize()
    assert title in text
    again = project.invoke("new", kind, name)
    assert again.exit_code == 1 and "already exists" in again.output


@pytest.mark.parametrize("kind, name, file, pdf, title", [
    ("course", "Values at work", "content/courses/values-at-work.yaml",
     "values-at-work-pack.pdf", "Values at work"),
    ("plan", "c07", "clients/c07.yaml", "c07.pdf", "My practice plan"),
])
def test_new_course_and_plan_build_as_they_are(project, kind, name, file, pdf, title):
    """A course starter has everything a course needs (agenda minutes that match its
    credits, a post-test); a plan goes to the git-ignored clients/ and builds on its own."""
    run = project.invoke("new", kind, name)
    assert run.exit_code == 0, run.output
    assert f"wrote {file}" in run.output
    target = [file] if kind == "plan" else []
    assert f"run `actsheets build{' ' + file if target else ''}`" in run.output
    built = project.build("--paper", "letter", *target)
    assert built.exit_code == 0, built.output
    assert "warning" not in built.output
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(project.output / pdf).pages)
    assert title in text
    if kind == "course":
        assert (project.output / "values-at-work-post-test.pdf").is_file()


def test_outside_any_project_says_how_to_start_one(tmp_path):
    run = _run(tmp_path / "nowhere", "build")
    assert run.exit_code == 2
    assert "not an actsheets project" in run.output and "actsheets init" in run.output


def test_the_built_wheel_works_in_a_fresh_environment(tmp_path):
    """Build the wheel, install only it into a new virtual environment (its dependencies
    come from this one, offline), then `init` and `build` from a subfolder."""
    wheels = tmp_path / "wheels"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "--no-index", "-q", "-w", str(wheels),
                           str(REPO)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot build a wheel offline here: {done.stderr[-300:]}")
    [wheel] = wheels.glob("actsheets-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    where_site = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run([str(python), "-c", where_site], capture_output=True, text=True,
                          check=True)
    dependencies = sysconfig.get_path("purelib")
    (Path(site.stdout.strip()) / "dependencies.pth").write_text(dependencies + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": ""}
    script = venv / "bin" / "actsheets"
    where = subprocess.run([str(python), "-c", "import actsheets; print(actsheets.__file__)"],
                           capture_output=True, text=True, check=True, cwd=work, env=env)
    assert str(venv) in where.stdout  # the wheel's copy, not the checkout
    subprocess.run([str(script), "init", "demo"], cwd=work, check=True, env=env,
                   capture_output=True)
    built = subprocess.run([str(script), "build", "-q"], cwd=work / "demo" / "content",
                           capture_output=True, text=True, env=env, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    assert len(list((work / "demo" / "output").glob("*.pdf"))) >= 10
    # the starters' Spanish translations come with the wheel too
    assert (work / "demo" / "translations" / "es" / "choice-point.po").is_file()
    spanish = subprocess.run([str(script), "build", "-q", "--language", "es"],
                             cwd=work / "demo", capture_output=True, text=True, env=env,
                             check=False)
    assert spanish.returncode == 0, spanish.stdout + spanish.stderr
    assert (work / "demo" / "output" / "choice-point-es.pdf").is_file()


def test_project_fixture_still_builds_without_a_config(project: Project):
    project.write("content/a.yaml", "kind: handout\ntitle: A\n")
    assert project.build().exit_code == 0
