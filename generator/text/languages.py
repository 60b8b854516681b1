"""What actsheets knows of a language from CLDR (through Babel): its name, the letters it
is written with, and its direction."""

from __future__ import annotations

from functools import lru_cache


def _locale(tag: str):
    from babel import Locale

    return Locale.parse(tag, sep="-")


def language_name(tag: str) -> str:
    """The language's name in English ("Spanish" for es), or the tag when Babel has none."""
    try:
        return _locale(tag).get_display_name("en") or tag
    except (ValueError, LookupError):
        return tag


def autonym(tag: str) -> str:
    """The language's name in itself ("español" for es), as a language menu shows it."""
    try:
        locale = _locale(tag)
        name = locale.get_display_name(locale) or tag
    except (ValueError, LookupError):
        return tag
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=32)
def letters_of(tag: str) -> str:
    """Letters a document in this language will certainly use: its own name, and its
    month and weekday names (which dated trackers print)."""
    try:
        locale = _locale(tag)
    except (ValueError, LookupError):
        return ""
    words = [locale.get_display_name(locale) or ""]
    words += locale.months["format"]["wide"].values()
    words += locale.days["format"]["wide"].values()
    return "".join(sorted({c for word in words for c in word if c.isalpha()}))


def right_to_left(tag: str) -> bool:
    try:
        return _locale(tag).character_order == "right-to-left"
    except (ValueError, LookupError):
        return False
