"""YAML syntax mistakes a therapist makes, reported at the line of the mistake with the fix.

Each case is a realistic slip in an otherwise good file; the message must name the line
where the mistake is (not where the parser gave up), say how to fix it, and use no parser
jargon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

from actsheets.documents import key_names, load_document
from actsheets.errors import ContentError
from actsheets.loading import read_yaml_text

JARGON = re.compile(r"scalar|mapping values|block end|simple key|token|stream|indicator|"
                    r"while parsing|while scanning", re.IGNORECASE)

SHEET = """kind: worksheet
title: Weekly practice
audience: client
instructions: |
  Write down what you did each day.
blocks:
  - type: name_date
    fields: [name, date]
  - type: lines
    prompt: What did you notice?
    lines: 3
"""
HANDOUT = """kind: handout
title: Noticing
summary: A short handout.
key_points:
  - Notice your breath.
  - Name the thought.
sections:
  - heading: Why
    body: |
      Because it helps.
"""


def changed(base: str, old: str, new: str) -> str:
    assert old in base, old
    return base.replace(old, new, 1)


# name -> (file text, line of the mistake, words the message must hold)
MISTAKES: dict[str, tuple[str, int, list[str]]] = {
    "colon in a value": (changed(SHEET, "title: Weekly practice", "title: Homework: week 1"),
                         2, ["contains ': '", "double quotes", 'title: "Homework: week 1"']),
    "colon in a nested value": (
        changed(SHEET, "    prompt: What did you notice?", "    prompt: Try this: breathe"),
        10, ["double quotes", 'prompt: "Try this: breathe"']),
    "colon in a list item": (
        changed(HANDOUT, "  - Name the thought.", "  - Notice: breathe slowly"),
        6, ["contains ': '", "double quotes", '- "Notice: breathe slowly"']),
    "colon in a list item before wrapped text": (
        changed(HANDOUT, "  - Name the thought.", "  - Notice: breathe slowly\n    and gently"),
        6, ["double quotes"]),
    "double quote never closed": (
        changed(SHEET, "title: Weekly practice", 'title: "Weekly practice'),
        2, ["never closed", 'title: "Weekly practice"']),
    "single quote never closed": (
        changed(HANDOUT, "summary: A short handout.", "summary: 'A short handout."),
        3, ["never closed", "summary: 'A short handout.'"]),
    "quote never closed in a list far above the end": (
        changed(HANDOUT, "  - Notice your breath.", '  - "Notice your breath.'),
        5, ["never closed", '- "Notice your breath."']),
    "apostrophe inside single quotes": (
        changed(SHEET, "title: Weekly practice", "title: 'Client's week'"),
        2, ["apostrophe", "two single quotes", "'Client''s week'", '"Client\'s week"']),
    "apostrophe inside single quotes in a list": (
        changed(HANDOUT, "  - Name the thought.", "  - 'Don't argue with it'"),
        6, ["apostrophe", "'Don''t argue with it'"]),
    "text after the closing quote": (
        changed(SHEET, "title: Weekly practice", 'title: "Weekly" practice'),
        2, ["after the closing quote", "title: '\"Weekly\" practice'"]),
    "missing colon": (changed(SHEET, "audience: client", "audience client"),
                      3, ["no colon after `audience`", "audience: client"]),
    "equals sign for a colon": (changed(SHEET, "title: Weekly practice", "title = Weekly practice"),
                                2, ["not '='", "title: Weekly practice"]),
    "no space after the colon": (changed(SHEET, "audience: client", "audience:client"),
                                 3, ["space after the colon", "audience: client"]),
    "wrapped text back at the margin": (
        changed(HANDOUT, "summary: A short handout.",
                "summary: A short handout that\nwraps onto a second line."),
        4, ["continues the text of `summary:` on line 3", "indent it"]),
    "wrapped list item back at the margin": (
        changed(HANDOUT, "  - Notice your breath.",
                "  - Notice your breath, slowly and\ngently, for a minute."),
        6, ["continues the list item on line 5", "indent it with 4 spaces"]),
    "block text less indented": (
        changed(HANDOUT, "      Because it helps.", "      Because it helps.\n    And more."),
        11, ["text of `body:` (line 9)", "indent it with 6 spaces"]),
    "key indented too far": (changed(SHEET, "    lines: 3", "      lines: 3"),
                             11, ["line it up with `prompt:` on line 10", "4 spaces"]),
    "key indented too little": (changed(SHEET, "    lines: 3", "   lines: 3"),
                                11, ["line it up with `prompt:` on line 10", "4 spaces"]),
    "key dedented between its siblings": (
        changed(SHEET, "    prompt: What did you notice?", "prompt: What did you notice?"),
        10, ["`prompt:` is not lined up", "line it up with `lines:` on line 11", "4 spaces"]),
    "list item without its dash": (
        changed(HANDOUT, "  - Name the thought.", "  Name the thought."),
        6, ["does not start with '- '", "- Name the thought.", "line 5"]),
    "block list item without its dash": (
        changed(SHEET, "  - type: lines", "    type: lines"),
        9, ["given twice", "write '- ' before `type:`", "line 7"]),
    "dash without a space": (changed(SHEET, "  - type: lines", "  -type: lines"),
                             9, ["space after the '-'", "- type: lines"]),
    "list item out of line": (changed(HANDOUT, "  - Name the thought.", " - Name the thought."),
                              6, ["not lined up with the one on line 5", "2 spaces"]),
    "tab for indenting": (changed(SHEET, "    lines: 3", "\tlines: 3"),
                          11, ["tab", "use spaces, not tabs", "`prompt:` on line 10"]),
    "Markdown bold at the start": (
        changed(HANDOUT, "  - Name the thought.", "  - **Name** the thought."),
        6, ["starts with *", "quotes", '- "**Name** the thought."']),
    "Markdown italic at the start": (
        changed(SHEET, "title: Weekly practice", "title: *Weekly* practice"),
        2, ["starts with *", 'title: "*Weekly* practice"']),
    "placeholder at the start": (
        changed(SHEET, "title: Weekly practice", "title: {{ client.name }}'s week"),
        2, ["placeholder", "quotes", "title: \"{{ client.name }}'s week\""]),
    "brackets at the start": (
        changed(SHEET, "    prompt: What did you notice?",
                "    prompt: [Optional] What did you notice?"),
        10, ["starts with [", 'prompt: "[Optional] What did you notice?"']),
    "at sign at the start": (changed(SHEET, "title: Weekly practice", "title: @home practice"),
                             2, ["starts with @", 'title: "@home practice"']),
    "list in brackets never closed": (
        changed(SHEET, "    fields: [name, date]", "    fields: [name, date"),
        8, ["never closed", "fields: [name, date]"]),
}


def problem_of(text: str):
    with pytest.raises(ContentError) as info:
        read_yaml_text(text, Path("sheet.yaml"), key_names())
    assert len(info.value.problems) == 1, info.value.problems
    return info.value.problems[0]


@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_is_named_at_its_line_with_the_fix(tmp_path, name):
    text, line, words = MISTAKES[name]
    path = tmp_path / "sheet.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_document(path)
    assert len(info.value.problems) == 1, info.value.problems
    problem = info.value.problems[0]
    assert problem.position.line == line, str(problem)
    for word in words:
        assert word in problem.message, str(problem)
    assert not JARGON.search(problem.message), str(problem)


@pytest.mark.parametrize("name", MISTAKES)
def test_check_reports_each_mistake_once_at_its_line(project, name):
    text, line, words = MISTAKES[name]
    project.write("content/sheet.yaml", text)
    run = project.invoke("check")
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert [(m["file"], int(m["line"])) for m in run.problems] == [("content/sheet.yaml", line)]
    assert words[-1] in run.problems[0]["message"]


def test_a_multi_line_quoted_value_is_not_mistaken_for_an_unclosed_one():
    text = changed(SHEET, "title: Weekly practice",
                   'title: "Weekly practice\n  for the week: all of it"\nsubtitle: a: b')
    problem = problem_of(text)
    assert problem.position.line == 4 and "subtitle" in problem.message


def test_block_text_is_never_read_as_keys():
    text = changed(HANDOUT, "      Because it helps.",
                   "      Note: this is fine.\n      'and this' too\n    bad: a: b")
    problem = problem_of(text)
    assert problem.position.line == 12 and "`bad:`" in problem.message


def test_a_client_name_is_not_echoed():
    problem = problem_of("kind: plan\nclient: Robin: Hale\n")
    assert "Robin" not in problem.message and "Hale" not in problem.message
    assert "double quotes" in problem.message


def test_anything_else_gets_plain_words_at_its_line():
    problem = problem_of("kind: handout\ntitle: Hello\n? complex\n: [a\n")
    assert problem.code.startswith("yaml.")
    assert not JARGON.search(problem.message), str(problem)


def _mutations(line: str) -> list[str]:
    return [line.replace(": ", " ", 1), line.replace(": ", ': "', 1), line.lstrip(),
            "   " + line, "\t" + line.lstrip(), line.replace("- ", "  ", 1)]


@pytest.mark.parametrize("name", ["worksheets/choice-point.yaml",
                                  "handouts/your-homework-between-sessions.yaml"])
def test_slips_anywhere_in_a_bundled_file_are_reported_in_plain_words(name):
    """Break each line of a real file in six ways: every syntax error is explained without
    jargon, by a message from the table, and most land on the broken line itself."""
    lines = (REPO / "content" / name).read_text("utf-8").split("\n")
    total = exact = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for broken in {m for m in _mutations(line) if m != line}:
            text = "\n".join([*lines[:number - 1], broken, *lines[number:]])
            try:
                read_yaml_text(text, Path(name), key_names())
            except ContentError as error:
                problem = error.problems[0]
            else:
                continue
            assert problem.code.startswith("yaml."), str(problem)
            assert not JARGON.search(problem.message), str(problem)
            total += 1
            exact += problem.position.line == number
    assert total > 100
    assert exact / total > 0.8, (exact, total)
