"""Markdown that is built to be slow: the scanner is linear, so a megabyte of unbalanced
markers renders (or fails) in well under a second; and the inline/block tree."""

from __future__ import annotations

import random
import time

import pytest

from actsheets.text import markdown
from actsheets.text.markdown import (
    Bold,
    BulletListNode,
    Italic,
    Link,
    ParagraphNode,
    Text,
    blocks,
    inline,
    parse_blocks,
    parse_inline,
    plain,
)

MEGABYTE = 1_000_000


def repeat(piece: str, size: int = MEGABYTE) -> str:
    return (piece * (size // len(piece) + 1))[:size]


# Unbalanced markers: nothing matches, and a quadratic scanner would take minutes.
UNBALANCED = ["[", "*", "**", "*a", "[a](", "_*", "[a\n](", "](", "[[a]", "**a\n", "[a]\n(",
              "[x]([", "a]"]
# Markers that do match: many nodes, so the cost per character is higher, but still linear.
MATCHING = ["**a ", "[**a", "**[a](x ", "*a *", "* *", "*[", "[a](https://a.org)", "a**",
            "***a ", "\\*", "[a](b c"]


@pytest.mark.parametrize("piece", UNBALANCED)
def test_a_megabyte_of_unbalanced_markers_is_fast(piece):
    text = repeat(piece)
    started = time.perf_counter()
    markup = inline(text)
    assert time.perf_counter() - started < 2.0  # about 0.1 s; a quadratic scan takes minutes
    assert len(markup) >= len(text)


@pytest.mark.parametrize("piece", MATCHING)
def test_matching_markers_are_linear(piece):
    text = repeat(piece, 200_000)
    started = time.perf_counter()
    inline(text)
    blocks(text)
    assert time.perf_counter() - started < 3.0


def test_scanning_time_grows_linearly():
    def cost(size: int) -> float:
        text = repeat("[**a*b [a](", size)
        started = time.perf_counter()
        parse_inline(text)
        return time.perf_counter() - started

    cost(10_000)
    small, large = min(cost(20_000) for _ in range(3)), min(cost(200_000) for _ in range(3))
    assert large < small * 30  # 10x the text: about 10x the time, never 100x


def test_one_huge_bullet_item_is_linear():
    text = "- start\n" + "  more words here\n" * 50_000
    started = time.perf_counter()
    [block] = blocks(text)
    assert time.perf_counter() - started < 3.0
    assert block.items[0].startswith("start more words")


def test_deep_nesting_attempts_do_not_recurse():
    text = "**" + "[" * 50_000 + "*" * 50_000 + "x" + "]" * 50_000 + "**"
    assert inline(text).startswith("<b>")


# --- the tree ------------------------------------------------------------------------------

def test_inline_tree():
    assert parse_inline("a **b *c* d** and [d **e**](https://x.org) & *f*") == (
        Text("a "),
        Bold((Text("b "), Italic((Text("c"),)), Text(" d"))),
        Text(" and "),
        Link("https://x.org", (Text("d "), Bold((Text("e"),)))),
        Text(" & "),
        Italic((Text("f"),)),
    )


def test_links_with_other_schemes_are_text_in_the_tree():
    assert parse_inline("[x](javascript:alert(1)) y") == (Text("[x](javascript:alert(1)) y"),)
    assert plain("[x](ftp://a.org)") == "[x](ftp://a.org)"  # prints as the page shows it


def test_block_tree():
    assert parse_blocks("One\ntwo.\n\n- **a**\n  b\n- c\n\n## not a heading") == [
        ParagraphNode((Text("One two."),)),
        BulletListNode(((Bold((Text("a"),)), Text(" b")), (Text("c"),))),
        ParagraphNode((Text("## not a heading"),)),
    ]


def test_tree_nodes_are_immutable():
    node = Text("a")
    with pytest.raises(AttributeError):
        node.text = "b"  # type: ignore[misc]


def test_markup_comes_only_from_the_allow_list():
    rng = random.Random(8)
    alphabet = ["*", "**", "[", "]", "(", ")", "a", " ", "\n", "<", ">", "&", '"', "'",
                "https://a.org", "javascript:", "<b>", "</a>", "&amp;", "_"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        markup = inline(text)
        stripped = markup
        for tag in ("<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "</a>"):
            stripped = stripped.replace(tag, "")
        stripped = markdown.re.sub(r'<a href="[^"<>]*">', "", stripped)
        assert "<" not in stripped and ">" not in stripped, (text, markup)
        assert not markdown.re.search(r"&(?!amp;|lt;|gt;|quot;)", stripped), (text, markup)
