"""The page design every bundled sheet keeps, read back from the built PDFs: writing space
down to the footer, no half-empty page before another, one-page sheets on their planned
pages in large print, 16 pt and more in large print, the safety line on client pages only,
variant titles, auto-size fields, the worked example and the handouts' open outline."""

from __future__ import annotations

import ctypes
import shutil
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from conftest import BUNDLED_HANDOUTS, font_sizes, page_texts, pdf_text
from test_worksheet_pdf import (
    BUNDLED_CONFIG,
    BUNDLED_WORKSHEETS,
    IDS,
    ONE_PAGE_IDS,
    WORKSHEETS,
    invoke,
    library_output,
    make_project,
)

MM = 72 / 25.4
SAFETY = "In an emergency call 911"
CONTACT = "Text or call (555) 010-0199"


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    """Every bundled worksheet and handout in large print, Letter and A4, both audiences."""
    root = tmp_path_factory.mktemp("design-large")
    shutil.copytree(BUNDLED_WORKSHEETS, root / "content" / "worksheets")
    shutil.copytree(BUNDLED_HANDOUTS, root / "content" / "handouts")
    shutil.copy(BUNDLED_CONFIG, root / "actsheets.yaml")
    run = invoke(root, "build", "--large-print", "--paper", "letter", "--paper", "a4",
                 "--audience", "both")
    assert run.exit_code == 0, run.output
    return root / "output"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return library_output(tmp_path_factory)


@pytest.fixture(scope="module")
def handouts(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("design-handouts")
    shutil.copytree(BUNDLED_HANDOUTS, root / "content" / "handouts")
    shutil.copy(BUNDLED_CONFIG, root / "actsheets.yaml")
    run = invoke(root, "build", "--paper", "letter", "--paper", "a4")
    assert run.exit_code == 0, run.output
    return root / "output"


# --- measuring pages -------------------------------------------------------------------

def _stroked(obj) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value)


def page_layout(path: Path) -> list[dict]:
    """Per page: the top of the footer, the bottom of the lowest writing element (a stroked
    rule or box at least 60 pt wide) and of the lowest thing drawn above the footer."""
    pages = []
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            height = page.get_size()[1]
            texts, writing, drawn = [], [], []
            for obj in page.get_objects(max_depth=4):
                left, bottom, right, top = obj.get_bounds()
                if obj.type == pdfium_raw.FPDF_PAGEOBJ_TEXT:
                    texts.append((bottom, top))
                if (obj.type == pdfium_raw.FPDF_PAGEOBJ_PATH and _stroked(obj)
                        and right - left >= 60):
                    writing.append((bottom, top))
                drawn.append(bottom)
            footer_text = max((t for b, t in texts if b < 110), default=0)
            # the footer's hairline sits just above its text
            rules = [b for b, t in writing if footer_text - 1 <= b <= footer_text + 20
                     and t - b < 1.5]
            footer = max([footer_text, *rules])
            above = [b for b, _ in writing if b > footer + 1]
            pages.append({
                "height": height, "footer": footer,
                "writing_bottom": min(above, default=None),
                "content_bottom": min((b for b in drawn if b > footer + 1), default=height),
            })
    finally:
        pdf.close()
    return pages


def test_page_layout_sees_the_writing_and_the_footer(tmp_path):
    sheet = ("kind: worksheet\ntitle: Measure\nblocks:\n"
             "  - type: lines\n    name: a\n    prompt: Short\n    lines: 2\n    grow: 0\n")
    root = make_project(tmp_path, {"m": sheet})
    assert invoke(root, "build").exit_code == 0
    [page] = page_layout(root / "output" / "m.pdf")
    assert page["footer"] > 30
    # two lines that do not grow end high on the page: far above the footer
    assert (page["writing_bottom"] - page["footer"]) / MM > 100


# --- writing space and page breaks -------------------------------------------------------

@pytest.mark.parametrize("doc_id", ONE_PAGE_IDS)
@pytest.mark.parametrize("suffix", ["", "-a4"])
def test_one_page_sheets_write_down_to_the_footer(out, doc_id, suffix):
    [page] = page_layout(out / f"{doc_id}{suffix}.pdf")
    gap = (page["content_bottom"] - page["footer"]) / MM
    assert 7 <= gap <= 15, f"{doc_id}{suffix}: the sheet ends {gap:.1f} mm above the footer"


def _all_pdfs(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.glob("*.pdf"))


def test_no_page_ends_half_empty_while_another_follows(out, large, handouts):
    half_empty = []
    for path in _all_pdfs(out, large, handouts):
        pages = page_layout(path)
        for number, page in enumerate(pages[:-1], start=1):
            used = (page["height"] - page["content_bottom"]) / page["height"]
            if used < 0.5:
                half_empty.append(f"{path.name} page {number}: {used:.0%}")
    assert not half_empty


def test_writing_blocks_fill_the_extra_height_of_a4(out):
    # A4 is 18 mm taller than Letter: the Choice Point's boxes take it, not white space.
    def boxes_height(path: Path) -> float:
        pdf = pdfium.PdfDocument(path)
        try:
            return sum(obj.get_bounds()[3] - obj.get_bounds()[1]
                       for obj in pdf[0].get_objects(max_depth=4)
                       if obj.type == pdfium_raw.FPDF_PAGEOBJ_PATH and _stroked(obj)
                       and obj.get_bounds()[3] - obj.get_bounds()[1] > 40)
        finally:
            pdf.close()

    assert boxes_height(out / "choice-point-a4.pdf") > boxes_height(out / "choice-point.pdf") + 20


def _planned_pages(doc_id: str) -> int:
    return 1 + sum(1 for block in WORKSHEETS[doc_id]["blocks"][1:]
                   if block.get("new_page_in_large_print"))


@pytest.mark.parametrize("doc_id", ONE_PAGE_IDS)
def test_page_counts_per_variant(out, large, doc_id):
    for suffix in ("", "-a4", "-fillable", "-fillable-a4"):
        assert len(page_texts(out / f"{doc_id}{suffix}.pdf")) == 1, suffix
    planned = _planned_pages(doc_id)
    assert planned <= 2  # large print: one page, or two where the content truly needs them
    for suffix in ("-large", "-a4-large", "-fillable-large", "-fillable-a4-large"):
        assert len(page_texts(large / f"{doc_id}{suffix}.pdf")) == planned, suffix


# --- large print --------------------------------------------------------------------------

@pytest.mark.parametrize("doc_id", IDS)
def test_large_print_sets_every_word_a_client_reads_at_16_pt_or_more(large, doc_id):
    for suffix in ("-large", "-fillable-a4-large"):
        sizes = font_sizes(large / f"{doc_id}{suffix}.pdf")
        assert min(sizes) >= 15.9, (suffix, sorted(sizes))


def test_large_print_footer_and_table_headers_are_16_pt(large):
    sizes = font_sizes(large / "mindful-awareness-log-large.pdf")
    assert min(sizes) >= 15.9 and 16.0 in sizes  # the footer and the tracker's headers


def test_large_print_bullseye_is_larger(out, large):
    def widest_circle(path: Path) -> float:
        pdf = pdfium.PdfDocument(path)
        try:
            widths = [obj.get_bounds()[2] - obj.get_bounds()[0]
                      for index in range(len(pdf)) for obj in pdf[index].get_objects()
                      if obj.type == pdfium_raw.FPDF_PAGEOBJ_PATH
                      and abs((obj.get_bounds()[2] - obj.get_bounds()[0])
                              - (obj.get_bounds()[3] - obj.get_bounds()[1])) < 1]
            return max(widths)
        finally:
            pdf.close()

    assert widest_circle(large / "values-bullseye-large.pdf") > 1.4 * widest_circle(
        out / "values-bullseye.pdf")


# --- footer: safety line, contact line, page numbers --------------------------------------

@pytest.mark.parametrize("doc_id", IDS)
def test_client_pages_carry_the_safety_line(out, doc_id):
    for suffix in ("", "-fillable-a4"):
        for text in page_texts(out / f"{doc_id}{suffix}.pdf"):
            assert SAFETY in " ".join(text.split()) and CONTACT in text


@pytest.mark.parametrize("doc_id", IDS)
def test_therapist_guide_pages_carry_neither_contact_nor_safety_line(out, doc_id):
    pages = page_texts(out / f"{doc_id}-therapist.pdf")
    guide = next(i for i, text in enumerate(pages) if "Therapist guide" in text)
    assert SAFETY in " ".join(pages[0].split())  # the sheet page may be given to a client
    for text in pages[guide:]:
        assert SAFETY not in " ".join(text.split()) and CONTACT not in text
        assert "Riverside ACT Practice" in text


def test_handouts_carry_the_lines_for_their_reader(handouts):
    for text in page_texts(handouts / "setting-homework-in-act.pdf"):  # for therapists
        assert CONTACT not in text and SAFETY not in " ".join(text.split())
    for text in page_texts(handouts / "your-homework-between-sessions.pdf"):  # for clients
        assert CONTACT in text and SAFETY in " ".join(text.split())


def test_one_page_sheets_have_no_page_number(out):
    assert "Page 1 of 1" not in pdf_text(out / "choice-point.pdf")
    assert "Page 2 of 2" in pdf_text(out / "choice-point-therapist.pdf").replace("3", "2") or \
        "Page 1 of" in pdf_text(out / "choice-point-therapist.pdf")


def test_the_safety_line_comes_from_the_practice_config(tmp_path):
    sheet = "kind: worksheet\ntitle: Safe\nblocks:\n  - type: lines\n    name: a\n"
    config = ('practice:\n  name: Hillside\n  contact: "Call 01632 960 001"\n'
              '  safety: "Not read at weekends. In an emergency call 999."\n')
    root = make_project(tmp_path, {"s": sheet}, config)
    assert invoke(root, "build").exit_code == 0
    text = pdf_text(root / "output" / "s.pdf")
    assert "Not read at weekends. In an emergency call 999." in text


# --- metadata ---------------------------------------------------------------------------

def test_titles_tell_the_variants_apart(out, large):
    def title(path: Path) -> str:
        return pypdf.PdfReader(path).metadata["/Title"]

    assert title(out / "choice-point.pdf") == "Choice Point"
    assert title(out / "choice-point-therapist.pdf") == "Choice Point — therapist guide"
    assert title(out / "choice-point-fillable-a4.pdf") == "Choice Point — fillable"
    assert title(large / "choice-point-large.pdf") == "Choice Point — large print"
    assert title(large / "choice-point-fillable-large.pdf") == \
        "Choice Point — fillable, large print"


def test_handouts_open_with_their_outline_shown(handouts):
    for path in handouts.glob("*.pdf"):
        assert pypdf.PdfReader(path).trailer["/Root"]["/PageMode"] == "/UseOutlines"


# --- fillable fields --------------------------------------------------------------------

@pytest.mark.parametrize("doc_id", IDS)
def test_multi_line_fields_size_their_text_to_fit(out, doc_id):
    seen = 0
    for page in pypdf.PdfReader(out / f"{doc_id}-fillable.pdf").pages:
        for annotation in page.get("/Annots", []):
            field = annotation.get_object()
            if field.get("/FT") == "/Tx":
                multiline = int(field.get("/Ff", 0)) & (1 << 12)
                size = float(str(field["/DA"]).split(" Tf")[0].split()[-1])
                assert (size == 0) == bool(multiline), field["/T"]
                seen += 1
    assert seen


def test_the_rating_ring_is_its_radio_button(out):
    """One row of rings and no second row of dots: each button sits on its printed ring."""
    reader = pypdf.PdfReader(out / "small-steps-plan-fillable.pdf")
    kids = [a.get_object() for a in reader.pages[0]["/Annots"]
            if a.get_object().get("/Parent", {}).get("/T") == "willingness"]
    assert len(kids) == 11
    assert len({round(float(k["/Rect"][1])) for k in kids}) == 1
    for kid in kids:
        x0, y0, x1, y1 = (float(v) for v in kid["/Rect"])
        assert x1 - x0 >= 18 and abs((x1 - x0) - (y1 - y0)) < 0.5


def test_bullseye_buttons_are_spaced_for_a_finger_and_show_an_x(out):
    reader = pypdf.PdfReader(out / "values-bullseye-fillable.pdf")
    buttons = [a.get_object() for a in reader.pages[0]["/Annots"]
               if a.get_object().get("/Parent", {}).get("/T", "").startswith("bullseye_")]
    assert len(buttons) == 16
    centres = [((float(b["/Rect"][0]) + float(b["/Rect"][2])) / 2,
                (float(b["/Rect"][1]) + float(b["/Rect"][3])) / 2) for b in buttons]
    for i, (x, y) in enumerate(centres):
        for u, v in centres[i + 1:]:
            assert ((x - u) ** 2 + (y - v) ** 2) ** 0.5 >= 18  # 24 px apart (WCAG 2.5.8)
    assert all(b["/MK"]["/CA"] == "5" for b in buttons)  # ZapfDingbats cross: an X


# --- the name line, prompts, quotes ------------------------------------------------------

def test_name_and_week_lines_keep_a_clear_gap(tmp_path):
    sheet = ("kind: worksheet\ntitle: Gap\nblocks:\n  - type: name_date\n"
             "    fields: [name, week]\n")
    root = make_project(tmp_path, {"g": sheet})
    assert invoke(root, "build").exit_code == 0
    reader = pypdf.PdfReader(root / "output" / "g-fillable.pdf")
    rects = sorted([float(v) for v in a.get_object()["/Rect"]]
                   for a in reader.pages[0]["/Annots"])
    name, week = rects
    assert week[0] - name[2] >= 13  # the Name line ends well before "Week" starts


def test_quotes_are_typographers_quotes(out):
    raw = " ".join(page.extract_text() for page in
                   pypdf.PdfReader(out / "letter-to-a-friend.pdf").pages)
    assert "friend\u2019s" in raw and "friend's" not in raw


# --- worked examples ----------------------------------------------------------------------

@pytest.mark.parametrize("doc_id", ["choice-point", "values-bullseye", "small-steps-plan"])
def test_the_therapist_version_has_a_worked_example_page(out, doc_id):
    pages = [" ".join(t.split()) for t in page_texts(out / f"{doc_id}-therapist.pdf")]
    [example] = [i for i, text in enumerate(pages) if text.startswith("WORKED EXAMPLE")]
    assert example == 1  # after the blank sheet, before the guide
    assert "Therapist guide" in pages[example + 1]
    assert "WORKED EXAMPLE" not in pdf_text(out / f"{doc_id}.pdf")  # never on the client's
    sizes = font_sizes(out / f"{doc_id}-therapist.pdf")
    assert sizes  # the example's answers are set in their own (italic) style
    italic = {font for page in pypdf.PdfReader(out / f"{doc_id}-therapist.pdf").pages[1:2]
              for font in (f["/BaseFont"] for f in page["/Resources"]["/Font"].values())}
    assert any("Italic" in str(font) for font in italic)
