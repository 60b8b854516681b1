"""actsheets.loading.yaml_reader: strict, safe YAML that remembers where every value is."""

from __future__ import annotations

from pathlib import Path

import pytest

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading import read_yaml, read_yaml_text
from actsheets.loading.yaml_reader import MAX_DEPTH, MAX_FILE_BYTES

F = Path("f.yaml")


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(ContentError) as info:
        read_yaml_text(text, F)
    return info.value.problems


def only_problem(text: str) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    return problems[0]


def test_data_and_positions():
    source = read_yaml_text("kind: handout\ntitle:   Hello\nsections:\n  - heading: H\n"
                            "    body: |\n      text\n", F)
    assert source.data == {"kind": "handout", "title": "Hello",
                           "sections": [{"heading": "H", "body": "text\n"}]}
    assert source.value_positions[("title",)] == Position(2, 10)
    assert source.key_positions[("title",)] == Position(2, 1)
    assert source.value_positions[("sections", 0)] == Position(4, 5)
    assert source.value_positions[("sections", 0, "heading")] == Position(4, 14)
    assert source.key_positions[("sections", 0, "body")] == Position(5, 5)


def test_position_of_falls_back_to_the_nearest_known_parent():
    source = read_yaml_text("kind: handout\nsections:\n  - heading: H\n", F)
    assert source.position_of(("sections", 0, "body")) == Position(3, 5)
    assert source.position_of(("sections", 7, "x")) == source.position_of(("sections",))
    assert source.position_of(("nothing", "here")) == Position(1, 1)
    assert source.position_of(("sections", 0, "heading"), prefer_key=True) == Position(3, 5)


def test_byte_order_mark_is_accepted():
    assert read_yaml_text("\ufeffkind: handout\n", F).data == {"kind": "handout"}


def test_plain_scalars_keep_yaml_types():
    data = read_yaml_text("n: 5\nf: 1.5\nb: true\nd: 2024-01-02\nz: null\ns: '5'\n", F).data
    # Dates stay text (see actsheets.loading.scalars); date fields parse it.
    assert data == {"n": 5, "f": 1.5, "b": True, "d": "2024-01-02", "z": None, "s": "5"}


@pytest.mark.parametrize("text, position, words", [
    ("a: 1\nb: 2\na: 3\n", (3, 1), ["duplicate key 'a'", "line 1"]),
    ("a: &x 1\n", (1, 4), ["anchors and aliases"]),
    ("a: 1\nb: *x\n", (2, 4), ["anchors and aliases"]),
    ("base: &b {x: 1}\n", (1, 7), ["anchors and aliases"]),
    ("<<: {x: 1}\n", (1, 1), ["merge keys"]),
    ("? [a, b]\n: c\n", (1, 3), ["keys must be plain words"]),
    ("a: 1\n---\nb: 2\n", (2, 1), ["more than one YAML document"]),
    ("a: b: c\n", (1, 5), ["contains ': '", 'a: "b: c"']),
    ("a:\n\tb: 1\n", (2, 1), ["tab", "use spaces"]),
    ("a: [1, 2\n", (1, 4), ["never closed", "a: [1, 2]"]),
    ("a: 'open\n", (1, 4), ["never closed", "a: 'open'"]),
    ("x: !custom 1\n", (1, 4), ["cannot read value", "!custom"]),
    ("x: !!python/object/apply:os.system ls\n", (1, 4), ["cannot read value"]),
    ("", (1, 1), ["empty"]),
    ("# only a comment\n", (1, 1), ["empty"]),
    ("---\n", (1, 1), ["empty"]),
])
def test_refused_input(text, position, words):
    problem = only_problem(text)
    assert problem.file == F
    assert (problem.position.line, problem.position.column) == position, str(problem)
    for word in words:
        assert word in problem.message
    assert str(problem).startswith(f"f.yaml:{position[0]}:{position[1]}: ")


def test_every_duplicate_key_is_reported():
    problems = problems_of("a: 1\na: 2\nm:\n  x: 1\n  x: 2\n")
    assert [(p.position.line, p.position.column) for p in problems] == [(2, 1), (5, 3)]


def test_nesting_limit():
    deep_ok = "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    read_yaml_text(deep_ok, F)
    too_deep = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert "nesting is deeper" in only_problem(too_deep).message


def test_python_tags_never_run_code(tmp_path):
    marker = tmp_path / "ran"
    text = f"x: !!python/object/apply:os.system ['touch {marker}']\n"
    try:
        read_yaml_text(text, F)
    except ContentError:
        pass
    assert not marker.exists()


@pytest.mark.parametrize("text", ["x: !custom [1]\n",
                                  "x: !!python/object/apply:os.system ['ls']\n",
                                  "x: !!set {a: null}\n"])
def test_tags_on_collections_are_refused_like_tags_on_scalars(text):
    problem = only_problem(text)
    assert problem.position == Position(1, 4)


# --- reading files -------------------------------------------------------------------------

def test_read_yaml_from_disk(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("kind: handout\ntitle: Café — “quoted”\n", encoding="utf-8")
    source = read_yaml(path)
    assert source.path == path
    assert source.data["title"] == "Café — “quoted”"


@pytest.mark.parametrize("raw, position", [
    (b"kind: handout\ntitle: caf\xe9\n", (2, 11)),
    (b"\xff\n", (1, 1)),
    (b"a: 1\nb: 2\nc: ok\xc3\n", (3, 6)),
])
def test_non_utf8_is_located(tmp_path, raw, position):
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    with pytest.raises(ContentError) as info:
        read_yaml(path)
    [problem] = info.value.problems
    assert (problem.position.line, problem.position.column) == position
    assert "not valid UTF-8" in problem.message


def test_non_utf8_column_counts_characters(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes("title: café ".encode() + b"\xff\n")
    with pytest.raises(ContentError) as info:
        read_yaml(path)
    assert info.value.problems[0].position == Position(1, 13)


def test_file_too_large(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    with pytest.raises(ContentError) as info:
        read_yaml(path)
    assert info.value.problems[0].position == Position(1, 1)
    assert "larger than" in info.value.problems[0].message


def test_unreadable_path_is_a_problem_not_a_crash(tmp_path):
    with pytest.raises(ContentError) as info:
        read_yaml(tmp_path / "missing.yaml")
    assert "cannot read file" in info.value.problems[0].message
