"""The bundled Spanish translations of seven worksheets build cleanly and keep their pages.

Each worksheet is built in a throw-away project from the repository's content file, its
catalog in translations/es/ and the repository's config, in English and in Spanish, on
Letter and A4, standard and large print. The Spanish has no untranslated or stale text,
prints its Spanish title, is marked as Spanish, and takes as many pages as the English
(a one-page sheet stays on one page).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po
from conftest import BUNDLED_CONFIG, REPO, Project, pdf_text

WORKSHEETS = REPO / "content" / "worksheets"
SPANISH = REPO / "translations" / "es"

DOCUMENTS = [
    "support-and-connection-plan",
    "this-weeks-practice",
    "unhooking-from-thoughts",
    "values-activity-planner",
    "values-bullseye",
    "values-list",
    "willingness-and-action-plan",
]

# output name suffix -> build options
VARIANTS = {
    "": ("--paper", "letter"),
    "-a4": ("--paper", "a4"),
    "-large": ("--paper", "letter", "--large-print"),
    "-a4-large": ("--paper", "a4", "--large-print"),
}


def spanish_title(document_id: str) -> str:
    with (SPANISH / f"{document_id}.po").open("rb") as handle:
        catalog = read_po(handle)
    return next(message.string for message in catalog
                if message.context == "title" and message.string)


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


@pytest.fixture
def translated_project(tmp_path: Path, request: pytest.FixtureRequest) -> Project:
    document_id = request.param
    proj = Project(tmp_path / "proj")
    shutil.copy(BUNDLED_CONFIG, proj.root / "actsheets.yaml")
    (proj.root / "content" / "worksheets").mkdir(parents=True)
    shutil.copy(WORKSHEETS / f"{document_id}.yaml", proj.root / "content" / "worksheets")
    (proj.root / "translations" / "es").mkdir(parents=True)
    shutil.copy(SPANISH / f"{document_id}.po", proj.root / "translations" / "es")
    return proj


@pytest.mark.parametrize("translated_project", DOCUMENTS, indirect=True)
def test_spanish_worksheet_is_complete_and_keeps_its_pages(translated_project: Project) -> None:
    proj = translated_project
    document_id = next((proj.root / "translations" / "es").glob("*.po")).stem
    source = f"content/worksheets/{document_id}.yaml"

    check = proj.invoke("check", "--language", "es", source)
    check.assert_clean_exit()
    assert check.exit_code == 0, check.output
    assert "warning" not in check.output, check.output

    title = spanish_title(document_id)
    one_page = "one_page: true" in (WORKSHEETS / f"{document_id}.yaml").read_text("utf-8")
    for suffix, options in VARIANTS.items():
        run = proj.build("--language", "es", "--audience", "client", *options, source)
        run.assert_clean_exit()
        assert run.exit_code == 0, run.output
        assert "warning" not in run.output, run.output

        english = page_count(proj.pdf(f"{document_id}{suffix}.pdf"))
        spanish_pdf = proj.pdf(f"{document_id}-es{suffix}.pdf")
        spanish = page_count(spanish_pdf)
        assert spanish == english, (suffix, english, spanish)
        if one_page and "large" not in suffix:
            assert spanish == 1, suffix

        assert title in pdf_text(spanish_pdf)
        assert pypdf.PdfReader(spanish_pdf).trailer["/Root"]["/Lang"] == "es"
