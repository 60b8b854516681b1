"""Bundled worksheets rendered for real and read back: variants, paper, text, one-page sheets,
printable vs fillable, the therapist guide, parameters, large print.

The bundled worksheets are built once per session (Letter + A4, client + therapist) by
`build_library`; the other worksheet test files import it (and the small helpers below)
from here, so the library is rendered only once however the files are run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pypdf
import pytest
import yaml
from conftest import A4, LETTER, QUOTES, Project, Run

REPO = Path(__file__).resolve().parents[1]
BUNDLED_WORKSHEETS = REPO / "content" / "worksheets"
BUNDLED_CONFIG = REPO / "actsheets.yaml"


# Field flags (PDF 32000-1, 12.7.3.1 and 12.7.4): bit numbers are 1-based.
FF_MULTILINE = 1 << 12      # bit 13, text fields
FF_NO_TOGGLE_OFF = 1 << 14  # bit 15, radio buttons
FF_RADIO = 1 << 15          # bit 16
FF_PUSHBUTTON = 1 << 16     # bit 17
ANNOT_HIDDEN = 1 << 1       # /F bit 2
ANNOT_PRINT = 1 << 2        # /F bit 3 (value 4)
ANNOT_NOVIEW = 1 << 5       # /F bit 6


# --- the bundled content ---------------------------------------------------------------

def bundled_worksheets() -> dict[str, dict]:
    """id -> YAML data of every bundled worksheet (id: the `id:` key, else the file name)."""
    found = {}
    for path in sorted(BUNDLED_WORKSHEETS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data.get("id") or path.stem] = data
    return found


WORKSHEETS = bundled_worksheets()
IDS = sorted(WORKSHEETS)
ONE_PAGE_IDS = [i for i in IDS if WORKSHEETS[i].get("one_page")]
GUIDE_IDS = [i for i in IDS if (WORKSHEETS[i].get("therapist_guide") or {}).get("introduce")]

# (suffix, page size) of the client variants every worksheet gets in the library build
CLIENT_VARIANTS = [("", LETTER), ("-fillable", LETTER), ("-a4", A4), ("-fillable-a4", A4)]


# --- running the CLI ------------------------------------------------------------------

def invoke(root: Path, *args: str) -> Run:
    """Run `actsheets ARGS` with `root` (holding content/) as the working directory."""
    return Project(root).invoke(*args)


def make_project(root: Path, sheets: dict[str, str], config: str | None = None) -> Path:
    """A project folder with content/worksheets/<name>.yaml for each entry of `sheets`."""
    folder = root / "content" / "worksheets"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in sheets.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    if config is not None:
        (root / "actsheets.yaml").write_text(config, encoding="utf-8")
    return root


_LIBRARY: dict[str, object] = {}


def build_library(tmp_path_factory) -> tuple[Path, Run]:
    """The bundled worksheets built once: Letter + A4, client and therapist versions."""
    if "root" not in _LIBRARY:
        root = tmp_path_factory.mktemp("worksheet-library")
        shutil.copytree(BUNDLED_WORKSHEETS, root / "content" / "worksheets")
        shutil.copy(BUNDLED_CONFIG, root / "actsheets.yaml")
        run = invoke(root, "build", "--paper", "letter", "--paper", "a4", "--audience", "both")
        _LIBRARY.update(root=root, run=run)
    return _LIBRARY["root"], _LIBRARY["run"]  # type: ignore[return-value]


def library_output(tmp_path_factory) -> Path:
    root, run = build_library(tmp_path_factory)
    assert run.exit_code == 0, run.output
    return root / "output"


@pytest.fixture(scope="session")
def ws_out(tmp_path_factory) -> Path:
    return library_output(tmp_path_factory)


# --- reading PDFs back ----------------------------------------------------------------

def collapse(text: str) -> str:
    return " ".join(text.split())


def strip_markdown(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)\s]+\)", r"\1", text)
    return text.replace("**", "").replace("*", "")


def pdf_text(path: Path) -> str:
    """The text of every page; typographer's quotes read back as the plain ones content
    files are written with."""
    return collapse(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
                    ).translate(QUOTES)


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def widget_annotations(path: Path) -> list[list[dict]]:
    """Per page, the widget annotations in /Annots order, with their field's properties."""
    pages = []
    for page in pypdf.PdfReader(path).pages:
        found = []
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget":
                continue
            parent = annot.get("/Parent")
            field = parent.get_object() if parent is not None and "/T" not in annot else annot
            found.append({
                "name": str(field.get("/T")),
                "ft": field.get("/FT"),
                "ff": int(field.get("/Ff", 0)),
                "f": int(annot.get("/F", 0)),
                "rect": [float(v) for v in annot["/Rect"]],
                "tu": field.get("/TU"),
                "da": annot.get("/DA") or field.get("/DA"),
                "kid": "/T" not in annot,
            })
        pages.append(found)
    return pages


def side_margin_ink(path: Path, keep_clear: float = 40) -> list[tuple[int, int, int]]:
    """(page, dark pixels left, dark pixels right) for pages with ink within `keep_clear`
    points of the left or right edge (the margins are 0.6 in = 43.2 pt)."""
    import pypdfium2 as pdfium

    found = []
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=1).to_pil().convert("L")
            edge = int(keep_clear)
            strips = (image.crop((0, 0, edge, image.height)),
                      image.crop((image.width - edge, 0, image.width, image.height)))
            dark = [sum(n for value, n in enumerate(s.histogram()) if value < 200) for s in strips]
            if any(dark):
                found.append((index + 1, *dark))
    finally:
        pdf.close()
    return found


def worksheet_prose(data: dict) -> list[str]:
    """Every block's prompt and text, as a reader sees it (Markdown markers gone)."""
    found = []
    for block in data["blocks"]:
        for key in ("prompt", "text"):
            value = block.get(key)
            if value and "{{" not in value:
                found.append(collapse(strip_markdown(value)))
    return found


# --- the library build ----------------------------------------------------------------

def test_bundled_library_is_not_empty():
    # Everything below is parametrized over these; empty lists would make it vacuous.
    assert len(IDS) == 14
    assert all(WORKSHEETS[i]["kind"] == "worksheet" for i in IDS)
    assert ONE_PAGE_IDS and GUIDE_IDS


def test_library_build_succeeds_without_problems(tmp_path_factory):
    _, run = build_library(tmp_path_factory)
    assert run.exit_code == 0, run.output
    assert run.exception is None or isinstance(run.exception, SystemExit)
    assert "Traceback" not in run.output
    assert not run.problems, run.output
    # client: printable + fillable, therapist: printable; each on two papers
    expected = len(IDS) * 2 * 2 + len(GUIDE_IDS) * 2
    assert re.search(rf"built {expected}, skipped 0 unchanged, failed 0", run.output), run.output


def test_library_output_is_exactly_the_documented_file_names(ws_out):
    expected = {f"{i}{s}.pdf" for i in IDS for s, _ in CLIENT_VARIANTS}
    expected |= {f"{i}-therapist{s}.pdf" for i in GUIDE_IDS for s in ("", "-a4")}
    assert {p.name for p in ws_out.glob("*.pdf")} == expected


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix,size", CLIENT_VARIANTS + [("-therapist", LETTER),
                                                           ("-therapist-a4", A4)])
def test_every_page_has_the_paper_size(ws_out, doc_id, suffix, size):
    if "therapist" in suffix and doc_id not in GUIDE_IDS:
        pytest.skip("no therapist guide")
    reader = pypdf.PdfReader(ws_out / f"{doc_id}{suffix}.pdf")
    assert len(reader.pages) >= 1
    for page in reader.pages:
        box = page.mediabox
        assert float(box.left) == 0 and float(box.bottom) == 0
        assert float(box.width) == pytest.approx(size[0], abs=0.5)
        assert float(box.height) == pytest.approx(size[1], abs=0.5)


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix", [s for s, _ in CLIENT_VARIANTS])
def test_title_and_every_prompt_are_printed(ws_out, doc_id, suffix):
    data = WORKSHEETS[doc_id]
    text = pdf_text(ws_out / f"{doc_id}{suffix}.pdf")
    assert collapse(data["title"]) in text
    prose = worksheet_prose(data)
    assert prose, "every bundled worksheet has prompts"
    missing = [p[:30] for p in prose if p[:30] not in text]
    assert not missing, f"not found in {doc_id}{suffix}.pdf: {missing}"


@pytest.mark.parametrize("doc_id", IDS)
def test_printed_sheet_has_the_labels_the_blocks_ask_for(ws_out, doc_id):
    text = pdf_text(ws_out / f"{doc_id}.pdf")
    for block in WORKSHEETS[doc_id]["blocks"]:
        kind = block["type"]
        if kind == "name_date":
            labels = [f.capitalize() for f in block.get("fields", ["name", "date"])]
        elif kind == "checklist":
            labels = [collapse(strip_markdown(item))[:30] for item in block["items"]]
        elif kind == "tracker":
            labels = [collapse(c["label"]) for c in block["columns"]]
            if isinstance(block.get("rows"), list):
                labels += block["rows"]
            elif block.get("rows", "days") == "days":
                labels += ["Monday", "Sunday"]
        elif kind == "rating":
            labels = [block[k] for k in ("low_label", "high_label") if block.get(k)]
        elif kind == "letter":
            labels = [block.get("salutation", "Dear"), block.get("sign_off", "With care,")]
        elif kind == "bullseye":
            labels = list(block["quarters"])
        else:
            continue
        for label in labels:
            assert label in text, f"{kind} label {label!r} missing from {doc_id}.pdf"


@pytest.mark.parametrize("doc_id", ONE_PAGE_IDS)
@pytest.mark.parametrize("suffix", [s for s, _ in CLIENT_VARIANTS])
def test_one_page_sheets_have_exactly_one_page(ws_out, doc_id, suffix):
    assert page_count(ws_out / f"{doc_id}{suffix}.pdf") == 1


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix", ["", "-a4", "-therapist", "-therapist-a4"])
def test_printable_variants_have_no_form_fields(ws_out, doc_id, suffix):
    if "therapist" in suffix and doc_id not in GUIDE_IDS:
        pytest.skip("no therapist guide")
    path = ws_out / f"{doc_id}{suffix}.pdf"
    reader = pypdf.PdfReader(path)
    assert not reader.get_fields()
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert widget_annotations(path) == [[] for _ in reader.pages]


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix", ["-fillable", "-fillable-a4"])
def test_fillable_variant_has_form_fields(ws_out, doc_id, suffix):
    # The counterpart of the test above, so that it cannot pass on a broken reader.
    path = ws_out / f"{doc_id}{suffix}.pdf"
    assert pypdf.PdfReader(path).get_fields()
    assert any(widget_annotations(path))


@pytest.mark.parametrize("doc_id", IDS)
@pytest.mark.parametrize("suffix", ["", "-a4"])
def test_nothing_is_drawn_in_the_side_margins(ws_out, doc_id, suffix):
    assert side_margin_ink(ws_out / f"{doc_id}{suffix}.pdf") == []


@pytest.mark.parametrize("doc_id", IDS)
def test_fillable_sheet_prints_the_same_words_as_the_printable_one(ws_out, doc_id):
    printable = pdf_text(ws_out / f"{doc_id}.pdf")
    fillable = pdf_text(ws_out / f"{doc_id}-fillable.pdf")
    assert printable == fillable
    assert page_count(ws_out / f"{doc_id}.pdf") == page_count(ws_out / f"{doc_id}-fillable.pdf")


# --- the therapist version ------------------------------------------------------------

def _guide_opening(doc_id: str) -> str:
    introduce = WORKSHEETS[doc_id]["therapist_guide"]["introduce"]
    return collapse(strip_markdown(introduce))[:40]


def _outline_titles(path: Path) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(pypdf.PdfReader(path).outline)
    return titles


@pytest.mark.parametrize("doc_id", GUIDE_IDS)
@pytest.mark.parametrize("paper", ["", "-a4"])
def test_therapist_guide_only_in_the_therapist_version(ws_out, doc_id, paper):
    opening = _guide_opening(doc_id)
    assert opening in pdf_text(ws_out / f"{doc_id}-therapist{paper}.pdf")
    for client in (f"{doc_id}{paper}.pdf", f"{doc_id}-fillable{paper}.pdf"):
        text = pdf_text(ws_out / client)
        assert opening not in text
        assert "Therapist guide" not in text
        assert "Therapist guide" not in _outline_titles(ws_out / client)


@pytest.mark.parametrize("doc_id", GUIDE_IDS)
def test_therapist_version_has_the_sheet_and_the_guide_bookmarked(ws_out, doc_id):
    data = WORKSHEETS[doc_id]
    path = ws_out / f"{doc_id}-therapist.pdf"
    titles = _outline_titles(path)
    assert titles[0] == data["title"]
    assert "Therapist guide" in titles
    if data["therapist_guide"].get("introduce"):
        assert "Introducing it" in titles
    if data["therapist_guide"].get("review"):
        assert "Reviewing it next session" in titles
        assert collapse(strip_markdown(data["therapist_guide"]["review"]))[:40] in pdf_text(path)
    text = pdf_text(path)
    # The sheet page may be photocopied for the client, so it carries no therapist label.
    assert "FOR THERAPISTS" not in pypdf.PdfReader(path).pages[0].extract_text()
    # the sheet itself is still there, and the guide starts on a page of its own
    assert all(p[:30] in text for p in worksheet_prose(data))
    assert page_count(path) > page_count(ws_out / f"{doc_id}.pdf")
    first_page = pypdf.PdfReader(path).pages[0].extract_text()
    assert _guide_opening(doc_id)[:20] not in collapse(first_page)


def test_worksheets_without_a_guide_get_no_therapist_version(tmp_path):
    sheet = ("kind: worksheet\ntitle: No Guide Here\nblocks:\n"
             "  - type: lines\n    name: notes\n    prompt: Notes\n")
    root = make_project(tmp_path, {"plain": sheet})
    run = invoke(root, "build", "--audience", "both")
    assert run.exit_code == 0, run.output
    assert sorted(p.name for p in (root / "output").glob("*.pdf")) == [
        "plain-fillable.pdf", "plain.pdf"]


# --- parameters -----------------------------------------------------------------------

def test_bundled_params_defaults_are_filled_in(ws_out):
    text = pdf_text(ws_out / "mindful-awareness-log.pdf")
    params = WORKSHEETS["mindful-awareness-log"]["params"]
    assert f"practice for {params['minutes']} minute each day" in text  # words, not "min"
    assert f"build up to {params['goal_minutes']} minutes" in text
    assert "{{" not in text and "params." not in text


def test_params_are_substituted_in_text_blocks(tmp_path):
    sheet = ("kind: worksheet\ntitle: Params Sheet\nparams:\n  minutes: 3\n  place: the park\n"
             "instructions: Go to {{ params.place }} today.\n"
             "blocks:\n"
             "  - type: text\n    text: \"Practise {{ params.minutes }} min\"\n"
             "  - type: lines\n    name: how\n    prompt: \"How were the {{ params.minutes }} "
             "minutes?\"\n")
    root = make_project(tmp_path, {"params": sheet})
    run = invoke(root, "build")
    assert run.exit_code == 0, run.output
    for name in ("params.pdf", "params-fillable.pdf"):
        text = pdf_text(root / "output" / name)
        assert "Practise 3 min" in text
        assert "How were the 3 minutes?" in text
        assert "Go to the park today." in text
        assert "{{" not in text


# --- large print ----------------------------------------------------------------------

LARGE_IDS = ["choice-point", "journaling-prompts", "values-bullseye"]


@pytest.fixture(scope="session")
def large_print(tmp_path_factory) -> tuple[Path, Run]:
    root = tmp_path_factory.mktemp("large-print")
    for doc_id in LARGE_IDS:
        (root / "content" / "worksheets").mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED_WORKSHEETS / f"{doc_id}.yaml", root / "content" / "worksheets")
    shutil.copy(BUNDLED_CONFIG, root / "actsheets.yaml")
    return root / "output", invoke(root, "build", "--large-print", "--paper", "letter",
                                   "--paper", "a4", "--audience", "client")


def test_large_print_builds_large_variants_only(large_print):
    out, run = large_print
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output
    expected = {f"{i}{s}.pdf" for i in LARGE_IDS
                for s in ("-large", "-fillable-large", "-a4-large", "-fillable-a4-large")}
    assert {p.name for p in out.glob("*.pdf")} == expected


def _size_of(path: Path, words: str) -> float:
    """The rendered size of the text drawn with `words` in it (first page)."""
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if words in collapse(text):
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found.append(round(font_size * scale, 2))

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert found, f"{words!r} not drawn on page 1 of {path.name}"
    assert len(set(found)) == 1, found
    return found[0]


def _body_words(doc_id: str) -> str:
    """The first words of the instructions (body text)."""
    return " ".join(strip_markdown(WORKSHEETS[doc_id]["instructions"]).split()[:3])


@pytest.mark.parametrize("doc_id", LARGE_IDS)
def test_large_print_body_text_is_at_least_16_pt(ws_out, large_print, doc_id):
    out, run = large_print
    assert run.exit_code == 0, run.output
    words = _body_words(doc_id)
    standard = _size_of(ws_out / f"{doc_id}.pdf", words)
    assert 10 <= standard <= 13
    for suffix in ("-large", "-fillable-large", "-a4-large"):
        large = _size_of(out / f"{doc_id}{suffix}.pdf", words)
        assert large >= 16
        assert large >= standard * 1.3
        assert page_count(out / f"{doc_id}{suffix}.pdf") >= page_count(ws_out / f"{doc_id}.pdf")


@pytest.mark.parametrize("doc_id", LARGE_IDS)
def test_large_print_keeps_every_prompt(large_print, doc_id):
    out, _ = large_print
    text = pdf_text(out / f"{doc_id}-large.pdf")
    assert all(p[:30] in text for p in worksheet_prose(WORKSHEETS[doc_id]))


def test_large_print_takes_more_pages(ws_out, large_print):
    out, _ = large_print
    standard = sum(page_count(ws_out / f"{i}.pdf") for i in LARGE_IDS)
    large = sum(page_count(out / f"{i}-large.pdf") for i in LARGE_IDS)
    assert large > standard


@pytest.mark.parametrize("doc_id", LARGE_IDS)
def test_large_print_fillable_fields_type_larger_text(ws_out, large_print, doc_id):
    out, _ = large_print

    def field_font_sizes(path: Path) -> list[float]:
        sizes = []
        for page in widget_annotations(path):
            for widget in page:
                if widget["ft"] == "/Tx":
                    match = re.search(r"([\d.]+)\s+Tf", str(widget["da"]))
                    assert match, widget
                    sizes.append(float(match.group(1)))
        return sizes

    standard = field_font_sizes(ws_out / f"{doc_id}-fillable.pdf")
    large = field_font_sizes(out / f"{doc_id}-fillable-large.pdf")
    assert standard and len(large) == len(standard)
    # One-line fields type larger text; multi-line ones size their text to fit (0: auto).
    fixed = [size for size in standard if size], [size for size in large if size]
    assert fixed[0] and min(fixed[1]) > max(fixed[0])
    assert standard.count(0) == large.count(0) > 0
    # same fields, same names: large print changes sizes only
    names = [w["name"] for p in widget_annotations(ws_out / f"{doc_id}-fillable.pdf") for w in p]
    large_names = [w["name"] for p in widget_annotations(out / f"{doc_id}-fillable-large.pdf")
                   for w in p]
    assert sorted(large_names) == sorted(names)
