"""Render a composition (an ordered list of parts) into one PDF, in memory.

Each part starts on a new page with its own page template (portrait, landscape, or a
cover with no footer), footer title and bookmark; its sections nest below it. Pages are
numbered through the file or per part; a contents page lists every part and its sections
with real page numbers (a second layout pass, only when there is a contents page).
Form-field names get a per-part prefix when there are several parts, so they never clash.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from dataclasses import replace as replace_setup

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tableofcontents import TableOfContents

from actsheets.compose import Composition
from actsheets.errors import ContentError, Problem
from actsheets.models.theme import Theme
from actsheets.render.pdf.context import FieldNames, RenderContext
from actsheets.render.pdf.fonts import FontSet
from actsheets.render.pdf.furniture import Footer, FooterText, footer_height, furnished_canvas
from actsheets.render.pdf.kinds import PDF_KINDS
from actsheets.render.pdf.markers import BlockMark, OutlinedParagraph, PartStart
from actsheets.render.pdf.page_parts import heading
from actsheets.render.pdf.page_setup import PageSetup, page_setup
from actsheets.render.pdf.styles import Styles, make_styles
from actsheets.text.labels import page_label


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    part_pages: tuple[int, ...]  # the page each part starts on (1-based)
    pages: int = 0  # pages in the file


def render_composition(composition: Composition, theme: Theme, fonts: FontSet, paper: str,
                       large_print: bool) -> RenderedPdf:
    styles = make_styles(theme, fonts, large_print)
    footers = [_footer_text(part) for part in composition.parts]
    frame_width = page_setup(paper, theme.margins_in, 0).frame_width
    page = page_setup(paper, theme.margins_in, footer_height(styles, footers, frame_width))
    used: set[str] = set()
    several = len(composition.parts) > 1
    contexts: list[RenderContext] = []
    story: list[Flowable] = []
    problems: list[Problem] = []
    for index, part in enumerate(composition.parts):
        source = part.document.document.source
        ctx = RenderContext(
            styles=styles, page=replace_setup(page, landscape=part.page_template == "landscape"),
            wording=part.document.wording, source=source, audience=part.audience,
            fillable=composition.fillable, part=index, personal=part.document.personal,
            field_names=FieldNames(used, f"p{index + 1}_" if several else ""))
        contexts.append(ctx)
        if composition.contents_before == index:
            story += _contents_page(composition, ctx, first=index == 0)
        if story:
            story += [NextPageTemplate(part.page_template), PageBreak()]
        level = 1 if composition.outline_title else 0
        kind = PDF_KINDS[part.document.kind]
        story.append(PartStart(index, part.title, footers[index], level,
                               kind.reader(part.document.model)))
        try:
            story += PDF_KINDS[part.document.kind].story(part.document.model, ctx)
        except ContentError as error:
            problems += error.problems
    if problems:
        raise ContentError(problems)

    buffer = io.BytesIO()
    first_template = composition.parts[0].page_template if composition.contents_before != 0 \
        else "portrait"
    doc = _PartsDocTemplate(buffer, composition, page, styles, first_template)
    footer = Footer(page.margin, page.footer_height, styles,
                    lambda part, n, total: page_label(composition.parts[part].document.wording,
                                                      n, total))
    canvas_class = furnished_canvas(footer, per_part=composition.numbering == "per_part")
    try:
        if composition.contents_before is None:
            doc.build(story, canvasmaker=canvas_class)
        else:
            doc.multiBuild(story, canvasmaker=canvas_class)
    except LayoutError:
        source = composition.parts[doc.current_part].document.document.source
        raise ContentError([Problem.of("layout.too-large", source.path,
                                       source.position_of(()))]) from None
    for index, (part, ctx) in enumerate(zip(composition.parts, contexts)):
        start = doc.part_pages[index]
        block_pages = {loc: page_number - start + 1
                       for (at, loc), page_number in doc.block_pages.items() if at == index}
        source = part.document.document.source
        problems += [Problem.of(finding.code, source.path, source.position_of(finding.loc),
                                **finding.slots)
                     for finding in PDF_KINDS[part.document.kind].verify(
                         part.document.model, block_pages, ctx)]
    if problems:
        raise ContentError(problems)
    return RenderedPdf(pdf=buffer.getvalue(), part_pages=tuple(doc.part_pages), pages=doc.page)


def _footer_text(part) -> FooterText:
    """The part's footer: its title and licence; the contact and safety lines on pages
    a client reads, the practice alone on pages for therapists."""
    wording = part.document.wording
    kind = PDF_KINDS[part.document.kind]
    # A composition may give its own running line (a course pack: the course's title).
    own = part.footer_line and part.footer_line != wording.footer_line
    notice = wording.translation_draft if part.document.draft_translation else ""
    return FooterText(title=part.title, note=kind.footer_note(part.document.model, wording),
                      notice=notice,
                      client=(part.footer_line, wording.safety_line),
                      therapist=(part.footer_line if own else wording.footer_line_therapist,))


def _contents_page(composition: Composition, ctx: RenderContext, first: bool) -> list[Flowable]:
    styles = ctx.styles
    contents = TableOfContents(dotsMinLevel=0)
    contents.levelStyles = [
        ParagraphStyle("contents1", parent=styles.body, fontName=styles.fonts.bold,
                       leftIndent=0, firstLineIndent=0, spaceBefore=styles.body_size * 0.4),
        ParagraphStyle("contents2", parent=styles.body, leftIndent=styles.body_size * 1.5,
                       firstLineIndent=0, spaceBefore=0, spaceAfter=0),
    ]
    lead = [] if first else [NextPageTemplate("portrait"), PageBreak()]
    return [*lead, heading(ctx, composition.contents_title, outline=False), contents]


class _PartsDocTemplate(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, composition: Composition, page: PageSetup,
                 styles: Styles, first_template: str):
        metadata = composition.metadata
        super().__init__(
            buffer, pagesize=page.size,
            leftMargin=page.margin, rightMargin=page.margin,
            topMargin=page.margin, bottomMargin=page.margin + page.footer_height,
            title=metadata.title, author=metadata.author, subject=metadata.subject,
            keywords=list(metadata.keywords), creator="actsheets", lang=metadata.language,
            invariant=1, displayDocTitle=1,
        )
        self.composition = composition
        templates = {name: self._template(name, page) for name in ("portrait", "landscape",
                                                                   "cover")}
        # The first template in the list is where the document starts.
        self.addPageTemplates([templates[first_template],
                               *(t for name, t in templates.items() if name != first_template)])
        self._reset()

    def _template(self, name: str, page: PageSetup) -> PageTemplate:
        setup = replace_setup(page, landscape=name == "landscape")
        frame = Frame(setup.margin, setup.margin + setup.footer_height, setup.frame_width,
                      setup.frame_height, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id=f"{name}-body")
        with_footer = name != "cover"

        def on_page(canvas, doc) -> None:
            canvas.page_has_footer = with_footer

        # A cover is one page; whatever follows it in the same part is a plain page.
        after = "portrait" if name == "cover" else None
        return PageTemplate(id=name, frames=[frame], pagesize=setup.size, onPage=on_page,
                            autoNextPageTemplate=after)

    def _reset(self) -> None:
        self.current_part = 0
        self.part_pages: list[int] = []
        self.block_pages: dict[tuple, int] = {}
        self._outline_base = 0
        self._outline_count = 0

    def beforeDocument(self) -> None:  # every pass of a multi-pass build starts afresh
        self._reset()
        if self.composition.outline_title:
            self._outline(self.composition.outline_title, 0)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PartStart):
            self.current_part = flowable.index
            self.part_pages.append(self.page)
            self._outline(flowable.outline_text, flowable.outline_level)
            self._outline_base = flowable.outline_level + 1
            self.notify("TOCEntry", (0, flowable.outline_text, self.page))
        elif isinstance(flowable, OutlinedParagraph) and flowable.outline:
            self._outline(flowable.outline_text, self._outline_base + flowable.outline_depth - 1)
            if flowable.outline_depth == 1:
                self.notify("TOCEntry", (1, flowable.outline_text, self.page))
        elif isinstance(flowable, BlockMark):
            self.block_pages.setdefault((flowable.part, flowable.block_loc), self.page)

    def _outline(self, text: str, level: int) -> None:
        self._outline_count += 1
        if self._outline_count == 2:  # a document with sections opens with them shown
            self.canv.showOutline()
        key = f"section-{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
