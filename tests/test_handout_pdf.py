"""Handouts rendered for real and read back: text, pages, paper, large print, metadata,
bookmarks, literal markup, reproducibility."""

from __future__ import annotations

import datetime
import re

import pypdf
import pytest
import yaml
from conftest import (
    A4,
    BUNDLED_CONFIG,
    LETTER,
    Project,
    bundled_handouts,
    bundled_project,
    collapse,
    font_sizes,
    outline_titles,
    page_texts,
    pdf_text,
    strip_markdown,
)

HANDOUTS = bundled_handouts()
IDS = sorted(HANDOUTS)
PRACTICE = yaml.safe_load(BUNDLED_CONFIG.read_text("utf-8"))["practice"]["name"]


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Project:
    """The bundled handouts built once: Letter + A4, and large print (Letter + A4)."""
    proj = bundled_project(tmp_path_factory.mktemp("library"))
    standard = proj.build("content/handouts", "--paper", "letter", "--paper", "a4")
    assert standard.exit_code == 0, standard.output
    large = proj.build("content/handouts", "--large-print", "--paper", "letter", "--paper", "a4")
    assert large.exit_code == 0, large.output
    proj.runs = (standard, large)  # type: ignore[attr-defined]
    return proj


def test_bundled_library_exists():
    # The tests below are parametrized over these; an empty list would make them vacuous.
    assert len(IDS) >= 2
    assert all(HANDOUTS[i]["kind"] == "handout" for i in IDS)


def test_build_reports_every_file(library):
    standard, large = library.runs
    for run in (standard, large):
        run.assert_clean_exit()
        assert re.search(r"built 4, skipped 0 unchanged, failed 0", run.stdout)
    names = sorted(p.name for p in library.output.glob("*.pdf"))
    assert names == sorted(f"{i}{s}.pdf" for i in IDS for s in ("", "-a4", "-large", "-a4-large"))


@pytest.mark.parametrize("doc_id", IDS)
def test_every_key_point_is_printed(library, doc_id):
    text = pdf_text(library.pdf(f"{doc_id}.pdf"))
    points = HANDOUTS[doc_id]["key_points"]
    assert points
    for point in points:
        assert collapse(strip_markdown(point)) in text


@pytest.mark.parametrize("doc_id", IDS)
def test_every_assignment_title_is_printed(library, doc_id):
    text = pdf_text(library.pdf(f"{doc_id}.pdf"))
    titles = [a["title"] for a in HANDOUTS[doc_id]["assignments"]]
    assert titles
    for title in titles:
        assert collapse(strip_markdown(title)) in text
    heading = HANDOUTS[doc_id].get("assignments_heading")
    if heading:
        assert heading in text


@pytest.mark.parametrize("doc_id", IDS)
def test_title_summary_and_section_headings_are_printed(library, doc_id):
    data = HANDOUTS[doc_id]
    text = pdf_text(library.pdf(f"{doc_id}.pdf"))
    assert data["title"] in text
    assert collapse(strip_markdown(data["summary"]))[:120] in text
    for section in data["sections"]:
        assert section["heading"] in text


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix", ["", "-large"])
def test_every_page_has_footer_with_title_and_page_n_of_m(library, doc_id, suffix):
    pages = page_texts(library.pdf(f"{doc_id}{suffix}.pdf"))
    total = len(pages)
    assert total >= 2  # otherwise "every page" proves little
    for number, text in enumerate(pages, start=1):
        flat = collapse(text)
        assert f"Page {number} of {total}" in flat
        assert HANDOUTS[doc_id]["title"] in flat
        assert PRACTICE in flat


@pytest.mark.parametrize("doc_id", IDS)
def test_letter_and_a4_page_sizes(library, doc_id):
    for name, (width, height) in ((f"{doc_id}.pdf", LETTER), (f"{doc_id}-a4.pdf", A4)):
        reader = pypdf.PdfReader(library.pdf(name))
        for page in reader.pages:
            box = page.mediabox
            assert float(box.width) == pytest.approx(width, abs=0.01)
            assert float(box.height) == pytest.approx(height, abs=0.01)


@pytest.mark.parametrize("doc_id", IDS)
def test_large_print_is_really_larger(library, doc_id):
    standard = library.pdf(f"{doc_id}.pdf")
    large = library.pdf(f"{doc_id}-large.pdf")
    assert len(pypdf.PdfReader(large).pages) > len(pypdf.PdfReader(standard).pages)
    standard_body = font_sizes(standard).most_common(1)[0][0]
    large_body = font_sizes(large).most_common(1)[0][0]
    assert standard_body < 16
    assert large_body >= 16
    # Every piece of text grows, not just the body.
    assert min(font_sizes(large)) > min(font_sizes(standard))
    # And nothing is lost on the way.
    assert pdf_text(large).count(HANDOUTS[doc_id]["key_points"][0][:30]) >= 1


@pytest.mark.parametrize("doc_id", IDS)
def test_large_print_a4_is_a4(library, doc_id):
    reader = pypdf.PdfReader(library.pdf(f"{doc_id}-a4-large.pdf"))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(A4[0], abs=0.01)
    assert font_sizes(library.pdf(f"{doc_id}-a4-large.pdf")).most_common(1)[0][0] >= 16


@pytest.mark.parametrize("doc_id", IDS)
def test_metadata(library, doc_id):
    data = HANDOUTS[doc_id]
    reader = pypdf.PdfReader(library.pdf(f"{doc_id}.pdf"))
    meta = reader.metadata
    assert meta["/Title"] == data["title"]
    assert meta["/Author"] == PRACTICE
    assert meta["/Subject"] == data["subtitle"]
    keywords = meta["/Keywords"]
    for keyword in data["keywords"]:
        assert keyword in keywords
    assert reader.trailer["/Root"].get("/Lang") == "en"
    # Viewers show the title, not the file name.
    prefs = reader.trailer["/Root"].get("/ViewerPreferences")
    assert prefs is not None and prefs.get_object().get("/DisplayDocTitle")


@pytest.mark.parametrize("doc_id", IDS)
def test_bookmarks_hold_title_sections_and_assignments(library, doc_id):
    data = HANDOUTS[doc_id]
    outline = outline_titles(library.pdf(f"{doc_id}.pdf"))
    assert outline[0] == (0, data["title"])
    titles = [title for _, title in outline]
    for section in data["sections"]:
        assert section["heading"] in titles
    for assignment in data["assignments"]:
        assert assignment["title"] in titles
    # Assignments nest below their heading.
    depth = {t: d for d, t in outline}
    assert depth[data["assignments"][0]["title"]] > depth[data["sections"][0]["heading"]]


def test_creation_date_is_fixed_not_now(library):
    meta = pypdf.PdfReader(library.pdf(f"{IDS[0]}.pdf")).metadata
    today = datetime.date.today().strftime("%Y%m%d")
    assert today not in str(meta.get("/CreationDate", ""))
    assert today not in str(meta.get("/ModDate", ""))


def test_two_builds_are_byte_identical(library):
    first = library.build("content/handouts", "--force", "--out", "again-1")
    second = library.build("content/handouts", "--force", "--out", "again-2")
    assert first.exit_code == second.exit_code == 0
    for doc_id in IDS:
        one = (library.root / "again-1" / f"{doc_id}.pdf").read_bytes()
        two = (library.root / "again-2" / f"{doc_id}.pdf").read_bytes()
        original = library.pdf(f"{doc_id}.pdf").read_bytes()
        assert one == two == original


def test_practice_placeholder_in_section_body_is_filled_in(library):
    # your-homework-between-sessions.yaml: "Ask your therapist at {{ practice.name }} ..."
    text = pdf_text(library.pdf("your-homework-between-sessions.pdf"))
    assert "{{" not in text and "}}" not in text
    assert f"Ask your therapist at {PRACTICE}" in text


# --- small documents, each in its own project ------------------------------------------

MARKUP_DOC = """\
kind: handout
title: "AT&T <b>bold</b> & a<b"
keywords: ["a<b", "x&y"]
summary: 'Look: <img src="x"> and <font size=40>big</font> and &amp; and &lt; done'
key_points:
  - "A & B <i>not italic</i> <br/>"
sections:
  - heading: "H1 & <u>u</u>"
    body: |
      **Real bold** and [a link](https://example.org/?a=1&b=2) and [bad](javascript:alert(1)).

      - first <para>
      - second & last
"""


@pytest.fixture(scope="module")
def markup_pdf(tmp_path_factory):
    proj = Project(tmp_path_factory.mktemp("markup"))
    proj.write("content/markup.yaml", MARKUP_DOC)
    run = proj.build()
    assert run.exit_code == 0, run.output
    run.assert_clean_exit()
    return proj.pdf("markup.pdf")


@pytest.mark.parametrize("literal", [
    "AT&T <b>bold</b> & a<b",
    '<img src="x">',
    "<font size=40>big</font>",
    "&amp; and &lt; done",
    "A & B <i>not italic</i> <br/>",
    "H1 & <u>u</u>",
    "first <para>",
    "second & last",
    "[bad](javascript:alert(1))",
])
def test_markup_and_ampersands_print_literally(markup_pdf, literal):
    assert literal in pdf_text(markup_pdf)


def test_markdown_is_applied_in_the_pdf(markup_pdf):
    text = pdf_text(markup_pdf)
    assert "Real bold and a link and" in text
    assert "**" not in text
    reader = pypdf.PdfReader(markup_pdf)
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages
            for a in page.get("/Annots", []) if "/A" in a.get_object()]
    assert uris == ["https://example.org/?a=1&b=2"]
    fonts = {str(f) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()
             for f in [f.get_object().get("/BaseFont")]}
    assert any("Bold" in f for f in fonts)


def test_markup_title_in_metadata_outline_and_footer(markup_pdf):
    reader = pypdf.PdfReader(markup_pdf)
    assert reader.metadata["/Title"] == "AT&T <b>bold</b> & a<b"
    assert outline_titles(markup_pdf)[0] == (0, "AT&T <b>bold</b> & a<b")
    last_page = collapse(page_texts(markup_pdf)[-1])
    assert last_page.count("AT&T <b>bold</b> & a<b") >= 2  # heading and footer
    assert "a<b" in reader.metadata["/Keywords"]


def test_without_config_author_is_actsheets_and_language_en(project):
    project.write("content/x.yaml", "kind: handout\ntitle: Plain\n")
    assert project.build().exit_code == 0
    reader = pypdf.PdfReader(project.pdf("x.pdf"))
    assert reader.metadata["/Author"] == "actsheets"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert float(reader.pages[0].mediabox.width) == pytest.approx(LETTER[0])


def test_document_language_and_config_language(project):
    project.config("language: fr\npaper: a4\n")
    project.write("content/x.yaml", "kind: handout\ntitle: Plain\n")
    project.write("content/y.yaml", "kind: handout\ntitle: Plain\nlanguage: en-GB\n")
    assert project.build().exit_code == 0
    # paper: a4 in the config is the default paper, and its file has the -a4 suffix.
    x = pypdf.PdfReader(project.pdf("x-a4.pdf"))
    y = pypdf.PdfReader(project.pdf("y-a4.pdf"))
    assert x.trailer["/Root"]["/Lang"] == "fr"
    assert y.trailer["/Root"]["/Lang"] == "en-GB"
    assert float(x.pages[0].mediabox.height) == pytest.approx(A4[1], abs=0.01)


def test_paper_option_is_case_insensitive_and_repeatable(project):
    project.write("content/x.yaml", "kind: handout\ntitle: Plain\n")
    run = project.build("--paper", "A4", "--paper", "letter", "--paper", "a4")
    assert run.exit_code == 0, run.output
    assert sorted(p.name for p in project.output.glob("*.pdf")) == ["x-a4.pdf", "x.pdf"]


def test_config_paper_list_builds_both_sizes(project):
    project.config("paper: [letter, a4]\n")
    project.write("content/x.yaml", "kind: handout\ntitle: Plain\n")
    run = project.build()
    assert run.exit_code == 0, run.output
    assert sorted(p.name for p in project.output.glob("*.pdf")) == ["x-a4.pdf", "x.pdf"]
    # The command line still wins over the config.
    run = project.build("--paper", "a4", "--out", "only-a4")
    assert sorted(p.name for p in (project.root / "only-a4").glob("*.pdf")) == ["x-a4.pdf"]


def test_placeholder_values_are_not_rendered_again(project):
    project.config('practice:\n  name: "{{ 7*7 }} & <b>Co</b>"\n  contact: "{% raw %}"\n')
    project.write("content/x.yaml",
                  'kind: handout\ntitle: Plain\nsummary: "Welcome to {{ practice.name }}."\n')
    run = project.build()
    assert run.exit_code == 0, run.output
    text = pdf_text(project.pdf("x.pdf"))
    assert "Welcome to {{ 7*7 }} & <b>Co</b>." in text
    assert "49" not in text
    assert "{% raw %}" in text  # the contact line in the footer, printed as written
    assert pypdf.PdfReader(project.pdf("x.pdf")).metadata["/Author"] == "{{ 7*7 }} & <b>Co</b>"


def test_placeholders_are_filled_in_everywhere(project):
    project.config("practice:\n  name: Hilltop Clinic\n")
    project.write("content/x.yaml", """\
kind: handout
title: "{{ practice.name }} Guide"
subtitle: "From {{ practice.name }}"
key_points: ["Ask {{ practice.name }} first"]
sections:
  - heading: "About {{ practice.name }}"
    body: "Visit {{ practice.name }} any weekday."
assignments:
  - title: "Call {{ practice.name }}"
    body: "Phone {{ practice.name }} once."
references: ["Notes by {{ practice.name }}"]
""")
    run = project.build()
    assert run.exit_code == 0, run.output
    pdf = project.pdf("x.pdf")
    text = pdf_text(pdf)
    assert "{{" not in text and "}}" not in text
    for expected in ["Hilltop Clinic Guide", "From Hilltop Clinic", "Ask Hilltop Clinic first",
                     "About Hilltop Clinic", "Visit Hilltop Clinic any weekday.",
                     "Call Hilltop Clinic", "Phone Hilltop Clinic once.",
                     "Notes by Hilltop Clinic"]:
        assert expected in text
    meta = pypdf.PdfReader(pdf).metadata
    assert meta["/Title"] == "Hilltop Clinic Guide"
    assert meta["/Subject"] == "From Hilltop Clinic"
    titles = [t for _, t in outline_titles(pdf)]
    assert titles[0] == "Hilltop Clinic Guide"
    assert "About Hilltop Clinic" in titles and "Call Hilltop Clinic" in titles


def test_document_title_variable_is_the_filled_in_title(project):
    project.config("practice:\n  name: Hilltop\n")
    project.write("content/x.yaml", 'kind: handout\ntitle: "{{ practice.name }} Guide"\n'
                  'summary: "This is {{ document.title }}."\n')
    assert project.build().exit_code == 0
    assert "This is Hilltop Guide." in pdf_text(project.pdf("x.pdf"))


def test_document_variables_are_available(project):
    project.write("content/notes.yaml", "kind: handout\ntitle: My Notes\n"
                  "summary: 'This is {{ document.title }} ({{ document.id }}, "
                  "{{ document.kind }}).'\n")
    assert project.build().exit_code == 0
    assert "This is My Notes (notes, handout)." in pdf_text(project.pdf("notes.pdf"))


def test_long_key_point_list_in_large_print_builds(project):
    points = [f"Point {i}: notice one small thing you value today and take a tiny step "
              "toward it." for i in range(14)]
    project.write("content/many.yaml",
                  yaml.safe_dump({"kind": "handout", "title": "Many", "key_points": points}))
    run = project.build("--large-print")
    run.assert_clean_exit()
    assert run.exit_code == 0, run.output
    text = pdf_text(project.pdf("many-large.pdf"))
    for point in points:
        assert point in text
