"""Files left in output/ by a document that was renamed or deleted: a build reports them,
`build --clean` removes them, and nothing actsheets did not make is ever touched."""

from __future__ import annotations

import json
import os

import pytest

from actsheets.output.cache import CACHE_NAME, MADE_KEY


def handout(title: str, extra: str = "") -> str:
    return f"kind: handout\ntitle: {title}\n{extra}"


WARNING = ("output/old-name.pdf and 1 more file(s) are from a document that no longer exists "
           "(run `actsheets build --clean` to remove them)")


@pytest.fixture
def renamed(project):
    """A project where content/old-name.yaml was built on two papers, then renamed."""
    project.write("content/old-name.yaml", handout("Acceptance"))
    project.write("content/keep.yaml", handout("Kept"))
    assert project.build("--paper", "letter", "--paper", "a4").exit_code == 0
    project.write("output/notes.pdf", b"the user's own file")
    project.write("output/unrelated.pdf", b"made by hand, named like an output")
    os.rename(project.root / "content/old-name.yaml", project.root / "content/new-name.yaml")
    return project


def test_a_renamed_document_leaves_files_that_a_build_reports(renamed):
    run = renamed.build()
    assert run.exit_code == 0, run.output
    assert "built   output/new-name.pdf" in run.stdout
    assert WARNING in run.stderr
    assert "keep" not in run.stderr and "notes" not in run.stderr
    assert (renamed.output / "old-name.pdf").is_file()  # reported, not removed
    quiet = renamed.build("-q")
    assert WARNING in quiet.stderr  # still there, still said, even when quiet


def test_clean_removes_only_the_left_over_files(renamed):
    run = renamed.build("--clean")
    assert run.exit_code == 0, run.output
    assert "removed 2 file(s) left from documents that no longer exist" in run.stdout
    assert "removed output/old-name-a4.pdf" in run.stdout
    left = sorted(p.name for p in renamed.output.iterdir() if not p.name.startswith("."))
    assert left == ["keep-a4.pdf", "keep.pdf", "new-name.pdf", "notes.pdf", "unrelated.pdf"]
    again = renamed.build()
    assert "no longer exists" not in again.output
    assert "built 0" in again.stdout


def test_a_changed_id_leaves_files_too(project):
    project.write("content/sheet.yaml", handout("Values", "id: values-v1\n"))
    assert project.build().exit_code == 0
    project.write("content/sheet.yaml", handout("Values", "id: values-v2\n"))
    run = project.build()
    assert ("output/values-v1.pdf is from a document that no longer exists (run `actsheets "
            "build --clean` to remove it)") in run.stderr
    assert project.build("--clean").exit_code == 0
    assert not (project.output / "values-v1.pdf").exists()
    assert (project.output / "values-v2.pdf").is_file()


def test_a_document_that_does_not_load_keeps_its_files(project):
    project.write("content/sheet.yaml", handout("Values"))
    assert project.build().exit_code == 0
    project.write("content/sheet.yaml", "kind: handout\ntitel: Values\n")
    run = project.build("--clean")
    assert run.exit_code == 1
    assert "no longer exists" not in run.output and "removed" not in run.stdout
    assert (project.output / "sheet.pdf").is_file()


def test_files_built_from_elsewhere_are_not_left_over(project):
    """A plan built by name from clients/ is not reported by a build of content/."""
    project.write("clients/c07.yaml", handout("For one client"))
    project.write("content/a.yaml", handout("A"))
    assert project.build("clients/c07.yaml").exit_code == 0
    run = project.build("--clean")
    assert "no longer exists" not in run.output
    assert (project.output / "c07.pdf").is_file()


def test_a_file_replaced_by_a_link_is_never_removed(renamed):
    target = renamed.root / "elsewhere.pdf"
    target.write_bytes(b"not ours")
    (renamed.output / "old-name.pdf").unlink()
    (renamed.output / "old-name.pdf").symlink_to(target)
    run = renamed.build("--clean")
    assert "removed 1 file(s)" in run.stdout
    assert (renamed.output / "old-name.pdf").is_symlink() and target.read_bytes() == b"not ours"


def test_a_cache_from_before_left_overs_were_kept_still_finds_them(renamed):
    cache = renamed.output / CACHE_NAME
    data = json.loads(cache.read_text())
    del data[MADE_KEY]
    cache.write_text(json.dumps(data))
    assert WARNING in renamed.build().stderr
