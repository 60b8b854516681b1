"""Helpers for the HTML twin tests: a worksheet with every block type, a project with the
bundled library, and the words of a page as a reader meets them."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

from conftest import BUNDLED_CONFIG, REPO, Project

ALL_BLOCKS_SHEET = """\
kind: worksheet
title: Every Block <b>Sheet</b> & more
subtitle: All *eleven* kinds of block
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
therapist_guide:
  introduce: Start small.
  review: Ask what helped.
adapted_from: Our own idea.
licence: CC BY 4.0
"""


def library_project(root: Path, formats: str = "[pdf, html]") -> Project:
    """The bundled library, its config, and the all-blocks sheet, building PDF and HTML."""
    project = Project(root)
    shutil.rmtree(root / "content")
    shutil.copytree(REPO / "content", root / "content")
    config = BUNDLED_CONFIG.read_text("utf-8") + f"\nformats: {formats}\n"
    project.config(config)
    project.write("content/worksheets/all-blocks.yaml", ALL_BLOCKS_SHEET)
    return project


class _Words(HTMLParser):
    """The words of <body>, skipping what the PDF does not print: pictures (SVG, whose
    title and description are read instead), scripts, styles, and text marked as the web
    page's own (data-twin-only: ring names beside radio buttons, hidden labels)."""

    VOID = frozenset({"input", "br", "img", "meta", "link", "col", "hr", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is it skipped?
        self.in_body = False
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in self.VOID:
            return
        names = dict(attrs)
        skipped = (tag in {"svg", "script", "style", "footer"} or "data-twin-only" in names
                   or "visually-hidden" in (names.get("class") or "").split())
        self.stack.append(skipped or bool(self.stack and self.stack[-1]))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()
        self.chunks.append(" ")

    def handle_data(self, data):
        if self.in_body and not (self.stack and self.stack[-1]):
            self.chunks.append(data)


def words(text: str) -> list[str]:
    """Words without punctuation or case: what both formats must agree on."""
    return [w for w in (re.sub(r"[^\w]+", "", t).casefold() for t in text.split()) if w]


def html_words(html: str) -> list[str]:
    parser = _Words()
    parser.feed(html)
    return words("".join(parser.chunks))
