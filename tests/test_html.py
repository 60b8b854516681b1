"""The HTML twins and the catalog, without a browser: what is written, that it is the same
text as the PDF, escaped, reproducible, cached, and that unknown kinds fail clearly."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from conftest import page_texts
from html_support import ALL_BLOCKS_SHEET, html_words, library_project, words

# Plans and courses have no web page yet (they are built as PDF only).
ALL_IDS = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "content").rglob("*.yaml")
                 if p.parent.name not in ("plans", "courses"))
ALL_IDS = sorted([*ALL_IDS, "all-blocks"])


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    project = library_project(tmp_path_factory.mktemp("html") / "lib")
    run = project.build()
    assert run.exit_code == 0, run.output
    return project


def _hrefs(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="([^"#]+)"', html)


def test_every_document_has_an_html_twin(library):
    twins = sorted(p.stem for p in library.output.glob("*.html") if p.name != "index.html")
    assert [t for t in twins if not t.endswith("-therapist")] == ALL_IDS
    assert "all-blocks-therapist" in twins  # a sheet with a guide has a therapist page
    page = (library.output / "all-blocks.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert page.count("<h1>") == 1
    assert "therapist-guide" not in page and "Start small." not in page
    assert "Start small." in (library.output / "all-blocks-therapist.html").read_text("utf-8")


PAGE_DESIGN_GAP = pytest.mark.xfail(
    reason="the HTML twin does not yet follow the new page design (worked-example pages, "
           "structured therapist guides, footer notes, new sheets): issue 15 is still open",
    strict=False)


@PAGE_DESIGN_GAP
def test_the_catalog_links_every_file_written_and_nothing_else(library):
    out = library.output
    catalog = (out / "index.html").read_text("utf-8")
    linked = set(_hrefs(catalog))
    written = {p.name for p in out.iterdir() if p.suffix in (".pdf", ".html")} - {"index.html"}
    assert {h for h in linked if not h.startswith("thumbnails/")} == written
    assert all((out / h).is_file() for h in linked)
    thumbnails = {h for h in linked if h.startswith("thumbnails/")}
    assert len(thumbnails) == len(ALL_IDS)  # one first page per document
    assert all((out / t).read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for t in thumbnails)
    assert catalog.count("<li class=\"card\"") == len(ALL_IDS)
    cards = catalog.split("<ul class=\"cards\">")[1].split("<script>")[0]
    assert " hidden" not in cards  # every card is shown without the script
    card = catalog.split('data-kind="worksheet"')[0]
    assert "Handout" in card and "For therapists" in card


def test_catalog_facts_kind_audience_process_language(library):
    catalog = (library.output / "index.html").read_text("utf-8")
    card = catalog[catalog.index("Values Bull's-Eye</a>"):]
    card = card[:card.index("</li>\n<li class")]
    assert "<dd>Worksheet</dd>" in card and "<dd>For you</dd>" in card
    assert "<dd>Values</dd>" in card and "<dd>en</dd>" in card
    for option in ("Handout", "Worksheet", "For therapists", "For you", "Values", "Defusion"):
        assert f">{option}</option>" in catalog


def _pdf_words(path: Path) -> list[str]:
    kept = []
    for text in page_texts(path):
        lines = text.splitlines()
        footer = max(i for i, line in enumerate(lines) if re.fullmatch(r"Page \d+ of \d+", line))
        kept += lines[:footer]
    return words(" ".join(kept))


@PAGE_DESIGN_GAP
@pytest.mark.parametrize("name", [*ALL_IDS, "all-blocks-therapist", "mindful-awareness-log-therapist"])
def test_html_and_pdf_say_the_same_words_in_the_same_order(library, name):
    html = (library.output / f"{name}.html").read_text("utf-8")
    assert html_words(html) == _pdf_words(library.output / f"{name}.pdf")


@PAGE_DESIGN_GAP
def test_the_words_check_can_fail(library):
    html = (library.output / "choice-point.html").read_text("utf-8")
    changed = html.replace("Away moves", "Away steps")
    assert html_words(changed) != _pdf_words(library.output / "choice-point.pdf")


def test_text_never_becomes_markup(library):
    page = (library.output / "all-blocks.html").read_text("utf-8")
    assert "<script" not in page and "<b>Sheet</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Every Block &lt;b&gt;Sheet&lt;/b&gt; &amp; more" in page
    assert "<strong>each</strong>" in page and "<em>eleven</em>" in page
    catalog = (library.output / "index.html").read_text("utf-8")
    assert catalog.count("<script") == 1  # our filter script, allowed by its hash only
    assert "Every Block &lt;b&gt;Sheet&lt;/b&gt;" in catalog


def test_pages_allow_no_requests(library):
    for name in ("all-blocks.html", "setting-homework-in-act.html", "index.html"):
        page = (library.output / name).read_text("utf-8")
        policy = unescape(re.search(r'Content-Security-Policy" content="([^"]+)"', page)[1])
        assert policy.startswith("default-src 'none';") and "connect-src" not in policy
        assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
        assert "url(http" not in page and "@import" not in page


def test_forms_are_labelled(library):
    page = (library.output / "all-blocks.html").read_text("utf-8")
    ids = re.findall(r'<(?:input|textarea)[^>]* id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) > 40
    for element in re.findall(r"<(?:input|textarea)[^>]*>", page):
        element_id = re.search(r'id="([^"]+)"', element)[1]
        assert ("aria-label" in element or f'for="{element_id}"' in page), element
    assert page.count("<fieldset") == 1 + 1 + 4  # checklist, rating, one per quarter
    assert '<th scope="col">What I noticed</th>' in page and '<th scope="row">Monday</th>' in page
    assert 'aria-label="Monday: What I noticed"' in page
    assert page.count('role="img"') == 2 and page.count("<title id=") == 2
    assert 'name="log_1_minutes"' in page and 'name="eye_work_education"' in page


def test_html_is_reproducible_and_cached(library):
    out = library.output
    before = {p.name: p.read_bytes() for p in [*out.glob("*.html"), *out.glob("thumbnails/*")]}
    again = library.build("-v")
    assert again.exit_code == 0 and "built 0," in again.output
    assert "skipped output/index.html" in again.output
    forced = library.build("--force")
    assert forced.exit_code == 0, forced.output
    after = {p.name: p.read_bytes() for p in [*out.glob("*.html"), *out.glob("thumbnails/*")]}
    assert after == before


def test_an_html_template_override_rebuilds_only_html(tmp_path):
    project = library_project(tmp_path / "p")
    project.write("content/worksheets/all-blocks.yaml", ALL_BLOCKS_SHEET)
    assert project.build("content/worksheets/all-blocks.yaml").exit_code == 0
    project.write("templates/html/blocks/heading.html.j2",
                  '<h2 class="mine">{{ block.text|inline }}</h2>\n')
    run = project.build("content/worksheets/all-blocks.yaml")
    built = [line.split()[-1] for line in run.output.splitlines() if line.startswith("  built ")]
    assert sorted(Path(b).name for b in built) == ["all-blocks-therapist.html", "all-blocks.html",
                                                   "index.html"]
    assert '<h2 class="mine">Part one</h2>' in (project.output / "all-blocks.html").read_text()


def test_format_option_and_config(project):
    project.write("content/a.yaml", "kind: handout\ntitle: A\nsummary: Hello.\n")
    run = project.build("--format", "html")
    assert run.exit_code == 0, run.output
    assert sorted(p.name for p in project.output.iterdir() if not p.name.startswith(".")) == [
        "a.html", "index.html"]
    assert "No picture" in (project.output / "index.html").read_text()  # no PDF built yet
    project.config("formats: [pdf, html]\n")
    assert project.build().exit_code == 0
    assert (project.output / "a.pdf").is_file() and (project.output / "thumbnails/a.png").is_file()
    assert 'src="thumbnails/a.png"' in (project.output / "index.html").read_text()


def test_a_kind_without_html_is_built_as_pdf_only(project, monkeypatch):
    from actsheets.render.html.kinds import HTML_KINDS

    monkeypatch.delitem(HTML_KINDS, "handout")
    project.write("content/a.yaml", "kind: handout\ntitle: A\n")
    run = project.build("--format", "html", "--format", "pdf", "-j", "1")
    run.assert_clean_exit()
    assert run.exit_code == 0, run.output
    assert (project.output / "a.pdf").is_file()
    assert not (project.output / "a.html").exists()


def test_a_block_without_html_fails_clearly(project, monkeypatch):
    from actsheets.render.html.blocks import RENDERERS

    monkeypatch.delitem(RENDERERS, "rating")
    project.write("content/s.yaml", "kind: worksheet\ntitle: S\nblocks:\n  - type: lines\n"
                                    "  - type: rating\n")
    run = project.build("--format", "html", "-j", "1")
    run.assert_clean_exit()
    [problem] = run.problems
    assert (problem["line"], problem["col"]) == ("5", "11")
    assert "'rating' have no web page (HTML) form yet" in problem["message"]


def test_a_broken_template_override_is_reported_where_it_is(project):
    project.write("content/a.yaml", "kind: handout\ntitle: A\n")
    project.write("templates/html/kinds/handout.html.j2", "<h1>{{ doc.title|inline }}</h1>\n"
                                                           "{% if doc.summary %}\n")
    run = project.build("--format", "html")
    run.assert_clean_exit()
    assert run.exit_code == 1
    problem = run.problems[0]
    assert problem["file"].endswith("templates/html/kinds/handout.html.j2")
    assert "web page (HTML) template cannot be used" in problem["message"]
