"""actsheets.documents: finding content files, ids, validation into models."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Project

from actsheets.documents import id_from_file_name, load_document, load_documents
from actsheets.errors import ContentError
from actsheets.loading.content_files import find_content_files
from actsheets.models.kinds.handout import Handout


@pytest.mark.parametrize("name, expected", [
    ("values.yaml", "values"),
    ("My Sheet (v2).yaml", "my-sheet-v2"),
    ("__odd--name__.yml", "odd--name"),
    ("ÄÖÜ.yaml", "document"),
    ("x" * 100 + ".yaml", "x" * 64),
])
def test_id_from_file_name(name, expected):
    assert id_from_file_name(Path(name)) == expected


def test_find_content_files(tmp_path):
    content = tmp_path / "content"
    for relative in ["b.yaml", "a.yml", "sub/c.yaml", ".hidden.yaml", ".drafts/d.yaml",
                     "notes.txt", "sub/e.YAML.bak"]:
        (content / relative).parent.mkdir(parents=True, exist_ok=True)
        (content / relative).write_text("x: 1\n")
    found = find_content_files([content, content / "b.yaml"])
    assert [p.relative_to(content).as_posix() for p in found] == ["a.yml", "b.yaml", "sub/c.yaml"]


def test_project_below_a_dot_folder_still_finds_its_content(tmp_path):
    proj = Project(tmp_path / ".config" / "sheets")
    proj.write("content/x.yaml", "kind: handout\ntitle: Found\n")
    assert [p.name for p in find_content_files([proj.root / "content"])] == ["x.yaml"]
    run = proj.build()
    assert run.exit_code == 0
    assert (proj.output / "x.pdf").is_file()


def test_load_document(tmp_path):
    path = tmp_path / "My Notes.yaml"
    path.write_text("kind: handout\ntitle: Notes\nkey_points: [a, b]\n", encoding="utf-8")
    document = load_document(path)
    assert document.id == "my-notes"
    assert document.kind == "handout"
    assert document.title == "Notes"
    assert isinstance(document.model, Handout)
    assert document.model.key_points == ["a", "b"]
    assert document.model.audience == "client"


def test_explicit_id_wins(tmp_path):
    path = tmp_path / "file.yaml"
    path.write_text("kind: handout\nid: chosen_id-2\ntitle: Notes\n", encoding="utf-8")
    assert load_document(path).id == "chosen_id-2"


@pytest.mark.parametrize("bad_id", ["../evil", "/abs", "UPPER", "has space", "a/b", "-lead",
                                    "x" * 65, "", "dot.dot"])
def test_ids_that_could_escape_or_surprise_are_refused(tmp_path, bad_id):
    path = tmp_path / "file.yaml"
    path.write_text(f"kind: handout\nid: '{bad_id}'\ntitle: Notes\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_document(path)
    [problem] = info.value.problems
    assert (problem.position.line, problem.position.column) == (2, 5)


def test_load_documents_keeps_going_and_reports_every_bad_file(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.yaml").write_text("kind: handout\ntitle: A\n")
    (content / "b.yaml").write_text("kind: nope\ntitle: B\n")
    (content / "c.yaml").write_text("kind: handout\ntitle: C\nid: a\n")
    (content / "d.yaml").write_text("kind: handout\ntitle: D\n")
    documents, problems = load_documents([content])
    assert [d.id for d in documents] == ["a", "d"]
    assert [(Path(p.file).name, p.position.line) for p in problems] == [("b.yaml", 1),
                                                                        ("c.yaml", 3)]
