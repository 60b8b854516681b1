"""Translations: catalogs kept in step with the English, builds in another language, and the
problems a translator can cause, each at the file and line where it is."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po
from conftest import Project, collapse, font_sizes, page_texts, pdf_text

SHEET = """\
kind: worksheet
title: Evening check-in
subtitle: A few minutes before bed
instructions: |
  Take a slow breath and look back on the day.
blocks:
  - type: name_date
    fields: [name, date]
  - type: lines
    name: noticed
    prompt: Something I noticed today
    lines: 3
  - type: lines
    name: step
    prompt: One small step for tomorrow
    lines: 2
"""

SPANISH = {
    "Evening check-in": "Revisión de la noche",
    "A few minutes before bed": "Unos minutos antes de dormir",
    "Take a slow breath and look back on the day.\n":
        "Respire despacio y repase el día.\n",
    "Something I noticed today": "Algo que noté hoy",
    "One small step for tomorrow": "Un paso pequeño para mañana",
}


def _project(project: Project) -> Project:
    project.config("practice:\n  name: Hill Street Therapy\n")
    project.write("content/worksheets/evening-check-in.yaml", SHEET)
    return project


def _catalog(project: Project) -> Path:
    return project.root / "translations" / "es" / "evening-check-in.po"


def _fill(path: Path, translations: dict[str, str], status: str = "draft") -> None:
    """Fill in msgstr entries the way a translator would, in the PO file's own text."""
    with open(path, "rb") as handle:
        contexts = {m.context: m.id for m in read_po(handle) if m.id}
    lines = path.read_text("utf-8").splitlines()
    for number, line in enumerate(lines):
        context = line.removeprefix('msgctxt "').removesuffix('"')
        if line.startswith("msgctxt") and contexts.get(context) in translations:
            empty = next(i for i in range(number, len(lines)) if lines[i] == 'msgstr ""')
            lines[empty] = f"msgstr {_po_string(translations[contexts[context]])}"
    text = "\n".join(lines) + "\n"
    text = text.replace("X-Translation-Status: draft", f"X-Translation-Status: {status}")
    path.write_text(text, "utf-8")


def _po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture
def translated(project: Project) -> Project:
    _project(project)
    run = project.invoke("translate", "es")
    assert run.exit_code == 0, run.output
    _fill(_catalog(project), SPANISH)
    return project


def test_translate_writes_a_catalog_of_every_reader_facing_string(project: Project):
    _project(project)
    run = project.invoke("translate", "es")
    assert run.exit_code == 0, run.output
    assert "5 string(s) to translate" in run.output
    with open(_catalog(project), "rb") as handle:
        catalog = read_po(handle)
    entries = {m.context: m for m in catalog if m.id}
    assert set(entries) == {"title", "subtitle", "instructions", "blocks.1.prompt",
                            "blocks.2.prompt"}
    assert entries["blocks.1.prompt"].id == "Something I noticed today"
    assert entries["blocks.1.prompt"].locations == [
        ("content/worksheets/evening-check-in.yaml", 11)]
    assert all(not m.string for m in entries.values())
    text = _catalog(project).read_text("utf-8")
    assert "X-Translation-Status: draft" in text
    assert "X-Source-File: content/worksheets/evening-check-in.yaml" in text
    # Nothing about the build's machine or time goes into the file: it stays reproducible.
    assert "POT-Creation-Date" not in text and "Generated-By" not in text
    again = project.invoke("translate", "es")
    assert "kept" in again.output and _catalog(project).read_text("utf-8") == text


def test_translate_keeps_translations_marks_changed_english_fuzzy_and_sets_aside_removed(
        translated: Project):
    sheet = translated.root / "content/worksheets/evening-check-in.yaml"
    sheet.write_text(SHEET.replace("Something I noticed today", "Something I noticed this evening")
                     .replace("    prompt: One small step for tomorrow\n    lines: 2\n",
                              "    prompt: One small step for tomorrow\n    lines: 2\n"
                              "  - type: lines\n    name: thanks\n"
                              "    prompt: One thing I am grateful for\n    lines: 1\n")
                     .replace("subtitle: A few minutes before bed\n", ""), "utf-8")
    run = translated.invoke("translate", "es", "evening-check-in")
    assert run.exit_code == 0, run.output
    assert "1 new, 1 changed (marked fuzzy), 1 set aside as obsolete" in run.output
    with open(_catalog(translated), "rb") as handle:
        catalog = read_po(handle)
    entries = {m.context: m for m in catalog if m.id}
    changed = entries["blocks.1.prompt"]
    assert changed.fuzzy and changed.string == "Algo que noté hoy"
    assert '#| msgid "Something I noticed today"' in _catalog(translated).read_text("utf-8")
    assert entries["blocks.2.prompt"].string == "Un paso pequeño para mañana"
    assert entries["blocks.3.prompt"].string == ""
    assert entries["title"].string == "Revisión de la noche"
    assert [m.id for m in catalog.obsolete.values()] == ["A few minutes before bed"]


def test_build_in_spanish_writes_named_files_with_the_translation(translated: Project):
    run = translated.build("--language", "es")
    assert run.exit_code == 0, run.output
    names = sorted(p.name for p in translated.output.glob("*.pdf"))
    assert names == ["evening-check-in-es-fillable.pdf", "evening-check-in-es.pdf",
                     "evening-check-in-fillable.pdf", "evening-check-in.pdf"]
    spanish = translated.pdf("evening-check-in-es.pdf")
    text = pdf_text(spanish)
    for words in ("Revisión de la noche", "Algo que noté hoy", "Un paso pequeño para mañana",
                  "Respire despacio y repase el día."):
        assert words in text
    assert "Something I noticed" not in text
    reader = pypdf.PdfReader(spanish)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert reader.metadata.title.startswith("Revisión de la noche")
    # the labels around the content are Spanish too, and a draft says so on every page
    assert "Nombre" in text and "Fecha" in text
    assert "Name" not in text and "Date" not in text
    for page in page_texts(spanish):
        assert "borrador de traducción, aún sin revisar" in page
    english = pdf_text(translated.pdf("evening-check-in.pdf"))
    assert "Something I noticed today" in english and "Revisión" not in english


def test_a_reviewed_translation_has_no_draft_note(project: Project):
    _project(project)
    project.invoke("translate", "es")
    _fill(_catalog(project), SPANISH, status="reviewed")
    run = project.build("--language", "es")
    assert run.exit_code == 0, run.output
    text = pdf_text(project.pdf("evening-check-in-es.pdf")).lower()
    assert "draft translation" not in text and "borrador" not in text


def test_config_languages_builds_translations_and_a_no_op_rebuild_skips_them(
        translated: Project):
    translated.config("practice:\n  name: Hill Street Therapy\nlanguages: [es]\n")
    first = translated.build()
    assert first.exit_code == 0, first.output
    assert translated.pdf("evening-check-in-es.pdf").is_file()
    again = translated.build()
    assert "built 0, skipped 4" in again.output, again.output
    # a new translation rebuilds the Spanish files only
    catalog = _catalog(translated)
    catalog.write_text(catalog.read_text("utf-8").replace("Algo que noté hoy",
                                                          "Algo que noté esta noche"), "utf-8")
    third = translated.build()
    assert "built 2, skipped 2" in third.output, third.output
    assert "Algo que noté esta noche" in pdf_text(translated.pdf("evening-check-in-es.pdf"))


def test_missing_translations_fall_back_to_english_with_warnings(project: Project):
    _project(project)
    project.invoke("translate", "es")
    _fill(_catalog(project), {"Evening check-in": "Revisión de la noche"})
    build = project.build("--language", "es")
    assert build.exit_code == 0, build.output
    assert ("translations/es/evening-check-in.po:1:1: warning: 4 text(s) of this document have "
            "no finished Spanish translation") in build.output
    assert "Something I noticed today" in pdf_text(project.pdf("evening-check-in-es.pdf"))
    check = project.invoke("check", "--language", "es")
    assert check.exit_code == 0, check.output
    line = _line_of(_catalog(project), '"Something I noticed today"')
    assert (f"content/worksheets/evening-check-in.yaml:11:13: warning: this text is not "
            f"translated into Spanish yet, so it is printed in English (write the translation "
            f"in the msgstr at translations/es/evening-check-in.po:{line})") in check.output
    strict = project.build("--language", "es", "--strict")
    assert strict.exit_code == 1
    assert len([m for m in strict.problems if "not translated into Spanish" in m.group(0)]) == 4
    assert not project.pdf("evening-check-in-es.pdf").exists() or build.exit_code == 0


def test_changed_english_is_stale_at_both_files(translated: Project):
    sheet = translated.root / "content/worksheets/evening-check-in.yaml"
    sheet.write_text(SHEET.replace("One small step for tomorrow", "One small step for the morning"),
                     "utf-8")
    run = translated.invoke("check", "--language", "es")
    assert run.exit_code == 0, run.output
    po_line = _line_of(_catalog(translated), '"One small step for tomorrow"')
    english = [m for m in run.problems if m.group("file").endswith("evening-check-in.yaml")]
    po = [m for m in run.problems if m.group("file").endswith("evening-check-in.po")]
    assert [(m.group("line"), m.group("message")) for m in english] == [(
        "15", ("warning: this text changed after it was translated, so it is printed in English "
               f"(update the Spanish translation at translations/es/evening-check-in.po:{po_line}"
               ", then remove its fuzzy mark)"))]
    assert [(int(m.group("line")), m.group("message")) for m in po] == [(
        po_line, ("warning: this Spanish translation is out of date: the English at "
                  "content/worksheets/evening-check-in.yaml:15 changed (update the translation, "
                  "then remove the fuzzy mark)"))]
    strict = translated.invoke("check", "--language", "es", "--strict")
    assert strict.exit_code == 1


def test_a_placeholder_mistake_in_a_translation_is_reported_in_the_catalog(project: Project):
    _project(project)
    project.invoke("translate", "es")
    _fill(_catalog(project), {**SPANISH, "Something I noticed today":
                              "Algo que noté hoy, {{ client.nmae }}"})
    run = project.build("--language", "es")
    assert run.exit_code == 1
    line = _line_of(_catalog(project), '"Something I noticed today"')
    [problem] = run.problems
    assert problem.group("file") == "translations/es/evening-check-in.po"
    assert int(problem.group("line")) == line
    assert not project.pdf("evening-check-in-es.pdf").exists()
    assert project.pdf("evening-check-in.pdf").exists()  # the English still builds


def test_characters_the_font_cannot_draw_are_reported_in_the_catalog(project: Project):
    _project(project)
    project.invoke("translate", "es")
    _fill(_catalog(project), {**SPANISH, "Something I noticed today": "Что я заметил сегодня ☯"})
    run = project.build("--language", "es")
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem.group("file") == "translations/es/evening-check-in.po"
    assert "'Ч' (U+0427)" in problem.group("message")
    assert ("the font has no Cyrillic letters: choose a theme whose font has them, such as "
            "`theme: noto-sans`") in problem.group("message")


def test_a_language_the_theme_font_cannot_write_uses_the_wide_coverage_font(project: Project):
    project.write("content/worksheets/values-ru.yaml",
                  "kind: worksheet\ntitle: Ценности\nlanguage: ru\nblocks:\n"
                  "  - type: lines\n    name: a\n    prompt: Что для меня важно\n    lines: 3\n")
    run = project.build()
    assert run.exit_code == 0, run.output
    path = project.pdf("values-ru.pdf")
    assert "Что для меня важно" in pdf_text(path)
    fonts = {str(font["/BaseFont"]) for page in pypdf.PdfReader(path).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("NotoSans" in name for name in fonts), fonts


def test_right_to_left_text_is_refused_with_a_pointer_to_the_readme(project: Project):
    project.write("content/worksheets/values-ar.yaml",
                  "kind: worksheet\ntitle: القيم\nlanguage: ar\nblocks:\n"
                  "  - type: lines\n    name: a\n    prompt: ما يهمني\n    lines: 3\n")
    run = project.build()
    assert run.exit_code == 1
    assert {m.group("line") for m in run.problems} == {"2", "7"}
    assert all("the font has no Arabic letters, and right-to-left writing cannot be printed "
               "correctly yet" in m.group("message") for m in run.problems)


def test_a_translation_for_a_document_that_does_not_exist(project: Project):
    _project(project)
    project.invoke("translate", "es")
    catalog = _catalog(project)
    renamed = catalog.with_name("evening-checkin.po")
    renamed.write_text(catalog.read_text("utf-8").replace(
        "X-Source-File: content/worksheets/evening-check-in.yaml",
        "X-Source-File: content/worksheets/evening-checkin.yaml"), "utf-8")
    run = project.build("--language", "es")
    assert run.exit_code == 1
    assert ("translations/es/evening-checkin.po:1:1: there is no document with the id "
            "'evening-checkin' for this translation (did you mean 'evening-check-in'?") in run.output
    assert project.pdf("evening-check-in-es.pdf").exists()


def test_a_broken_catalog_is_reported_at_its_line(project: Project):
    _project(project)
    project.invoke("translate", "es")
    catalog = _catalog(project)
    line = _line_of(catalog, 'msgid "Something I noticed today"')
    lines = catalog.read_text("utf-8").splitlines()
    lines[line] = 'msgstr "Algo que noté hoy'  # the closing quote forgotten
    catalog.write_text("\n".join(lines) + "\n", "utf-8")
    run = project.build("--language", "es")
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem.group("file") == "translations/es/evening-check-in.po"
    assert int(problem.group("line")) == line + 1
    assert "cannot be read" in problem.group("message")


def test_an_unknown_status_lists_the_statuses(project: Project):
    _project(project)
    project.invoke("translate", "es")
    _fill(_catalog(project), SPANISH, status="finished")
    run = project.build("--language", "es")
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem.group("line") == str(_line_of(_catalog(project), "\"X-Translation-Status:"))
    assert ("unknown translation status 'finished' in X-Translation-Status (use one of: draft, "
            "reviewed, clinically-reviewed, back-translated)") in problem.group("message")


@pytest.mark.parametrize(("typed", "suggested"), [
    ("sp", "'es' (Spanish)"), ("spanish", "'es' (Spanish)"), ("Polish", "'pl' (Polish)"),
    ("esp", "'es' (Spanish)"),
])
def test_an_unknown_language_suggests_the_nearest(project: Project, typed: str, suggested: str):
    _project(project)
    run = project.invoke("build", "--language", typed)
    assert run.exit_code == 2
    assert f"unknown language '{typed}': did you mean {suggested}" in run.output
    assert not project.output.exists()
    translate = project.invoke("translate", typed)
    assert translate.exit_code == 2 and "did you mean" in translate.output


def test_translate_an_unknown_id_says_the_nearest(project: Project):
    _project(project)
    run = project.invoke("translate", "es", "evening-checkin")
    assert run.exit_code == 2
    assert "no document with the id 'evening-checkin' (did you mean 'evening-check-in'?)" in (
        run.output)


def test_right_to_left_letters_are_refused_even_where_a_font_has_them():
    from actsheets.errors import Position
    from actsheets.text.resolve import missing_glyphs

    class EveryCharacter:  # a font with every glyph, as a theme with an Arabic font would be
        def missing(self, text: str) -> list[str]:
            return []

    [problem] = missing_glyphs("Week 1: القيم", EveryCharacter(), "sheet.yaml", Position(3, 8))
    assert problem.code == "text.right-to-left" and problem.position == Position(3, 8)
    assert "'ا' (U+0627) cannot be printed correctly yet" in problem.message
    assert missing_glyphs("Semana 1: valores ñ ü", EveryCharacter(), "s.yaml", Position()) == []


def test_a_bilingual_sheet_prints_the_english_under_each_translation(translated: Project):
    run = translated.build("--language", "es", "--bilingual")
    assert run.exit_code == 0, run.output
    path = translated.pdf("evening-check-in-es-bilingual.pdf")
    text = pdf_text(path)
    for spanish, english in [("Revisión de la noche", "Evening check-in"),
                             ("Algo que noté hoy", "Something I noticed today"),
                             ("Un paso pequeño para mañana", "One small step for tomorrow")]:
        assert text.index(spanish) < text.index(english)
    sizes = font_sizes(path)
    prompt = min(size for size in sizes if size > 9)
    assert any(size < prompt for size in sizes), sizes  # the English is smaller
    # footers, bookmarks and metadata carry the translation alone
    assert pypdf.PdfReader(path).metadata.title == "Revisión de la noche"
    assert not translated.pdf("evening-check-in-es.pdf").exists()
    large = translated.build("--language", "es", "--bilingual", "--large-print")
    assert large.exit_code == 0, large.output
    assert min(font_sizes(translated.pdf("evening-check-in-es-bilingual-large.pdf"))) >= 16


def test_an_unknown_language_is_reported_where_it_is_written(project: Project):
    project.write("content/worksheets/sheet.yaml", SHEET.replace(
        "subtitle: A few minutes before bed\n", "subtitle: A few minutes before bed\nlanguage: sp\n"))
    run = project.build()
    assert run.exit_code == 1
    assert [m.group(0) for m in run.problems] == [
        "content/worksheets/sheet.yaml:4:11: unknown language 'sp': did you mean 'es' (Spanish)?"]
    project.config("languages: [es, portugese]\n")
    project.write("content/worksheets/sheet.yaml", SHEET)
    configured = project.build()
    assert configured.exit_code == 1
    assert [m.group(0) for m in configured.problems] == [
        ("actsheets.yaml:1:17: 'portugese' is not valid here (write a language code such as en, "
         "en-GB, es, fr or pt-BR (no spaces))")]
    project.config("languages: [es, sp]\n")
    near = project.build()
    assert [m.group(0) for m in near.problems] == [
        "actsheets.yaml:1:17: unknown language 'sp': did you mean 'es' (Spanish)?"]


def test_the_draft_note_is_never_cut_short_by_a_long_title(project: Project):
    _project(project)
    project.invoke("translate", "es")
    long_title = "Revisión de la noche: unos minutos para mirar el día con calma y amabilidad"
    _fill(_catalog(project), {**SPANISH, "Evening check-in": long_title})
    run = project.build("--language", "es", "--large-print")
    assert run.exit_code == 0, run.output
    pages = page_texts(project.pdf("evening-check-in-es-large.pdf"))
    assert all("borrador de traducción, aún sin revisar" in collapse(page) for page in pages)
    assert any("…" in page for page in pages)  # the title gave way


def test_the_catalog_lists_each_translation_with_its_files(translated: Project):
    run = translated.build("--language", "es", "--format", "html", "--format", "pdf")
    assert run.exit_code == 0, run.output
    page = (translated.output / "index.html").read_text("utf-8")
    assert 'data-language="es"' in page and "Revisión de la noche" in page
    for name in ("evening-check-in-es.html", "evening-check-in-es.pdf",
                 "evening-check-in-es-fillable.pdf", "thumbnails/evening-check-in-es.png"):
        assert f'"{name}"' in page and (translated.output / name).is_file(), name
    assert '<option value="es" lang="es">Español</option>' in page
    twin = (translated.output / "evening-check-in-es.html").read_text("utf-8")
    assert '<html lang="es"' in twin and "Algo que noté hoy" in twin


def test_a_bilingual_web_page_marks_the_english_as_english(translated: Project):
    run = translated.build("--language", "es", "--bilingual", "--format", "html")
    assert run.exit_code == 0, run.output
    page = (translated.output / "evening-check-in-es-bilingual.html").read_text("utf-8")
    assert '<span class="gloss" lang="en">Something I noticed today</span>' in page
    assert "<title>Revisión de la noche</title>" in page


def test_a_spanish_packet_uses_the_spanish_worksheets_with_spanish_dates(project: Project):
    import shutil

    from conftest import REPO

    for sheet in ("mindful-awareness-log", "values-activity-planner", "journaling-prompts"):
        project.write(f"content/worksheets/{sheet}.yaml",
                      (REPO / "content" / "worksheets" / f"{sheet}.yaml").read_text("utf-8"))
        project.write(f"translations/es/{sheet}.po",
                      (REPO / "translations" / "es" / f"{sheet}.po").read_text("utf-8"))
    plan = (REPO / "content" / "plans" / "example-plan.yaml").read_text("utf-8")
    project.write("clients/c07.yaml", plan.replace("weeks: 4\n", "weeks: 4\nlanguage: es\n"))
    shutil.rmtree(project.root / "content" / "plans", ignore_errors=True)
    run = project.build("clients/c07.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    text = pdf_text(project.pdf("example-plan.pdf"))
    assert "Registro diario de atención plena" in text  # the worksheet's Spanish title
    assert "Daily Mindful Awareness Log" not in text
    assert "lun, 2 mar" in text and "dom, 8 mar" in text  # dated tracker rows, in Spanish
    assert "Robin Hale" in text


def test_a_catalog_that_cannot_be_written_is_one_line_not_a_traceback(project: Project):
    _project(project)
    project.write("translations", "a file where the folder should be\n")
    run = project.invoke("translate", "es")
    run.assert_clean_exit()
    assert run.exit_code == 1
    [line] = run.stderr.strip().splitlines()
    assert line.startswith("error: ") and "translations" in line
