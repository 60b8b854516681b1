"""The theme's font, embedded in the page as data: URLs (no web font is ever fetched)."""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

FAMILY = "actsheets-text"
_FACES = {"regular": ("normal", 400), "bold": ("normal", 700), "italic": ("italic", 400),
          "bold_italic": ("italic", 700)}


@lru_cache(maxsize=16)
def _data_url(path: Path) -> str:
    return "data:font/ttf;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def font_faces(files: dict[str, Path], italics: bool) -> Markup:
    """@font-face rules for the regular and bold faces, and the italic ones when the page
    has italic text (each face adds about 70 kB)."""
    rules = []
    for style, (font_style, weight) in _FACES.items():
        if "italic" in style and not italics:
            continue
        rules.append(f"@font-face{{font-family:{FAMILY};font-style:{font_style};"
                     f"font-weight:{weight};font-display:block;"
                     f"src:url({_data_url(files[style])}) format(\"truetype\")}}")
    return Markup("\n".join(rules))
