"""Measure the writing space of built PDFs from their drawing operations (no actsheets code).

    python bench/writing_space.py output/            # one row per PDF
    python bench/writing_space.py before/ after/     # the two folders side by side

Per page it reports the height of ruled or boxed writing area (the union of the vertical
extents of stroked boxes and of ruled lines with the room above each), how far the last
writing element ends above the footer, and how far down the page the content ends.
Elements are read with pypdfium2, so the numbers do not depend on how a PDF was laid out.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pypdfium2 as pdfium
from pypdfium2 import raw

MM = 72 / 25.4
FOOTER_ZONE = 40  # points above the bottom margin where footer text sits


def _stroked(obj) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value)


def measure_page(page) -> dict:
    _width, height = page.get_size()
    boxes, lines, texts, drawn = [], [], [], []
    for obj in page.get_objects(max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        if obj.type == raw.FPDF_PAGEOBJ_TEXT:
            texts.append((bottom, top))
        if obj.type == raw.FPDF_PAGEOBJ_PATH and _stroked(obj) and right - left >= 60:
            if top - bottom < 1.5:
                lines.append(((top + bottom) / 2, left, right))
            elif top - bottom >= 15:
                boxes.append((bottom, top))
        drawn.append((bottom, top))
    footer_texts = [top for bottom, top in texts if bottom < 54 + FOOTER_ZONE]
    footer_top = max(footer_texts, default=54)
    footer_rule = [y for y, _, _ in lines if footer_top - 2 <= y <= footer_top + 30]
    footer_top = max([footer_top, *footer_rule])
    lines = [line for line in lines if line[0] > footer_top + 0.5]
    intervals = list(boxes)
    for y, left, right in lines:
        above = [other for other, l2, r2 in lines if other > y + 1 and l2 < right and r2 > left]
        above += [b for b, t in boxes if b > y + 1]
        gap = min(above, default=y + 999) - y
        intervals.append((y, y + (min(gap, 25 * MM) if gap <= 30 * MM else 9 * MM)))
    total, end = 0.0, None
    for start, stop in sorted(intervals):
        if end is None or start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    writing_bottom = min((b for b, _ in intervals), default=None)
    body = [b for b, t in drawn if b > footer_top + 1]
    return {
        "writing_mm": total / MM,
        "gap_mm": None if writing_bottom is None else (writing_bottom - footer_top) / MM,
        "content_end": (height - min(body, default=height)) / height,
    }


def measure(path: Path) -> list[dict]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [measure_page(document[i]) for i in range(len(document))]
    finally:
        document.close()


def summary(pages: list[dict]) -> str:
    writing = "+".join(f"{p['writing_mm']:.0f}" for p in pages)
    gaps = "/".join("-" if p["gap_mm"] is None else f"{p['gap_mm']:.0f}" for p in pages)
    return f"{len(pages)}p {writing} mm (gap {gaps})"


def main(folders: list[str]) -> None:
    names = sorted({p.name for folder in folders for p in Path(folder).glob("*.pdf")})
    print("| file | " + " | ".join(folders) + " |")
    print("| --- |" + " --- |" * len(folders))
    for name in names:
        cells = []
        for folder in folders:
            path = Path(folder) / name
            cells.append(summary(measure(path)) if path.exists() else "")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:] or ["output"])
