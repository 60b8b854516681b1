"""actsheets.yaml is checked in plain Python when it is plainly right, and by the models
otherwise: both ways give the same settings, and a build where nothing changed imports
neither pydantic nor a renderer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from actsheets.config import _checked, _plain
from actsheets.loading import read_yaml_text

CONFIGS = [
    "language: en\n",
    "paper: a4\n",
    "paper: [letter, a4, letter]\nformats: [pdf, html]\naudience: both\n",
    "paper: []\nformats: []\n",
    "practice:\n  name: Riverside\n  contact: Call us\n  safety: In an emergency call 911.\n",
    "practice: {}\nlanguage: en-GB\ntheme: my_theme-2\ncontent: c\noutput: o\ntemplates: t\n",
    f"practice:\n  name: {'x' * 120}\n",
]
LEFT_TO_THE_MODELS = [
    "practice:\n  name: 2024\n",  # a number: the models keep it as typed text
    f"practice:\n  name: {'x' * 121}\n",
    "paper: legal\n",
    "paper: [letter, 4]\n",
    "language: EN\n",
    "language: en-GB-oxendict\n",
    "theme: my theme\n",
    "audience: everyone\n",
    "output: 12\n",
    "papers: a4\n",
    "practice:\n  nmae: x\n",
    "practice:\n",
    "- a list\n",
    "null\n",
]


def _models(text: str):
    from actsheets.models.project import ProjectConfig
    from actsheets.models.validation import validate

    return validate(ProjectConfig, read_yaml_text(text, Path("actsheets.yaml")))


@pytest.mark.parametrize("text", CONFIGS)
def test_the_quick_check_gives_what_the_models_give(text):
    quick = _plain(read_yaml_text(text, Path("actsheets.yaml")).data)
    assert quick is not None
    models = _models(text)
    assert quick.papers == list(dict.fromkeys([models.paper] if isinstance(models.paper, str)
                                              else models.paper))
    assert quick == _checked_with_models(text)
    assert quick.practice.name == models.practice.name
    assert (quick.audience, quick.language, quick.theme, quick.output) == (
        models.audience, models.language, models.theme, models.output)


def _checked_with_models(text: str):
    """What `_checked` returns through the models, for the same file."""
    from actsheets import config

    source = read_yaml_text(text, Path("actsheets.yaml"))
    quick, config._plain = config._plain, lambda data: None
    try:
        return _checked(source)
    finally:
        config._plain = quick


@pytest.mark.parametrize("text", LEFT_TO_THE_MODELS)
def test_anything_unusual_is_left_to_the_models(text):
    assert _plain(read_yaml_text(text, Path("actsheets.yaml")).data) is None


def test_a_number_for_text_is_kept_as_typed():
    assert _checked(read_yaml_text("practice:\n  name: 2024\n", Path("a.yaml"))) \
        .practice.name == "2024"


def test_a_build_where_nothing_changed_imports_no_pydantic_and_no_renderer(project):
    project.write("content/sheet.yaml", "kind: handout\ntitle: A sheet\nsections:\n"
                  "  - heading: One\n    body: Some words.\n")
    assert project.build().exit_code == 0
    code = ("import sys\nfrom actsheets.cli.main import main\n"
            "try:\n    main(['build', '-q'])\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=project.root)
    assert "built 0, skipped 1 unchanged" in done.stdout
    loaded = {line.split(".")[0] for line in done.stdout.splitlines()}
    assert not loaded & {"pydantic", "reportlab", "jinja2"}


def test_a_build_with_translations_where_nothing_changed_loads_no_model(project):
    project.config("languages: [es]\n")
    project.write("content/sheet.yaml", "kind: handout\ntitle: A sheet\nsections:\n"
                  "  - heading: One\n    body: Some words.\n")
    assert project.invoke("translate", "es").exit_code == 0
    assert project.build().exit_code == 0
    code = ("import sys\nfrom actsheets.cli.main import main\n"
            "try:\n    main(['build', '-q'])\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=project.root)
    assert "built 0, skipped 2 unchanged" in done.stdout, done.stdout[:300]
    loaded = {line.split(".")[0] for line in done.stdout.splitlines()}
    assert not loaded & {"pydantic", "reportlab", "jinja2"}
