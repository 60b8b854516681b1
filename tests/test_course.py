"""Course packs, post-tests, answer keys and evaluation forms, read back from the PDFs the
bundled example course builds, and the course file's mistakes located in the file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pypdf
import pytest
from conftest import REPO, Project, collapse, load_yaml, page_texts, pdf_text, strip_markdown

COURSE = "content/courses/homework-in-act-for-depression.yaml"
ID = "homework-in-act-for-depression"


def _library_project(root: Path) -> Project:
    project = Project(root)
    shutil.copytree(REPO / "content", root / "content", dirs_exist_ok=True)
    shutil.copy(REPO / "actsheets.yaml", root / "actsheets.yaml")
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Project:
    project = _library_project(tmp_path_factory.mktemp("course") / "proj")
    run = project.build(COURSE, "--paper", "letter")
    assert run.exit_code == 0, run.output
    return project


@pytest.fixture(scope="module")
def course() -> dict:
    return load_yaml(REPO / COURSE)


def _outline(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, page) of every bookmark, in order (pages from 1)."""
    reader = pypdf.PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_a_course_builds_its_pack_post_test_answer_key_and_evaluation(built):
    names = sorted(p.name for p in built.output.glob("*.pdf"))
    assert names == sorted(f"{ID}-{product}.pdf" for product in
                           ("pack", "post-test", "answer-key", "evaluation"))


def test_pack_pages_are_numbered_through_and_the_cover_has_no_footer(built, course):
    texts = page_texts(built.pdf(f"{ID}-pack.pdf"))
    total = len(texts)
    assert total > 12
    assert "Page 1 of" not in texts[0] and course["provider"]["name"] in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert course["title"] in collapse(text)  # the running footer carries the course title


def test_contents_lists_each_part_at_the_page_it_really_starts_on(built):
    path = built.pdf(f"{ID}-pack.pdf")
    parts = [(title, page) for depth, title, page in _outline(path) if depth == 1]
    texts = page_texts(path)
    assert texts[1].startswith("Contents")  # right after the cover
    about = dict(parts)["About this course"]
    lines: list[str] = []  # the contents pages' lines, each as drawn at one height
    reader = pypdf.PdfReader(path)
    for index in range(1, about - 1):
        by_height: dict[int, str] = {}

        def visit(text, cm, tm, font, size, by_height=by_height):
            y = round(tm[5] * cm[3] + cm[5])
            by_height[y] = by_height.get(y, "") + text

        reader.pages[index].extract_text(visitor_text=visit)
        lines += [" ".join(text.split()) for _, text in sorted(by_height.items(), reverse=True)]
    for title, page in parts:
        line = next(text for text in lines if text.endswith(title) or f"{title} ." in text
                    or re.search(rf"\. {page} {re.escape(title)}$", text))
        assert re.search(rf"(^|[ .]){page}( |$)", line), (title, page, line)
        assert title.casefold() in collapse(texts[page - 1]).casefold(), (title, page)  # starts


def test_bookmarks_nest_pack_then_part_then_sections(built, course):
    outline = _outline(built.pdf(f"{ID}-pack.pdf"))
    assert outline[0][:2] == (0, course["title"])
    parts = [title for depth, title, _ in outline if depth == 1]
    included = []
    for include in course["includes"]:
        data = next(load_yaml(p) for p in (REPO / "content").rglob(f"{include['id']}.yaml"))
        included.append(data["title"])
    assert parts == ["Course pack", "About this course", *included, "Discussion and references"]
    titles = [(depth, title) for depth, title, _ in outline]
    about = titles.index((1, "About this course"))
    assert titles[about + 1] == (2, "What the course covers")
    assert (2, "Learning objectives") in titles[about:about + 4]
    handout = titles.index((1, "Setting Homework from an ACT Perspective"))
    assert titles[handout + 1] == (2, "Why practice between sessions matters")
    pages = [page for _, _, page in outline]
    assert pages[1] == 1 and pages == sorted(pages) and len(set(pages)) > 8


def test_every_included_document_is_in_the_pack_in_order(built, course):
    text = pdf_text(built.pdf(f"{ID}-pack.pdf"))
    at = 0
    for include in course["includes"]:
        data = next(load_yaml(p) for p in (REPO / "content").rglob(f"{include['id']}.yaml"))
        found = text.find(data["title"], at)
        assert found > at, include["id"]
        at = found
        sample = data.get("summary") or data.get("instructions") or ""
        first_words = " ".join(strip_markdown(sample).split()[:6])
        assert first_words in text, include["id"]
    # the therapist version of the handout brings its therapist label; worksheets stay sheets
    assert "FOR THERAPISTS" in text


def test_course_information_shows_objectives_agenda_credits_and_filled_statements(built, course):
    text = pdf_text(built.pdf(f"{ID}-pack.pdf"))
    for objective in course["objectives"]:
        assert collapse(objective) in text
    assert "Welcome and getting connected (no credit)" in text
    assert "Credit-bearing minutes 60" in text
    assert "ACEP No. 7001" in text
    assert "Harbourlight Institute for Contextual Practice, provider #1999, is approved" in text
    assert "ACE provider approval period: 2025-02-01 – 2028-01-31" in text
    assert ("Harbourlight Institute for Contextual Practice is approved by the American "
            "Psychological Association (APA)") in text
    assert "{{" not in text and "{%" not in text
    for question in course["discussion_questions"]:
        assert collapse(question) in text


def _answer(question: dict) -> str:
    if question.get("type") == "true_false":
        return "a) True" if question["answer"] else "b) False"
    index = "abcdefgh".index(question["answer"])
    return f"{question['answer']}) {question['options'][index]}"


def test_the_answer_key_is_its_own_file_and_no_attendee_file_holds_it(built, course):
    key = pdf_text(built.pdf(f"{ID}-answer-key.pdf"))
    assert "Answer key" in key and "Pass mark: 75%" in key
    for number, question in enumerate(course["post_test"]["questions"], start=1):
        row = key[key.index(f"{number}. {collapse(question['question'])[:30]}"):]
        assert collapse(_answer(question)) in row[:600], number
    for product in ("pack", "post-test", "evaluation"):
        text = pdf_text(built.pdf(f"{ID}-{product}.pdf"))
        assert "Answer key" not in text and "For the trainer only" not in text, product
    # the post-test shows every option of every question, so no answer stands out
    test = pdf_text(built.pdf(f"{ID}-post-test.pdf"))
    for number, question in enumerate(course["post_test"]["questions"], start=1):
        assert f"{number}. {collapse(question['question'])}" in test
        for option in question.get("options", []):
            assert collapse(option) in test
    assert "Pass mark: 75%" in test and "Name" in test


def test_evaluation_rates_each_objective_and_instructor_and_asks_for_comments(built, course):
    path = built.pdf(f"{ID}-evaluation.pdf")
    text = pdf_text(path)
    for objective in course["objectives"]:
        assert f"This objective was met: {collapse(objective)}" in text
    for instructor in course["instructors"]:
        assert f"The instructor was clear and well prepared: {instructor['name']}" in text
    assert "How much did you learn from this course?" in text
    assert "How useful will this course be in your practice?" in text
    assert "What was most useful to you?" in text and "What could be better?" in text
    ratings = len(course["objectives"]) + len(course["instructors"]) + 2 + len(
        course["evaluation"]["items"])
    assert text.count("not at all") == ratings


def test_an_unchanged_course_is_skipped_and_a_changed_included_sheet_rebuilds_it(built):
    again = built.build(COURSE, "--paper", "letter")
    assert again.exit_code == 0 and "built 0" in again.output
    sheet = built.root / "content" / "worksheets" / "small-steps-plan.yaml"
    original = sheet.read_text("utf-8")
    sheet.write_text(original.replace("title: Small Steps Plan", "title: Small Steps Planner"),
                     "utf-8")
    try:
        changed = built.build(COURSE, "--paper", "letter")
        assert changed.exit_code == 0 and "built 4" in changed.output, changed.output
        assert "Small Steps Planner" in pdf_text(built.pdf(f"{ID}-pack.pdf"))
    finally:
        sheet.write_text(original, "utf-8")
        built.build(COURSE, "--paper", "letter")


def test_a_statement_in_the_users_templates_folder_replaces_the_built_in_one(built):
    override = built.write("templates/statements/apa.j2",
                           "Our own APA wording for {{ provider.name }}: "
                           "{{ credits.hours }} CE credit.\n")
    try:
        run = built.build(COURSE, "--paper", "letter")
        assert run.exit_code == 0 and "built 4" in run.output, run.output
        text = pdf_text(built.pdf(f"{ID}-pack.pdf"))
        assert "Our own APA wording for Harbourlight Institute for Contextual Practice: 1 CE" \
            in text
        assert "is approved by the American Psychological Association" not in text
    finally:
        override.unlink()
        built.build(COURSE, "--paper", "letter")


# --- mistakes in a course file ----------------------------------------------------------

SHEET = """\
kind: worksheet
title: Breathing Sheet
blocks:
  - type: lines
    prompt: What did you notice?
    lines: 3
"""

SMALL = """\
kind: course
title: A Small Course
provider:
  name: Example Provider
  approvals:
    - board: apa
    - board: nbcc
      number: "123"
credits:
  - board: apa
    hours: 1
  - board: nbcc
    hours: 1
level: introductory
target_audience: Counselors
format: live_in_person
instructors:
  - name: Sam Teacher
objectives:
  - Notice breathing.
agenda:
  - start: "09:00"
    minutes: 60
    topic: Breathing
includes:
  - id: breathing-sheet
disclosures:
  conflicts_of_interest: None.
  commercial_support: None.
accommodations: Write to us.
cancellation: Full refund.
statements: [apa, nbcc]
post_test:
  pass_mark: 80
  questions:
    - question: Q1?
      options: [Often, Rarely, Never]
      answer: a
      objective: 1
    - question: Q2?
      options: [Often, Rarely]
      answer: b
      objective: 1
    - question: Q3?
      options: [Often, Rarely]
      answer: b
      objective: 1
    - question: Q4?
      options: [Often, Rarely]
      answer: b
      objective: 1
    - question: Q5?
      options: [Often, Rarely]
      answer: b
      objective: 1
    - question: Q6?
      type: true_false
      answer: true
      objective: 1
"""


def _small(project: Project, text: str = SMALL) -> Path:
    project.write("content/worksheets/breathing-sheet.yaml", SHEET)
    return project.write("content/courses/small.yaml", text)


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def _only_problem(run, path: str):
    assert run.exit_code == 1, run.output
    run.assert_clean_exit()
    problems = [m for m in run.problems if m.group("file").endswith(path)]
    assert len(problems) == 1, run.output
    return problems[0]


def test_the_small_course_builds_cleanly(project):
    _small(project)
    run = project.build("content/courses/small.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    assert "warning" not in run.output
    assert (project.output / "small-pack.pdf").is_file()


def test_an_unknown_included_id_is_located_with_a_suggestion(project):
    text = SMALL.replace("  - id: breathing-sheet", "  - id: breathing-sheets")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert int(problem.group("line")) == _line_of(text, "breathing-sheets")
    assert int(problem.group("col")) == 9
    assert problem.group("message") == ("no handout or worksheet has the id "
                                        "'breathing-sheets' (did you mean 'breathing-sheet'?)")
    assert not list(project.output.glob("small-*"))


def test_credits_that_the_agenda_does_not_add_up_to_are_an_error(project):
    text = SMALL.replace("  - board: nbcc\n    hours: 1", "  - board: nbcc\n    hours: 1.5")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert int(problem.group("line")) == _line_of(text, "hours: 1.5")
    assert "1.5 CE hour(s) for nbcc need 90 credit-bearing minutes" in problem.group("message")
    assert "add up to 60" in problem.group("message")


def test_a_break_is_left_out_of_the_credit_minutes(project):
    text = SMALL.replace("    topic: Breathing\n", "    topic: Breathing\n"
                         "  - minutes: 15\n    topic: Break\n    credit: false\n")
    _small(project, text)
    run = project.build("content/courses/small.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    assert "09:00–10:00" in pdf_text(project.pdf("small-pack.pdf"))
    assert "10:00–10:15 Break (no credit)" in pdf_text(project.pdf("small-pack.pdf"))


def test_a_statement_whose_slot_the_course_does_not_fill_is_an_error(project):
    text = SMALL.replace('      number: "123"\n', "")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert int(problem.group("line")) == _line_of(text, "statements:")
    assert problem.group("message") == (
        "the 'nbcc' statement needs approval.number, which this course does not give (add "
        "number: to the nbcc approval under provider: approvals:)")


def test_a_statement_with_no_template_is_an_error_naming_the_known_ones(project):
    text = SMALL.replace("statements: [apa, nbcc]", "statements: [apa, nbbc]")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert int(problem.group("line")) == _line_of(text, "statements:")
    assert "no statement template 'nbbc'" in problem.group("message")
    assert "apa, aswb-ace, nbcc" in problem.group("message")


def test_an_answer_that_is_not_one_of_the_options_is_an_error(project):
    text = SMALL.replace("      options: [Often, Rarely, Never]\n      answer: a",
                         "      options: [Often, Rarely, Never]\n      answer: d")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert int(problem.group("line")) == _line_of(text, "answer: d")
    assert problem.group("message") == ("answer 'd' is not one of this question's options "
                                        "(use one of the letters a, b, c)")


def test_credits_of_zero_are_refused(project):
    text = SMALL.replace("  - board: apa\n    hours: 1", "  - board: apa\n    hours: 0")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert int(problem.group("line")) == _line_of(text, "hours: 0")


def test_board_guidance_gives_warnings_that_do_not_fail_the_build(project):
    text = SMALL.replace("  pass_mark: 80\n", "").replace(
        "    - question: Q2?\n      options: [Often, Rarely]\n      answer: b\n      objective: 1\n",
        "    - question: Q2?\n      type: true_false\n      answer: false\n      objective: 1\n")
    _small(project, text)
    run = project.build("content/courses/small.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    messages = {m.group("message") for m in run.problems}
    assert ("warning: 2 true/false questions for 1 CE hour(s): boards usually allow at most 1 "
            "(make this one multiple choice)") in messages
    assert ("warning: no pass mark is stated, so 75% is used (state it with pass_mark: 75)"
            in messages)
    assert (project.output / "small-pack.pdf").is_file()
    check = project.invoke("check", "content/courses/small.yaml")
    assert check.exit_code == 0 and "2 warning(s)" in check.output
    few = text.replace(
        "    - question: Q3?\n      options: [Often, Rarely]\n      answer: b\n      objective: 1\n", "")
    project.write("content/courses/small.yaml", few)
    run = project.build("content/courses/small.yaml", "--paper", "letter")
    assert any("5 question(s) for 1 CE hour(s): boards usually expect about 6 to 8"
               in m.group("message") for m in run.problems)


def test_a_logo_outside_the_project_or_missing_is_an_error(project):
    text = SMALL.replace("  name: Example Provider\n",
                         "  name: Example Provider\n  logo: ../logo.png\n")
    _small(project, text)
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert "is outside the project folder" in problem.group("message")
    assert int(problem.group("line")) == _line_of(text, "logo:")
    project.write("content/courses/small.yaml", text.replace("../logo.png", "logo.png"))
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert problem.group("message").startswith("there is no file logo.png")
    project.write("logo.png", b"not an image at all")
    problem = _only_problem(project.build("content/courses/small.yaml"), "small.yaml")
    assert problem.group("message").startswith("logo.png is not a PNG or JPEG image")


def test_a_logo_is_drawn_on_the_cover_and_changing_it_rebuilds(project):
    from PIL import Image

    Image.new("RGB", (300, 100), (20, 60, 120)).save(project.root / "logo.png")
    text = SMALL.replace("  name: Example Provider\n",
                         "  name: Example Provider\n  logo: logo.png\n")
    _small(project, text)
    assert project.build("content/courses/small.yaml", "--paper", "letter").exit_code == 0
    cover = pypdf.PdfReader(project.pdf("small-pack.pdf")).pages[0]
    assert len(cover.images) == 1
    assert "built 0" in project.build("content/courses/small.yaml", "--paper", "letter").output
    Image.new("RGB", (300, 100), (120, 60, 20)).save(project.root / "logo.png")
    assert "built 4" in project.build("content/courses/small.yaml", "--paper", "letter").output


def test_a_large_print_cover_stays_one_page(project):
    _small(project)
    run = project.build("content/courses/small.yaml", "--paper", "letter", "--large-print")
    assert run.exit_code == 0, run.output
    texts = [collapse(text) for text in page_texts(project.pdf("small-pack-large.pdf"))]
    assert "Example Provider" in texts[0] and texts[1].startswith("Contents")
