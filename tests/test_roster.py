"""Rosters as practices really export them: separators, byte-order marks, Windows line
endings, and the mistakes; problems name rows and columns but never a client's name."""

from __future__ import annotations

import pytest

from actsheets.loading.roster import read_roster


def _write(tmp_path, data: bytes):
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [
    b"id,name,start\nc1,Jo Smith,2026-01-05\nc2,\"Lee, Sam\",2026-01-12\n",
    b"\xef\xbb\xbfid;name;start\r\nc1;Jo Smith;2026-01-05\r\nc2;Lee, Sam;2026-01-12\r\n",
    b"id\tname\tstart\nc1\tJo Smith\t2026-01-05\nc2\tLee, Sam\t2026-01-12\n\n\n",
    b"id,name,start\nc1,Jo Smith,2026-01-05\nc2,\"Lee, Sam\",2026-01-12",
])
def test_common_exports_read_the_same(tmp_path, data):
    roster, problems = read_roster(_write(tmp_path, data))
    assert problems == []
    assert roster.columns == ["id", "name", "start"]
    assert [row.values for row in roster.rows] == [
        {"id": "c1", "name": "Jo Smith", "start": "2026-01-05"},
        {"id": "c2", "name": "Lee, Sam", "start": "2026-01-12"}]
    assert [row.line for row in roster.rows] == [2, 3]


def test_accented_names_survive(tmp_path):
    roster, problems = read_roster(_write(tmp_path, "id,name\n1,José Núñez\n".encode()))
    assert not problems and roster.rows[0].values["name"] == "José Núñez"


@pytest.mark.parametrize("data, line", [
    ("id,name\n1,José\n".encode("latin-1"), 2),
    ("id,name\n1,Jo\n".encode("utf-16"), 1),
])
def test_other_encodings_are_refused_with_how_to_save_as_utf8(tmp_path, data, line):
    roster, [problem] = read_roster(_write(tmp_path, data))
    assert roster is None
    assert problem.position.line == line
    assert "UTF-8" in problem.message and "Save As" in problem.message


def test_bad_rows_are_reported_and_good_rows_kept_without_printing_values(tmp_path):
    data = (b"id,name,start\nc1,Jo Secret,2026-01-05\nc2,Al Secret,2026-01-05,extra\n"
            b"c3,Bo\x0bSecret,2026-01-05\nc4,Ci Secret,2026-01-05\n")
    roster, problems = read_roster(_write(tmp_path, data))
    assert [row.values["id"] for row in roster.rows] == ["c1", "c4"]
    assert [(p.position.line, p.position.column) for p in problems] == [(3, 4), (4, 2)]
    assert "4 cells" in problems[0].message and "U+000B" in problems[1].message
    assert not any("Secret" in str(p) for p in problems)


@pytest.mark.parametrize("data, words", [
    (b"", ["empty"]),
    (b"id,,start\n1,2,3\n", ["column 2 has no name"]),
    (b"id,name,id\n1,2,3\n", ["'id' appears twice"]),
])
def test_header_problems(tmp_path, data, words):
    roster, [problem] = read_roster(_write(tmp_path, data))
    assert roster is None
    for word in words:
        assert word in problem.message


def test_a_folder_or_missing_file_is_a_clear_problem(tmp_path):
    _, [problem] = read_roster(tmp_path)
    assert "not a regular file" in problem.message
    _, [problem] = read_roster(tmp_path / "nope.csv")
    assert "no such file" in problem.message
