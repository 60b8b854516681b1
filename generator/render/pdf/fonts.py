"""Registering the theme's TTF font with ReportLab, and checking text against its cmap."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from actsheets.theme import LoadedTheme

_STYLES = ("regular", "bold", "italic", "bold_italic")


class FontNotFound(Exception):
    pass


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    characters: frozenset[int]

    def missing(self, text: str) -> list[str]:
        return sorted(set(text).difference(self._drawable))

    @cached_property
    def _drawable(self) -> frozenset[str]:
        """The characters the font has, and the line breaks and tabs no font draws."""
        return frozenset(map(chr, self.characters)) | frozenset("\n\r\t\x1e")


def font_files(loaded: LoadedTheme) -> dict[str, Path]:
    choice = loaded.theme.font
    if choice.files is not None:
        base = loaded.path.parent
        files = {s: getattr(choice.files, s) for s in _STYLES}
        regular = base / files["regular"]
        return {s: (base / f if f else regular) for s, f in files.items()}
    return package_files(choice.package or "atkinson_hyperlegible")


def package_files(family: str) -> dict[str, Path]:
    import fontpkg

    try:
        found = {
            "regular": fontpkg.path(family, 400, "normal"),
            "bold": fontpkg.path(family, 700, "normal", nearest=True),
            "italic": fontpkg.path(family, 400, "italic", nearest=True),
            "bold_italic": fontpkg.path(family, 700, "italic", nearest=True),
        }
    except fontpkg.FontpkgError as error:
        raise FontNotFound(f"font package '{family}' is not installed ({error})") from None
    return found


@lru_cache(maxsize=8)
def register_fonts(files: tuple[tuple[str, Path], ...]) -> FontSet:
    """Register the four styles once per process; returns their ReportLab names."""
    by_style = dict(files)
    names: dict[str, str] = {}
    for style in _STYLES:
        path = by_style[style]
        if not path.is_file():
            raise FontNotFound(f"font file not found: {path}")
        name = f"{path.stem}"
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as error:
                raise FontNotFound(f"cannot use font file {path}: {error}") from None
        names[style] = name
    family = names["regular"]
    addMapping(family, 0, 0, names["regular"])
    addMapping(family, 1, 0, names["bold"])
    addMapping(family, 0, 1, names["italic"])
    addMapping(family, 1, 1, names["bold_italic"])
    faces = [set(pdfmetrics.getFont(names[style]).face.charToGlyph) for style in _STYLES]
    characters = frozenset(set.intersection(*faces))  # text may be set in any of the four
    return FontSet(characters=characters, **names)


def load_fonts(loaded: LoadedTheme) -> FontSet:
    return register_fonts(tuple(sorted(font_files(loaded).items())))
