"""Language codes: which ones actsheets can write (CLDR data through Babel), and the
nearest ones to a mistyped code or name. Light, so a build can check its languages
without loading any model."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

from actsheets.errors import Position, Problem


def _has_data(tag: str) -> bool:
    from babel import localedata

    return localedata.exists(tag.replace("-", "_"))


@lru_cache(maxsize=1)
def _languages() -> dict[str, str]:
    """Language codes with CLDR data (dates, weekdays), by their English names."""
    from babel import Locale, localedata

    codes = {identifier.split("_")[0] for identifier in localedata.locale_identifiers()}
    return {code: name for code, name in Locale("en").languages.items() if code in codes}


def unknown_language(tag: str) -> str | None:
    """None for a language actsheets can write (dates, weekdays and so on); otherwise the
    words of the problem, with the nearest language codes."""
    hint = _language_hint(tag)
    return None if hint is None else f"unknown language '{tag}'{hint}"


def _language_hint(tag: str) -> str | None:
    if re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", tag) and (
            _has_data(tag) or _has_data(tag.split("-")[0])):
        return None
    known = _languages()
    lowered = tag.lower()
    close = sorted((code for code in known if len(code) >= 2 and lowered.startswith(code)),
                   key=len, reverse=True)[:1]  # esp -> es
    close = close or [code for code, name in known.items()
                      if len(lowered) >= 2 and name.lower().startswith(lowered)][:1]
    by_name = {name.lower(): code for code, name in known.items()}
    close = close or [by_name[name] for name in difflib.get_close_matches(
        lowered, list(by_name), n=1, cutoff=0.75)]  # portugese -> pt
    close = close or difflib.get_close_matches(lowered, list(known), n=2, cutoff=0.5)
    named = " or ".join(f"'{code}' ({known[code]})" for code in close)
    return f": did you mean {named}?" if named else " (use a code such as es, fr, pl or pt-BR)"


def language_problem(tag: str, path: Path, position: Position) -> Problem | None:
    """An unknown language, at the place that names it."""
    hint = _language_hint(tag)
    if hint is None:
        return None
    return Problem.of("language.unknown", path, position, language=tag, hint=hint)


def config_language_problems(config_file: Path, tags: list[str]) -> list[Problem]:
    """`languages:` in actsheets.yaml, each checked where it is written."""
    from actsheets.loading import read_yaml

    source = read_yaml(config_file)
    found = [language_problem(tag, config_file, source.position_of(("languages", index)))
             for index, tag in enumerate(tags)]
    return [problem for problem in found if problem is not None]
