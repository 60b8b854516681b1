"""The shape of the code: stages import only earlier stages, light commands import no
renderer, and models know nothing of drawing."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "generator"

# Data flows one way: each stage may import itself and the stages before it.
STAGES = [
    {"__init__", "errors", "messages"},
    {"loading"},
    {"models"},
    {"templates_path", "config", "theme", "wording", "documents", "starter"},
    {"text"},
    {"compose"},
    {"render"},
    {"output"},
    {"build"},
    {"cli", "__main__"},
]


def _stage(unit: str) -> int:
    for number, names in enumerate(STAGES):
        if unit in names:
            return number
    raise AssertionError(f"{unit} is in no stage: add it to STAGES")


def _unit(module: str) -> str:
    """actsheets.render.pdf.fonts -> render; actsheets -> __init__."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports() -> list[tuple[str, str, Path]]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).with_suffix("")
        unit = relative.parts[0]
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name == "actsheets" or name.startswith("actsheets."):
                    found.append((unit, _unit(name), path))
    return found


def test_every_import_points_to_the_same_or_an_earlier_stage():
    backwards = [f"{path.relative_to(SOURCE)}: {unit} imports {target}"
                 for unit, target, path in _imports() if _stage(target) > _stage(unit)]
    assert not backwards, "\n".join(backwards)


def test_the_stage_check_can_fail():
    assert _stage("render") > _stage("models")
    assert _stage("cli") > _stage("build") > _stage("output") > _stage("render")


def _node(parts: tuple[str, ...]) -> str:
    """A package ("render.pdf") or, at the top, a module on its own ("errors")."""
    if len(parts) == 1:
        return parts[0]
    if (SOURCE / Path(*parts)).with_suffix(".py").exists():
        return ".".join(parts[:-1])
    return ".".join(parts)


def test_no_import_cycle_between_packages():
    graph: dict[str, set[str]] = {}
    for path in SOURCE.rglob("*.py"):
        source = _node(path.relative_to(SOURCE).with_suffix("").parts)
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                    and node.module.startswith("actsheets."):
                target = _node(tuple(node.module.split(".")[1:]))
                if target != source:
                    graph.setdefault(source, set()).add(target)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = [package for package in graph if reaches(package, package, {package})]
    assert not cycles, f"packages in an import cycle: {sorted(cycles)}"


def _modules_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys\n"
                           "print('\\n'.join(sorted(sys.modules)))"],
                          capture_output=True, text=True, check=True)
    return {line.split(".")[0] for line in done.stdout.splitlines()}


@pytest.mark.parametrize("module", ["actsheets.models.kinds", "actsheets.models.kinds.schema",
                                    "actsheets.documents", "actsheets.models.wording"])
def test_models_import_no_reportlab(module):
    assert "reportlab" not in _modules_after(f"import {module}")


def _cli(arguments: list[str]) -> str:
    return ("from actsheets.cli.main import main\n"
            f"try:\n    main({arguments!r})\nexcept SystemExit:\n    pass")


def test_help_imports_no_renderer_no_pydantic_no_jinja():
    loaded = _modules_after(_cli(["--help"]))
    assert "click" in loaded  # the check sees what was imported
    assert not loaded & {"reportlab", "pydantic", "jinja2"}


@pytest.mark.parametrize("command", [["list"], ["schema"]])
def test_list_and_schema_import_no_reportlab(command, tmp_path):
    loaded = _modules_after(f"import os\nos.chdir({str(tmp_path)!r})\n"
                            f"os.makedirs('content')\n" + _cli(command))
    assert "pydantic" in loaded
    assert "reportlab" not in loaded


def test_every_block_model_has_a_pdf_renderer():
    from actsheets.models.blocks import BLOCKS
    from actsheets.render.pdf.blocks import RENDERERS

    assert set(BLOCKS) == set(RENDERERS)


def test_every_package_is_listed_for_installation():
    import tomllib

    listed = set(tomllib.loads((SOURCE.parent / "pyproject.toml").read_text())["tool"][
        "setuptools"]["packages"])
    found = {".".join(("actsheets", *p.parent.relative_to(SOURCE).parts))
             for p in SOURCE.rglob("__init__.py")}
    assert found <= listed, f"add to pyproject's packages: {sorted(found - listed)}"
