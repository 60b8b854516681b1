"""Homework packets from one plan: the bundled example built into a packet and read back
(plan page, worksheets made out for the client with dated rows and a growing dose, review
page), plan mistakes located in the plan file, the confidence warning, dates in other
languages, and the client's name kept out of everything but the pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdf
import pytest
from conftest import REPO, Project, collapse, page_texts, pdf_text

EXAMPLE = REPO / "content" / "plans" / "example-plan.yaml"
CLIENT = "Robin Hale"
WORKSHEETS = REPO / "content" / "worksheets"


def _library_project(root: Path) -> Project:
    """A project with the bundled worksheets (the library plans choose from)."""
    proj = Project(root)
    shutil.copytree(WORKSHEETS, root / "content" / "worksheets")
    return proj


def _parts(path: Path) -> list[tuple[str, int]]:
    """(title, first page index) of each part: the bookmarks below the packet's top one."""
    reader = pypdf.PdfReader(path)
    [top, children] = reader.outline
    assert top.title == "Homework packet"
    return [(item.title, reader.get_destination_page_number(item)) for item in children
            if not isinstance(item, list)]


@pytest.fixture(scope="module")
def packet(tmp_path_factory) -> tuple[Project, Path]:
    proj = _library_project(tmp_path_factory.mktemp("packet"))
    shutil.copy(EXAMPLE, proj.root / "clients-plan.yaml")
    run = proj.build("clients-plan.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    return proj, proj.pdf("example-plan.pdf")


def test_the_example_plan_builds_a_printable_and_a_fillable_packet(packet):
    proj, pdf = packet
    assert sorted(p.name for p in proj.output.glob("*.pdf")) == [
        "example-plan-fillable.pdf", "example-plan.pdf"]
    titles = [title for title, _ in _parts(pdf)]
    assert titles == ["My practice plan",
                      *(f"Daily Mindful Awareness Log · Week {n}" for n in (1, 2, 3, 4)),
                      "Values-Based Activity Planner", "Journaling Prompts", "Looking back"]


def test_the_plan_page_has_the_why_the_when_then_plans_the_doses_and_the_check_in(packet):
    _, pdf = packet
    parts = _parts(pdf)
    plan_pages = range(parts[0][1], parts[1][1])
    text = collapse(" ".join(page_texts(pdf)[i] for i in plan_pages))
    for expected in [CLIENT, "Alex Moreno", "Starts Monday, March 2, 2026", "Runs for 4 weeks",
                     "Next session Monday, March 30, 2026",
                     "Why I'm doing this, in my words So I can feel at home",
                     "My plan: When I have poured my morning coffee, I will sit by the window",
                     "My plan: When I get into bed, I will write three lines",
                     "On a hard day: One line is enough.",
                     "What might get in the way What I'll do then",
                     "How sure I am that I'll do it: 6 out of 10",
                     "Below 7? Make it smaller: Three lines on two evenings a week.",
                     "Checking in: Send me a short text about one thing that went well",
                     "Missed a day? That is normal"]:
        assert expected in text
    # the week-by-week table: the dose grows by a minute a week up to its cap of 3
    for row in ["1 Mar 2 – 8 1 minute a day", "2 Mar 9 – 15 2 minutes a day",
                "3 Mar 16 – 22 3 minutes a day", "4 Mar 23 – 29 3 minutes a day"]:
        assert row in text


def test_the_name_is_on_every_personalised_sheet_and_the_review_page(packet):
    _, pdf = packet
    texts = page_texts(pdf)
    for title, page in _parts(pdf):
        assert CLIENT in texts[page], title


def test_each_week_gets_its_own_dated_tracker_and_its_own_dose(packet):
    _, pdf = packet
    texts = {title: collapse(page_texts(pdf)[page]) for title, page in _parts(pdf)}
    week = {n: texts[f"Daily Mindful Awareness Log · Week {n}"] for n in (1, 2, 3, 4)}
    assert "Week 1 (Mar 2 – 8)" in week[1] and "Week 2 (Mar 9 – 15)" in week[2]
    days = {1: ["Mon, Mar 2", "Tue, Mar 3", "Wed, Mar 4", "Thu, Mar 5", "Fri, Mar 6",
                "Sat, Mar 7", "Sun, Mar 8"],
            2: ["Mon, Mar 9", "Tue, Mar 10", "Sun, Mar 15"],
            4: ["Mon, Mar 23", "Sun, Mar 29"]}
    for number, labels in days.items():
        for label in labels:
            assert label in week[number], (number, label)
    assert "Mon, Mar 9" not in week[1]
    # the dose reaches the instructions (through the sheet's params) and the tracker header
    assert "practice for 1 minute each day" in week[1]
    assert "practice for 2 minutes each day" in week[2]
    assert "This week: 1 minute a day." in week[1]
    assert "This week: 2 minutes a day." in week[2]
    assert "build up to 3 min" in week[1]
    assert "Checking in: Send me a short text" in week[3]


def test_the_review_page_asks_what_happened(packet):
    _, pdf = packet
    _title, page = _parts(pdf)[-1]
    text = collapse(page_texts(pdf)[page])
    for expected in ["Next session: Monday, March 30, 2026", "What I did", "Mindful minutes",
                     "A few lines in my journal", "What got in the way?",
                     "What did I notice", "keep, or change"]:
        assert expected in text
    assert len(page_texts(pdf)) == page + 1  # it is the last page, and one page


def test_the_fillable_packet_has_unique_fields_per_part_and_prints_the_name(packet):
    proj, _ = packet
    fields = pypdf.PdfReader(proj.pdf("example-plan-fillable.pdf")).get_fields()
    names = set(fields)
    assert "p2_week_log_1_minutes" in names and "p5_week_log_7_what_i_noticed" in names
    assert "p8_review_did_1_how_often" in names and "p8_date" in names
    assert not any(name.endswith("_name") for name in names)  # the name is printed
    assert not any(CLIENT in str(field.get("/V", "")) for field in fields.values())


def test_the_name_stays_out_of_metadata_file_names_and_the_cache(packet):
    proj, pdf = packet
    metadata = pypdf.PdfReader(pdf).metadata
    assert metadata.title == "Homework packet example-plan"
    assert all(CLIENT not in str(value) for value in metadata.values())
    for path in proj.output.rglob("*"):
        assert CLIENT.split()[0].lower() not in path.name.lower()
        if path.is_file() and path.suffix != ".pdf":
            assert CLIENT.encode() not in path.read_bytes(), path


def test_an_unchanged_plan_is_skipped_and_a_changed_worksheet_rebuilds_it(tmp_path):
    proj = _library_project(tmp_path / "p")
    shutil.copy(EXAMPLE, proj.root / "plan.yaml")
    assert proj.build("plan.yaml", "--paper", "letter").exit_code == 0
    again = proj.build("plan.yaml", "--paper", "letter")
    assert "built 0, skipped 2" in again.stdout
    sheet = proj.root / "content" / "worksheets" / "journaling-prompts.yaml"
    sheet.write_text(sheet.read_text().replace("Putting your thoughts on paper",
                                               "Thoughts on paper"))
    rebuilt = proj.build("plan.yaml", "--paper", "letter")
    assert "built 2, skipped 0" in rebuilt.stdout
    assert "Thoughts on paper" in pdf_text(proj.pdf("example-plan.pdf"))


def test_the_bundled_library_builds_the_example_plan(tmp_path):
    proj = Project(tmp_path / "lib")
    shutil.copytree(REPO / "content", proj.root / "content", dirs_exist_ok=True)
    run = proj.build("--paper", "a4", "content/plans")
    assert run.exit_code == 0, run.output
    assert proj.pdf("example-plan-a4.pdf").is_file()


# --- plans written by hand ------------------------------------------------------------

PLAN = """\
kind: plan
id: p1
title: Plan
client: Kit Vale
start: {start}
weeks: {weeks}
week_starts: {week_starts}
practices:
  - id: walk
    name: Walk
    when_then: When I finish lunch, I will walk to the corner and back.
    dose: {{start: 5, step: 5, cap: 15, unit: minutes}}
    confidence: 8
worksheets:
  - worksheet: mindful-awareness-log
    practice: walk
    params: {{minutes: "{{{{ dose.amount }}}}"}}
"""


def _plan(proj: Project, *, start="2026-03-04", weeks=2, week_starts="start", extra=""):
    return proj.write("plan.yaml", PLAN.format(start=start, weeks=weeks,
                                               week_starts=week_starts) + extra)


def test_weeks_can_start_on_a_weekday_so_the_first_week_is_shorter(tmp_path):
    proj = _library_project(tmp_path / "p")
    _plan(proj, week_starts="monday")  # Wednesday 4 March
    assert proj.build("plan.yaml", "--paper", "letter").exit_code == 0
    pdf = proj.pdf("p1.pdf")
    texts = {title: collapse(page_texts(pdf)[page]) for title, page in _parts(pdf)}
    first = texts["Daily Mindful Awareness Log · Week 1"]
    assert "Wed, Mar 4" in first and "Sun, Mar 8" in first and "Mon, Mar 9" not in first
    assert "Tue, Mar 3" not in first
    second = texts["Daily Mindful Awareness Log · Week 2"]
    assert "Mon, Mar 9" in second and "Sun, Mar 15" in second
    assert "This week: 10 minutes a day." in second


@pytest.mark.parametrize("language, day, week", [
    ("de", "Mi., 4. März", "Diese"),
    ("en-GB", "Wed 4 Mar", "This week: 5 minutes a day."),
    ("fr", "mer. 4 mars", "5 minutes"),
])
def test_dates_and_units_follow_the_plans_language(tmp_path, language, day, week):
    proj = _library_project(tmp_path / "p")
    if language == "de":
        proj.write("templates/wording/de.yaml", "plan_this_week: 'Diese Woche:'\n"
                                                "plan_a_day: am Tag\n")
    _plan(proj, extra=f"language: {language}\n")
    run = proj.build("plan.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    text = pdf_text(proj.pdf("p1.pdf"))
    assert day in text and week in text
    if language == "de":
        assert "Diese Woche: 5 Minuten am Tag." in text


def test_a_language_without_date_formats_is_located(tmp_path):
    proj = _library_project(tmp_path / "p")
    _plan(proj, extra="language: qq\n")
    run = proj.build("plan.yaml")
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem["line"] == "18" and "no date formats for the language 'qq'" in problem["message"]


@pytest.mark.parametrize("change, line, col, words", [
    (("worksheet: mindful-awareness-log", "worksheet: mindful-awarenes-log"), 15, 16,
     ("there is no worksheet 'mindful-awarenes-log' in content/ (did you mean "
     "'mindful-awareness-log'?)")),
    (("params: {minutes:", "params: {mins:"), 17, 20,
     ("the worksheet 'mindful-awareness-log' takes no parameter 'mins' (did you mean "
     "'minutes'? it takes: goal_minutes, minutes)")),
    (("start: 2026-03-04", "start: next monday"), 5, 8, "is not a real date"),
    (("start: 2026-03-04", "start: 2026-02-30"), 5, 8, "'2026-02-30' is not a real date"),
    (("weeks: 2", "weeks: 0"), 6, 8, "a plan runs for 1 to 26 weeks"),
    (("step: 5, cap: 15", "step: 0, cap: 15"), 12, 28, "the dose never grows to its cap"),
    (("step: 5, cap: 15", "step: 5, cap: 2"), 12, 36, "the cap is below the starting dose"),
    (("practice: walk", "practice: run"), 16, 15, "no practice has the id 'run' (use one of: walk)"),
])
def test_plan_mistakes_are_located_in_the_plan_file(tmp_path, change, line, col, words):
    proj = _library_project(tmp_path / "p")
    path = _plan(proj)
    path.write_text(path.read_text().replace(*change))
    run = proj.build("plan.yaml")
    run.assert_clean_exit()
    assert run.exit_code == 1
    [problem] = run.problems
    assert (problem["file"], int(problem["line"]), int(problem["col"])) == ("plan.yaml", line, col)
    assert words in problem["message"]
    assert not list(proj.output.glob("*.pdf"))


def test_a_review_date_before_the_start_is_located(tmp_path):
    proj = _library_project(tmp_path / "p")
    _plan(proj, extra="review: 2026-03-01\n")
    run = proj.build("plan.yaml")
    [problem] = run.problems
    assert problem["line"] == "18" and "comes before the start date" in problem["message"]


def test_low_confidence_without_a_smaller_version_is_a_warning_not_an_error(tmp_path):
    proj = _library_project(tmp_path / "p")
    path = _plan(proj)
    path.write_text(path.read_text().replace("confidence: 8", "confidence: 5"))
    check = proj.invoke("check", "plan.yaml", "--paper", "letter")
    assert check.exit_code == 0, check.output
    [warning] = check.problems
    assert warning["message"].startswith("warning: confidence 5 is below 7 but there is no "
                                         "smaller version")
    assert "1 warning(s)" in check.stdout
    build = proj.build("plan.yaml", "--paper", "letter")
    assert build.exit_code == 0 and proj.pdf("p1.pdf").is_file()
    text = pdf_text(proj.pdf("p1.pdf"))
    assert "How sure I am that I'll do it: 5 out of 10 Below 7? Make it smaller:" in text
    path.write_text(path.read_text().replace("confidence: 5", "confidence: 5\n    smaller: Two "
                                                               "minutes"))
    assert proj.invoke("check", "plan.yaml", "--schema-only").problems == []


def test_problems_never_echo_the_clients_name(tmp_path):
    proj = _library_project(tmp_path / "p")
    path = _plan(proj)
    path.write_text(path.read_text().replace("client: Kit Vale", "client: Kit Vale\u2192"))
    run = proj.build("plan.yaml")
    assert run.exit_code == 1
    assert "Kit" not in run.output and "'→' (U+2192)" in run.output
