"""actsheets.text.placeholders: {{ placeholders }} in Jinja's sandbox, with limits."""

from __future__ import annotations

import pytest

from actsheets.text.placeholders import (
    MAX_OUTPUT_CHARS,
    PlaceholderError,
    has_placeholders,
    render,
)

VARIABLES = {"practice": {"name": "Riverside", "contact": "call us"},
             "document": {"id": "x", "kind": "handout", "title": "X"}}


@pytest.mark.parametrize("text, expected", [
    ("Welcome to {{ practice.name }}.", "Welcome to Riverside."),
    ("{{ practice.name | upper }}", "RIVERSIDE"),
    ("{% if practice.contact %}({{ practice.contact }}){% endif %}", "(call us)"),
    ("a {# a comment #}b", "a b"),
    ("{% raw %}{{ literal }}{% endraw %}", "{{ literal }}"),
    ("{{ '{{' }} braces", "{{ braces"),
    ("keeps the last newline\n{{ document.id }}\n", "keeps the last newline\nx\n"),
    ("{{ 2 + 10 }}", "12"),
    ("{{ document.title ~ '!' }}", "X!"),
])
def test_render(text, expected):
    assert render(text, VARIABLES) == expected


@pytest.mark.parametrize("text", ["no markers", "only }} closing", "{ single }", "50% off"])
def test_text_without_markers_is_returned_untouched(text):
    assert not has_placeholders(text)
    assert render(text, {}) == text


def test_has_placeholders():
    assert has_placeholders("{{ x }}")
    assert has_placeholders("{% if %}")
    assert has_placeholders("{# c #}")
    assert not has_placeholders("{ x } and }}")


@pytest.mark.parametrize("value", ["{{ 7*7 }}", "{% for x in range(9) %}y{% endfor %}",
                                   "{{ ''.__class__ }}", "<b>&amp;</b>"])
def test_values_are_not_rendered_again(value):
    assert render("Hi {{ practice.name }}!", {"practice": {"name": value}}) == f"Hi {value}!"


@pytest.mark.parametrize("text", ["{{ nope }}", "{{ practice.nmae }}", "{{ practice.name.x.y }}",
                                  "{% if missing %}x{% endif %}"])
def test_unknown_names_are_errors(text):
    with pytest.raises(PlaceholderError, match="unknown placeholder") as info:
        render(text, VARIABLES)
    assert "practice" in str(info.value)  # lists the known names


@pytest.mark.parametrize("text, line", [
    ("{{ x }", 1),
    ("one\ntwo\n{{ practice.name }", 3),
    ("one\n{% if %}", 2),
    ("{% for %}", 1),
    ("{{ }}", 1),
])
def test_syntax_errors_know_their_line(text, line):
    with pytest.raises(PlaceholderError, match="placeholder syntax error") as info:
        render(text, VARIABLES)
    assert info.value.line == line


@pytest.mark.parametrize("text", [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ practice.name | attr('__class__') }}",
    "{{ lipsum.__globals__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ '{0.__class__}'.format(1) }}",
    "{{ range.__self__ }}",
])
def test_sandbox_blocks_python_internals(text):
    with pytest.raises(PlaceholderError):
        render(text, VARIABLES)


@pytest.mark.parametrize("text, message", [
    ("{{ 'a' * 100000 }}", "'mul' is not allowed"),
    ("{{ 100000 * 'a' }}", "'mul' is not allowed"),
    ("{{ [1] * 100000 }}", "'mul' is not allowed"),
    ("{{ 9 ** 999 }}", "'pow' is not allowed"),
    ("{% for i in range(60000) %}x{% endfor %}", "'for' is not allowed"),
    ("{{ range(10 ** 9) | list }}", "not allowed"),
    ("{{ 1 / 0 }}", "'div' is not allowed"),
    ("{{ ''|center(300000000) }}", "filter 'center' is not allowed"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "'macro' is not allowed"),
    ("{{ random }}", "unknown placeholder"),
    ("{{ 'x' + 1 }}", "placeholder error"),
])
def test_limits_and_runtime_errors_are_placeholder_errors(text, message):
    with pytest.raises(PlaceholderError, match=message):
        render(text, VARIABLES)


def test_output_right_at_the_limit_is_fine():
    assert len(render("{{ v }}", {"v": "a" * MAX_OUTPUT_CHARS})) == MAX_OUTPUT_CHARS
    with pytest.raises(PlaceholderError, match="longer than"):
        render("{{ v }}{{ v }}", {"v": "a" * MAX_OUTPUT_CHARS})


def test_placeholders_cannot_change_the_values_they_are_given():
    variables = {"practice": {"name": "Riverside"}, "items": [1, 2]}
    for text in ("{{ practice.clear() }}", "{{ items.pop() }}"):
        with pytest.raises(PlaceholderError):
            render(text, variables)
    assert variables == {"practice": {"name": "Riverside"}, "items": [1, 2]}


def test_runtime_error_reports_the_template_line():
    with pytest.raises(PlaceholderError) as info:
        render("one\ntwo\n{{ practice.nmae }}", VARIABLES)
    assert info.value.line == 3


@pytest.mark.parametrize("text, words", [
    ("Hi {{ clinet_name }}", ["'clinet_name'", "did you mean 'client.name'?"]),
    ("{{ minutes }} a day", ["'minutes'", "did you mean 'params.minutes'?"]),
    ("{{ params.minuts }} a day", ["did you mean 'params.minutes'?",
                                   "known names: params.minutes, params.days"]),
    ("{{ nothing_like_it }}", ["known names: client, params"]),
])
def test_unknown_names_suggest_the_nearest_one(text, words):
    variables = {"client": {"name": "R"}, "params": {"minutes": 5, "days": 7}}
    with pytest.raises(PlaceholderError) as info:
        render(text, variables)
    for word in words:
        assert word in str(info.value)


def test_a_document_without_parameters_is_told_where_to_define_them():
    with pytest.raises(PlaceholderError, match=r"defines no params: add them under `params:`"):
        render("{{ params.minutes }}", {"params": {}})
