"""Each block type on its own: a tiny worksheet per case, built for real through the CLI
(Letter, printable and fillable), then read back for its words, drawing and fields."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from test_worksheet_pdf import (
    FF_MULTILINE,
    FF_RADIO,
    collapse,
    invoke,
    make_project,
    pdf_text,
    side_margin_ink,
    widget_annotations,
)

MM = 72 / 25.4
FRAME_WIDTH = 612 - 2 * 43.2  # Letter, 0.6 in margins
FIELD_INSET = 3  # writing-area fields sit this far inside their box


def sheet(*blocks: str, head: str = "") -> str:
    return ("kind: worksheet\ntitle: Block Test\n" + head + "blocks:\n"
            + "".join(blocks))


SHEETS = {
    "name-date-default": sheet("  - type: name_date\n"),
    "name-date-week": sheet("  - type: name_date\n    fields: [name, week]\n"),
    "heading": sheet("  - type: heading\n    text: Getting Started Today\n",
                     "  - type: lines\n    name: notes\n    lines: 2\n"),
    "heading-travels": sheet(
        "  - type: lines\n    name: first\n    lines: 21\n",
        "  - type: heading\n    text: Travels With Its Block\n",
        "  - type: lines\n    name: second\n    prompt: After the heading\n    lines: 4\n"),
    "text": sheet("  - type: text\n    text: |\n      Some **firmly bold** and *softly italic* "
                  "words, <b>not a tag</b> & more.\n\n      - first point\n"
                  "      - second point\n"),
    "lines-one": sheet("  - type: lines\n    name: one\n    prompt: One line\n    lines: 1\n"),
    # `grow: 0` keeps a writing block at the size it asks for (else it fills the page).
    "lines-three": sheet("  - type: lines\n    name: many\n    prompt: Three lines\n"
                         "    lines: 3\n    grow: 0\n"),
    "lines-seven": sheet("  - type: lines\n    name: many\n    prompt: Seven lines\n"
                         "    lines: 7\n    grow: 0\n"),
    "box": sheet("  - type: box\n    name: drawing\n    prompt: Draw it here\n    height_mm: 40\n"
                 "    grow: 0\n"),
    "checklist": sheet("  - type: checklist\n    name: ready\n    prompt: Before you start\n"
                       "    items:\n      - I have a **pen**\n      - I have ten minutes\n"
                       "      - My phone is off\n"),
    "tracker-days": sheet("  - type: tracker\n    name: log\n    rows: days\n    columns:\n"
                          "      - label: Minutes\n      - {label: Done, tick: true}\n"),
    "tracker-numbered": sheet("  - type: tracker\n    name: steps\n    rows: 3\n"
                              "    row_heading: Step no.\n    columns:\n"
                              "      - {label: What I will do, width: 3}\n"
                              "      - {label: By when, width: 1}\n"),
    "tracker-labels": sheet("  - type: tracker\n    name: areas\n"
                            "    rows: [Family life, Work and study]\n    columns:\n"
                            "      - label: What matters\n"),
    "tracker-long": sheet("  - type: tracker\n    name: long\n    rows: 40\n    columns:\n"
                          "      - label: Column Header Alpha\n      - label: Beta\n"),
    "rating": sheet("  - type: rating\n    name: mood\n    prompt: How is your mood?\n"
                    "    low: -2\n    high: 2\n    low_label: Very low\n"
                    "    high_label: Very good\n"),
    "rating-default": sheet("  - type: rating\n    name: scale\n"),
    "letter": sheet("  - type: letter\n    name: note\n    salutation: Hello there\n"
                    "    lines: 5\n    sign_off: Warm wishes,\n    grow: 0\n"),
    "bullseye": sheet("  - type: bullseye\n    name: eye\n    rings: 3\n"
                      "    quarters: [Career, Friends and family, Body and mind, Play]\n"),
    "bullseye-default": sheet("  - type: bullseye\n    name: target\n"),
    "choice-point": sheet("  - type: choice_point\n    name: cp\n    away_label: Moving away\n"
                          "    towards_label: Moving **towards**\n"),
    "unnamed": sheet("  - type: lines\n    prompt: What helped you most today?\n",
                     "  - type: lines\n    prompt: What helped you most today?\n",
                     "  - type: box\n",
                     "  - type: checklist\n    items: [one, two]\n"),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("blocks"), SHEETS)
    run = invoke(root, "build")
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output
    return root / "output"


def fields(out: Path, name: str) -> dict:
    return pypdf.PdfReader(out / f"{name}-fillable.pdf").get_fields() or {}


def widgets(out: Path, name: str) -> list[dict]:
    return [w for page in widget_annotations(out / f"{name}-fillable.pdf") for w in page]


def rect_of(out: Path, sheet_name: str, field: str) -> list[float]:
    [widget] = [w for w in widgets(out, sheet_name) if w["name"] == field]
    return widget["rect"]


def full_width_rules(out: Path, name: str) -> int:
    """Horizontal lines as wide as the text frame, drawn in the printable sheet's pages."""
    count = 0
    for page in pypdf.PdfReader(out / f"{name}.pdf").pages:
        content = page.get_contents().get_data().decode("latin-1")
        for x1, y1, x2, y2 in re.findall(r"([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l S",
                                         content):
            if float(y1) == float(y2) and abs(float(x2) - float(x1) - FRAME_WIDTH) < 1:
                count += 1
    return count


def test_every_sheet_was_built(out):
    for name in SHEETS:
        assert (out / f"{name}.pdf").exists()
        assert (out / f"{name}-fillable.pdf").exists()


# --- name_date ----------------------------------------------------------------------------

def test_name_date_defaults_to_name_and_date(out):
    text = pdf_text(out / "name-date-default.pdf")
    assert "Name" in text and "Date" in text and "Week" not in text
    assert {n: f["/FT"] for n, f in fields(out, "name-date-default").items()} == {
        "name": "/Tx", "date": "/Tx"}


def test_name_date_with_week(out):
    text = pdf_text(out / "name-date-week.pdf")
    assert "Week" in text and "Date" not in text
    assert sorted(fields(out, "name-date-week")) == ["name", "week"]
    name, week = rect_of(out, "name-date-week", "name"), rect_of(out, "name-date-week", "week")
    assert name[2] < week[0]  # side by side: name first
    assert name[1] == pytest.approx(week[1], abs=1)


# --- heading and text --------------------------------------------------------------------

def test_heading_is_printed_and_bookmarked(out):
    assert "Getting Started Today" in pdf_text(out / "heading.pdf")
    titles = [item.title for item in pypdf.PdfReader(out / "heading.pdf").outline
              if not isinstance(item, list)]
    nested = [item.title for group in pypdf.PdfReader(out / "heading.pdf").outline
              if isinstance(group, list) for item in group]
    assert "Getting Started Today" in titles + nested
    assert not fields(out, "heading").keys() - {"notes"}


def test_heading_moves_to_the_next_page_with_its_block(out):
    pages = [collapse(p.extract_text()) for p in pypdf.PdfReader(out / "heading-travels.pdf").pages]
    assert len(pages) == 2
    assert "Travels With Its Block" not in pages[0]
    assert "Travels With Its Block" in pages[1] and "After the heading" in pages[1]


def test_text_block_markdown_and_literal_markup(out):
    path = out / "text.pdf"
    text = pdf_text(path)
    assert "Some firmly bold and softly italic words, <b>not a tag</b> & more." in text
    assert "first point" in text and "second point" in text
    assert "**" not in text and "*softly" not in text
    fonts: dict[str, str] = {}

    def visit(chunk, cm, tm, font_dict, font_size):
        if chunk.strip() and font_dict:
            fonts[chunk.strip()] = str(font_dict.get("/BaseFont"))

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert "Bold" in fonts["firmly bold"]
    assert "Italic" in fonts["softly italic"]
    assert fields(out, "text") == {}


# --- lines and box -----------------------------------------------------------------------

def test_one_line_is_a_single_line_field(out):
    assert "One line" in pdf_text(out / "lines-one.pdf")
    field = fields(out, "lines-one")["one"]
    assert field["/FT"] == "/Tx" and not int(field.get("/Ff", 0)) & FF_MULTILINE
    x0, y0, x1, y1 = rect_of(out, "lines-one", "one")
    assert x1 - x0 == pytest.approx(FRAME_WIDTH - 2 * FIELD_INSET, abs=1)
    assert y1 - y0 == pytest.approx(9 * MM - 2 * FIELD_INSET, abs=1)


@pytest.mark.parametrize("name,count", [("lines-three", 3), ("lines-seven", 7)])
def test_several_lines_are_one_multiline_field_of_their_height(out, name, count):
    field = fields(out, name)["many"]
    assert int(field["/Ff"]) & FF_MULTILINE
    _, y0, _, y1 = rect_of(out, name, "many")
    assert y1 - y0 == pytest.approx(count * 9 * MM - 2 * FIELD_INSET, abs=1)


def test_printable_lines_draw_one_rule_per_line(out):
    assert full_width_rules(out, "lines-seven") - full_width_rules(out, "lines-three") == 4
    assert full_width_rules(out, "lines-three") >= 3


def test_box_is_a_multiline_field_of_its_height(out):
    assert "Draw it here" in pdf_text(out / "box.pdf")
    assert int(fields(out, "box")["drawing"]["/Ff"]) & FF_MULTILINE
    x0, y0, x1, y1 = rect_of(out, "box", "drawing")
    assert y1 - y0 == pytest.approx(40 * MM, abs=8)
    assert x1 - x0 == pytest.approx(FRAME_WIDTH, abs=8)


# --- checklist ---------------------------------------------------------------------------

def test_checklist_items_and_checkboxes(out):
    text = pdf_text(out / "checklist.pdf")
    for item in ("Before you start", "I have a pen", "I have ten minutes", "My phone is off"):
        assert item in text
    found = fields(out, "checklist")
    assert sorted(found) == ["ready_1", "ready_2", "ready_3"]
    for field in found.values():
        assert field["/FT"] == "/Btn" and not int(field.get("/Ff", 0)) & FF_RADIO
        assert "/Yes" in field["/_States_"]
    tops = [rect_of(out, "checklist", f"ready_{n}")[3] for n in (1, 2, 3)]
    assert tops == sorted(tops, reverse=True)  # one under another, in order


# --- tracker -----------------------------------------------------------------------------

def test_tracker_days_has_seven_weekday_rows(out):
    text = pdf_text(out / "tracker-days.pdf")
    for label in ("Day", "Minutes", "Done", "Monday", "Wednesday", "Sunday"):
        assert label in text
    found = fields(out, "tracker-days")
    assert len(found) == 14
    for row in range(1, 8):
        assert found[f"log_{row}_minutes"]["/FT"] == "/Tx"
        assert found[f"log_{row}_done"]["/FT"] == "/Btn"
        assert not int(found[f"log_{row}_done"].get("/Ff", 0)) & FF_RADIO
    assert "log_8_minutes" not in found


def test_tracker_numbered_rows(out):
    text = pdf_text(out / "tracker-numbered.pdf")
    assert "Step no." in text and "What I will do" in text and "By when" in text
    found = fields(out, "tracker-numbered")
    assert len(found) == 6
    assert all(f["/FT"] == "/Tx" for f in found.values())
    assert {n.split("_")[1] for n in found} == {"1", "2", "3"}
    wide = rect_of(out, "tracker-numbered", "steps_1_what_i_will_do")
    narrow = rect_of(out, "tracker-numbered", "steps_1_by_when")
    assert (wide[2] - wide[0]) == pytest.approx(3 * (narrow[2] - narrow[0]), rel=0.02)


def test_tracker_labelled_rows(out):
    text = pdf_text(out / "tracker-labels.pdf")
    assert "Family life" in text and "Work and study" in text and "What matters" in text
    assert sorted(fields(out, "tracker-labels")) == ["areas_1_what_matters",
                                                      "areas_2_what_matters"]


def test_long_tracker_splits_and_repeats_its_header(out):
    reader = pypdf.PdfReader(out / "tracker-long.pdf")
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "Column Header Alpha" in collapse(page.extract_text())
    assert len(fields(out, "tracker-long")) == 80
    per_page = [len(p) for p in widget_annotations(out / "tracker-long-fillable.pdf")]
    assert len(per_page) >= 2 and all(per_page) and sum(per_page) == 80


# --- rating ------------------------------------------------------------------------------

def test_rating_prints_its_scale_and_labels(out):
    text = pdf_text(out / "rating.pdf")
    assert "How is your mood? -2 -1 0 1 2 Very low Very good" in text  # the scale, in order


def test_rating_is_one_radio_group_with_a_button_per_point(out):
    found = fields(out, "rating")
    assert list(found) == ["mood"]
    group = found["mood"]
    assert group["/FT"] == "/Btn" and int(group["/Ff"]) & FF_RADIO
    assert len(group["/Kids"]) == 5
    buttons = [w["rect"] for w in widgets(out, "rating")]
    assert [r[0] for r in buttons] == sorted(r[0] for r in buttons)  # low to high, left to right
    assert len({round(r[1]) for r in buttons}) == 1  # on one line


def test_rating_defaults_to_zero_to_ten(out):
    group = fields(out, "rating-default")["scale"]
    assert len(group["/Kids"]) == 11
    text = pdf_text(out / "rating-default.pdf")
    assert "Block Test 0 1 2 3 4 5 6 7 8 9 10 Block Test" in text  # eleven numbers, in order
    assert "Page 1 of 1" not in text  # a one-page sheet carries no page number


# --- letter ------------------------------------------------------------------------------

def test_letter_salutation_body_and_sign_off(out):
    text = pdf_text(out / "letter.pdf")
    assert "Hello there" in text and "Warm wishes," in text
    found = fields(out, "letter")
    assert sorted(found) == ["note_body", "note_from", "note_to"]
    assert not int(found["note_to"].get("/Ff", 0)) & FF_MULTILINE
    assert not int(found["note_from"].get("/Ff", 0)) & FF_MULTILINE
    assert int(found["note_body"]["/Ff"]) & FF_MULTILINE
    to, body, sign = (rect_of(out, "letter", f"note_{p}") for p in ("to", "body", "from"))
    assert to[1] > body[3] - 1 and body[1] > sign[3] - 1  # to, body, from: top to bottom
    assert body[3] - body[1] == pytest.approx(5 * 9 * MM - 2 * FIELD_INSET, abs=1)
    assert [w["name"] for w in widgets(out, "letter")] == ["note_to", "note_body", "note_from"]


# --- bullseye ----------------------------------------------------------------------------

def test_bullseye_quarters_and_ring_buttons(out):
    text = pdf_text(out / "bullseye.pdf")
    for quarter in ("Career", "Friends and family", "Body and mind", "Play"):
        assert quarter in text
    found = fields(out, "bullseye")
    assert len(found) == 4
    for name, group in found.items():
        assert name.startswith("eye_")
        assert int(group["/Ff"]) & FF_RADIO
        assert len(group["/Kids"]) == 3
    # the four groups sit in four different quarters around one centre
    centres = []
    for name in found:
        rects = [w["rect"] for w in widgets(out, "bullseye") if w["name"] == name]
        centres.append((sum(r[0] + r[2] for r in rects) / (2 * len(rects)),
                        sum(r[1] + r[3] for r in rects) / (2 * len(rects))))
    cx = sum(c[0] for c in centres) / 4
    cy = sum(c[1] for c in centres) / 4
    assert {(x > cx, y > cy) for x, y in centres} == {(False, True), (True, True),
                                                       (False, False), (True, False)}


def test_bullseye_default_quarters(out):
    text = pdf_text(out / "bullseye-default.pdf")
    for quarter in ("Work & education", "Relationships", "Personal growth & health", "Leisure"):
        assert quarter in text
    found = fields(out, "bullseye-default")
    assert len(found) == 4 and all(len(g["/Kids"]) == 4 for g in found.values())


def test_choice_point_boxes_and_fields_in_reading_order(out):
    text = pdf_text(out / "choice-point.pdf")
    for label in ("Moving away", "Moving towards", "Hooks:", "The situation:"):
        assert label in text
    assert "**" not in text  # labels are drawn as plain text
    assert not pypdf.PdfReader(out / "choice-point.pdf").get_fields()  # printable: no fields
    boxes = [(w["name"], w["rect"]) for w in widgets(out, "choice-point")]
    # Tab order follows the printed instruction: start at the bottom and work up.
    assert [name for name, _ in boxes] == ["cp_situation", "cp_hooks", "cp_values", "cp_away",
                                           "cp_towards"]
    situation, hooks, values, away, towards = (rect for _, rect in boxes)
    assert away[2] < towards[0]  # side by side, away on the left
    assert hooks[2] < values[0]  # hooks on the away side, values on the towards side
    assert away[1] > hooks[3] > hooks[1] > situation[3]  # hooks between the moves and the moment
    assert abs(values[1] - hooks[1]) < 1
    for name, f in fields(out, "choice-point").items():
        assert int(f["/Ff"]) & FF_MULTILINE, name


def test_margin_check_sees_ink_in_the_margin(out, tmp_path):
    # the helper the next test relies on: silent on a built sheet, loud on a stray line
    from reportlab.pdfgen.canvas import Canvas

    assert side_margin_ink(out / "bullseye.pdf") == []
    stray = tmp_path / "stray.pdf"
    canvas = Canvas(str(stray), pagesize=(612, 792))
    canvas.line(20, 300, 20, 400)
    canvas.save()
    assert side_margin_ink(stray) and side_margin_ink(stray)[0][1] > 0


def test_large_print_bullseye_stays_inside_the_margins(tmp_path):
    root = make_project(tmp_path, {"eye": sheet("  - type: bullseye\n    name: eye\n"
                                                "    size_mm: 150\n")})
    run = invoke(root, "build", "--large-print", "--paper", "a4")
    assert "Traceback" not in run.output
    if run.exit_code == 1:  # reporting it as too big would be fine too
        assert "eye.yaml:4:" in run.output
        return
    assert side_margin_ink(root / "output" / "eye-a4-large.pdf") == []


# --- blocks without a name -----------------------------------------------------------------

def test_unnamed_blocks_get_distinct_plain_field_names(out):
    found = fields(out, "unnamed")
    assert len(found) == 1 + 1 + 1 + 2
    for name in found:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name
    assert len([w for w in widgets(out, "unnamed") if not w["kid"]]) == 5
