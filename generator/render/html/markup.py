"""Our Markdown subset as HTML: an inline tree turned into markup from an allow-list, every
text node escaped, so content never becomes markup or script.

The tree comes from `text.markdown` (the same parse the PDF uses, so both formats show the
same words). `_inline_tree` is the one place that knows how `markdown` hands its result
over; when `markdown` returns its own tree, only that function changes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html import escape, unescape

from markupsafe import Markup

from actsheets.text import markdown

_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")


@dataclass(frozen=True)
class Node:
    """One inline node: text (tag "") or an element from the allow-list with children."""

    tag: str  # "" (text), "strong", "em" or "a"
    text: str = ""
    children: tuple[Node, ...] = ()
    href: str = ""


_TAGS = {"b": "strong", "i": "em", "a": "a"}


def _inline_tree(text: str) -> tuple[Node, ...]:
    """The inline tree of one run of text. `markdown.inline` gives escaped paragraph markup
    with only <b>, <i>, <a href><u>: read back into nodes; anything else keeps its text."""
    try:
        root = ET.fromstring(f"<r>{markdown.inline(text)}</r>")
    except ET.ParseError:  # characters XML refuses: the words, without emphasis
        return (Node("", markdown.plain(text)),)
    return tuple(_nodes(root))


def _nodes(element: ET.Element) -> list[Node]:
    nodes: list[Node] = [Node("", element.text)] if element.text else []
    for child in element:
        children = tuple(_nodes(child))
        tag = _TAGS.get(child.tag, "")
        if tag == "a":
            nodes.append(Node("a", children=children, href=child.get("href", "")))
        elif tag:
            nodes.append(Node(tag, children=children))
        else:  # <u> inside links, or anything unexpected: keep the words only
            nodes.extend(children)
        if child.tail:
            nodes.append(Node("", child.tail))
    return nodes


def _html(nodes: tuple[Node, ...]) -> str:
    out: list[str] = []
    for node in nodes:
        if not node.tag:
            out.append(escape(node.text, quote=False))
        elif node.tag == "a" and node.href.lower().startswith(_SAFE_SCHEMES):
            out.append(f'<a href="{escape(node.href)}">{_html(node.children)}</a>')
        elif node.tag == "a":
            out.append(_html(node.children))
        else:
            out.append(f"<{node.tag}>{_html(node.children)}</{node.tag}>")
    return "".join(out)


def inline(text: str | None) -> Markup:
    """One run of text (a title, a label, a list item) as escaped inline HTML; on a
    bilingual sheet, the English after it in a smaller line of its own."""
    if not text:
        return Markup("")
    main, gloss = markdown.split_gloss(text)
    html = _html(_inline_tree(main))
    if gloss:
        html += f' <span class="gloss" lang="en">{_html(_inline_tree(gloss))}</span>'
    return Markup(html)


def rich(text: str | None) -> Markup:
    """Paragraphs and bullet lists as HTML."""
    if not text:
        return Markup("")
    main, gloss = markdown.split_gloss(text)
    if gloss:
        return Markup(f'{rich(main)}\n<div class="gloss" lang="en">{rich(gloss)}</div>')
    parts: list[str] = []
    for block in markdown.blocks(text):
        if isinstance(block, markdown.BulletList):
            items = "".join(f"<li>{_html(_markup_tree(item))}</li>" for item in block.items)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{_html(_markup_tree(block.markup))}</p>")
    return Markup("\n".join(parts))


def _markup_tree(markup: str) -> tuple[Node, ...]:
    """The tree of a block already given as paragraph markup by `markdown.blocks`."""
    try:
        return tuple(_nodes(ET.fromstring(f"<r>{markup}</r>")))
    except ET.ParseError:  # characters XML refuses: the words, without emphasis
        return (Node("", unescape(re.sub(r"<[^>]*>", "", markup))),)


def plain(text: str | None) -> str:
    """Text without the Markdown markers (for attributes: labels, titles, alt text)."""
    return " ".join(markdown.plain(text).split()) if text else ""


def plain_lines(text: str | None) -> str:
    """Text without the Markdown markers, its line breaks kept (a text area's content)."""
    return markdown.plain(text) if text else ""


def one_paragraph(text: str | None) -> bool:
    """Whether text is a single paragraph (it can then sit inside a label or a legend)."""
    if not text:
        return False
    parts = markdown.blocks(markdown.split_gloss(text)[0])
    return len(parts) == 1 and isinstance(parts[0], markdown.Paragraph)
