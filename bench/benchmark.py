"""How much actsheets adds on top of ReportLab, as ratios that survive a noisy machine.

For each sample document it times
  ours:  the whole pipeline from the YAML file (read, validate, resolve text, lay out, render);
  plain: ReportLab alone drawing the same page: the same flowables built with a plain
         SimpleDocTemplate (no loading, no validation, no footer furniture);
and prints ours / plain. Run from the repository root:  python bench/benchmark.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from actsheets.build import prepare, render_document, resolve_document_text
from actsheets.config import load_project
from actsheets.documents import load_document
from actsheets.kinds import KINDS
from actsheets.layout.context import LayoutContext
from actsheets.layout.page_setup import page_setup
from actsheets.layout.styles import make_styles
from actsheets.output.naming import Variant

SAMPLES = [
    "content/handouts/setting-homework-in-act.yaml",
    "content/worksheets/mindful-awareness-log.yaml",
    "content/worksheets/values-bullseye.yaml",
]
ROUNDS = 7


def _best(function, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(sample: str, variant: Variant, env) -> tuple[float, float]:
    """Median seconds for (our whole pipeline, ReportLab alone) on one document."""

    def ours() -> None:
        render_document(load_document(Path(sample)), variant, env)

    document = load_document(Path(sample))
    model, variables = resolve_document_text(document, env)
    theme = env.theme.theme
    styles = make_styles(theme, env.fonts, variant.large_print)
    page = page_setup(variant.paper, theme.margins_in, styles.small.fontSize)
    ctx = LayoutContext(styles=styles, page=page, wording=env.wording, source=document.source,
                        variables=variables, fillable=variant.fillable)
    story_function = KINDS[document.kind].story

    def plain() -> None:
        story = story_function(model, ctx)  # flowables only: what ReportLab must draw
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=page.size, leftMargin=page.margin,
                                rightMargin=page.margin, topMargin=page.margin,
                                bottomMargin=page.margin + page.footer_height)
        doc.build(story)

    ours()
    plain()  # warm caches (fonts, glyph widths) before timing either
    return _best(ours), _best(plain)


def main() -> int:
    env = prepare(load_project(Path.cwd()))
    print(f"{'document':42} {'variant':10} {'ours ms':>8} {'plain ms':>9} {'ratio':>6}")
    ratios = []
    for sample in SAMPLES:
        variants = [Variant(), Variant(fillable=True)] if "worksheets" in sample else [Variant()]
        for variant in variants:
            t_ours, t_plain = measure(sample, variant, env)
            ratios.append(t_ours / t_plain)
            kind = "fillable" if variant.fillable else "printable"
            print(f"{Path(sample).stem:42} {kind:10} {t_ours * 1000:8.1f} {t_plain * 1000:9.1f} "
                  f"{t_ours / t_plain:6.2f}")
    print(f"geometric-mean ratio ours/plain: {statistics.geometric_mean(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
