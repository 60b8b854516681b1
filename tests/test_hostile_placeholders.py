"""Hostile placeholders: bounded time and memory, a located error, never a crash; only
plain values are printed, never a Python repr or a memory address."""

from __future__ import annotations

import re
import time

import pytest
from conftest import Project

from actsheets.text import placeholders
from actsheets.text.placeholders import PlaceholderError, render

VARIABLES = {"practice": {"name": "Riverside", "contact": "call us"},
             "client": {"name": "Sam"},
             "document": {"id": "x", "kind": "handout", "title": "X"},
             "params": {"minutes": 2}, "items": ["a", "b"], "big": "x" * 40_000}

HOSTILE = {
    "deep parentheses": "{{ " + "(" * 500 + "1" + ")" * 500 + " }}",
    "deep brackets": "{{ " + "[" * 300 + "]" * 300 + " }}",
    "deep ifs": "{% if true %}" * 200 + "x" + "{% endif %}" * 200,
    "deep ifs without ends": "{% if true %}" * 2000,
    "long filter chain": "{{ practice.name" + "|upper" * 10_000 + " }}",
    "filter chain under the length limit": "{{ practice.name" + "|upper" * 2_000 + " }}",
    "5000 digits": "{{ " + "9" * 5000 + " }}",
    "5000 digit float": "{{ 1." + "9" * 5000 + " }}",
    "adding up": "{{ " + " + ".join(["999999999999999"] * 30) + " }}",
    "long sum": "{{ " + " + ".join(["1"] * 3000) + " }}",
    "float overflow": "{{ 1.5e308 + 1.5e308 }}",
    "concat chain": "{{ " + " ~ ".join(["big"] * 49) + " }}",
    "long concat chain": "{{ " + " ~ ".join(["practice.name"] * 5000) + " }}",
    "many nots": "{{ " + "not " * 3000 + "true }}",
    "many minus": "{{ " + "-" * 3000 + "1 }}",
    "range": "{{ range(10) }}",
    "range loop": "{% for i in range(10**9) %}x{% endfor %}",
    "huge text": "{{ practice.name }}" + "x" * 100_000,
    "many placeholders": "{{ practice.name }}" * 5_000,
    "unclosed comment": "{# " * 5000,
    "nested tuples": "{{ " + "(1," * 400 + ")" * 400 + " }}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_placeholders_are_bounded_errors(name):
    started = time.perf_counter()
    with pytest.raises(PlaceholderError) as info:
        render(HOSTILE[name], VARIABLES)
    assert time.perf_counter() - started < 1.0
    assert info.value.line >= 1
    message = str(info.value)
    assert message and "Traceback" not in message and "0x" not in message
    assert "(" in message  # says how to fix it


@pytest.mark.parametrize("text", [
    "{{ '" + "9" * 15_000 + "'|int + 1 }}", "{{ '1e999'|int }}", "{{ 1|round(999999999) }}",
    "{{ big ~ big }}", "{{ 10 is divisibleby 0 }}",
])
def test_odd_but_harmless_placeholders_never_crash(text):
    started = time.perf_counter()
    try:
        render(text, VARIABLES)
    except PlaceholderError:
        pass
    assert time.perf_counter() - started < 1.0


def test_cached_templates_make_repeats_cheap():
    text = "Hello {{ client.name }} from {{ practice.name }}" + " and more" * 200
    render(text, VARIABLES)
    started = time.perf_counter()
    for _ in range(2000):
        assert render(text, VARIABLES).startswith("Hello Sam from Riverside")
    assert time.perf_counter() - started < 1.0  # cached: about 0.05 s; compiling each time: about 2.5 s
    assert placeholders._compiled.cache_info().hits >= 2000


def test_bad_templates_are_cached_too_and_raise_a_fresh_error():
    for _ in range(3):
        with pytest.raises(PlaceholderError, match="nested more than"):
            render(HOSTILE["deep parentheses"], VARIABLES)


@pytest.mark.parametrize("text, words", [
    ("{{ practice }}", ["'practice' is a group of values", "practice.name", "practice.contact"]),
    ("{{ practice ~ '!' }}", ["'practice' is a group of values"]),
    ("{{ practice|upper }}", ["'practice' is a group of values"]),
    ("{{ practice|string }}", ["'practice' is a group of values"]),
    ("{{ practice.items }}", ["'items' is not a value you can use", "practice.name"]),
    ("{{ practice.keys }}", ["'keys' is not a value you can use"]),
    ("{{ practice['items'] }}", ["'items' is not a value you can use"]),
    ("{% if practice.items %}x{% endif %}", ["'items' is not a value you can use"]),
    ("{{ items }}", ["'items' is a list of values", "items[0]"]),
    ("{{ practice.name.upper }}", ["'upper' is not a value you can use"]),
    ("{{ params.minutes.real }}", ["'real' is not a value you can use"]),
    ("{{ practice.nmae }}", ["unknown placeholder 'practice.nmae'", "practice.name"]),
    ("{{ document.__class__ }}", ["unsafe"]),
])
def test_only_plain_values_are_printed(text, words):
    with pytest.raises(PlaceholderError) as info:
        render(text, VARIABLES)
    message = str(info.value)
    for word in words:
        assert word in message
    assert not re.search(r"0x[0-9a-f]{6,}|<built-in|<bound|\{'|dict object", message)


@pytest.mark.parametrize("text, expected", [
    ("{{ practice.name }} / {{ practice['contact'] }}", "Riverside / call us"),
    ("{{ params.minutes + 1 }} min", "3 min"),
    ("{{ items[1] }}", "b"),
    ("{{ practice.fax | default('none') }}", "none"),
    ("{% if practice.name == 'Riverside' %}yes{% endif %}", "yes"),
    ("{{ client.name ~ '!' }}", "Sam!"),
    ("{{ 999999999999999 }}", "999999999999999"),
])
def test_ordinary_placeholders_still_work(text, expected):
    assert render(text, VARIABLES) == expected


def test_a_printed_number_has_bounded_digits():
    with pytest.raises(PlaceholderError, match="too large"):
        render("{{ 999999999999999 + 999999999999999 }}", VARIABLES)


def test_error_line_points_into_the_text():
    with pytest.raises(PlaceholderError) as info:
        render("one\ntwo\n{{ " + "(" * 50 + "1" + ")" * 50 + " }}", VARIABLES)
    assert info.value.line == 3


def test_hostile_placeholders_through_the_cli(project: Project):
    project.write("content/good.yaml", "kind: handout\ntitle: Good\nsummary: fine\n")
    for index, name in enumerate(sorted(HOSTILE)):
        text = HOSTILE[name]
        if len(text) > 15_000:
            continue
        quoted = text.replace("'", "''")
        project.write(f"content/bad{index:02}.yaml",
                      f"kind: handout\ntitle: Bad\nsummary: '{quoted}'\n")
    project.write("content/repr.yaml", "kind: handout\ntitle: R\nsummary: '{{ practice }}'\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    bad = {m["file"] for m in run.problems}
    assert "content/good.yaml" not in bad and "content/repr.yaml" in bad
    assert all(m["line"] == "3" for m in run.problems), run.output
    assert sorted(p.name for p in project.output.glob("*.pdf")) == ["good.pdf"]
