"""The composition seam: several documents rendered as parts of one PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from conftest import REPO, outline_titles, page_texts

from actsheets.build.environment import prepare
from actsheets.compose import Composition, Part
from actsheets.compose.parts import Metadata
from actsheets.config import load_project
from actsheets.documents import load_document
from actsheets.render.pdf.parts.composition import render_composition
from actsheets.text.document import resolve_document

SOURCES = ["content/handouts/your-homework-between-sessions.yaml",
           "content/worksheets/mindful-awareness-log.yaml",
           "content/worksheets/choice-point.yaml",
           "content/worksheets/values-bullseye.yaml"]


def _compose(fillable: bool, contents_before: int | None = 0, numbering="continuous",
             templates: tuple[str, ...] = ()) -> tuple[bytes, tuple[int, ...], list]:
    env = prepare(load_project(REPO))
    parts = []
    for index, source in enumerate(SOURCES):
        document = load_document(REPO / source)
        resolved = resolve_document(document, env.practice, env.wording("en"), "en", env.fonts)
        template = templates[index] if index < len(templates) else "portrait"
        parts.append(Part(resolved, footer_line="Riverside", page_template=template))
    metadata = Metadata(title="Pack", author="Test", subject="parts", keywords=(),
                        language="en")
    composition = Composition(parts=tuple(parts), metadata=metadata, fillable=fillable,
                              contents_before=contents_before, numbering=numbering,
                              outline_title="Pack")
    rendered = render_composition(composition, env.theme.theme, env.fonts, "letter", False)
    return rendered.pdf, rendered.part_pages, parts


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> tuple[Path, tuple[int, ...], list]:
    pdf, starts, parts = _compose(fillable=True)
    path = tmp_path_factory.mktemp("pack") / "pack.pdf"
    path.write_bytes(pdf)
    return path, starts, parts


def test_page_numbers_run_through_the_whole_file(pack):
    path, _, _ = pack
    texts = page_texts(path)
    total = len(texts)
    assert total >= 6
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text


def test_each_part_starts_on_a_new_page_with_its_own_footer_title(pack):
    path, starts, parts = pack
    texts = page_texts(path)
    assert list(starts) == sorted(set(starts)) and starts[0] == 2  # contents page first
    for start, part in zip(starts, parts):
        assert part.document.title in texts[start - 1]


def test_contents_page_lists_each_part_at_the_page_it_starts_on(pack):
    path, starts, parts = pack
    assert page_texts(path)[0].startswith("Contents")
    lines: dict[int, str] = {}  # text of the contents page by height on the page

    def visit(text, cm, tm, font, size):
        y = round(tm[5] * cm[3] + cm[5])
        lines[y] = lines.get(y, "") + text

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    for start, part in zip(starts, parts):
        line = next(text for text in lines.values() if part.document.title in text)
        assert re.search(rf"[ .]{start}\s", line + " "), line


def test_bookmarks_nest_pack_then_parts_then_sections(pack):
    path, _, parts = pack
    titles = outline_titles(path)
    assert titles[0] == (0, "Pack")
    part_entries = [title for depth, title in titles if depth == 1]
    assert part_entries == [part.document.title for part in parts]
    handout_sections = [t for depth, t in titles[2:] if depth == 2]
    assert "Practice little and often" in " ".join(handout_sections) or handout_sections


def test_fields_of_every_part_have_distinct_names_that_work(pack, tmp_path):
    path, _, _ = pack
    reader = pypdf.PdfReader(path)
    names = [annotation.get_object()["/T"] for page in reader.pages
             for annotation in page.get("/Annots", []) or []
             if "/T" in annotation.get_object()]
    assert len(names) == len(set(names)) > 20
    fields = reader.get_fields()
    assert any(n.startswith("p2_") for n in fields) and any(n.startswith("p3_") for n in fields)
    assert "p2_name" in fields and "p3_name" in fields
    writer = pypdf.PdfWriter(clone_from=reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, {"p2_name": "Sam", "p3_name": "Alex"},
                                             auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    filled = pypdf.PdfReader(buffer).get_fields()
    assert filled["p2_name"]["/V"] == "Sam" and filled["p3_name"]["/V"] == "Alex"


def test_per_part_numbering_and_cover_and_landscape_templates():
    pdf, starts, _ = _compose(fillable=False, contents_before=None, numbering="per_part",
                              templates=("landscape", "cover", "portrait"))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    texts = [page.extract_text() for page in reader.pages]
    first = reader.pages[0].mediabox
    assert float(first.width) > float(first.height)  # the handout part is landscape
    assert starts[1] > 2 and f"Page {starts[1] - 1} of {starts[1] - 1}" in texts[starts[1] - 2]
    assert "Page" not in texts[starts[1] - 1]  # a cover carries no footer
    portrait = reader.pages[starts[2] - 1].mediabox
    assert float(portrait.width) < float(portrait.height)
    assert "Page" not in texts[starts[2] - 1]  # a part of one page has no page number
