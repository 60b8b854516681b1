"""What users see when content is wrong: one `FILE:LINE:COL: message` line per problem,
exit status 1, never a traceback; and the CLI's own usage errors (exit status 2)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import PROBLEM_LINE, Project


def checked(run) -> tuple[int, int]:
    """(files, problems) from the summary line of `actsheets check`."""
    match = re.search(r"checked (\d+) file\S*: (\d+) problem", run.stdout)
    assert match, run.stdout
    return int(match[1]), int(match[2])


GOOD = "kind: handout\ntitle: Good sheet\nsummary: All fine here.\n"

# name -> (file content, expected line, expected column, words the message must hold)
ERROR_CASES: dict[str, tuple[str | bytes, int | None, int | None, list[str]]] = {
    "yaml syntax": ("kind: handout\ntitle: a: b\n", 2, 9, ["contains ': '", 'title: "a: b"']),
    "yaml unclosed flow list": ("kind: handout\ntitle: x\nkey_points: [a, b\n", 3, 13,
                                ["never closed", "key_points: [a, b]"]),
    "unknown key": ("kind: handout\ntitle: Hello\nsubtitel: x\n", 3, 1,
                    ["unknown key 'subtitel'", "did you mean 'subtitle'"]),
    "unknown key in section": (("kind: handout\ntitle: Hello\nsections:\n  - heading: H\n"
                                "    body: b\n    bodyy: c\n"), 6, 5,
                               ["unknown key 'bodyy'", "did you mean 'body'"]),
    "wrong type list": ("kind: handout\ntitle: Hello\nkey_points: 5\n", 3, 13,
                        ["expected a list", "5"]),
    "wrong type text": ("kind: handout\ntitle: Hello\nkey_points:\n  - ok\n  - [nested]\n",
                        5, 5, ["expected text"]),
    "wrong literal": ("kind: handout\ntitle: Hello\naudience: everyone\n", 3, 11,
                      ["'everyone'", "therapist", "client"]),
    "missing title": ("kind: handout\nsummary: no title\n", 1, 1,
                      ["missing required key 'title'"]),
    "duplicate key": ("kind: handout\ntitle: A\nsummary: s\ntitle: B\n", 4, 1,
                      ["duplicate key 'title'", "line 2"]),
    "jinja typo": ("kind: handout\ntitle: Hello\nsummary: 'Hi {{ practice.nmae }}'\n", 3, 10,
                   ["unknown placeholder", "nmae"]),
    "jinja syntax": ("kind: handout\ntitle: Hello\nsummary: 'Hi {{ practice.name }'\n", 3, 10,
                     ["placeholder syntax error"]),
    "jinja sandbox": ("kind: handout\ntitle: Hello\nsummary: \"{{ ''.__class__ }}\"\n", 3, 10,
                      ["unsafe"]),
    "jinja sandbox subclasses": (
        ("kind: handout\ntitle: Hello\n"
         "summary: \"{{ ''.__class__.__mro__[1].__subclasses__() }}\"\n"), 3, 10,
        ["not allowed"]),
    "jinja huge output": ("kind: handout\ntitle: Hello\nsummary: \"{{ 'ab' * 10000000 }}\"\n",
                          3, 10, ["not allowed"]),
    "jinja huge power": ("kind: handout\ntitle: Hello\nsummary: \"{{ 9 ** 99999 }}\"\n",
                         3, 10, ["not allowed"]),
    "missing glyph": ("kind: handout\ntitle: Hello\nsummary: \"Smile \U0001F600\"\n", 3, 10,
                      ["no glyph", "U+1F600"]),
    "unknown kind": ("kind: handot\ntitle: Hello\n", 1, 7,
                     ["unknown kind 'handot'", "did you mean 'handout'"]),
    "missing kind": ("title: Hello\n", 1, 1, ["missing `kind:`"]),
    "not a mapping": ("- kind: handout\n", 1, 1, ["must be a mapping"]),
    "empty file": ("", 1, 1, ["empty"]),
    "only comments": ("# nothing yet\n", 1, 1, ["empty"]),
    "two documents": ("kind: handout\ntitle: A\n---\nkind: handout\ntitle: B\n", 3, 1,
                      ["more than one YAML document"]),
    "anchor": ("kind: handout\ntitle: &t Hello\nsubtitle: *t\n", 2, 8, ["anchors and aliases"]),
    "merge key": ("kind: handout\ntitle: Hello\n<<: {a: 1}\n", 3, 1, ["merge keys"]),
    "non-utf8": (b"kind: handout\ntitle: caf\xe9\n", 2, 11, ["0xe9", "UTF-8"]),
    "evil id": ("kind: handout\nid: ../evil\ntitle: Evil\n", 2, 5,
                ["'../evil' is not valid", "lowercase letters", "my-sheet"]),
    "bad language": ("kind: handout\ntitle: Hi\nlanguage: 'en GB'\n", 3, 11,
                     ["'en GB'", "language code", "en-GB", "no spaces"]),
    "title too long": (f"kind: handout\ntitle: {'x' * 201}\n", 2, 8,
                       ["`title` is too long", "201 characters", "at most 200"]),
    "empty title": ("kind: handout\ntitle: ''\n", 2, 8, ["`title` must not be empty"]),
}


def test_every_error_case_names_the_words_of_its_message():
    assert all(words for *_, words in ERROR_CASES.values())


@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_each_error_is_one_located_line_and_exit_1(project, case):
    content, line, column, words = ERROR_CASES[case]
    project.write("content/bad.yaml", content)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    problems = run.problems
    assert len(problems) == 1, run.output
    problem = problems[0]
    assert problem["file"] == "content/bad.yaml"
    assert (int(problem["line"]), int(problem["col"])) == (line, column), problem.group(0)
    for word in words:
        assert word in problem["message"]
    # Problems go to stderr, the summary to stdout.
    assert PROBLEM_LINE.match(run.stderr.splitlines()[0])
    assert "built 0, skipped 0 unchanged, failed 1" in run.stdout
    assert not list(project.output.glob("*.pdf"))


@pytest.mark.parametrize("case", ["yaml syntax", "unknown key", "jinja typo", "non-utf8",
                                  "duplicate key", "unknown kind"])
def test_check_reports_the_same_problem_as_build(project, case):
    content, line, column, _ = ERROR_CASES[case]
    project.write("content/bad.yaml", content)
    run = project.invoke("check")
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert [(p["file"], int(p["line"]), int(p["col"])) for p in run.problems] == [
        ("content/bad.yaml", line, column)]
    assert not project.output.exists()


def test_misspelt_title_points_at_the_typo_with_a_suggestion(project):
    project.write("content/bad.yaml", "kind: handout\ntitel: Hello\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    typo = [p for p in run.problems if "titel" in p["message"]]
    assert len(typo) == 1
    assert (typo[0]["file"], typo[0]["line"], typo[0]["col"]) == ("content/bad.yaml", "2", "1")
    assert "unknown key 'titel' (did you mean 'title'?)" in typo[0]["message"]
    # Every line of output that is a problem is in FILE:LINE:COL form.
    assert all(p["file"] == "content/bad.yaml" for p in run.problems)


def test_several_bad_files_are_all_reported_and_the_good_one_builds(project):
    project.write("content/a-good.yaml", GOOD)
    project.write("content/b-bad.yaml", "kind: handout\ntitle: a: b\n")
    project.write("content/c-bad.yaml", "kind: handout\ntitle: Hi\nsummary: '{{ nope }}'\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert sorted(p["file"] for p in run.problems) == ["content/b-bad.yaml",
                                                       "content/c-bad.yaml"]
    assert "built 1, skipped 0 unchanged, failed 2" in run.stdout
    assert (project.output / "a-good.pdf").is_file()
    assert not (project.output / "b-bad.pdf").exists()
    assert not (project.output / "c-bad.pdf").exists()


def test_several_problems_in_one_file_are_all_reported(project):
    project.write("content/bad.yaml", "kind: handout\ntitle: A\nkey_points: 5\n"
                  "sections: nope\naudience: everyone\n")
    run = project.build()
    assert run.exit_code == 1
    assert sorted(int(p["line"]) for p in run.problems) == [3, 4, 5]


def test_duplicate_keys_are_all_reported(project):
    project.write("content/bad.yaml", "kind: handout\ntitle: A\ntitle: B\nsummary: s\n"
                  "summary: t\n")
    run = project.build()
    assert run.exit_code == 1
    assert [(int(p["line"]), int(p["col"])) for p in run.problems] == [(3, 1), (5, 1)]
    assert "line 4" in run.problems[1]["message"]


def test_duplicate_ids_are_an_error_and_the_first_still_builds(project):
    project.write("content/a.yaml", "kind: handout\nid: same\ntitle: First\n")
    project.write("content/b.yaml", "kind: handout\ntitle: Second\nid: same\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert len(run.problems) == 1
    problem = run.problems[0]
    assert (problem["file"], problem["line"], problem["col"]) == ("content/b.yaml", "3", "5")
    assert "same" in problem["message"] and "a.yaml" in problem["message"]
    assert [p.name for p in project.output.glob("*.pdf")] == ["same.pdf"]


def test_same_file_name_in_two_folders_is_a_duplicate_id(project):
    project.write("content/one/notes.yaml", "kind: handout\ntitle: First\n")
    project.write("content/two/notes.yaml", "kind: handout\ntitle: Second\n")
    run = project.build()
    assert run.exit_code == 1
    assert [p["file"] for p in run.problems] == ["content/two/notes.yaml"]


def test_evil_id_never_writes_outside_output(project):
    project.write("content/evil.yaml", "kind: handout\nid: ../evil\ntitle: Evil\n")
    project.write("content/abs.yaml", "kind: handout\nid: /tmp/evil\ntitle: Evil\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert sorted((p["file"], p["line"], p["col"]) for p in run.problems) == [
        ("content/abs.yaml", "2", "5"), ("content/evil.yaml", "2", "5")]
    assert not (project.root / "evil.pdf").exists()
    assert not any(project.root.rglob("*evil*.pdf"))


# --- project config errors ---------------------------------------------------------------

@pytest.mark.parametrize("config, line, column, words", [
    ("paper: a5\n", 1, 8, ["letter", "a4"]),
    ("practice:\n  nmae: X\n", 2, 3, ["unknown key 'nmae'", "did you mean 'name'"]),
    ("theme: nosuch\n", 1, 1, ["theme 'nosuch' not found"]),
    ("paper: [letter\n", 1, 8, ["never closed", "paper: [letter]"]),
])
def test_config_errors_point_into_actsheets_yaml(project, config, line, column, words):
    project.config(config)
    project.write("content/good.yaml", GOOD)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert len(run.problems) == 1, run.output
    problem = run.problems[0]
    assert (problem["file"], int(problem["line"]), int(problem["col"])) == (
        "actsheets.yaml", line, column)
    for word in words:
        assert word in problem["message"]
    assert not list(project.root.rglob("*.pdf"))


def test_output_folder_that_is_a_file_is_a_user_error(project):
    project.config("output: taken\n")
    project.write("taken", "not a folder")
    project.write("content/good.yaml", GOOD)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "taken" in run.output


# --- placeholders in every text field ------------------------------------------------------

TYPO_LOCATIONS = {
    "title": ("kind: handout\ntitle: 'Hi {{ practice.nmae }}'\n", 2),
    "subtitle": ("kind: handout\ntitle: Hi\nsubtitle: '{{ practice.nmae }}'\n", 3),
    "key point": ("kind: handout\ntitle: Hi\nkey_points:\n  - '{{ practice.nmae }}'\n", 4),
    "section heading": (("kind: handout\ntitle: Hi\nsections:\n"
                         "  - heading: '{{ practice.nmae }}'\n    body: b\n"), 4),
    "section body": (("kind: handout\ntitle: Hi\nsections:\n"
                      "  - heading: H\n    body: '{{ practice.nmae }}'\n"), 5),
    "assignment title": (("kind: handout\ntitle: Hi\nassignments:\n"
                          "  - title: '{{ practice.nmae }}'\n    body: b\n"), 4),
    "assignment body": (("kind: handout\ntitle: Hi\nassignments:\n"
                         "  - title: T\n    body: '{{ practice.nmae }}'\n"), 5),
    "reference": ("kind: handout\ntitle: Hi\nreferences:\n  - '{{ practice.nmae }}'\n", 4),
    "assignments heading": (("kind: handout\ntitle: Hi\n"
                             "assignments_heading: '{{ practice.nmae }}'\n"), 3),
    "adapted from": ("kind: handout\ntitle: Hi\nadapted_from: '{{ practice.nmae }}'\n", 3),
    "licence": ("kind: handout\ntitle: Hi\nlicence: '{{ practice.nmae }}'\n", 3),
}


@pytest.mark.parametrize("where", list(TYPO_LOCATIONS))
def test_placeholder_typo_is_reported_wherever_it_is(project, where):
    content, line = TYPO_LOCATIONS[where]
    project.write("content/bad.yaml", content)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert [(p["file"], int(p["line"])) for p in run.problems] == [("content/bad.yaml", line)]
    assert "nmae" in run.problems[0]["message"]


def test_missing_glyph_in_title_is_reported(project):
    project.write("content/bad.yaml", "kind: handout\ntitle: \"Smile \U0001F600\"\n")
    run = project.build()
    assert run.exit_code == 1
    assert [(p["line"], p["col"]) for p in run.problems] == [("2", "8")]


def test_placeholder_syntax_error_line_in_block_scalar(project):
    project.write("content/bad.yaml", "kind: handout\ntitle: Hello\nsummary: |\n"
                  "  First line is fine.\n  Second has {{ practice.name }\n")
    run = project.build()
    assert run.exit_code == 1
    assert [int(p["line"]) for p in run.problems] == [5]


# --- check, list, help, usage errors --------------------------------------------------------

def test_check_good_content_exits_0_and_writes_nothing(project):
    project.write("content/good.yaml", GOOD)
    project.write("content/sub/other.yaml", GOOD.replace("Good sheet", "Other"))
    run = project.invoke("check")
    run.assert_clean_exit()
    assert run.exit_code == 0
    assert checked(run) == (2, 0)
    assert not run.problems
    assert not project.output.exists()
    assert not list(project.root.rglob("*.pdf"))


def test_check_bad_content_exits_1_and_writes_nothing(project):
    project.write("content/good.yaml", GOOD)
    project.write("content/bad.yaml", "kind: handout\ntitle: Hi\nsummary: '{{ nope }}'\n")
    project.write("content/worse.yaml", "kind: handout\ntitle: a: b\n")
    run = project.invoke("check")
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert sorted(p["file"] for p in run.problems) == ["content/bad.yaml", "content/worse.yaml"]
    assert checked(run)[1] == 2
    assert not project.output.exists()


def test_check_counts_each_file_once(project):
    project.write("content/good.yaml", GOOD)
    project.write("content/bad.yaml", "kind: handout\ntitle: Hi\nsummary: '{{ nope }}'\n")
    project.write("content/worse.yaml", "kind: handout\ntitle: a: b\n")
    run = project.invoke("check")
    # Regression: a file that loads but fails its placeholder check was counted twice.
    assert checked(run) == (3, 2)


def test_check_a_single_path(project):
    project.write("content/good.yaml", GOOD)
    project.write("content/bad.yaml", "kind: handout\ntitle: a: b\n")
    assert project.invoke("check", "content/good.yaml").exit_code == 0
    assert project.invoke("check", "content/bad.yaml").exit_code == 1


def test_list_shows_id_kind_title_and_file(project):
    project.write("content/zeta.yaml", "kind: handout\ntitle: Zeta Sheet\n")
    project.write("content/more/alpha.yaml",
                  "kind: handout\nid: custom-id\ntitle: Alpha & <Omega>\n")
    run = project.invoke("list")
    run.assert_clean_exit()
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[:2] == ["custom-id", "handout"]
    assert "Alpha & <Omega>" in lines[0] and "content/more/alpha.yaml" in lines[0]
    assert lines[1].split()[:2] == ["zeta", "handout"]
    assert "Zeta Sheet" in lines[1] and "(content/zeta.yaml)" in lines[1]
    assert not project.output.exists()


def test_list_with_a_bad_file_still_lists_the_good_ones(project):
    project.write("content/good.yaml", GOOD)
    project.write("content/bad.yaml", "kind: handot\ntitle: x\n")
    run = project.invoke("list")
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "Good sheet" in run.stdout
    assert [(p["file"], p["line"]) for p in run.problems] == [("content/bad.yaml", "1")]


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["build", "--help"], ["check", "--help"],
                                  ["list", "--help"]])
def test_help_works_for_every_command(project, args):
    run = project.invoke(*args)
    run.assert_clean_exit()
    assert run.exit_code == 0
    assert "Usage:" in run.stdout


def test_help_mentions_every_command_and_build_options(project):
    top = project.invoke("--help").stdout
    for command in ("build", "check", "list"):
        assert command in top
    build = project.invoke("build", "--help").stdout
    for option in ("--paper", "--large-print", "--out", "--force"):
        assert option in build


def test_version(project):
    run = project.invoke("--version")
    assert run.exit_code == 0
    assert "actsheets" in run.stdout


@pytest.mark.parametrize("args", [
    ["build", "--paper", "a5"],
    ["build", "--no-such-option"],
    ["build", "content/missing.yaml"],
    ["check", "content/missing.yaml"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(project, args):
    project.write("content/good.yaml", GOOD)
    run = project.invoke(*args)
    assert run.exit_code == 2, run.output
    assert "Traceback" not in run.output
    assert not project.output.exists()


def test_no_content_folder_is_a_usage_error(tmp_path):
    proj = Project(tmp_path / "p")
    (proj.root / "content").rmdir()
    run = proj.invoke("build")
    assert run.exit_code == 2
    assert "content" in run.output
    assert "Traceback" not in run.output


def test_real_console_script_separates_streams_and_has_no_traceback(project):
    """The installed entry point, in a real process (not CliRunner)."""
    project.write("content/good.yaml", GOOD)
    project.write("content/bad.yaml", "kind: handout\ntitle: Hi\nsummary: '{{ practice.nmae }}'\n")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-m", "actsheets", "build"], cwd=project.root,
                          capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert [line for line in done.stderr.splitlines() if line] == [
        line for line in done.stderr.splitlines() if PROBLEM_LINE.match(line)]
    assert done.stderr.startswith("content/bad.yaml:3:10: unknown placeholder")
    assert "built 1" in done.stdout
