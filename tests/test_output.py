"""actsheets.output: file names, atomic writes, and skip-if-unchanged; seen from the CLI too
(the "therapist edits the YAML and sees the change" story)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pypdf
import pytest
from conftest import REPO, Project, font_sizes, pdf_text

from actsheets.output.atomic import remove_stale_temporaries, write_atomically
from actsheets.output.cache import CACHE_NAME
from actsheets.output.naming import Variant, output_path

DOC = "kind: handout\ntitle: Breathing Space\nsummary: Notice one breath.\n"
OLD = 1_000_000_000  # an mtime far in the past: 2001-09-09


# --- names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("variant, name", [
    (Variant(), "x.pdf"),
    (Variant(paper="a4"), "x-a4.pdf"),
    (Variant(large_print=True), "x-large.pdf"),
    (Variant(paper="a4", large_print=True), "x-a4-large.pdf"),
    (Variant(audience="therapist"), "x-therapist.pdf"),
    (Variant(fillable=True), "x-fillable.pdf"),
    (Variant(paper="a4", large_print=True, fillable=True, audience="therapist"),
     "x-therapist-fillable-a4-large.pdf"),
])
def test_output_names(tmp_path, variant, name):
    assert output_path(tmp_path, "x", variant) == (tmp_path / name).resolve()


@pytest.mark.parametrize("bad", ["../evil", "a/b", "/tmp/evil", "sub/../../x", "../output/x"])
def test_output_path_never_leaves_the_folder(tmp_path, bad):
    with pytest.raises(ValueError):
        output_path(tmp_path / "out", bad, Variant())


# --- atomic writes ------------------------------------------------------------------------

def test_write_atomically_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "sub" / "a.pdf"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.pdf"]


def test_failed_write_keeps_the_old_file_and_cleans_up(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_written_file_gets_normal_permissions(tmp_path):
    target = tmp_path / "a.pdf"
    write_atomically(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_remove_stale_temporaries(tmp_path):
    (tmp_path / ".a.pdf.k3j2.part").write_bytes(b"half")
    (tmp_path / "keep.pdf").write_bytes(b"whole")
    (tmp_path / "visible.part").write_bytes(b"not ours")
    remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf", "visible.part"]
    remove_stale_temporaries(tmp_path / "missing")  # no folder yet: nothing to do


# --- builds through the CLI -----------------------------------------------------------------

def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.iterdir() if p.name.endswith(".part"))


def test_failed_build_leaves_the_previous_pdf_byte_identical(project):
    source = project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    target = project.pdf("sheet.pdf")
    before = target.read_bytes()
    os.utime(target, (OLD, OLD))

    source.write_text(DOC.replace("Notice one breath.", "Hi {{ practice.nmae }}"), "utf-8")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert [(p["file"], p["line"]) for p in run.problems] == [("content/sheet.yaml", "3")]
    assert target.read_bytes() == before
    assert target.stat().st_mtime == OLD
    assert leftovers(project.output) == []

    # Putting the file back as it was needs no rebuild: the PDF already matches it.
    source.write_text(DOC, "utf-8")
    run = project.build()
    assert run.exit_code == 0 and "skipped" in run.stdout
    assert target.read_bytes() == before


def test_failed_build_for_every_variant_keeps_all_previous_pdfs(project):
    source = project.write("content/sheet.yaml", DOC)
    assert project.build("--paper", "letter", "--paper", "a4").exit_code == 0
    before = {p.name: p.read_bytes() for p in project.output.glob("*.pdf")}
    assert sorted(before) == ["sheet-a4.pdf", "sheet.pdf"]
    source.write_text("kind: handout\ntitle: a: b\n", "utf-8")
    assert project.build("--paper", "letter", "--paper", "a4", "--force").exit_code == 1
    assert {p.name: p.read_bytes() for p in project.output.glob("*.pdf")} == before
    assert leftovers(project.output) == []


def test_stale_part_files_are_removed_by_a_build(project):
    project.write("content/sheet.yaml", DOC)
    stale = project.write("output/.sheet.pdf.abc123.part", b"%PDF-half")
    run = project.build()
    assert run.exit_code == 0
    assert not stale.exists()
    assert leftovers(project.output) == []


def test_unchanged_documents_are_skipped_and_not_rewritten(project):
    project.write("content/sheet.yaml", DOC)
    first = project.build()
    assert "built 1, skipped 0" in first.stdout
    target = project.pdf("sheet.pdf")
    os.utime(target, (OLD, OLD))
    before = target.read_bytes()

    second = project.build()
    assert second.exit_code == 0
    assert second.stdout.splitlines() == [  # a no-op build says so in one line
        next(line for line in second.stdout.splitlines() if line.startswith("built 0"))]
    assert "built 0, skipped 1 unchanged, failed 0" in second.stdout
    verbose = project.build("-v")
    assert "  skipped output/sheet.pdf" in verbose.stdout
    assert target.stat().st_mtime == OLD
    assert target.read_bytes() == before


def test_editing_the_yaml_rebuilds_and_the_change_shows(project):
    source = project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    target = project.pdf("sheet.pdf")
    os.utime(target, (OLD, OLD))
    assert "Notice one breath." in pdf_text(target)

    source.write_text(DOC.replace("Notice one breath.", "Notice three slow breaths today."),
                      "utf-8")
    run = project.build()
    assert run.exit_code == 0
    assert "built 1, skipped 0" in run.stdout
    assert target.stat().st_mtime != OLD
    text = pdf_text(target)
    assert "Notice three slow breaths today." in text
    assert "Notice one breath." not in text


def test_changing_the_config_rebuilds(project):
    project.config("practice:\n  name: Old Name Clinic\n")
    project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    assert "Old Name Clinic" in pdf_text(project.pdf("sheet.pdf"))
    project.config("practice:\n  name: New Name Clinic\n")
    run = project.build()
    assert "built 1, skipped 0" in run.stdout
    text = pdf_text(project.pdf("sheet.pdf"))
    assert "New Name Clinic" in text and "Old Name Clinic" not in text
    assert pypdf.PdfReader(project.pdf("sheet.pdf")).metadata["/Author"] == "New Name Clinic"


def test_changing_a_user_theme_rebuilds(project):
    project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    pages_before = len(pypdf.PdfReader(project.pdf("sheet.pdf")).pages)
    project.write("templates/themes/default.yaml", "sizes:\n  body: 30\n")
    run = project.build()
    assert "built 1, skipped 0" in run.stdout
    assert 30.0 in font_sizes(project.pdf("sheet.pdf"))
    assert len(pypdf.PdfReader(project.pdf("sheet.pdf")).pages) >= pages_before


def test_force_rebuilds(project):
    project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    target = project.pdf("sheet.pdf")
    before = target.read_bytes()
    os.utime(target, (OLD, OLD))
    run = project.build("--force")
    assert "built 1, skipped 0" in run.stdout
    assert target.stat().st_mtime != OLD
    assert target.read_bytes() == before  # reproducible


def test_deleted_pdf_is_rebuilt(project):
    project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    project.pdf("sheet.pdf").unlink()
    run = project.build()
    assert "built 1, skipped 0" in run.stdout
    assert project.pdf("sheet.pdf").is_file()


def test_new_variant_is_built_while_existing_one_is_skipped(project):
    project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    run = project.build("--paper", "letter", "--paper", "a4")
    assert "built 1, skipped 1 unchanged" in run.stdout
    assert project.pdf("sheet-a4.pdf").is_file()


def test_damaged_cache_file_means_rebuild_not_crash(project):
    project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    cache = project.output / CACHE_NAME
    assert _cached_outputs(cache) == {"sheet.pdf"}
    cache.write_text("{not json")
    run = project.build()
    run.assert_clean_exit()
    assert "built 1, skipped 0" in run.stdout
    assert _cached_outputs(cache) == {"sheet.pdf"}


def _cached_outputs(cache) -> set[str]:
    entries = json.loads(cache.read_text())["entries"]
    return {name for entry in entries.values() for name in entry["outputs"]}


def test_out_option_and_config_output_folder(project):
    project.write("content/sheet.yaml", DOC)
    run = project.build("--out", "elsewhere/pdfs")
    assert run.exit_code == 0
    assert (project.root / "elsewhere" / "pdfs" / "sheet.pdf").is_file()
    assert "-> elsewhere/pdfs/" in run.stdout
    assert not project.output.exists()

    project.config("output: printed\n")
    assert project.build().exit_code == 0
    assert (project.root / "printed" / "sheet.pdf").is_file()


def test_only_the_named_files_are_built(project):
    project.write("content/a.yaml", DOC)
    project.write("content/b.yaml", DOC)
    project.write("content/broken.yaml", "kind: handout\ntitle: a: b\n")
    run = project.build("content/b.yaml")
    assert run.exit_code == 0
    assert [p.name for p in project.output.glob("*.pdf")] == ["b.pdf"]


def test_ctrl_c_during_a_write_stops_cleanly_and_keeps_the_old_pdf(project, monkeypatch):
    """Ctrl-C arriving while a PDF is being written: exit 130, a short message, no
    traceback, the previous file intact and no temporary file left behind."""
    source = project.write("content/sheet.yaml", DOC)
    assert project.build().exit_code == 0
    target = project.pdf("sheet.pdf")
    before = target.read_bytes()
    source.write_text(DOC.replace("Notice one breath.", "Notice two breaths."), "utf-8")

    from actsheets.output import atomic

    real_replace = atomic.os.replace

    def interrupted_replace(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted_replace)
    run = project.build("--jobs", "1")
    monkeypatch.setattr(atomic.os, "replace", real_replace)

    assert run.exit_code == 130
    assert "interrupted" in run.stderr
    assert "Traceback" not in run.output
    assert target.read_bytes() == before
    assert leftovers(project.output) == []


def test_one_process_and_two_give_byte_identical_files(tmp_path):
    """The bundled library, built with -j 1 and with -j 2 (worker processes)."""
    built = {}
    for jobs in ("1", "2"):
        proj = Project(tmp_path / f"j{jobs}")
        shutil.copytree(REPO / "content", proj.root / "content", dirs_exist_ok=True)
        shutil.copy(REPO / "actsheets.yaml", proj.root / "actsheets.yaml")
        run = proj.build("-j", jobs, "-q")
        assert run.exit_code == 0, run.output
        built[jobs] = {p.name: p.read_bytes() for p in proj.output.glob("*.pdf")}
    assert len(built["1"]) > 40
    assert built["1"] == built["2"]
