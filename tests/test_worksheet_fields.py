"""The fillable worksheets' AcroForm: the fields each block makes, their names and kinds,
tab order, printing, and that typed-in values show when the sheet is rendered.

Rendering uses pypdfium2 (PDFium, the engine in Chrome's PDF viewer): with `init_forms()`
called before a page is loaded, PDFium draws form fields, and because the sheets set
/NeedAppearances it builds the appearance of a typed value itself. `FPDFPage_Flatten` then
merges the fields into the page so the typed words can be read back as page text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf.generic import NameObject, TextStringObject
from test_worksheet_pdf import (
    A4,
    ANNOT_HIDDEN,
    ANNOT_NOVIEW,
    ANNOT_PRINT,
    FF_MULTILINE,
    FF_NO_TOGGLE_OFF,
    FF_PUSHBUTTON,
    FF_RADIO,
    IDS,
    LETTER,
    WORKSHEETS,
    collapse,
    library_output,
    widget_annotations,
)

FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
FILLABLE = [("-fillable", LETTER), ("-fillable-a4", A4)]


@pytest.fixture(scope="session")
def ws_out(tmp_path_factory) -> Path:
    return library_output(tmp_path_factory)


# --- what the YAML asks for ---------------------------------------------------------------

@dataclass(frozen=True)
class Expected:
    kind: str            # text | multiline | checkbox | radio
    name: str | None     # the exact field name, when the content fixes it
    prefix: str = ""     # otherwise: what the name starts with
    kids: int = 1        # radio buttons in a group


def _rows(block: dict) -> int:
    rows = block.get("rows", "days")
    if rows == "days":
        return 7
    return rows if isinstance(rows, int) else len(rows)


def expected_fields(data: dict) -> list[Expected]:
    """The fields a worksheet's blocks should make, read from its YAML."""
    found: list[Expected] = []
    for block in data["blocks"]:
        kind, name = block["type"], block.get("name")
        if kind in ("heading", "text"):
            continue
        if kind == "name_date":
            found += [Expected("text", f) for f in block.get("fields", ["name", "date"])]
            continue
        assert name, f"bundled {kind} blocks are named, so their field names are known: {block}"
        if kind == "lines":
            found.append(Expected("multiline" if block.get("lines", 4) > 1 else "text", name))
        elif kind == "box":
            found.append(Expected("multiline", name))
        elif kind == "checklist":
            found += [Expected("checkbox", f"{name}_{n}")
                      for n in range(1, len(block["items"]) + 1)]
        elif kind == "tracker":
            for row in range(1, _rows(block) + 1):
                found += [Expected("checkbox" if c.get("tick") else "multiline", None,
                                   f"{name}_{row}_")
                          for c in block["columns"]]
        elif kind == "rating":
            points = block.get("high", 10) - block.get("low", 0) + 1
            found.append(Expected("radio", name, kids=points))
        elif kind == "letter":
            found += [Expected("text", f"{name}_to"), Expected("multiline", f"{name}_body"),
                      Expected("text", f"{name}_from")]
        elif kind == "choice_point":
            found += [Expected("multiline", f"{name}_{part}")
                      for part in ("situation", "hooks", "values", "away", "towards")]
        elif kind == "cards":
            found += [Expected("text", None, f"{name}_{copy}_")
                      for copy in range(1, block.get("copies", 2) + 1) for _ in block["lines"]]
        elif kind == "bullseye":
            found += [Expected("radio", None, f"{name}_", kids=block.get("rings", 4))] * 4
        else:
            raise AssertionError(f"a block type this test does not know: {kind}")
    return found


# --- what the PDF has -------------------------------------------------------------------

def field_kind(field) -> str:
    ft, flags = field.get("/FT"), int(field.get("/Ff", 0))
    if ft == "/Tx":
        return "multiline" if flags & FF_MULTILINE else "text"
    if ft == "/Btn":
        assert not flags & FF_PUSHBUTTON
        return "radio" if flags & FF_RADIO else "checkbox"
    raise AssertionError(f"unexpected field type {ft}")


def actual_fields(path: Path) -> dict[str, tuple[str, int]]:
    """Top-level field name -> (kind, number of widgets)."""
    reader = pypdf.PdfReader(path)
    fields = reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    found: dict[str, tuple[str, int]] = {}
    for ref in fields:
        field = ref.get_object()
        name = str(field["/T"])
        assert name not in found, f"field {name!r} appears twice in /Fields"
        kids = field.get("/Kids")
        found[name] = (field_kind(field), len(kids) if kids else 1)
    return found


def compare(expected: list[Expected], actual: dict[str, tuple[str, int]]) -> bool:
    """Asserts that `actual` holds exactly the expected fields; True when it does."""
    remaining = dict(actual)
    for want in (e for e in expected if e.name is not None):
        assert want.name in remaining, f"no field named {want.name!r}; have {sorted(actual)}"
        assert remaining.pop(want.name) == (want.kind, want.kids), want
    by_prefix: dict[str, Counter] = {}
    for want in (e for e in expected if e.name is None):
        by_prefix.setdefault(want.prefix, Counter())[(want.kind, want.kids)] += 1
    for prefix in sorted(by_prefix, key=len, reverse=True):
        mine = [n for n in remaining if n.startswith(prefix)]
        assert Counter(remaining[n] for n in mine) == by_prefix[prefix], (prefix, mine)
        for n in mine:
            del remaining[n]
    assert not remaining, f"fields no block asked for: {sorted(remaining)}"
    return True


# --- the fields -------------------------------------------------------------------------

def test_expected_fields_reads_the_yaml():
    # a hand-checked example, so that a mistake in expected_fields cannot hide
    want = expected_fields(WORKSHEETS["small-steps-plan"])
    kinds = Counter(e.kind for e in want)
    # name, date; value, goal and first step (one line each); two trackers; the rating
    assert kinds == {"text": 2 + 3, "multiline": 3 * 2 + 2 * 2, "checkbox": 3, "radio": 1}
    assert Expected("radio", "willingness", kids=11) in want


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix,size", FILLABLE)
def test_fillable_fields_match_the_blocks(ws_out, doc_id, suffix, size):
    assert compare(expected_fields(WORKSHEETS[doc_id]),
                   actual_fields(ws_out / f"{doc_id}{suffix}.pdf"))


@pytest.mark.parametrize("doc_id", IDS)
def test_field_counts_by_kind(ws_out, doc_id):
    want = Counter(e.kind for e in expected_fields(WORKSHEETS[doc_id]))
    have = Counter(kind for kind, _ in actual_fields(ws_out / f"{doc_id}-fillable.pdf").values())
    assert have == want


def test_readme_example_field_name(ws_out):
    # README: "Field names are `<block name>_<part>` (for example `week_log_3_minutes`)"
    fields = actual_fields(ws_out / "mindful-awareness-log-fillable.pdf")
    assert fields["week_log_3_minutes"] == ("multiline", 1)
    assert fields["week_log_7_what_i_noticed"] == ("multiline", 1)
    assert "week_log_8_minutes" not in fields


@pytest.mark.parametrize("doc_id", IDS)
def test_field_names_are_unique_plain_and_identical_on_both_papers(ws_out, doc_id):
    letter = pypdf.PdfReader(ws_out / f"{doc_id}-fillable.pdf").get_fields()
    a4 = pypdf.PdfReader(ws_out / f"{doc_id}-fillable-a4.pdf").get_fields()
    assert letter and sorted(letter) == sorted(a4)
    for name in letter:
        assert "." not in name  # no hierarchy: pypdf would qualify kids' names with dots
        assert FIELD_NAME.match(name), name
    titles = [w["name"] for page in widget_annotations(ws_out / f"{doc_id}-fillable.pdf")
              for w in page if not w["kid"]]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("doc_id", IDS)
def test_radio_groups_have_one_choice_and_distinct_values(ws_out, doc_id):
    reader = pypdf.PdfReader(ws_out / f"{doc_id}-fillable.pdf")
    for ref in reader.trailer["/Root"]["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/FT") != "/Btn":
            continue
        flags = int(field.get("/Ff", 0))
        states = []
        for kid in field.get("/Kids") or [field]:
            kid = kid.get_object()
            assert kid.get("/AS") in (None, "/Off")  # nothing is ticked in a blank sheet
            states += [s for s in kid["/AP"]["/N"] if s != "/Off"]
        if flags & FF_RADIO:
            assert flags & FF_NO_TOGGLE_OFF
            assert len(field["/Kids"]) >= 2
            assert len(states) == len(set(states)) == len(field["/Kids"])
        else:
            assert "/Kids" not in field and len(states) == 1


def test_rating_values_run_from_low_to_high(ws_out):
    reader = pypdf.PdfReader(ws_out / "small-steps-plan-fillable.pdf")
    group = reader.get_fields()["willingness"]
    values = [s for kid in group["/Kids"] for s in kid.get_object()["/AP"]["/N"] if s != "/Off"]
    assert values == [f"/v{n}" for n in range(11)]


# --- where the widgets are --------------------------------------------------------------

def _tab_stops(page: list[dict]) -> list[tuple[str, list[float]]]:
    """Widgets in /Annots order; a radio group is one tab stop (its buttons' bounding box)."""
    stops: list[tuple[str, list[float]]] = []
    for widget in page:
        x0, y0, x1, y1 = widget["rect"]
        if widget["kid"] and stops and stops[-1][0] == widget["name"]:
            bx0, by0, bx1, by1 = stops[-1][1]
            stops[-1] = (widget["name"], [min(x0, bx0), min(y0, by0), max(x1, bx1), max(y1, by1)])
        else:
            stops.append((widget["name"], [x0, y0, x1, y1]))
    return stops


def assert_reading_order(stops: list[tuple[str, list[float]]], tol: float = 1.5) -> None:
    for (name_a, a), (name_b, b) in itertools.pairwise(stops):
        same_row = b[1] < a[3] - tol and b[3] > a[1] + tol  # vertical spans overlap
        if same_row:
            assert b[0] >= a[2] - tol, f"{name_b} {b} is left of {name_a} {a} in the same row"
        else:
            assert b[3] <= a[1] + tol, f"{name_b} {b} comes after {name_a} {a} but is above it"


def test_reading_order_check_can_fail():
    top, below = ("top", [50, 700, 300, 720]), ("below", [50, 600, 300, 620])
    right = ("right", [310, 700, 500, 720])
    assert_reading_order([top, right, below])
    for wrong in ([below, top], [right, top]):
        with pytest.raises(AssertionError):
            assert_reading_order(wrong)


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix,size", FILLABLE)
def test_tab_order_follows_reading_order(ws_out, doc_id, suffix, size):
    pages = widget_annotations(ws_out / f"{doc_id}{suffix}.pdf")
    assert any(pages)
    for page in pages:
        # The choice point is filled from the bottom up, as its instruction says (below).
        assert_reading_order([s for s in _tab_stops(page) if not s[0].startswith("choice_")])


@pytest.mark.parametrize("suffix,size", FILLABLE)
def test_choice_point_tab_order_starts_at_the_bottom_as_the_sheet_says(ws_out, suffix, size):
    assert "Start at the bottom" in WORKSHEETS["choice-point"]["blocks"][1]["prompt"]
    [page] = widget_annotations(ws_out / f"choice-point{suffix}.pdf")
    stops = [(name, rect) for name, rect in _tab_stops(page) if name.startswith("choice_")]
    assert [name for name, _ in stops] == ["choice_situation", "choice_hooks", "choice_values",
                                           "choice_away", "choice_towards"]
    tops = [rect[3] for _, rect in stops]
    assert tops[0] < tops[1] < tops[3]  # each step of the order is higher on the page


@pytest.mark.parametrize("doc_id", IDS)
def test_radio_buttons_of_a_group_are_consecutive_in_tab_order(ws_out, doc_id):
    for page in widget_annotations(ws_out / f"{doc_id}-fillable.pdf"):
        groups = [name for name, _ in _tab_stops(page)]
        assert len(groups) == len(set(groups)), groups


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix,size", FILLABLE)
def test_widgets_are_on_the_page_and_do_not_overlap(ws_out, doc_id, suffix, size):
    for page in widget_annotations(ws_out / f"{doc_id}{suffix}.pdf"):
        rects = [w["rect"] for w in page]
        for x0, y0, x1, y1 in rects:
            assert 36 <= x0 < x1 <= size[0] - 36 and 36 <= y0 < y1 <= size[1] - 36
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 1 or overlap_y <= 1, (a, b)


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix,size", FILLABLE)
def test_every_widget_prints_and_is_visible(ws_out, doc_id, suffix, size):
    widgets = [w for page in widget_annotations(ws_out / f"{doc_id}{suffix}.pdf") for w in page]
    assert widgets
    for widget in widgets:
        assert widget["f"] & ANNOT_PRINT, widget
        assert not widget["f"] & (ANNOT_HIDDEN | ANNOT_NOVIEW), widget


@pytest.mark.parametrize("doc_id", IDS)
def test_form_asks_viewers_to_draw_typed_values(ws_out, doc_id):
    form = pypdf.PdfReader(ws_out / f"{doc_id}-fillable.pdf").trailer["/Root"]["/AcroForm"]
    assert form.get("/NeedAppearances") == True
    for page in widget_annotations(ws_out / f"{doc_id}-fillable.pdf"):
        for widget in page:
            if widget["ft"] == "/Tx":  # standard font only (typed text is Latin-1)
                assert "/Helv" in str(widget["da"])


@pytest.mark.parametrize("doc_id", IDS)
def test_every_field_has_a_plain_text_tooltip(ws_out, doc_id):
    # /TU is what screen readers announce: it must not carry Markdown markers
    widgets = [w for page in widget_annotations(ws_out / f"{doc_id}-fillable.pdf") for w in page]
    assert widgets
    for widget in widgets:
        tooltip = str(widget["tu"] or "")
        assert tooltip.strip(), widget
        assert "*" not in tooltip and "  " not in tooltip and "\n" not in tooltip, tooltip


def test_tooltips_use_the_prompt_words(ws_out):
    tips = {w["name"]: str(w["tu"]) for page in widget_annotations(
        ws_out / "choice-point-fillable.pdf") for w in page}
    assert tips["choice_hooks"] == "Hooks: the thoughts, feelings and urges that showed up"
    assert tips["unhook"].startswith("What helps me unhook (naming the thought")


# --- typing into a fillable sheet -------------------------------------------------------

def rendered_text(path: Path) -> str:
    """The page text after PDFium draws the form fields into the pages (flattening)."""
    pdf = pdfium.PdfDocument(path)
    pdf.init_forms()  # must come before pages are loaded, or fields are not drawn
    texts = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            assert pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_PRINT) in (
                pdfium_c.FLATTEN_SUCCESS, pdfium_c.FLATTEN_NOTHINGTODO)
            page.close()
            page = pdf[index]
            texts.append(page.get_textpage().get_text_range())
            page.close()
    finally:
        pdf.close()
    return collapse(" ".join(texts))


def dark_pixels(path: Path, rect: list[float], page_index: int = 0, inset: float = 3) -> int:
    """How many dark pixels PDFium draws inside `rect` (PDF points) with forms shown."""
    pdf = pdfium.PdfDocument(path)
    pdf.init_forms()
    try:
        page = pdf[page_index]
        scale = 2
        image = page.render(scale=scale, may_draw_forms=True).to_pil().convert("L")
        height = page.get_height()
        x0, y0, x1, y1 = rect
        box = (int((x0 + inset) * scale), int((height - y1 + inset) * scale),
               int((x1 - inset) * scale), int((height - y0 - inset) * scale))
        crop = image.crop(box)
        return sum(count for value, count in enumerate(crop.histogram()) if value < 128)
    finally:
        pdf.close()


def _rect_of(path: Path, name: str, nth: int = 0) -> list[float]:
    widgets = [w for page in widget_annotations(path) for w in page if w["name"] == name]
    return widgets[nth]["rect"]


TYPED = {
    "value": "Kindness towards my sister",
    "first_step": "Phone her on Sunday morning",
    "next_steps_2_step": "Walk round the park",
    "obstacles_1_what_i_will_do": "Breathe and carry on",
}


@pytest.fixture(scope="module")
def filled_with_pypdf(ws_out, tmp_path_factory) -> tuple[Path, Path]:
    """small-steps-plan filled as a form-filling program would: values plus appearances."""
    blank = ws_out / "small-steps-plan-fillable.pdf"
    writer = pypdf.PdfWriter(clone_from=blank)
    writer.update_page_form_field_values(
        writer.pages[0], {**TYPED, "next_steps_1_done": "/Yes", "willingness": "/v7"},
        auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    path = tmp_path_factory.mktemp("filled") / "filled.pdf"
    writer.write(path)
    return blank, path


def test_blank_sheet_shows_none_of_the_typed_text(ws_out):
    text = rendered_text(ws_out / "small-steps-plan-fillable.pdf")
    assert "My smallest first step" in text  # the sheet's own words are read back
    assert not [v for v in TYPED.values() if v in text]


def test_values_filled_with_pypdf_are_stored(filled_with_pypdf):
    _, path = filled_with_pypdf
    fields = pypdf.PdfReader(path).get_fields()
    for name, value in TYPED.items():
        assert fields[name]["/V"] == value
    assert fields["next_steps_1_done"]["/V"] == "/Yes"
    assert fields["willingness"]["/V"] == "/v7"


def test_typed_text_shows_when_rendered(filled_with_pypdf):
    _, path = filled_with_pypdf
    text = rendered_text(path)
    for value in TYPED.values():
        assert value in text


def test_typed_text_darkens_its_field(filled_with_pypdf):
    blank, path = filled_with_pypdf
    rect = _rect_of(blank, "value")
    assert dark_pixels(blank, rect) == 0
    assert dark_pixels(path, rect) > 50


def test_ticks_and_rating_choice_show_when_rendered(filled_with_pypdf):
    blank, path = filled_with_pypdf
    tick = _rect_of(blank, "next_steps_1_done")
    assert dark_pixels(path, tick, inset=2) > dark_pixels(blank, tick, inset=2) + 10
    untouched = _rect_of(blank, "next_steps_2_done")
    assert dark_pixels(path, untouched, inset=2) == dark_pixels(blank, untouched, inset=2)
    seven, three = _rect_of(blank, "willingness", 7), _rect_of(blank, "willingness", 3)
    assert dark_pixels(path, seven) > dark_pixels(blank, seven) + 10
    assert dark_pixels(path, three) == dark_pixels(blank, three)


def test_viewer_draws_a_value_typed_without_an_appearance(ws_out, tmp_path):
    """Only /V is set (as a viewer that saves values might do); /NeedAppearances in the
    sheet makes the renderer draw it, including in a multi-line field."""
    writer = pypdf.PdfWriter(clone_from=ws_out / "choice-point-fillable.pdf")
    values = {"choice_situation": "At the bus stop, Monday", "choice_hooks": "I will look silly"}
    for ref in writer.pages[0]["/Annots"]:
        annot = ref.get_object()
        if annot.get("/T") in values:
            annot[NameObject("/V")] = TextStringObject(values[annot["/T"]])
    path = tmp_path / "typed.pdf"
    writer.write(path)
    text = rendered_text(path)
    for value in values.values():
        assert value in text


@pytest.mark.parametrize("doc_id", ["letter-to-a-friend", "journaling-prompts"])
def test_typing_works_on_later_pages(ws_out, tmp_path, doc_id):
    blank = ws_out / f"{doc_id}-fillable.pdf"
    pages = widget_annotations(blank)
    assert len(pages) >= 2 and pages[-1]
    name = pages[-1][-1]["name"]
    writer = pypdf.PdfWriter(clone_from=blank)
    writer.update_page_form_field_values(writer.pages[len(pages) - 1],
                                         {name: "Written on the last page"},
                                         auto_regenerate=False)
    path = tmp_path / "later.pdf"
    writer.write(path)
    assert "Written on the last page" in rendered_text(path)
