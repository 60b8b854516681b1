"""`actsheets certificates`: one landscape page per attendee, read back; the register; the
roster's mistakes located by row and column; names kept out of files names, messages and
metadata."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pypdf
import pytest
from conftest import A4, LETTER, REPO, Project, collapse, load_yaml, pdf_text

COURSE = "content/courses/homework-in-act-for-depression.yaml"
ID = "homework-in-act-for-depression"
NAMES = {
    "a-001": "Zoë Ångström",
    "a-002": "José Núñez",
    "a-003": "Nguyễn Thị Minh Khai",
    "a-004": "Łukasz Ægir Wojciechowski-Brzęczyszczykiewicz de la Fontaine-Montmorency",
}
ROSTER = (
    "id,name,licence,state,completed,minutes,score\n"
    "a-001,Zoë Ångström,PSY 12345,CA,2026-03-14,,92\n"
    "a-002,José Núñez,,,2026-03-14,75,80\n"
    "a-003,Nguyễn Thị Minh Khai,LCSW 998877,TX,2026-03-14,,100\n"
    "a-004,Łukasz Ægir Wojciechowski-Brzęczyszczykiewicz de la Fontaine-Montmorency,LPC 42,NY,"
    "2026-03-14,,88\n"
)


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("certificates") / "proj"
    project = Project(root)
    shutil.copytree(REPO / "content", root / "content", dirs_exist_ok=True)
    shutil.copy(REPO / "actsheets.yaml", root / "actsheets.yaml")
    return project


@pytest.fixture(scope="module")
def issued(library):
    library.write("attendees.csv", ROSTER)
    run = library.invoke("certificates", COURSE, "--roster", "attendees.csv", "--out", "certs")
    assert run.exit_code == 0, run.output
    return library.root / "certs", run


def _register(folder: Path) -> list[dict[str, str]]:
    raw = (folder / f"{ID}-register.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read the accents right
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_one_landscape_letter_page_per_attendee_with_name_title_and_hours(issued):
    folder, _ = issued
    course = load_yaml(REPO / COURSE)
    combined = pypdf.PdfReader(folder / f"{ID}-certificates.pdf")
    assert len(combined.pages) == len(NAMES)
    for page, (row_id, name) in zip(combined.pages, NAMES.items()):
        assert tuple(round(v, 1) for v in page.mediabox[2:]) == (LETTER[1], LETTER[0])
        text = collapse(page.extract_text())
        assert name in text
        assert course["title"] in text
        assert "APA: 1 CE hours (general)" in text and "ASWB ACE: 1 CE hours (clinical)" in text
        assert "Date completed: March 14, 2026" in text
        assert "Format: Live interactive webinar" in text
        assert "ACEP No. 7001" in text and "ACE provider approval period: 2025-02-01" in text
        assert f"HIAFD-20260314-{row_id}" in text
        single = folder / f"certificate-{row_id}.pdf"
        assert len(pypdf.PdfReader(single).pages) == 1
        assert name in pdf_text(single)
    assert "Licence: PSY 12345 (CA)" in collapse(combined.pages[0].extract_text())


def test_names_the_theme_font_lacks_are_set_in_a_wide_coverage_font(issued):
    folder, _ = issued
    page = pypdf.PdfReader(folder / "certificate-a-003.pdf").pages[0]
    fonts = [str(font.get_object()["/BaseFont"]) for font in
             page["/Resources"]["/Font"].values()]
    assert any("NotoSans" in font for font in fonts), fonts
    accented = pypdf.PdfReader(folder / "certificate-a-001.pdf").pages[0]
    fonts = [str(font.get_object()["/BaseFont"]) for font in
             accented["/Resources"]["/Font"].values()]
    assert not any("NotoSans" in font for font in fonts), fonts  # Atkinson has Zoë's letters


def test_the_register_is_the_providers_record(issued):
    folder, _ = issued
    rows = _register(folder)
    assert [row["id"] for row in rows] == list(NAMES)
    assert [row["name"] for row in rows] == list(NAMES.values())
    first = rows[0]
    assert first["status"] == "issued" and first["licence"] == "PSY 12345"
    assert first["certificate_id"] == "HIAFD-20260314-a-001"
    assert len(first["verification_code"]) == 9 and first["verification_code"][4] == "-"
    assert first["verification_code"] in pdf_text(folder / "certificate-a-001.pdf")
    assert first["credits"].startswith("APA: 1 CE hours (general)")


def test_names_stay_out_of_file_names_messages_and_metadata(issued):
    folder, run = issued
    for name in NAMES.values():
        first_name = name.split()[0]
        assert first_name not in run.output
        assert not any(first_name in path.name for path in folder.iterdir())
    for path in folder.glob("*.pdf"):
        metadata = pypdf.PdfReader(path).metadata
        assert not any(name.split()[0] in str(value) for value in metadata.values()
                       for name in NAMES.values())
        assert "Certificate of Completion" in metadata["/Title"]


def test_a_rebuild_gives_the_same_codes_and_the_same_bytes_and_a4_is_landscape(library, issued):
    folder, _ = issued
    again = library.invoke("certificates", COURSE, "--roster", "attendees.csv", "--out", "again")
    assert again.exit_code == 0
    assert _register(library.root / "again") == _register(folder)
    assert (library.root / "again" / "certificate-a-002.pdf").read_bytes() == \
        (folder / "certificate-a-002.pdf").read_bytes()
    a4 = library.invoke("certificates", COURSE, "--roster", "attendees.csv", "--out", "a4",
                        "--paper", "a4")
    assert a4.exit_code == 0
    page = pypdf.PdfReader(library.root / "a4" / "certificate-a-001-a4.pdf").pages[0]
    assert tuple(round(v, 1) for v in page.mediabox[2:]) == (round(A4[1], 1), round(A4[0], 1))


def test_too_few_minutes_or_a_low_score_gets_no_certificate_and_is_listed(library):
    library.write("partial.csv", "id;name;completed;minutes;score\n"
                                 "b-1;Ana Full;2026-03-14;;90\n"
                                 "b-2;Ben Early;2026-03-14;45;90\n"
                                 "b-3;Cy Low;2026-03-14;;60%\n")
    run = library.invoke("certificates", COURSE, "--roster", "partial.csv", "--out", "partial")
    assert run.exit_code == 0, run.output
    folder = library.root / "partial"
    assert sorted(p.name for p in folder.glob("certificate-*")) == ["certificate-b-1.pdf"]
    messages = {(m.group("line"), m.group("col")): m.group("message") for m in run.problems}
    assert messages[("3", "4")].startswith("warning: attendee b-2 attended fewer than the "
                                           "course's 60 credit-bearing minutes")
    assert messages[("4", "5")].startswith("warning: attendee b-3 scored below the pass mark "
                                           "of 75%")
    statuses = {row["id"]: row["status"] for row in _register(folder)}
    assert statuses == {"b-1": "issued", "b-2": "not issued: too few minutes",
                        "b-3": "not issued: below the pass mark"}
    assert "Ben" not in run.output and "Cy Low" not in run.output


def test_bad_rows_are_located_and_the_good_attendees_still_get_certificates(library):
    roster = ("id,name,completed\n"
              "c-1,Good Person,2026-03-14\n"
              "c-2,,2026-03-14\n"
              "c-3,Secret Dater,14/03/2026\n"
              "c 4,Spacey Id,2026-03-14\n"
              "c-1,Second Goodperson,2026-03-14\n"
              "c-6,李雷,2026-03-14\n"
              "c-7,Also Good,2026-03-14\n")
    library.write("bad.csv", roster)
    run = library.invoke("certificates", COURSE, "--roster", "bad.csv", "--out", "bad")
    assert run.exit_code == 1
    run.assert_clean_exit()
    found = {(m.group("file").split("/")[-1], m.group("line"), m.group("col")): m.group("message")
             for m in run.problems}
    assert found == {
        ("bad.csv", "3", "2"): "the name cell is empty (fill it in; this row gets no "
                               "certificate until then)",
        ("bad.csv", "4", "3"): "the completed cell is not a date (write it as YYYY-MM-DD, "
                               "for example 2025-03-14)",
        ("bad.csv", "5", "1"): "the id in this row can only hold letters, digits, '-' and '_' "
                               "(at most 64; it names the certificate's file)",
        ("bad.csv", "6", "1"): "this id is already used in row 2 (give each attendee their "
                               "own id)",
        ("bad.csv", "7", "2"): "no available font can draw U+674E, U+96F7 in the name cell "
                               "of this row (check it for stray characters)",
    }
    folder = library.root / "bad"
    assert sorted(p.name for p in folder.glob("certificate-*")) == [
        "certificate-c-1.pdf", "certificate-c-7.pdf"]
    for secret in ("Secret", "Spacey", "Goodperson", "李"):
        assert secret not in run.output


def test_roster_columns_are_checked_before_any_certificate(library):
    library.write("columns.csv", "id,nmae,completed,licence\nd-1,Dee,2026-03-14,X\n")
    run = library.invoke("certificates", COURSE, "--roster", "columns.csv", "--out", "cols")
    assert run.exit_code == 1
    messages = [(m.group("line"), m.group("col"), m.group("message")) for m in run.problems]
    assert ("1", "2", "unknown column 'nmae' (did you mean 'name'?)") in messages
    assert ("1", "1", ("the first line has no 'name' column (add it; certificates need id, "
                      "name, completed)")) in messages
    assert not (library.root / "cols").exists() or not list((library.root / "cols").glob("*.pdf"))


def test_a_file_that_is_not_a_course_is_refused(library):
    run = library.invoke("certificates", "content/worksheets/choice-point.yaml", "--roster",
                         "attendees.csv", "--out", "nope")
    assert run.exit_code == 1
    assert run.problems[0].group("message") == ("this file is a worksheet, not a course (give "
                                                "the course file)")


def test_three_hundred_attendees_in_one_command(library):
    lines = ["id,name,completed"] + [f"p{n:03d},Attendee Número {n},2026-03-14"
                                     for n in range(300)]
    library.write("many.csv", "\n".join(lines) + "\n")
    run = library.invoke("certificates", COURSE, "--roster", "many.csv", "--out", "many")
    assert run.exit_code == 0, run.output
    folder = library.root / "many"
    assert len(list(folder.glob("certificate-p*.pdf"))) == 300
    assert len(pypdf.PdfReader(folder / f"{ID}-certificates.pdf").pages) == 300
    assert len(_register(folder)) == 300


def test_signature_images_are_drawn_above_the_signature_lines(library):
    from PIL import Image

    Image.new("RGB", (400, 120), (30, 30, 30)).save(library.root / "signature.png")
    course = (library.root / COURSE).read_text("utf-8")
    signed = course.replace("    role: Instructor\n",
                            "    role: Instructor\n    image: signature.png\n")
    assert signed != course
    library.write("content/courses/signed.yaml", signed.replace(
        "title: \"Setting Homework", "id: signed-course\ntitle: \"Setting Homework"))
    library.write("one.csv", "id,name,completed\ns-1,Sol Signer,2026-03-14\n")
    run = library.invoke("certificates", "content/courses/signed.yaml", "--roster", "one.csv",
                         "--out", "signed")
    assert run.exit_code == 0, run.output
    page = pypdf.PdfReader(library.root / "signed" / "certificate-s-1.pdf").pages[0]
    assert len(page.images) == 1
    assert "Dr Imogen Vale" in page.extract_text()


def test_a_spanish_course_gives_spanish_certificates_with_a_spanish_date(library):
    course = (REPO / COURSE).read_text("utf-8")
    library.write("content/courses/curso.yaml",
                  course.replace("kind: course\n", "kind: course\nlanguage: es\n"))
    library.write("asistentes.csv", "id,name,completed\ne-1,Ana Ruiz,2026-03-14\n")
    run = library.invoke("certificates", "content/courses/curso.yaml", "--roster",
                         "asistentes.csv", "--out", "certs-es")
    assert run.exit_code == 0, run.output
    text = " ".join(pdf_text(pdf) for pdf in (library.root / "certs-es").glob("*.pdf"))
    assert "14 de marzo de 2026" in text and "2026-03-14" not in text
    assert "Ana Ruiz" in text
