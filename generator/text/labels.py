"""The wording for one document: every label's placeholders filled in and its characters
checked against the fonts, with problems located in the wording file that set the label."""

from __future__ import annotations

from typing import Any

from actsheets.errors import ContentError, Problem
from actsheets.models.wording import Wording
from actsheets.text.placeholders import PlaceholderError, render
from actsheets.text.resolve import Coverage, missing_glyphs
from actsheets.wording import LoadedWording

# "Page N of M" is filled in per page while drawing; these stand in for N and M until then.
PAGE = "\uE000"
PAGES = "\uE001"
DIGITS = "0123456789"


def resolve_wording(loaded: LoadedWording, variables: dict[str, Any],
                    coverage: Coverage) -> Wording:
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    page_variables = {**variables, "page": PAGE, "pages": PAGES}
    for key in Wording.model_fields:
        value = getattr(loaded.wording, key)
        path, position = loaded.places[key]
        texts = value if isinstance(value, list) else [value]
        done = []
        for text in texts:
            try:
                text = render(text, page_variables if key == "page_of" else variables)
            except PlaceholderError as error:
                problems.append(Problem.of("wording.placeholder", path, position, key=key,
                                           detail=str(error)))
            drawn = text.replace(PAGE, DIGITS).replace(PAGES, DIGITS)
            problems += missing_glyphs(drawn, coverage, path, position, f"wording '{key}'")
            done.append(text)
        values[key] = done if isinstance(value, list) else done[0]
    if problems:
        raise ContentError(problems)
    return Wording.model_construct(**values)


def page_label(wording: Wording, page: int, pages: int) -> str:
    return wording.page_of.replace(PAGE, str(page)).replace(PAGES, str(pages))
