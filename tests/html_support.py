"""Helpers for the HTML twin tests: a worksheet with every block type, a project with the
bundled library, and the words of a page as a reader meets them."""

from __future__ import annotations

import itertools
import re
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pypdf
from conftest import BUNDLED_CONFIG, QUOTES, REPO, Project

ALL_BLOCKS_SHEET = """\
kind: worksheet
title: Every Block <b>Sheet</b> & more
subtitle: All *twelve* kinds of block
keywords: [ACT, values, defusion]
instructions: |
  Fill in **each** part. A tag such as <script>alert(1)</script> prints as written.
blocks:
  - type: name_date
    fields: [name, date, week]
  - type: heading
    text: Part one
  - type: text
    text: |
      Some words between blocks.

      - a first point
      - a second point
  - type: lines
    name: notes
    prompt: What did you notice?
    lines: 3
  - type: box
    name: drawing
    prompt: Draw what it felt like
    height_mm: 40
  - type: checklist
    name: done
    prompt: What I tried
    items: [Took a short walk, Called a friend]
  - type: tracker
    name: log
    prompt: My week
    rows: days
    columns:
      - {label: Minutes, width: 1}
      - {label: What I noticed, width: 3}
      - {label: Done, width: 0.8, tick: true}
  - type: rating
    name: willing
    prompt: How willing am I?
    low: 0
    high: 10
    low_label: not at all
    high_label: completely
  - type: letter
    name: letter
    prompt: Write to a friend
    lines: 4
  - type: bullseye
    name: eye
    prompt: Mark each quarter
    size_mm: 60
  - type: choice_point
    name: choice
    prompt: One hard moment
  - type: cards
    name: card
    heading: My practice
    copies: 2
    lines: [What I will do, When]
    example: [A mindful minute]
therapist_guide:
  introduce: Start small.
  review: Ask what helped.
adapted_from: Our own idea.
licence: CC BY 4.0
"""


def library_project(root: Path, formats: str = "[pdf, html]",
                    translations: bool = False) -> Project:
    """The bundled library, its config, and the all-blocks sheet, building PDF and HTML;
    with `translations`, the Spanish translations too."""
    project = Project(root)
    shutil.rmtree(root / "content")
    shutil.copytree(REPO / "content", root / "content")
    if translations:
        shutil.copytree(REPO / "translations", root / "translations")
    config = BUNDLED_CONFIG.read_text("utf-8") + f"\nformats: {formats}\n"
    project.config(config)
    project.write("content/worksheets/all-blocks.yaml", ALL_BLOCKS_SHEET)
    return project


class _Words(HTMLParser):
    """The words of <body> as a reader meets them, skipping what the PDF does not print:
    pictures (SVG, whose title and description are read instead), scripts, styles, and
    text marked as the web page's own (data-twin-only: ring names beside radio buttons, a
    pack's contents with links for page numbers; hidden labels). What is written in a
    field counts (a client's name, a worked example's answers), and so do the numbers of
    a numbered list. `by_rows`: a list in columns is read row by row, as the PDF draws it
    (large print draws one column); `large_print`: without the last of several cards."""

    VOID = frozenset({"input", "br", "img", "meta", "link", "col", "hr", "source"})
    INLINE = frozenset({"a", "em", "strong", "span", "b", "i", "u", "code", "small", "sup",
                        "sub", "abbr"})

    def __init__(self, footer: bool = False, by_rows: bool = True,
                 large_print: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.footer = footer  # read the page's footer instead of everything else
        self.by_rows = by_rows
        self.large_print = large_print  # large print has one card fewer on a sheet
        self.stack: list[tuple[str, bool]] = []  # per open element: tag, is it skipped?
        self.in_body = False
        self.chunks: list[str] = []
        self.numbers: list[int] = []  # per open <ol>: the last item's number
        self.columns: list[tuple[int, int, list[int]]] = []  # open lists in columns

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "body":
            self.in_body = True
        if tag == "input" and names.get("value") and names.get("type") == "text":
            self.handle_data(f" {names['value']} ")
        if tag in self.VOID:
            return
        skipped = (tag in {"svg", "script", "style"} or "data-twin-only" in names
                   or "visually-hidden" in (names.get("class") or "").split()
                   or (self.large_print and "data-last-copy" in names))
        if tag == "footer" and self.footer:
            self.stack.append((tag, False))
            return
        if self.footer and not self.stack:  # <html>: all but the footer is skipped
            skipped = True
        self.stack.append((tag, skipped or tag == "footer" or self.skipping))
        if tag == "ol":
            self.numbers.append(0)
        elif tag == "li" and self.numbers and not self.skipping:
            self.numbers[-1] += 1
            self.handle_data(f" {self.numbers[-1]}. ")
        if tag == "ul" and names.get("data-columns"):
            self.columns.append((len(self.chunks), int(names["data-columns"]), []))
        elif tag == "li" and self.columns:
            self.columns[-1][2].append(len(self.chunks))

    def handle_endtag(self, tag):
        if tag in self.VOID or not self.stack:
            return
        self.stack.pop()
        if tag == "ol" and self.numbers:
            self.numbers.pop()
        if tag not in self.INLINE:
            self.chunks.append(" ")
        if tag == "ul" and self.columns:
            start, columns, items = self.columns.pop()
            if self.by_rows:
                self._rows(start, columns, items)

    def _rows(self, start: int, columns: int, items: list[int]) -> None:
        """The items of a list in columns (down the first, then the next) in the order of
        the rows they sit in."""
        bounds = [*items, len(self.chunks)]
        texts = [" ".join(self.chunks[a:b]) for a, b in itertools.pairwise(bounds)]
        per_column = -(-len(texts) // columns)
        order = [column * per_column + row for row in range(per_column)
                 for column in range(columns) if column * per_column + row < len(texts)]
        self.chunks[start:] = [" ".join(self.chunks[start:items[0]] if items else []),
                               *(texts[i] for i in order)]

    def handle_data(self, data):
        if self.in_body and not self.skipping:
            self.chunks.append(data)


def words(text: str) -> list[str]:
    """Words without punctuation or case: what both formats must agree on."""
    return [w for w in (re.sub(r"[^\w]+", "", t).casefold() for t in text.split()) if w]


def html_words(html: str, footer: bool = False, by_rows: bool = True,
               large_print: bool = False) -> list[str]:
    """The words a reader meets on the page, without its footer (or only the footer's);
    `by_rows` and `large_print` read it as that PDF prints it."""
    parser = _Words(footer, by_rows, large_print)
    parser.feed(html)
    return words("".join(parser.chunks))


@dataclass
class PdfPage:
    """One printed page: the words of its body, and its footer as drawn (the page label,
    in bold, apart from the footer's lines)."""

    body: list[str]
    label: str
    footer: list[str]  # the footer's lines: title and note, then the reader's lines

    @property
    def footer_words(self) -> list[str]:
        return words(" ".join(self.footer))


FOOTER_RULE = 0.3  # the footer's hairline is the only line this thin: what follows is footer


def pdf_pages(path: Path) -> list[PdfPage]:
    """Each page split into body and footer. The footer is drawn last on a page, after its
    hairline (a cover has none), so it is the text after the last 0.3 pt line width."""
    return [_split(page, path.name) for page in pypdf.PdfReader(path).pages]


def _split(page, name: str) -> PdfPage:
    runs: list[tuple[int, str, bool]] = []  # (rules drawn before it, text, bold)
    rules = [0]

    def before(operator, operands, cm, tm):
        if operator == b"w" and operands and abs(float(operands[0]) - FOOTER_RULE) < 1e-6:
            rules[0] += 1

    def visit(text, cm, tm, font, size):
        if text.strip():
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))
            runs.append((rules[0], text.translate(QUOTES).strip(), bold))

    text = (page.extract_text(visitor_operand_before=before, visitor_text=visit)
            or "").translate(QUOTES)
    drawn = [(t, bold) for rule, t, bold in runs if rules[0] and rule == rules[0]]
    label = drawn[0][0] if drawn and drawn[0][1] else ""
    footer = [t for t, _ in drawn[1:]] if label else [t for t, _ in drawn]
    everything = words(text)
    tail = words(" ".join([label, *footer]))
    assert everything[len(everything) - len(tail):] == tail, (name, tail)
    return PdfPage(everything[:len(everything) - len(tail)], label, footer)
