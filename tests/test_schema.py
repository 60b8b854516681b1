"""`actsheets schema`: the JSON Schema editors use. Every property is described with an
example, and the schema agrees with the loader: what one accepts, the other accepts.

Files are read for the schema as an editor reads them (YAML 1.2: `yes` and `2026-03-02` stay
text, `title: 2024` is a number), which is what the project's reader gives once its
remembered spellings are dropped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import REPO

from actsheets.documents import load_document
from actsheets.errors import ContentError
from actsheets.loading import read_yaml
from actsheets.loading.scalars import SourceBool
from actsheets.models.blocks import BLOCKS
from actsheets.models.kinds.schema import content_schema

SCHEMA = content_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def as_an_editor_reads(value: Any) -> Any:
    if isinstance(value, SourceBool):
        return bool(value)
    if isinstance(value, dict):
        return {key: as_an_editor_reads(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_an_editor_reads(item) for item in value]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return int(value) if isinstance(value, int) else float(value)


def schema_errors(path: Path) -> list[str]:
    data = as_an_editor_reads(read_yaml(path).data)
    return [f"{list(e.absolute_path)}: {e.message[:120]}" for e in VALIDATOR.iter_errors(data)]


def loader_errors(path: Path) -> list[str]:
    try:
        load_document(path)
    except ContentError as error:
        return [str(problem) for problem in error.problems if problem.is_error]
    return []


# --- descriptions and examples --------------------------------------------------------

def _properties(node: Any, where: str = "#"):
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            yield f"{where}/{name}", prop
        for key, child in node.items():
            yield from _properties(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _properties(child, f"{where}/{index}")


PROPERTIES = list(_properties(SCHEMA))


def test_the_schema_covers_every_kind_and_block():
    assert len(PROPERTIES) > 200
    names = set(SCHEMA["$defs"])
    assert {"Handout", "Worksheet", "Plan", "Course"} <= names
    assert {model.__name__ for model in BLOCKS.values()} <= names


@pytest.mark.parametrize("where, prop", PROPERTIES, ids=[w for w, _ in PROPERTIES])
def test_every_property_has_a_description_and_a_valid_example(where, prop):
    assert isinstance(prop.get("description"), str) and len(prop["description"]) > 5, where
    assert prop.get("examples"), f"{where} has no example"
    check = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], **prop},
                                            format_checker=VALIDATOR.FORMAT_CHECKER)
    for example in prop["examples"]:
        assert not list(check.iter_errors(example)), f"{where}: example {example!r} is invalid"


def test_the_schema_command_prints_the_same_schema(project):
    run = project.invoke("schema")
    assert run.exit_code == 0
    assert json.loads(run.stdout) == json.loads(json.dumps(SCHEMA))


# --- agreement with the loader --------------------------------------------------------

BUNDLED = sorted((REPO / "content").rglob("*.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_every_bundled_file_is_valid_for_the_schema(path):
    assert loader_errors(path) == []
    assert schema_errors(path) == []


SHEET = """\
kind: worksheet
title: Sleep diary
blocks:
  - type: lines
    prompt: What did you notice?
"""
HANDOUT = """\
kind: handout
title: Why practise?
summary: A short note.
"""
PLAN = """\
kind: plan
title: My plan
client: Sam
start: 2026-03-02
weeks: 4
practices:
  - id: mindful
    name: Mindful minute
    when_then: When I pour my coffee, I will notice my breath.
"""
COURSE = (REPO / "templates" / "starters" / "course.yaml").read_text("utf-8").replace(
    "{{ title }}", "A course")


def _without_line(text: str, start: str) -> str:
    """The text without the first line that starts (after its indent) with `start`."""
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.lstrip().startswith(start))
    return "".join(lines[:index] + lines[index + 1:])


def _sheet_with(block: str) -> str:
    return SHEET.replace("  - type: lines\n    prompt: What did you notice?\n", block)


MISTAKES = {
    "unknown key": SHEET + "titel: Sleep diary\n",
    "key of another kind": SHEET + "key_points: [Sleep matters]\n",
    "misspelt kind": SHEET.replace("kind: worksheet", "kind: worksheets"),
    "no kind": SHEET.replace("kind: worksheet\n", ""),
    "no title": SHEET.replace("title: Sleep diary\n", ""),
    "empty title": SHEET.replace("title: Sleep diary", 'title: ""'),
    "title with nothing after it": SHEET.replace("title: Sleep diary", "title:"),
    "title far too long": SHEET.replace("Sleep diary", "x" * 201),
    "not a mapping": "- kind: worksheet\n- title: Sleep diary\n",
    "id with spaces": SHEET + "id: Sleep Diary\n",
    "negative number as id": SHEET + "id: -5\n",
    "language as a word": SHEET + "language: English\n",
    "audience misspelt": SHEET + "audience: clients\n",
    "keywords as one text": SHEET + "keywords: sleep, rest\n",
    "one_page as maybe": SHEET + "one_page: maybe\n",
    "parameter name in capitals": SHEET + "params: {Minutes: 2}\n",
    "parameter value a list": SHEET + "params: {minutes: [1, 2]}\n",
    "no blocks": SHEET.split("blocks:")[0] + "blocks: []\n",
    "blocks as text": SHEET.split("blocks:")[0] + "blocks: lines\n",
    "unknown block type": _sheet_with("  - type: line\n"),
    "block without a type": _sheet_with("  - prompt: What did you notice?\n"),
    "misspelt key in a block": _sheet_with("  - type: lines\n    promt: Hi\n"),
    "key of another block": _sheet_with("  - type: lines\n    height_mm: 40\n"),
    "lines as a word": _sheet_with("  - type: lines\n    lines: four\n"),
    "lines as a fraction": _sheet_with("  - type: lines\n    lines: 4.5\n"),
    "too many lines": _sheet_with("  - type: lines\n    lines: 100\n"),
    "box too small": _sheet_with("  - type: box\n    height_mm: 5\n"),
    "field name with spaces": _sheet_with("  - type: lines\n    name: Week log\n"),
    "tracker with no columns": _sheet_with("  - type: tracker\n    columns: []\n"),
    "tracker column without a label": _sheet_with(
        "  - type: tracker\n    columns: [{width: 2}]\n"),
    "tracker with no rows": _sheet_with(
        "  - type: tracker\n    rows: 0\n    columns: [{label: Done}]\n"),
    "tracker with too many rows": _sheet_with(
        "  - type: tracker\n    rows: 100\n    columns: [{label: Done}]\n"),
    "tracker with an empty list of rows": _sheet_with(
        "  - type: tracker\n    rows: []\n    columns: [{label: Done}]\n"),
    "tracker rows as a word": _sheet_with(
        "  - type: tracker\n    rows: weeks\n    columns: [{label: Done}]\n"),
    "name and date repeated": _sheet_with("  - type: name_date\n    fields: [name, name]\n"),
    "name and date unknown line": _sheet_with("  - type: name_date\n    fields: [name, email]\n"),
    "checklist without items": _sheet_with("  - type: checklist\n"),
    "checklist with four columns": _sheet_with(
        "  - type: checklist\n    items: [a]\n    columns: 4\n"),
    "bull's-eye example for three quarters": _sheet_with(
        "  - type: bullseye\n    example: [1, 2, 3]\n"),
    "bull's-eye with three quarters": _sheet_with(
        "  - type: bullseye\n    quarters: [Work, Love, Play]\n"),
    "choice point example in an unknown box": _sheet_with(
        "  - type: choice_point\n    example: {left: Stayed home}\n"),
    "cards with no lines": _sheet_with("  - type: cards\n    heading: Card\n    lines: []\n"),
    "rating example as a word": _sheet_with("  - type: rating\n    example: six\n"),
    "heading without text": _sheet_with("  - type: heading\n"),
    "guide with a misspelt key": SHEET + "therapist_guide: {aims: Notice sleep}\n",
    "handout section without a body": HANDOUT + "sections: [{heading: Why}]\n",
    "handout key points as one text": HANDOUT + "key_points: Small steps count\n",
    "handout with blocks": HANDOUT + "blocks: [{type: lines}]\n",
    "plan for thirty weeks": PLAN.replace("weeks: 4", "weeks: 30"),
    "plan for no weeks": PLAN.replace("weeks: 4", "weeks: 0"),
    "plan starting on a month that does not exist": PLAN.replace("2026-03-02", "2026-13-02"),
    "plan starting next monday": PLAN.replace("2026-03-02", "next monday"),
    "plan without practices": PLAN.split("practices:")[0] + "practices: []\n",
    "plan without a client": PLAN.replace("client: Sam\n", ""),
    "practice id with spaces": PLAN.replace("id: mindful", "id: Mindful minute"),
    "practice without a when-then plan": PLAN.replace(
        "    when_then: When I pour my coffee, I will notice my breath.\n", ""),
    "confidence out of ten is eleven": PLAN + "    confidence: 11\n",
    "dose that shrinks": PLAN + "    dose: {start: 2, step: -1}\n",
    "dose without a start": PLAN + "    dose: {step: 1}\n",
    "weeks start on a misspelt day": PLAN + "week_starts: mondays\n",
    "sheet copies twice": PLAN + "worksheets: [{worksheet: values-list, copies: twice}]\n",
    "course level misspelt": COURSE.replace("level: introductory", "level: beginner"),
    "course format misspelt": COURSE.replace("format: live_webinar", "format: online"),
    "agenda time with a dot": COURSE.replace('start: "09:00"', 'start: "9.30"'),
    "agenda time past midnight": COURSE.replace('start: "09:00"', 'start: "25:00"'),
    "course credit of no hours": COURSE.replace("hours: 0.5", "hours: 0"),
    "course without disclosures": _without_line(COURSE, "disclosures:").replace(
        "  conflicts_of_interest", "conflicts_of_interest").replace(
        "  commercial_support", "commercial_support"),
    "pass mark over a hundred": COURSE.replace("pass_mark: 75", "pass_mark: 150"),
    "question without an objective": _without_line(COURSE, "objective: 1"),
    "question with two answers": COURSE.replace("answer: a", "answer: [a, b]"),
    "course without a provider's name": _without_line(COURSE, "name: Your Training Provider"),
}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "content" / "doc.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", MISTAKES)
def test_a_mistake_the_loader_rejects_is_rejected_by_the_schema(tmp_path, name):
    path = _write(tmp_path, MISTAKES[name])
    assert loader_errors(path), f"the loader accepts: {name}"
    assert schema_errors(path), f"the schema accepts: {name}"


EVERY_BLOCK = {
    "box": "  - type: box\n",
    "bullseye": "  - type: bullseye\n",
    "cards": "  - type: cards\n    heading: Card\n    lines: [What I will do]\n",
    "checklist": "  - type: checklist\n    items: [Walked, Called a friend]\n",
    "choice_point": "  - type: choice_point\n",
    "heading": "  - type: heading\n    text: Before you start\n",
    "letter": "  - type: letter\n",
    "lines": "  - type: lines\n",
    "name_date": "  - type: name_date\n",
    "rating": "  - type: rating\n",
    "text": "  - type: text\n    text: Take a breath.\n",
    "tracker": "  - type: tracker\n    columns: [{label: Done}]\n",
}

VARIANTS = {
    "the smallest worksheet": SHEET,
    "the smallest handout": "kind: handout\ntitle: Hello\n",
    "the smallest plan": PLAN,
    "the course starter": COURSE,
    **{f"a {block} block": _sheet_with(text) for block, text in EVERY_BLOCK.items()},
    "every block at once": _sheet_with("".join(EVERY_BLOCK.values())),
    "every block with all its keys": _sheet_with("""\
  - type: box
    name: notes
    prompt: Draw it
    new_page_in_large_print: true
    height_mm: 60
    grow: 2
    example: A walk
  - type: bullseye
    quarters: [Work, Love, Play, Health]
    rings: 5
    size_mm: 90
    example: [1, 2, 3, 4]
  - type: cards
    heading: Card
    lines: [What, When]
    copies: 3
    grow: 0
    example: [Walk, Noon]
  - type: checklist
    items: [a, b, c]
    columns: 2
    example: [1, 3]
  - type: choice_point
    away_label: Away
    towards_label: Towards
    hooks_label: Hooks
    situation_label: Situation
    values_label: Values
    height_mm: 120
    example: {away: Bed, towards: Walk, hooks: Tired, values: Health, situation: Sunday}
  - type: letter
    salutation: Dear
    lines: 10
    sign_off: Love,
    example: I know it was hard.
  - type: lines
    lines: 1
    grow: 0.5
    example: Sunday
  - type: name_date
    fields: [name, week]
  - type: rating
    low: 1
    high: 5
    low_label: not at all
    high_label: very
    example: 3
  - type: tracker
    rows: [Mon, Tue]
    row_heading: Day
    row_mm: 12
    columns: [{label: What, width: 2}, {label: Done, tick: true}]
    example: [[Walk, x]]
"""),
    "numbers written in quotes": _sheet_with(
        '  - type: lines\n    lines: "4"\n  - type: box\n    height_mm: "60.5"\n'
        '  - type: tracker\n    rows: "5"\n    columns: [{label: Done, width: " 2 "}]\n'),
    "a number with leading zeros": _sheet_with("  - type: lines\n    lines: 04\n"),
    "a whole number written with a point": _sheet_with("  - type: lines\n    lines: 4.0\n"),
    "tracker rows at their limits": _sheet_with(
        "  - type: tracker\n    rows: 60\n    columns: [{label: Done}]\n"
        "  - type: tracker\n    rows: 1\n    columns: [{label: Done}]\n"),
    "yes and no for true and false": SHEET + "one_page: yes\n",
    "on and off, True and N": _sheet_with(
        "  - type: tracker\n    columns: [{label: Done, tick: on}, {label: Why, tick: N}]\n"
        "  - type: lines\n    new_page_in_large_print: True\n"),
    "a number as the title": SHEET.replace("title: Sleep diary", "title: 2024"),
    "a number written as 1e3 as the title": SHEET.replace("title: Sleep diary", "title: 1e3"),
    "true as a subtitle": SHEET + "subtitle: TRUE\n",
    "a number as the id": SHEET + "id: 2024\n",
    "numbers among keywords": SHEET + "keywords: [2024, 12.5, sleep]\n",
    "a number as a block prompt and label": _sheet_with(
        "  - type: rating\n    prompt: 7\n    low_label: 0\n"),
    "empty optional keys": SHEET + "subtitle:\nid:\nlanguage:\ntherapist_guide:\n",
    "a language with a region": SHEET + "language: en-GB\n",
    "parameters of every kind": SHEET + "params: {minutes: 2, goal: 2.5, when: morning}\n",
    "a therapist guide": SHEET + "therapist_guide: {aim: Notice sleep, time: 5 minutes}\n",
    "a handout with everything": HANDOUT + """\
audience: therapist
subtitle: For clinicians
key_points: [One, Two]
sections: [{heading: Why, body: Because.}]
assignments_heading: Try this
assignments: [{title: Walk, body: Ten minutes.}]
references: [A book.]
""",
    "a number as the client's name": PLAN.replace("client: Sam", "client: 42"),
    "quoted weeks and confidence": PLAN.replace("weeks: 4", 'weeks: "4"')
    + '    confidence: "8"\n    dose: {start: "1.5", step: 0.5, cap: 3, unit: minutes}\n',
    "weeks start on a weekday": PLAN + "week_starts: monday\nreview: 2026-04-01\n",
}


def test_every_block_type_is_among_the_variants():
    assert set(EVERY_BLOCK) == set(BLOCKS)


@pytest.mark.parametrize("name", VARIANTS)
def test_a_file_the_loader_accepts_is_accepted_by_the_schema(tmp_path, name):
    path = _write(tmp_path, VARIANTS[name])
    assert loader_errors(path) == [], name
    assert schema_errors(path) == [], name
