"""actsheets.text.markdown: our Markdown subset -> ReportLab paragraph markup."""

from __future__ import annotations

import pytest

from actsheets.text.markdown import BulletList, Paragraph, blocks, inline, plain


@pytest.mark.parametrize("text, markup", [
    ("plain words", "plain words"),
    ("**bold**", "<b>bold</b>"),
    ("*italic*", "<i>italic</i>"),
    ("a **b** c *d* e", "a <b>b</b> c <i>d</i> e"),
    ("**Yes** or **No**", "<b>Yes</b> or <b>No</b>"),
    ("**bold *inner* x**", "<b>bold <i>inner</i> x</b>"),
    ("*a* and *b*", "<i>a</i> and <i>b</i>"),
    ("snake_case *x*", "snake_case <i>x</i>"),
])
def test_inline_emphasis(text, markup):
    assert inline(text) == markup


@pytest.mark.parametrize("text", [
    "a * b * c",       # spaced asterisks are multiplication, not emphasis
    "2*3*4",
    "x*y*z",
    "**unclosed",
    "*unclosed",
    "* star first",
])
def test_stray_asterisks_stay_literal(text):
    assert inline(text) == text


@pytest.mark.parametrize("text, markup", [
    ("[site](https://example.org)", '<a href="https://example.org"><u>site</u></a>'),
    ("[site](http://example.org)", '<a href="http://example.org"><u>site</u></a>'),
    ("[mail](mailto:a@b.org)", '<a href="mailto:a@b.org"><u>mail</u></a>'),
    ("[call](tel:+15550100)", '<a href="tel:+15550100"><u>call</u></a>'),
    ("[q](https://a.org/?x=1&y=2)", '<a href="https://a.org/?x=1&amp;y=2"><u>q</u></a>'),
    ('[q](https://a.org/"onclick)', '<a href="https://a.org/&quot;onclick"><u>q</u></a>'),
    ("[**b**](https://a.org)", '<a href="https://a.org"><u><b>b</b></u></a>'),
    ("[HTTPS](HTTPS://A.ORG)", '<a href="HTTPS://A.ORG"><u>HTTPS</u></a>'),
])
def test_links(text, markup):
    assert inline(text) == markup


@pytest.mark.parametrize("text", [
    "[x](javascript:alert(1))", "[x](ftp://a.org)", "[x](file:///etc/passwd)",
    "[x](data:text/html,hi)", "[x](relative/path)",
])
def test_links_with_other_schemes_print_literally(text):
    out = inline(text)
    assert "<a" not in out
    assert out.replace("&amp;", "&") == text


@pytest.mark.parametrize("text, markup", [
    ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
    ('<img src="x">', '&lt;img src="x"&gt;'),
    ("<font size=40>", "&lt;font size=40&gt;"),
    ("AT&T", "AT&amp;T"),
    ("&amp;", "&amp;amp;"),
    ("a<b", "a&lt;b"),
    ("**<i>**", "<b>&lt;i&gt;</b>"),
])
def test_markup_is_escaped(text, markup):
    assert inline(text) == markup


@pytest.mark.parametrize("text, shown", [
    ("<para>", "<para>"), ("</b>", "</b>"), ("&#99999999;", "&#99999999;"),
    ("<a href='x'>", "<a href='x'>"), ("&nbsp;", "&nbsp;"), ("<![CDATA[", "<![CDATA["),
    ("<br/>", "<br/>"), ("a & b", "a & b"), ("**<**", "<"), ("[<](https://a.org)", "<"),
])
def test_inline_output_is_accepted_by_reportlab_and_prints_as_written(text, shown):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as RLParagraph

    paragraph = RLParagraph(inline(text), getSampleStyleSheet()["Normal"])
    paragraph.wrap(400, 400)
    assert paragraph.getPlainText() == shown


def test_blocks_paragraphs_and_lists():
    text = ("First paragraph\nstill first.\n\n"
            "- one\n- **two**\n  continued\n* three\n• four\n"
            "After the list.\n\n\nLast.")
    assert blocks(text) == [
        Paragraph("First paragraph still first."),
        BulletList(("one", "<b>two</b> continued", "three", "four")),
        Paragraph("After the list."),
        Paragraph("Last."),
    ]


def test_blocks_italic_at_line_start_is_not_a_bullet():
    assert blocks("*italic* start") == [Paragraph("<i>italic</i> start")]
    assert blocks("-not a bullet") == [Paragraph("-not a bullet")]


def test_blocks_escape_list_items_and_paragraphs():
    assert blocks("a & b\n\n- <x>") == [Paragraph("a &amp; b"), BulletList(("&lt;x&gt;",))]


def test_blocks_of_empty_text():
    assert blocks("") == []
    assert blocks("\n  \n") == []


@pytest.mark.parametrize("text, expected", [
    ("**bold** and *italic*", "bold and italic"),
    ("see [the site](https://a.org)", "see the site"),
    ("AT&T <b>", "AT&T <b>"),          # plain text is not markup: nothing escaped
    ("a * b", "a * b"),
])
def test_plain(text, expected):
    assert plain(text) == expected


@pytest.mark.parametrize("text, markup", [
    ("Rate it **0** to **10**.", "Rate it <b>0</b> to <b>10</b>."),
    ("**a** and **b**", "<b>a</b> and <b>b</b>"),
])
def test_single_character_bold_next_to_another_bold(text, markup):
    assert inline(text) == markup


def test_plain_removes_nested_markers():
    assert plain("**Try *this* now**") == "Try this now"
    assert plain("[**bold** link](https://a.org)") == "bold link"
