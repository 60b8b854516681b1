"""Problems are data: every message comes from one table, by a stable code."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from actsheets.messages import MESSAGES, Finding

SOURCE = Path(__file__).resolve().parents[1] / "generator"
CODE = re.compile(r"^[a-z]+\.[a-z0-9-]+$")
MAKERS = {"of", "Finding", "found"}  # Problem.of(code, ...), Finding(loc, code, ...), found(code)


def _codes_used() -> set[str]:
    codes = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in MAKERS:
                    codes |= {arg.value for arg in node.args if isinstance(arg, ast.Constant)
                              and isinstance(arg.value, str) and CODE.match(arg.value)}
    return codes


def test_every_code_used_is_in_the_table():
    used = _codes_used()
    assert len(used) > 20  # the scan finds them
    assert used <= set(MESSAGES), sorted(used - set(MESSAGES))


def test_every_message_in_the_table_is_used():
    assert set(MESSAGES) <= _codes_used(), sorted(set(MESSAGES) - _codes_used())


def test_every_message_says_how_to_fix_it_or_passes_on_a_detail():
    for code, text in MESSAGES.items():
        slots = [name for _, name, _, _ in string.Formatter().parse(text) if name]
        assert "(" in text or slots, code


def test_a_finding_formats_its_message_from_the_table():
    finding = Finding(("low",), "rating.low-not-below-high", {"low": 5, "high": 3})
    assert finding.message == "low (5) must be below high (3) (for example low: 0, high: 10)"
    assert finding.inside("blocks", 2).loc == ("blocks", 2, "low")
