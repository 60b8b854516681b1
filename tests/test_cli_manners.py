"""Command-line manners: -q and -v everywhere, quiet pipes, a fast --version, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

DOC = "kind: handout\ntitle: Hello\nsummary: Hi.\n"
COMMANDS = [["build"], ["check"], ["list"], ["schema"], ["new", "handout", "x"],
            ["init", "sub"]]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-q", "--quiet", "-v", "--verbose"])
def test_every_command_takes_quiet_and_verbose(project, command, flag):
    project.write("content/a.yaml", DOC)
    run = project.invoke(*command, flag)
    assert run.exit_code == 0, run.output


def test_quiet_keeps_problems_and_the_summary(project):
    project.write("content/a.yaml", DOC)
    project.write("content/b.yaml", "kind: handout\n")
    run = project.build("-q")
    assert run.exit_code == 1
    assert "  built" not in run.stdout
    assert "built 1, skipped 0 unchanged, failed 1" in run.stdout
    assert "missing required key 'title'" in run.stderr


def test_exit_codes_zero_one_two(project):
    project.write("content/a.yaml", DOC)
    assert project.invoke("check").exit_code == 0
    project.write("content/b.yaml", "kind: nothing\n")
    assert project.invoke("check").exit_code == 1
    assert project.invoke("build", "--paper", "a5").exit_code == 2


def test_a_closed_pipe_ends_quietly(tmp_path):
    (tmp_path / "content").mkdir()
    for number in range(30):
        (tmp_path / "content" / f"d{number:02}.yaml").write_text(DOC)
    done = subprocess.run(f"'{sys.executable}' -m actsheets build -j 1 | head -n 1",
                          check=False, shell=True, cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr, done.stderr
    assert done.stderr == ""
    assert len(list((tmp_path / "output").glob("*.pdf"))) == 30  # the work still finished


def test_version_is_instant_and_names_the_version():
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "actsheets", "--version"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("actsheets, version ")
    loaded = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines()}
    assert not loaded & {"pydantic", "reportlab", "jinja2", "yaml"}
