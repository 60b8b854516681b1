"""Beyond syntax: messages a therapist can act on. A file whose keys belong to another
kind is told which `kind:` to set; `## headings` inside text are refused at their line
(never printed as "##"); no validator wording reaches the user, and every message names
its subject."""

from __future__ import annotations

import re

import pytest

SHEET_KEYS = "title: Weekly\ninstructions: Do it.\nblocks:\n  - type: lines\n    prompt: What?\n"
VALIDATOR_WORDS = re.compile(r"Input should|valid integer|validation error|type=|"
                             r"Field required|Extra inputs", re.IGNORECASE)


def problems(project, text: str) -> list[tuple[int, str]]:
    project.write("content/sheet.yaml", text)
    run = project.invoke("check")
    run.assert_clean_exit()
    assert run.exit_code == 1, run.output
    return [(int(m["line"]), m["message"]) for m in run.problems]


def test_worksheet_keys_in_a_handout_suggest_the_kind(project):
    found = problems(project, "kind: handout\n" + SHEET_KEYS)
    expected = ("this file says `kind: handout`, but `blocks:`, `instructions:` belong to a "
                "worksheet (set `kind: worksheet`)")
    assert found == [(1, expected)]


def test_missing_kind_is_named_from_the_keys(project):
    assert problems(project, SHEET_KEYS) == [
        (1, "missing `kind:` (these keys belong to a worksheet: add `kind: worksheet`)")]


def test_keys_of_no_single_kind_are_reported_one_by_one(project):
    found = problems(project, "kind: handout\ntitle: T\nsubtitel: x\n")
    assert found == [(3, "unknown key 'subtitel' (did you mean 'subtitle'?)")]


def test_a_heading_inside_text_is_refused_at_its_line_and_nothing_prints(project):
    project.write("content/sheet.yaml", "kind: handout\ntitle: Weekly\nsections:\n"
                  "  - heading: One\n    body: |\n      Some text.\n\n"
                  "      ## A sub heading\n      More text.\n")
    run = project.build()
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem["line"] == "8"
    assert "`heading:`" in problem["message"] and "'##" in problem["message"]
    assert not list(project.output.rglob("*.pdf"))


def test_hash_signs_that_are_not_headings_still_print(project):
    from conftest import pdf_text

    project.write("content/sheet.yaml", "kind: handout\ntitle: \"Step #1\"\nsummary: |\n"
                  "  #hashtag and # alone\n")
    run = project.build()
    assert run.exit_code == 0, run.output
    [pdf] = project.output.rglob("sheet.pdf")
    text = pdf_text(pdf)
    assert "Step #1" in text and "#hashtag and # alone" in text


@pytest.mark.parametrize("block, line, words", [
    ("  - type: lines\n    prompt: P\n    lines: 2.5\n", 6,
     ["`lines`", "expected a whole number", "2.5"]),
    ("  - type: lines\n    prompt: P\n    lines: 0\n", 6, ["`lines` must be 1 or more", "0"]),
    ("  - type: rating\n    prompt: P\n    high: 1000\n", 6, ["`high` must be", "1000"]),
    ("  - type: lines\n    prompt: [a, b]\n", 5, ["`prompt`", "expected text", "a list"]),
    ("  - type: lines\n    prompt: Notice: breathe\n", 5, ["contains ': '", "double quotes"]),
])
def test_values_of_the_wrong_kind_are_named_in_plain_words(project, block, line, words):
    found = problems(project, "kind: worksheet\ntitle: T\nblocks:\n" + block)
    assert [number for number, _ in found] == [line], found
    message = found[0][1]
    for word in words:
        assert word in message, message
    assert not VALIDATOR_WORDS.search(message), message


def test_a_number_where_a_date_belongs_says_to_use_quotes_or_a_date(project):
    found = problems(project, "kind: plan\nclient: R\nstart: 20260304\nweeks: 2\n"
                     "why: w\npractices: []\n")
    assert any("start" in message or "date" in message for _, message in found), found
    assert not any(VALIDATOR_WORDS.search(message) for _, message in found), found
