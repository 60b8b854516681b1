"""YAML 1.1 surprises: plain values mean what a non-programmer typed.

`10:30` is not 630, `NO` is not false, `0777` is not 511, a date is text until a date field
reads it; where the schema wants text, a value YAML read as a number or boolean comes back
as the text exactly as typed.
"""

from __future__ import annotations

import datetime
import pickle
from pathlib import Path

import pytest
from conftest import REPO, pdf_text

from actsheets.errors import ContentError
from actsheets.loading import read_yaml, read_yaml_text
from actsheets.models.base import StrictModel
from actsheets.models.kinds import KINDS
from actsheets.models.validation import validate

F = Path("f.yaml")


def data_of(value: str):
    return read_yaml_text(f"v: {value}\n", F).data["v"]


@pytest.mark.parametrize("typed, value", [
    ("10:30", "10:30"), ("1:02:03", "1:02:03"), ("190:20:30", "190:20:30"),
    ("yes", "yes"), ("No", "No"), ("NO", "NO"), ("on", "on"), ("OFF", "OFF"), ("y", "y"),
    ("0777", "0777"), ("007", "007"), ("00", "00"), ("0b101", "0b101"), ("1_000", "1_000"),
    ("2024-01-05", "2024-01-05"), ("2024-13-01", "2024-13-01"),
    ("2001-12-14t21:59:43.10-05:00", "2001-12-14t21:59:43.10-05:00"),
    (".inf", ".inf"), ("-.inf", "-.inf"), (".NaN", ".NaN"), ("1e400", "1e400"),
    ("=", "="), ("<<", "<<"), ("9" * 40, "9" * 40),
    ("5", 5), ("-12", -12), ("+5", 5), ("0", 0), ("0x1F", 31), ("0o17", 15),
    ("1.5", 1.5), (".5", 0.5), ("1e3", 1000.0), ("-2.5E-2", -0.025), ("1.", 1.0),
    ("true", True), ("False", False), ("TRUE", True),
    ("null", None), ("~", None), ("NULL", None), ("", None),
])
def test_plain_values_resolve_predictably(typed, value):
    got = data_of(typed)
    assert got == value
    assert type(got) is type(value) or isinstance(got, type(value)) or (
        isinstance(value, bool) and got in (0, 1))


@pytest.mark.parametrize("typed", ["'10:30'", '"yes"', "'5'", "!!str 5", "|\n  5\n"])
def test_quoted_and_tagged_text_stays_text(typed):
    assert isinstance(data_of(typed), str)


def test_the_typed_text_of_plain_values_is_kept():
    source = read_yaml_text("a: 1e3\nb: [007, +5, TRUE]\nc: 'q'\n", F)
    assert source.plain_texts[("a",)] == "1e3"
    assert source.plain_texts[("b", 1)] == "+5"
    assert ("c",) not in source.plain_texts
    assert str(source.data["a"]) == "1e3" and source.data["a"] == 1000.0
    assert f"{source.data['b'][1]}" == "+5" and source.data["b"][1] + 1 == 6


def test_values_survive_pickling_for_worker_processes():
    data = read_yaml_text("a: 1e3\nb: +5\nc: TRUE\n", F).data
    again = pickle.loads(pickle.dumps(data))
    assert again == data and [str(v) for v in again.values()] == ["1e3", "+5", "TRUE"]


def handout(title: str, extra: str = ""):
    source = read_yaml_text(f"kind: handout\ntitle: {title}\nkey_points: [{title}]\n{extra}", F)
    return validate(KINDS["handout"].model, source)


@pytest.mark.parametrize("typed", ["1e3", "007", "+5", "0x1F", "1.50", "true", "TRUE", "False",
                                   "10:30", "NO", "0777", "2024-01-05", "12", "3.0"])
def test_text_fields_get_the_text_as_typed(typed):
    model = handout(typed)
    assert model.title == typed
    assert model.key_points == [typed]


def test_identifier_gets_the_text_as_typed():
    assert handout("T", "id: 2024\n").id == "2024"


def test_numbers_stay_numbers_where_numbers_are_wanted():
    source = read_yaml_text(
        "kind: worksheet\ntitle: T\nparams: {minutes: 1, ratio: 1.5, big: 1e3, hex: 0x10}\n"
        "one_page: TRUE\nblocks:\n  - type: lines\n    lines: 3\n", F)
    model = validate(KINDS["worksheet"].model, source)
    assert model.params == {"minutes": 1, "ratio": 1.5, "big": 1000.0, "hex": 16}
    assert type(model.params["minutes"]) is int
    assert model.one_page is True
    assert model.blocks[0].lines == 3


@pytest.mark.parametrize("typed, shown", [("10:30", "'10:30'"), ("three", "'three'"),
                                          ("yes", "'yes'")])
def test_a_number_field_says_what_it_found(typed, shown):
    source = read_yaml_text(f"kind: worksheet\ntitle: T\nblocks:\n  - type: lines\n"
                            f"    lines: {typed}\n", F)
    with pytest.raises(ContentError) as info:
        validate(KINDS["worksheet"].model, source)
    [problem] = info.value.problems
    assert (problem.position.line, problem.position.column) == (5, 12)
    assert "expected a whole number" in problem.message and shown in problem.message


class _Dated(StrictModel):
    start: datetime.date


@pytest.mark.parametrize("typed", ["2024-13-01", "2024-02-30", "next tuesday", "2024-1-5"])
def test_impossible_dates_are_plain_located_messages(typed):
    with pytest.raises(ContentError) as info:
        validate(_Dated, read_yaml_text(f"start: {typed}\n", F))
    [problem] = info.value.problems
    assert (problem.position.line, problem.position.column) == (1, 8)
    assert problem.message == (f"'{typed}' is not a real date (write it as YYYY-MM-DD, "
                               "for example 2026-01-31)")


def test_real_dates_are_read_by_date_fields():
    assert validate(_Dated, read_yaml_text("start: 2024-01-05\n", F)).start == (
        datetime.date(2024, 1, 5))


def test_bundled_content_loads_with_its_numbers_intact():
    for path in sorted((REPO / "content").rglob("*.yaml")):
        data = read_yaml(path).data
        params = data.get("params", {})
        assert all(type(v) in (int, float, str) for v in params.values()), path
    mindful = read_yaml(REPO / "content/worksheets/mindful-awareness-log.yaml").data
    assert type(mindful["params"]["minutes"]) is int


def test_built_pdf_prints_the_title_as_typed(project):
    project.write("content/a.yaml", "kind: handout\ntitle: 1e3\nsummary: NO at 10:30 or 0777\n"
                                    "key_points: [007, TRUE]\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 0, run.output
    text = pdf_text(project.pdf("a.pdf"))
    for typed in ("1e3", "NO at 10:30 or 0777", "007", "TRUE"):
        assert typed in text
