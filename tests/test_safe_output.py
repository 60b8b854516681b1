"""Bad luck around the output: clashing names, links and pipes where files should be, two
builds at once, full or forbidden disks, a killed build. Nothing is lost or half-written."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest
from conftest import Project

from actsheets.build.environment import FURNITURE
from actsheets.output.cache import CACHE_NAME
from actsheets.output.lock import locked
from actsheets.render.pdf.fonts import FontSet
from actsheets.text.resolve import missing_glyphs

DOC = "kind: handout\ntitle: Breathing Space\nsummary: Notice one breath.\n"
SHEET = ("kind: worksheet\ntitle: Sheet\nblocks:\n  - type: lines\n    prompt: Notes\n"
         "    lines: 2\n")


# --- names that clash ---------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("sheet", "sheet-fillable"),
    ("sheet", "sheet-a4"),
    ("sheet", "sheet-therapist-large"),
    ("log", "log-fillable-a4"),
])
def test_an_id_equal_to_another_documents_variant_name_is_refused(project, first, second):
    project.write(f"content/{first}.yaml", SHEET)
    project.write(f"content/{second}.yaml", SHEET)
    project.write("content/other.yaml", DOC)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert sorted(p["file"] for p in run.problems) == sorted(
        [f"content/{first}.yaml", f"content/{second}.yaml"])
    for problem in run.problems:
        other = first if problem["file"].endswith(f"/{second}.yaml") else second
        assert f"content/{other}.yaml" in problem["message"]
        assert "different `id:`" in problem["message"]
    assert [p.name for p in project.output.glob("*.pdf")] == ["other.pdf"]


@pytest.mark.parametrize("built_first", ["sheet", "sheet-fillable"])
def test_a_clash_with_an_unchanged_document_is_found_too(project, built_first):
    project.write(f"content/{built_first}.yaml", SHEET)
    assert project.build().exit_code == 0
    before = {p.name: p.read_bytes() for p in project.output.glob("*.pdf")}
    other = "sheet-fillable" if built_first == "sheet" else "sheet"
    project.write(f"content/{other}.yaml", SHEET)
    run = project.build()
    assert run.exit_code == 1
    assert sorted(p["file"] for p in run.problems) == ["content/sheet-fillable.yaml",
                                                       "content/sheet.yaml"]
    assert {p.name: p.read_bytes() for p in project.output.glob("*.pdf")} == before


@pytest.mark.parametrize("name", ["con", "aux", "nul", "com1", "lpt9", "prn"])
def test_windows_reserved_names_are_refused(project, name):
    project.write(f"content/{name}.yaml", DOC)
    project.write("content/fine.yaml", DOC)
    run = project.build()
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem["file"] == f"content/{name}.yaml"
    assert "cannot be a file name on Windows" in problem["message"]
    assert [p.name for p in project.output.glob("*.pdf")] == ["fine.pdf"]


def test_case_is_ignored_when_names_are_compared(tmp_path):
    from actsheets.build.name_clashes import output_stems

    assert output_stems("Sheet") & output_stems("sheet")


# --- links, pipes and other things in output/ ----------------------------------------------

def test_a_link_in_output_is_replaced_never_written_through(project, tmp_path):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    project.output.mkdir()
    (project.output / "a.pdf").symlink_to(outside)
    project.write("content/a.yaml", DOC)
    run = project.build()
    assert run.exit_code == 0, run.output
    assert outside.read_text() == "keep me"
    assert not (project.output / "a.pdf").is_symlink()
    assert pypdf.PdfReader(project.output / "a.pdf").pages


def _build_in_a_process(project: Project, *args: str, timeout: float = 60):
    return subprocess.run([sys.executable, "-m", "actsheets", "build", *args],
                          check=False, cwd=project.root, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
@pytest.mark.parametrize("where", [CACHE_NAME, "a.pdf"])
def test_a_pipe_in_output_does_not_hang_the_build(project, where):
    project.output.mkdir()
    os.mkfifo(project.output / where)
    project.write("content/a.yaml", DOC)
    done = _build_in_a_process(project, timeout=30)
    assert done.returncode == 0, done.stderr
    assert pypdf.PdfReader(project.output / "a.pdf").pages


# --- two builds at once ------------------------------------------------------------------

def test_a_second_build_into_a_busy_folder_is_refused_and_touches_nothing(project):
    project.write("content/a.yaml", DOC)
    assert project.build().exit_code == 0
    project.write("content/a.yaml", DOC.replace("Breathing", "Walking"))
    before = (project.output / "a.pdf").read_bytes()
    cache_before = (project.output / CACHE_NAME).read_bytes()
    part = project.output / ".a.pdf.12345.part"
    part.write_bytes(b"the other build's file")
    with locked(project.output):
        run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "another actsheets build is writing to" in run.output and "--out" in run.output
    assert (project.output / "a.pdf").read_bytes() == before
    assert (project.output / CACHE_NAME).read_bytes() == cache_before
    assert part.exists()  # the running build's temporary file is left alone
    assert project.build().exit_code == 0  # once the other build is done


# --- disks that refuse --------------------------------------------------------------------

@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, ["the disk is full", "free some space"]),
    (errno.EACCES, ["permission denied", "--out"]),
    (errno.EROFS, ["read-only", "--out"]),
])
def test_a_write_that_fails_says_which_file_and_why(project, monkeypatch, code, words):
    project.write("content/a.yaml", DOC)
    assert project.build().exit_code == 0
    before = (project.output / "a.pdf").read_bytes()
    project.write("content/a.yaml", DOC.replace("Breathing", "Walking"))

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("actsheets.output.atomic.tempfile.mkstemp", refuse)
    run = project.build("-j", "1")
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "cannot write" in run.output and "a.pdf" in run.output
    for word in words:
        assert word in run.output
    assert (project.output / "a.pdf").read_bytes() == before


def test_output_folder_that_is_a_file_says_so(project):
    project.config("output: taken\n")
    project.write("taken", "not a folder")
    project.write("content/a.yaml", DOC)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "cannot write taken: a file is in the way" in run.output
    assert (project.root / "taken").read_text() == "not a folder"


# --- dates and glyphs --------------------------------------------------------------------

@pytest.mark.parametrize("value", ["abc", "-5", "1e9", "99999999999999"])
def test_a_bad_source_date_epoch_is_a_clear_error(project, monkeypatch, value):
    project.write("content/a.yaml", DOC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "SOURCE_DATE_EPOCH" in run.output and "whole number of seconds" in run.output
    assert not project.output.exists() or not list(project.output.glob("*.pdf"))


def test_source_date_epoch_sets_the_pdf_dates(project, monkeypatch):
    project.write("content/a.yaml", DOC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    assert project.build().exit_code == 0
    info = pypdf.PdfReader(project.output / "a.pdf").metadata
    assert str(info["/CreationDate"]).startswith("D:20260101")


def test_characters_layout_adds_are_checked_against_the_font():
    fonts = FontSet("r", "b", "i", "bi", frozenset(ord(c) for c in "abc0123456789-"))
    [problem] = missing_glyphs(FURNITURE, fonts, "theme.yaml", None, "page numbers")
    assert "'•' (U+2022)" in problem.message and "'…' (U+2026)" in problem.message
    assert "'1'" not in problem.message


# --- a killed build -----------------------------------------------------------------------

def _many(project: Project, count: int = 24) -> None:
    for number in range(count):
        project.write(f"content/s{number:02}.yaml", SHEET)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGTERM])
def test_no_worker_outlives_a_killed_build(project, signal_number):
    _many(project)
    process = subprocess.Popen([sys.executable, "-m", "actsheets", "build", "-j", "2",
                                "--paper", "letter", "--paper", "a4"], cwd=project.root,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while time.monotonic() < deadline and not workers and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.02)
    if not workers:
        process.wait(30)
        pytest.skip("the build ended before its workers could be seen")
    process.send_signal(signal_number)
    process.wait(30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and
                                              "Z" not in _state(w) for w in workers):
        time.sleep(0.05)
    alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _state(w)]
    assert not alive
    if signal_number == signal.SIGTERM:
        assert process.returncode == 130
        assert not list(project.output.glob(".*.part"))


def _state(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0])
    except OSError:
        return "Z"
