"""One document as one self-contained HTML page: the kind's body inside the page template,
with the theme's font and the print styles inline and a Content-Security-Policy that lets
nothing be loaded from anywhere."""

from __future__ import annotations

from pathlib import Path

from actsheets.errors import ContentError, Problem
from actsheets.models.theme import Theme
from actsheets.render.html.context import HtmlContext
from actsheets.render.html.fonts import FAMILY, font_faces
from actsheets.render.html.kinds import HTML_KINDS
from actsheets.render.html.markup import plain
from actsheets.render.html.templates import environment, template_problems
from actsheets.templates_path import TemplateSearchPath
from actsheets.text.document import ResolvedDocument

# Nothing may be fetched: no script at all, styles and fonts only from the page itself.
PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; "
               "form-action 'none'; base-uri 'none'")


def render_page(document: ResolvedDocument, audience: str, theme: Theme,
                font_files: dict[str, Path], search: TemplateSearchPath, author: str,
                subject: str) -> bytes:
    kind = HTML_KINDS.get(document.kind)
    if kind is None:
        source = document.document.source
        raise ContentError([Problem.of("html.unsupported-kind", source.path,
                                       source.position_of(("kind",)), kind=document.kind)])
    with template_problems(search):
        return _render(document, kind, audience, theme, font_files, search, author, subject)


def _render(document: ResolvedDocument, kind, audience: str, theme: Theme,
            font_files: dict[str, Path], search: TemplateSearchPath, author: str,
            subject: str) -> bytes:
    templates = environment(search)
    ctx = HtmlContext(wording=document.wording, audience=audience, language=document.language,
                      templates=templates, source=document.document.source)
    body = kind.body(document.model, ctx)
    page = templates.get_template("page.html.j2").render(
        language=document.language, title=document.title, author=author,
        description=plain(subject), keywords=list(getattr(document.model, "keywords", ())),
        policy=PAGE_POLICY, fonts=font_faces(font_files, italics="<em>" in body),
        family=FAMILY, theme=theme, body=body, wording=document.wording,
        footer_line=plain(document.wording.footer_line), kind=document.kind)
    return page.encode("utf-8")
