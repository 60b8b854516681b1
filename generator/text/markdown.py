"""Our Markdown subset: parsed into a small tree, then turned into each format's markup.

Supported: paragraphs (blank line between), bullet lists ("- ", "* " or "• " at line
start), *italic*, **bold**, and [links](https://...) with the schemes http, https, mailto
and tel (a link with any other scheme prints literally). Anything else is text and prints
as written; `## headings` never get this far (`text.resolve` reports them as problems).

`parse_inline` and `parse_blocks` give the tree (`Text`, `Bold`, `Italic`, `Link`;
`ParagraphNode`, `BulletListNode`); `inline`, `blocks` and `plain` turn it into ReportLab
paragraph markup or plain text. The markup comes only from the tree's node types and
every text node is escaped, so `<`, `&` and tags print literally and never reach
ReportLab's markup parser as markup.

The inline scanner is linear in the length of the text, whatever it holds (long runs of
`*`, `[` or unclosed `**`): bold and italic are regular expressions whose failed tries are
bounded (see `_BOLD` and `_ITALIC`), and a link's closing marks are found by forward-only
searches whose answers are remembered. Nesting is shallow by construction (bold
may hold italic and links; a link label may hold bold and italic; italic may hold links).

The rules, the same as the earlier regular expressions:

- `**bold**`: `**`, then a character other than `*`, up to the first `**` that does not
  follow a `*`; never across a line break;
- `*italic*`: a `*` not after a letter, digit or `*`, then a character other than `*` or a
  space, up to the next `*`, which must follow a non-space and not be followed by a
  letter, digit or `*`; no `*` inside;
- `[label](href)`: a label without `]`, then `(`, an address without `)` or spaces, `)`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_BULLET = re.compile(r"^\s{0,3}[-*•]\s+")
_LONG_TEXT = 50_000


# --- the tree ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Bold:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Italic:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Link:
    href: str  # always one of ALLOWED_SCHEMES
    children: tuple[Inline, ...]


Inline = Text | Bold | Italic | Link


@dataclass(frozen=True, slots=True)
class ParagraphNode:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class BulletListNode:
    items: tuple[tuple[Inline, ...], ...]


BlockNode = ParagraphNode | BulletListNode


# --- ReportLab markup blocks (what layout code uses) -----------------------------------

@dataclass(frozen=True)
class Paragraph:
    markup: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


Block = Paragraph | BulletList


# --- inline parsing ------------------------------------------------------------------------

# Where something may start, tried in this order at each position:
# - a whole **bold**: it ends at the first "**" after a non-"*" on the same line. If that
#   fails, no later "**" on the line can start one either (it would have closed this one),
#   so at most one failed try per line scans to the line's end;
# - a whole *italic*: it cannot contain "*", so a try costs at most the distance to the
#   next "*";
# - a run of "[": the link is checked in Python, with forward-only searches.
_BOLD = r"(?P<bold>\*\*(?P<strong>[^*\n](?:[^\n]*?[^*\n])??)\*\*)"
_ITALIC = r"(?P<italic>(?<![\w*])\*(?P<inner>[^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*]))"
_LINK_START = r"(?P<link>\[+(?=[^\]\n]))"
_CANDIDATES = {link: re.compile("|".join((_BOLD, _ITALIC) + ((_LINK_START,) if link else ())))
               for link in (True, False)}
_HREF_END = re.compile(r"[)\s]")


class _Forward:
    """Where `what` (a string or a pattern) next occurs in `text` at or after a position.

    Positions asked for never go back, and the last answer is kept: every stretch of the
    text is searched at most once, so all the questions together cost linear time.
    """

    __slots__ = ("answer", "asked", "text", "what")

    def __init__(self, text: str, what: str | re.Pattern[str]):
        self.text = text
        self.what = what
        self.asked = -1
        self.answer = -1

    def __call__(self, start: int) -> int:
        if self.asked >= 0 and start >= self.asked and (self.answer == -1
                                                        or start <= self.answer):
            return self.answer
        if isinstance(self.what, str):
            self.answer = self.text.find(self.what, start)
        else:
            match = self.what.search(self.text, start)
            self.answer = match.start() if match else -1
        self.asked = start
        return self.answer


def parse_inline(text: str) -> tuple[Inline, ...]:
    """One run of text as an inline tree (emphasis and links never cross a line break)."""
    with _collector_paused(len(text)):
        return _parse(text)


@contextmanager
def _collector_paused(size: int) -> Iterator[None]:
    """Pause the cycle collector while a long text is parsed: the tree holds no cycles,
    and collecting while it grows would make parsing slower than linear."""
    if size < _LONG_TEXT or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse(text: str) -> tuple[Inline, ...]:
    if "*" not in text and "](" not in text:  # nothing can start here
        return (Text(text),) if text else ()
    next_bracket = _Forward(text, "]")
    next_href_end = _Forward(text, _HREF_END)
    next_newline = _Forward(text, "\n")
    nodes: list[Inline] = []
    link_possible = True
    done = position = 0  # text[done:] is not in `nodes` yet; the scan goes on at `position`
    while True:
        match = _CANDIDATES[link_possible].search(text, position)
        if match is None:
            break
        start = match.start()
        kind = match.lastgroup
        node: Inline | None
        if kind == "bold":
            node, position = Bold(_parse(match["strong"])), match.end()
        elif kind == "italic":
            node, position = Italic(_parse(match["inner"])), match.end()
        else:  # a run of "[": if the first cannot start a link, none of the others can
            node, end, link_possible = _link(text, start, next_bracket, next_href_end,
                                             _line_end(next_newline(start), text))
            position = end or match.end()
            if node is None:  # not a link, or one printed literally: part of the text
                continue
        if start > done:
            nodes.append(Text(text[done:start]))
        nodes.append(node)
        done = position
    if done < len(text):
        nodes.append(Text(text[done:]))
    return tuple(nodes)


def _line_end(newline: int, text: str) -> int:
    return len(text) if newline == -1 else newline


def _link(text: str, start: int, next_bracket: _Forward, next_href_end: _Forward,
          line_end: int) -> tuple[Inline | None, int, bool]:
    """The link starting at `start`, its end, and whether any later link is possible."""
    close = next_bracket(start + 1)
    if close == -1:
        return None, 0, False
    if close == start + 1 or close > line_end or text[close + 1:close + 2] != "(":
        return None, 0, True
    end = next_href_end(close + 2)
    if end == -1:
        return None, 0, False
    if text[end] != ")" or end == close + 2:
        return None, 0, True
    href = text[close + 2:end]
    if not href.lower().startswith(ALLOWED_SCHEMES):
        return None, end + 1, True  # printed as written
    return Link(href, _parse(text[start + 1:close])), end + 1, True


# --- block parsing -------------------------------------------------------------------------

def parse_blocks(text: str) -> list[BlockNode]:
    """Paragraphs and bullet lists, each holding inline trees."""
    with _collector_paused(len(text)):
        return _parse_blocks(text)


def _parse_blocks(text: str) -> list[BlockNode]:
    result: list[BlockNode] = []
    paragraph: list[str] = []
    items: list[list[str]] = []

    def flush_paragraph() -> None:
        if paragraph:
            result.append(ParagraphNode(parse_inline(" ".join(paragraph))))
            paragraph.clear()

    def flush_items() -> None:
        if items:
            result.append(BulletListNode(tuple(parse_inline(" ".join(parts))
                                               for parts in items)))
            items.clear()

    for line in text.splitlines():
        if not line.strip():
            flush_paragraph()
            flush_items()
        elif bullet := _BULLET.match(line):
            flush_paragraph()
            items.append([line[bullet.end():].strip()])
        elif items and line.startswith((" ", "\t")):
            items[-1].append(line.strip())
        else:
            flush_items()
            paragraph.append(line.strip())
    flush_paragraph()
    flush_items()
    return result


# --- renderers -----------------------------------------------------------------------------

def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_markup(nodes: tuple[Inline, ...]) -> str:
    """ReportLab paragraph markup from an inline tree: only b, i, a and u tags."""
    out: list[str] = []
    for node in nodes:
        if type(node) is Text:
            out.append(_escape(node.text))
        elif isinstance(node, Bold):
            out.append(f"<b>{to_markup(node.children)}</b>")
        elif isinstance(node, Italic):
            out.append(f"<i>{to_markup(node.children)}</i>")
        else:
            quoted = _escape(node.href).replace('"', "&quot;")
            out.append(f'<a href="{quoted}"><u>{to_markup(node.children)}</u></a>')
    return "".join(out)


def to_plain(nodes: tuple[Inline, ...]) -> str:
    """The text a reader sees, without markers (not escaped)."""
    return "".join(node.text if isinstance(node, Text) else to_plain(node.children)
                   for node in nodes)


GLOSS = "\x1e"
"""On a bilingual sheet, between a translation and the English it translates (printed
under it in smaller type). A control character, so content can never contain it."""


def split_gloss(text: str) -> tuple[str, str]:
    """(the text, its English gloss or "")."""
    main, _, gloss = text.partition(GLOSS)
    return main, gloss


GLOSS_FONT = '<font size="-2">'
"""Opens a gloss; the PDF's paragraphs set it to a share of their own size (prose.py)."""


def _small(markup: str) -> str:
    return f"{GLOSS_FONT}<i>{markup}</i></font>" if markup else ""


def inline(text: str) -> str:
    """One run of text as paragraph markup: escaped, with bold, italic and links."""
    main, gloss = split_gloss(text)
    markup = to_markup(parse_inline(main))
    return f"{markup}<br/>{_small(to_markup(parse_inline(gloss)))}" if gloss else markup


def blocks(text: str) -> list[Block]:
    """Split text into paragraphs and bullet lists of paragraph markup."""
    main, gloss = split_gloss(text)
    made: list[Block] = [
        Paragraph(to_markup(block.children)) if isinstance(block, ParagraphNode)
        else BulletList(tuple(to_markup(item) for item in block.items))
        for block in parse_blocks(main)]
    made += [Paragraph(_small(to_markup(block.children))) if isinstance(block, ParagraphNode)
             else BulletList(tuple(_small(to_markup(item)) for item in block.items))
             for block in parse_blocks(gloss)]
    return made


def plain(text: str) -> str:
    """Text with the Markdown markers removed (for metadata and bookmarks); on a bilingual
    sheet, the translation alone."""
    return to_plain(parse_inline(split_gloss(text)[0]))
