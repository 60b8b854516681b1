"""One output as one self-contained HTML page: a composition's parts inside the page
template, with the theme's font and the print styles inline and a Content-Security-Policy
that lets nothing be loaded from anywhere.

A single document is its kind's body. A composition of several parts (a course pack, a
homework packet) is one page: the first part opens it (its title is the page's `h1`), each
later part is a section whose title is an `h2`, and a course pack lists its parts where
the printed pack has its contents page. The footer says what the printed footers say:
the title and its note, then the lines for the page's readers (the contact and safety
lines where a client reads).
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from actsheets.compose import Composition, Part
from actsheets.models.theme import Theme
from actsheets.render.html.context import HtmlContext, Ids
from actsheets.render.html.fonts import FAMILY, font_faces
from actsheets.render.html.kinds import HTML_KINDS
from actsheets.render.html.markup import plain
from actsheets.render.html.templates import environment, template_problems
from actsheets.templates_path import TemplateSearchPath

# Nothing may be fetched: no script at all, styles and fonts only from the page itself.
PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; "
               "form-action 'none'; base-uri 'none'")


def render_page(composition: Composition, theme: Theme, font_files: dict[str, Path],
                search: TemplateSearchPath) -> bytes:
    with template_problems(search):
        return _render(composition, theme, font_files, search)


def _render(composition: Composition, theme: Theme, font_files: dict[str, Path],
            search: TemplateSearchPath) -> bytes:
    templates = environment(search)
    ids = Ids()
    first = composition.parts[0].document
    sections: list[tuple[str, str, Markup, str]] = []  # id, title, body, language
    opening = Markup("")
    for index, part in enumerate(composition.parts):
        resolved = part.document
        ctx = HtmlContext(wording=resolved.wording, audience=part.audience,
                          language=resolved.language, templates=templates,
                          source=resolved.document.source, ids=ids, depth=min(index, 1),
                          personal=resolved.personal)
        body = HTML_KINDS[resolved.kind].body(resolved.model, ctx)
        if index == 0:
            opening = body
        else:
            language = resolved.language if resolved.language != first.language else ""
            sections.append((ids.claim(f"part-{index}"), part.title, body, language))
    metadata = composition.metadata
    page = templates.get_template("page.html.j2").render(
        language=first.language, title=metadata.title, author=metadata.author,
        description=plain(metadata.subject), keywords=list(metadata.keywords),
        policy=PAGE_POLICY, family=FAMILY, theme=theme, wording=first.wording,
        opening=opening, sections=sections,
        contents=composition.contents_title if composition.contents_before is not None else "",
        contents_id=ids.claim("contents"), footer=footer_lines(composition),
        kind=first.kind.split(".")[0],
        fonts=font_faces(font_files, italics=_has_italics(opening, sections)))
    return page.encode("utf-8")


def _has_italics(opening: Markup, sections: list[tuple[str, str, Markup, str]]) -> bool:
    return "<em>" in opening or any("<em>" in section[2] for section in sections)


def footer_lines(composition: Composition) -> tuple[str, list[str]]:
    """The footer's first line (a single document's title and note; a composition's
    running titles change from part to part, so it has none) and the lines of its
    readers, each once, in the order the parts bring them."""
    lines: list[str] = []
    for part in composition.parts:
        kind = HTML_KINDS[part.document.kind]
        if kind.footer:
            lines += [line for line in _reader_lines(part, kind) if line not in lines]
    if len(composition.parts) > 1:
        return "", lines
    part = composition.parts[0]
    kind = HTML_KINDS[part.document.kind]
    note = kind.footer_note(part.document.model, part.document.wording)
    return plain("  ·  ".join(text for text in (part.title, note) if text)), lines


def _reader_lines(part: Part, kind) -> list[str]:
    """As the PDF's footer: the contact and safety lines where a client reads, the
    practice alone (or the composition's own running line) where a therapist does."""
    wording = part.document.wording
    own = part.footer_line and part.footer_line != wording.footer_line
    if kind.reader(part.document.model) == "therapist":
        lines = [part.footer_line if own else wording.footer_line_therapist]
    else:
        lines = [part.footer_line, wording.safety_line]
    return [plain(line) for line in lines if plain(line)]
