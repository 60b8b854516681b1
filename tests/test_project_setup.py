"""Project-level inputs: config, themes, fonts and wording, and their errors."""

from __future__ import annotations

import pytest
import yaml as pyyaml

from actsheets.loading import yaml_reader
from tests.conftest import pdf_text

SHEET = "kind: handout\ntitle: Hello\nsummary: Notice one breath.\n"
WORKSHEET = """kind: worksheet
title: Wide
blocks:
  - type: tracker
    name: log
    columns:
      - label: Mindfulness
      - label: Willingness
      - label: Acceptance
      - label: Connection
      - label: Commitment
      - label: Observation
      - label: Compassion
"""


def test_tracker_columns_too_wide_for_the_page_is_a_located_error(project):
    project.write("content/wide.yaml", WORKSHEET)
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    [problem] = run.problems
    assert (problem["file"], problem["line"], problem["col"]) == ("content/wide.yaml", "7", "7")
    assert "column headings need" in problem["message"] and "mm" in problem["message"]
    assert not project.output.exists() or not list(project.output.glob("wide*.pdf"))


def test_a_broken_font_file_in_a_theme_is_a_user_error(project):
    project.write("content/a.yaml", SHEET)
    project.write("templates/fonts/Broken.ttf", b"this is not a font")
    project.write("templates/themes/mine.yaml", "font:\n  files:\n    regular: ../fonts/Broken.ttf\n")
    project.config("theme: mine\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    assert "cannot use font file" in run.stderr


def test_practice_name_is_checked_against_the_font(project):
    project.write("content/a.yaml", SHEET)
    project.config("practice:\n  name: Клиника\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    [problem] = run.problems
    assert (problem["file"], problem["line"]) == ("actsheets.yaml", "2")
    assert "U+041A" in problem["message"]


def test_user_wording_overrides_single_keys_over_the_built_in_english(project):
    project.write("content/a.yaml", SHEET + "key_points: [Breathe]\n")
    project.write("templates/wording/en.yaml", "key_points: Remember\n")
    run = project.build()
    assert run.exit_code == 0, run.output
    text = pdf_text(project.pdf("a.pdf"))
    assert "Remember" in text and "Key points" not in text
    assert "FOR YOU" in text  # other keys still come from the built-in wording


def test_changing_user_wording_rebuilds(project):
    project.write("content/a.yaml", SHEET + "key_points: [Breathe]\n")
    assert project.build().exit_code == 0
    project.write("templates/wording/en.yaml", "key_points: Remember\n")
    run = project.build()
    assert "built" in run.stdout and "Remember" in pdf_text(project.pdf("a.pdf"))


@pytest.mark.parametrize("loader", [pyyaml.SafeLoader, getattr(pyyaml, "CSafeLoader", None)])
def test_both_yaml_loaders_enforce_the_same_rules(monkeypatch, loader, tmp_path):
    if loader is None:
        pytest.skip("PyYAML built without libyaml")
    monkeypatch.setattr(yaml_reader, "_LOADER", loader)
    from actsheets.errors import ContentError

    source = yaml_reader.read_yaml_text("a: 1\nb: [x, y]\n", tmp_path / "f.yaml")
    assert source.data == {"a": 1, "b": ["x", "y"]}
    assert source.position_of(("b", 1)).column == 8
    for text, message in [("a: &x 1\nb: *x\n", "anchors"), ("- " * 60 + "x", "nesting"),
                          ("a: 1\na: 2\n", "duplicate key")]:
        with pytest.raises(ContentError, match=message):
            yaml_reader.read_yaml_text(text, tmp_path / "f.yaml")
