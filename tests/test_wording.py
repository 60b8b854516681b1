"""Wording: a typed model per language, chosen per document, every label a placeholder
template, and every mistake located in the wording file."""

from __future__ import annotations

import pytest
from conftest import page_texts, pdf_text

from actsheets.models.wording import Wording

HANDOUT = "kind: handout\ntitle: Hola\nsummary: Respira.\nkey_points: [Uno]\n"


def test_every_wording_key_is_described():
    assert all(field.description for field in Wording.model_fields.values())


def test_a_document_in_another_language_uses_that_languages_wording(project):
    project.write("templates/wording/es.yaml",
                  'key_points: Puntos clave\npage_of: "Página {{ page }} de {{ pages }}"\n'
                  "for_client: Para ti\n")
    project.write("content/hola.yaml", HANDOUT.replace("summary: Respira.\n", "")
                  + "language: es\nsummary: |\n"
                  + "  Respira despacio y nota lo que hay.\n\n" * 60)  # several pages
    project.write("content/hello.yaml", "kind: handout\ntitle: Hello\nkey_points: [One]\n")
    run = project.build()
    assert run.exit_code == 0, run.output
    spanish = pdf_text(project.pdf("hola.pdf"))
    assert "Puntos clave" in spanish and "Página 1 de" in spanish and "PARA TI" in spanish
    assert "Key points" not in spanish and "Page 1 of" not in spanish
    english = pdf_text(project.pdf("hello.pdf"))
    assert "Key points" in english and "Página" not in english


def test_every_label_fills_in_placeholders(project):
    project.config("practice:\n  name: Riverside\n")
    project.write("templates/wording/en.yaml", 'key_points: "Key points from {{ practice.name }}"\n')
    project.write("content/a.yaml", "kind: handout\ntitle: A\nkey_points: [One]\n")
    assert project.build().exit_code == 0
    text = pdf_text(project.pdf("a.pdf"))
    assert "Key points from Riverside" in text and "{{" not in text


@pytest.mark.parametrize("wording, line, column, words", [
    ("weekdays: Lunes\n", 1, 11, ["expected a list", "Lunes"]),
    ("key_points: Puntos\nkey_pionts: x\n", 2, 1, ["unknown key 'key_pionts'",
                                                   "did you mean 'key_points'"]),
    ("weekdays: [Lunes, Martes]\n", 1, 11, ["needs at least 7 item"]),
    ('page_of: "Page {{ pgae }}"\n', 1, 10, ["pgae", "page_of"]),
    ("bullseye_quarters: [A, B, C]\n", 1, 20, ["needs at least 4 item"]),
])
def test_wording_mistakes_are_located_in_the_wording_file(project, wording, line, column, words):
    project.write("templates/wording/en.yaml", wording)
    project.write("content/a.yaml", "kind: handout\ntitle: A\n")
    run = project.build()
    run.assert_clean_exit()
    assert run.exit_code == 1
    problem = run.problems[0]
    assert problem["file"] == "templates/wording/en.yaml", run.output
    assert (int(problem["line"]), int(problem["col"])) == (line, column), problem.group(0)
    for word in words:
        assert word in problem["message"], problem["message"]
    assert not list(project.output.glob("*.pdf"))


def test_worksheet_labels_come_from_the_wording(project):
    project.write("templates/wording/en.yaml",
                  "choice_point_away: Moving away\nweekdays: [Mo, Tu, We, Th, Fr, Sa, Su]\n"
                  "letter_salutation: Hi\nbullseye_quarters: [Job, Family, Body, Fun]\n")
    project.write("content/s.yaml", (
        "kind: worksheet\ntitle: S\nblocks:\n  - type: choice_point\n"
        "  - type: tracker\n    columns: [{label: Done}]\n  - type: letter\n    lines: 3\n"
        "  - type: bullseye\n"))
    run = project.build("--paper", "letter")
    assert run.exit_code == 0, run.output
    text = " ".join(page_texts(project.pdf("s.pdf")))
    for word in ("Moving away", "Mo", "Su", "Hi", "Job", "Family", "Fun"):
        assert word in text
    assert "Away moves" not in text and "Monday" not in text
