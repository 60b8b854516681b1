"""Worksheet content that cannot be built: each problem is one `FILE:LINE:COL: message` line,
the exit status is 1, there is no traceback, and nothing is written for that worksheet
(while a good worksheet next to it still builds)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from conftest import page_texts
from test_worksheet_pdf import invoke, make_project

HEAD = "kind: worksheet\ntitle: Broken Sheet\n"
GOOD = HEAD.replace("Broken", "Good") + "blocks:\n  - type: lines\n    name: notes\n"

# name -> (worksheet YAML, line, column or None, words the message must contain)
CASES: dict[str, tuple[str, int, int | None, list[str]]] = {
    "unknown block type": (
        HEAD + "blocks:\n  - type: line\n    prompt: What happened?\n",
        4, 11, ["'line'", "'lines'"]),
    "tracker without columns": (
        HEAD + "blocks:\n  - type: tracker\n    name: log\n    columns: []\n",
        6, 14, ["1"]),
    "rating low above high": (
        HEAD + "blocks:\n  - type: rating\n    name: mood\n    low: 10\n    high: 0\n",
        6, None, ["low", "high"]),
    "same name twice": (
        HEAD + "blocks:\n  - type: lines\n    name: notes\n  - type: box\n    name: notes\n",
        7, None, ["notes"]),
    "lines block taller than a page": (
        HEAD + "blocks:\n  - type: lines\n    name: diary\n    prompt: Diary\n    lines: 40\n",
        4, None, ["mm", "lines"]),
    "one_page sheet that overflows": (
        HEAD + "one_page: true\nblocks:\n"
        "  - type: lines\n    name: first\n    lines: 18\n"
        "  - type: lines\n    name: second\n    lines: 18\n",
        8, None, ["one_page", "block 2"]),
    "placeholder typo": (
        HEAD + "params:\n  minutes: 3\n"
        "blocks:\n  - type: text\n    text: \"Practise {{ params.minuts }} min\"\n",
        7, None, ["minuts"]),
    "unknown key in a block": (
        HEAD + "blocks:\n  - type: lines\n    name: a\n    promt: Hello\n",
        6, 5, ["'promt'", "'prompt'"]),
    "tracker with no rows": (
        HEAD + "blocks:\n  - type: tracker\n    name: t\n    rows: 0\n"
        "    columns:\n      - label: A\n",
        6, None, ["rows"]),
    "invalid field name": (
        HEAD + "blocks:\n  - type: lines\n    name: Week-Log\n",
        5, 11, ["Week-Log"]),
    "name clashes with a name_date field": (
        HEAD + "blocks:\n  - type: name_date\n    fields: [name, date]\n"
        "  - type: lines\n    name: date\n",
        7, None, ["date"]),
}

RENDER_ONLY = {"lines block taller than a page", "one_page sheet that overflows",
               "name clashes with a name_date field"}


def _assert_one_problem(run, line: int, column: int | None, words: list[str]) -> str:
    assert run.exit_code == 1, run.output
    assert run.exception is None or isinstance(run.exception, SystemExit), run.exception
    assert "Traceback" not in run.output
    assert len(run.problems) == 1, run.output
    problem = run.problems[0]
    assert problem["file"] == "content/worksheets/bad.yaml"
    assert int(problem["line"]) == line, run.output
    if column is not None:
        assert int(problem["col"]) == column, run.output
    for word in words:
        assert word in problem["message"], run.output
    return problem["message"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_problem_is_reported_and_nothing_is_written(tmp_path, case):
    text, line, column, words = CASES[case]
    root = make_project(tmp_path, {"bad": text, "good": GOOD})
    run = invoke(root, "build", "--paper", "letter", "--paper", "a4", "--audience", "both")
    _assert_one_problem(run, line, column, words)
    written = sorted(p.name for p in (root / "output").glob("*.pdf"))
    assert written == ["good-a4.pdf", "good-fillable-a4.pdf", "good-fillable.pdf", "good.pdf"]
    assert "failed 1" in run.output
    assert not list((root / "output").glob("*.tmp*")) and not list(
        (root / "output").glob(".*.pdf*"))


@pytest.mark.parametrize("case", sorted(set(CASES) - RENDER_ONLY))
def test_check_reports_the_same_problem(tmp_path, case):
    text, line, column, words = CASES[case]
    root = make_project(tmp_path, {"bad": text, "good": GOOD})
    run = invoke(root, "check")
    _assert_one_problem(run, line, column, words)
    assert not (root / "output").exists() or not list((root / "output").glob("*.pdf"))


def test_too_tall_message_gives_sizes_in_mm(tmp_path):
    root = make_project(tmp_path, {"bad": CASES["lines block taller than a page"][0]})
    run = invoke(root, "build")
    message = run.problems[0]["message"]
    numbers = [int(n) for n in re.findall(r"(\d+) mm", message)]
    assert len(numbers) == 2
    tall, room = numbers
    assert tall > room > 150  # 40 lines at 9 mm is over 360 mm; a Letter page holds ~230 mm
    assert tall >= 360


@pytest.mark.parametrize("blocks,lines", [
    # two schema problems
    (("  - type: tracker\n    name: log\n    columns: []\n"
      "  - type: lines\n    name: a\n    promt: Hello\n"), [6, 9]),
    # two problems found by the worksheet's own checks
    (("  - type: rating\n    name: mood\n    low: 10\n    high: 0\n"
      "  - type: lines\n    name: mood\n"), [6, 9]),
])
def test_every_problem_in_a_file_is_reported_at_once(tmp_path, blocks, lines):
    root = make_project(tmp_path, {"bad": HEAD + "blocks:\n" + blocks})
    run = invoke(root, "build")
    assert run.exit_code == 1 and "Traceback" not in run.output
    assert sorted(int(p["line"]) for p in run.problems) == lines, run.output


def test_a_broken_sheet_leaves_its_earlier_pdfs_untouched(tmp_path):
    root = make_project(tmp_path, {"sheet": GOOD})
    first = invoke(root, "build")
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in (root / "output").glob("*.pdf")}
    assert set(before) == {"sheet.pdf", "sheet-fillable.pdf"}
    make_project(root, {"sheet": CASES["lines block taller than a page"][0]})
    second = invoke(root, "build")
    assert second.exit_code == 1
    after = {p.name: p.read_bytes() for p in (root / "output").glob("*.pdf")}
    assert after == before


def test_a_block_too_tall_for_one_paper_writes_no_paper(tmp_path):
    """27 ruled lines (about 244 mm) fit an A4 page but not a Letter page: with A4 asked
    for first, the A4 files must not be written either (all or nothing per document)."""
    sheet = HEAD + "blocks:\n  - type: lines\n    name: diary\n    lines: 27\n"
    root = make_project(tmp_path, {"bad": sheet, "good": GOOD})
    only_a4 = invoke(root, "build", "--paper", "a4", "content/worksheets/bad.yaml")
    assert only_a4.exit_code == 0, only_a4.output  # it really does fit A4
    for path in (root / "output").glob("*.pdf"):
        path.unlink()
    run = invoke(root, "build", "--paper", "a4", "--paper", "letter", "--force")
    _assert_one_problem(run, 4, None, ["letter", "mm"])
    assert sorted(p.name for p in (root / "output").glob("bad*.pdf")) == []
    assert (root / "output" / "good-a4.pdf").exists()


def test_large_print_reports_a_block_that_only_fits_standard_print(tmp_path):
    sheet = HEAD + "blocks:\n  - type: lines\n    name: diary\n    prompt: Diary\n    lines: 23\n"
    root = make_project(tmp_path, {"bad": sheet})
    assert invoke(root, "build").exit_code == 0
    run = invoke(root, "build", "--large-print")
    _assert_one_problem(run, 4, None, ["mm"])
    assert not list((root / "output").glob("*-large.pdf"))


def test_large_print_keeps_a_one_page_sheet_to_its_planned_pages(tmp_path):
    sheet = (HEAD + "one_page: true\nblocks:\n"
             "  - type: lines\n    name: first\n    prompt: First\n    lines: 9\n"
             "  - type: lines\n    name: second\n    prompt: Second\n    lines: 9\n")
    root = make_project(tmp_path, {"bad": sheet})
    assert invoke(root, "build").exit_code == 0
    run = invoke(root, "build", "--large-print")
    _assert_one_problem(run, 9, 5, ["large print", "page 2", "new_page_in_large_print"])
    planned = sheet.replace("name: second\n", "name: second\n    new_page_in_large_print: true\n")
    (root / "content" / "worksheets" / "bad.yaml").write_text(planned, encoding="utf-8")
    run = invoke(root, "build", "--large-print")
    assert run.exit_code == 0, run.output
    pages = page_texts(root / "output" / "bad-large.pdf")
    assert len(pages) == 2 and "First" in pages[0] and "Second" in pages[1]


# --- field names the content never chose ------------------------------------------------

def _build_ok(root: Path) -> list[str]:
    """Builds the project (must succeed) and returns the fillable sheet's field names."""
    run = invoke(root, "build", "--paper", "letter", "--audience", "client")
    assert "Traceback" not in run.output
    assert run.exit_code == 0, run.output
    return sorted(pypdf.PdfReader(root / "output" / "sheet-fillable.pdf").get_fields() or {})


def test_unnamed_blocks_never_clash_with_other_fields(tmp_path):
    sheet = (HEAD + "blocks:\n  - type: name_date\n    fields: [name, date]\n"
             "  - type: lines\n    prompt: Date\n    lines: 1\n")
    assert _build_ok(make_project(tmp_path, {"sheet": sheet})) == ["date", "date_2", "name"]


def test_tracker_columns_with_distinct_labels_build(tmp_path):
    sheet = (HEAD + "blocks:\n  - type: tracker\n    name: log\n    rows: days\n    columns:\n"
             "      - label: What I did in the morning\n"
             "      - label: What I did in the evening\n")
    names = _build_ok(make_project(tmp_path, {"sheet": sheet}))
    assert len(names) == 14 and "log_1_what_i_did_in" in names and "log_1_what_i_did_in_2" in names


def test_bullseye_quarters_with_distinct_labels_build(tmp_path):
    sheet = (HEAD + "blocks:\n  - type: bullseye\n    name: values\n"
             "    quarters: [Time with my family, Time with my friends, Health, Fun]\n")
    assert _build_ok(make_project(tmp_path, {"sheet": sheet})) == [
        "values_fun", "values_health", "values_time_with_my", "values_time_with_my_2"]
