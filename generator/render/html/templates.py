"""The Jinja environment for HTML: templates/html/ in the user's folder first, then the
built-ins; autoescaped, in the immutable sandbox, with undefined names as errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from actsheets.errors import ContentError, Position, Problem
from actsheets.render.html import markup
from actsheets.templates_path import TemplateSearchPath, builtin_templates

FOLDER = "html"


@lru_cache(maxsize=4)
def _environment(folders: tuple[Path, ...]) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader([str(f) for f in folders]), autoescape=True,
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, auto_reload=False)
    env.filters.update(inline=markup.inline, rich=markup.rich, plain=markup.plain,
                       plain_lines=markup.plain_lines)
    env.tests.update(one_paragraph=markup.one_paragraph)
    return env


def environment(search: TemplateSearchPath) -> ImmutableSandboxedEnvironment:
    return _environment(tuple(directory / FOLDER for directory in search.dirs))


def template_names() -> list[str]:
    """Every built-in HTML template, as names relative to templates/html/."""
    root = builtin_templates() / FOLDER
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def template_inputs(search: TemplateSearchPath) -> list[Path]:
    """Every place an HTML template is looked for (for the record of inputs): an override
    added later in the user's folder makes the pages stale."""
    return [path for name in template_names() for path in search.candidates(f"{FOLDER}/{name}")]


@contextmanager
def template_problems(search: TemplateSearchPath) -> Iterator[None]:
    """A broken template (most likely a user's copy) is reported where it is, not raised."""
    try:
        yield
    except TemplateSyntaxError as error:
        where = Path(error.filename) if error.filename else search.dirs[0] / FOLDER
        raise ContentError([Problem.of("html.template", where, Position(error.lineno or 1, 1),
                                       detail=error.message or "syntax error")]) from None
    except TemplateError as error:
        raise ContentError([Problem.of("html.template", search.dirs[0] / FOLDER,
                                       Position(1, 1), detail=str(error))]) from None
