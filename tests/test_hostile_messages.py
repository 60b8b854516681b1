"""Text echoed from content into a problem is safe to print: no terminal escape sequences,
control characters or direction overrides reach the user's terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from actsheets.errors import ContentError, Position, Problem

UNSAFE = ["\x1b[2J", "\x1b]0;title\x07", "\x9b31m", "\r", "\n", "\x00", "\x08", "\x7f",
          "\u202e", "\u2066", "\u2028"]


@pytest.mark.parametrize("unsafe", UNSAFE)
def test_problem_text_shows_control_characters_as_escapes(unsafe):
    problem = Problem(Path(f"dir/a{unsafe}b.yaml"), Position(2, 3), f"unknown key 'k{unsafe}y'")
    shown = str(problem)
    assert shown.isprintable()
    assert "\\x" in shown or "\\u" in shown
    assert shown.startswith("dir/a") and ":2:3: unknown key 'k" in shown
    assert problem.message == f"unknown key 'k{unsafe}y'"  # the data itself is unchanged


def test_escape_sequences_are_visible_not_interpreted():
    shown = str(Problem("f.yaml", Position(1, 1), "bad value '\x1b[31mred\x1b[0m'"))
    assert shown == "f.yaml:1:1: bad value '\\x1b[31mred\\x1b[0m'"


def test_ordinary_text_is_unchanged():
    message = "unknown key 'café — “quoted”' (did you mean 'title'?)\tok"
    assert str(Problem("f.yaml", Position(1, 1), message)).endswith("'title'?)\\x09ok")
    plain = "unknown key 'café — “quoted” 日本語' (did you mean 'title'?)"
    assert str(Problem("f.yaml", Position(1, 1), plain)) == f"f.yaml:1:1: {plain}"


def test_content_error_text_is_safe():
    error = ContentError([Problem("f.yaml", Position(1, 1), "x\x1by")])
    assert "\x1b" not in str(error)


def test_cli_never_echoes_escape_sequences(project):
    project.write("content/a.yaml", 'kind: handout\ntitle: T\n"ti\\e[2Jtle\\a": x\n'
                                    'audience: "\\e]0;pwned\\a"\n')
    run = project.invoke("check")
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "\x1b" not in run.output and "\x07" not in run.output
    assert "\\x1b[2J" in run.output and "\\x1b]0;pwned" in run.output
    assert len(run.problems) == 2
