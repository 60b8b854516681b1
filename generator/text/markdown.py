"""Our Markdown subset, turned into ReportLab paragraph markup from an allow-list.

Supported: paragraphs (blank line between), bullet lists ("- " or "* " at line start),
*italic*, **bold**, and [links](https://...). Every piece of user text is escaped, so
`<`, `&` and tags print literally and never reach ReportLab's markup parser as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

_ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_INLINE = re.compile(
    r"\*\*(?P<bold>[^*\n](?:.*?[^*\n])??)\*\*"
    r"|(?<![\w*])\*(?P<italic>[^*\s](?:[^*\n]*?[^*\s])?)\*(?![\w*])"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<href>[^)\s]+)\)"
)
_BULLET = re.compile(r"^\s{0,3}[-*•]\s+")


@dataclass(frozen=True)
class Paragraph:
    markup: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


Block = Paragraph | BulletList


def inline(text: str) -> str:
    """One run of text as paragraph markup: escaped, with bold, italic and links."""
    out: list[str] = []
    position = 0
    for match in _INLINE.finditer(text):
        out.append(escape(text[position:match.start()]))
        if match["bold"] is not None:
            out.append(f"<b>{inline(match['bold'])}</b>")
        elif match["italic"] is not None:
            out.append(f"<i>{inline(match['italic'])}</i>")
        else:
            out.append(_link(match["label"], match["href"]))
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out)


def _link(label: str, href: str) -> str:
    if not href.lower().startswith(_ALLOWED_SCHEMES):
        return escape(f"[{label}]({href})")
    quoted = escape(href, {'"': "&quot;"})
    return f'<a href="{quoted}"><u>{inline(label)}</u></a>'


def blocks(text: str) -> list[Block]:
    """Split text into paragraphs and bullet lists."""
    result: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            result.append(Paragraph(inline(" ".join(line.strip() for line in paragraph))))
            paragraph.clear()

    def flush_items() -> None:
        if items:
            result.append(BulletList(tuple(inline(item) for item in items)))
            items.clear()

    for line in text.splitlines():
        if not line.strip():
            flush_paragraph()
            flush_items()
        elif _BULLET.match(line):
            flush_paragraph()
            items.append(_BULLET.sub("", line, count=1).strip())
        elif items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        else:
            flush_items()
            paragraph.append(line)
    flush_paragraph()
    flush_items()
    return result


def plain(text: str) -> str:
    """Text with the Markdown markers removed (for metadata and bookmarks)."""
    def replace(match: re.Match[str]) -> str:
        return plain(match["bold"] or match["italic"] or match["label"] or "")
    return _INLINE.sub(replace, text)
