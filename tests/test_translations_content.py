"""The bundled Spanish translations (every catalog in translations/es/): each document builds in Spanish with every string
translated, shows its Spanish title, says it is Spanish, and keeps the English page count in
Letter, A4 and large print (so one-page sheets stay on their planned pages)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po
from conftest import REPO, Project, collapse, pdf_text

SPANISH = REPO / "translations" / "es"


def _sources() -> dict[str, str]:
    """Every bundled Spanish catalog, by document id, with the English file it names."""
    found = {}
    for catalog in sorted(SPANISH.glob("*.po")):
        header = catalog.read_text("utf-8")[:2000]
        found[catalog.stem] = re.search(r'"X-Source-File: (.*?)\\n"', header).group(1)
    return found


DOCUMENTS = _sources()
VARIANTS = ("", "-a4", "-large", "-a4-large")


def _source(document_id: str) -> str:
    return DOCUMENTS[document_id]


def test_the_client_handout_and_every_client_worksheet_is_translated() -> None:
    client = {path.stem for folder in ("handouts", "worksheets")
              for path in (REPO / "content" / folder).glob("*.yaml")
              if "audience: therapist" not in path.read_text("utf-8")}
    assert client <= set(DOCUMENTS), client - set(DOCUMENTS)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, str]:
    """A project with these documents and their catalogs, built in English and Spanish;
    and what `check --language es` said about them."""
    proj = Project(tmp_path_factory.mktemp("spanish"))
    shutil.copy(REPO / "actsheets.yaml", proj.root / "actsheets.yaml")
    for document_id in DOCUMENTS:
        proj.write(_source(document_id), (REPO / _source(document_id)).read_text("utf-8"))
        catalog = f"translations/es/{document_id}.po"
        proj.write(catalog, (REPO / catalog).read_text("utf-8"))
    files = [_source(document_id) for document_id in DOCUMENTS]
    common = ("--language", "es", "--audience", "client", "--paper", "letter",
              "--paper", "a4", "-q", *files)
    for extra in ((), ("--large-print",)):
        run = proj.build(*common, *extra)
        assert run.exit_code == 0, run.output
    check = proj.invoke("check", "--language", "es", *files)
    assert check.exit_code == 0, check.output
    return proj, check.output


def _spanish_title(document_id: str) -> str:
    with open(REPO / "translations" / "es" / f"{document_id}.po", "rb") as handle:
        return next(m.string for m in read_po(handle) if m.context == "title")


@pytest.mark.parametrize("document_id", DOCUMENTS)
def test_every_string_is_translated(built: tuple[Project, str], document_id: str) -> None:
    _, report = built
    assert not [line for line in report.splitlines() if _source(document_id) in line]
    assert " 0 problem(s)" in report and "warning" not in report


@pytest.mark.parametrize("document_id", DOCUMENTS)
def test_spanish_pdf_reads_as_spanish(built: tuple[Project, str], document_id: str) -> None:
    proj, _ = built
    title = _spanish_title(document_id)
    assert title
    for variant in VARIANTS:
        path = proj.pdf(f"{document_id}-es{variant}.pdf")
        assert collapse(title) in pdf_text(path), path.name
        reader = pypdf.PdfReader(path)
        assert reader.trailer["/Root"]["/Lang"] == "es"
        assert reader.metadata.title.startswith(title)


@pytest.mark.parametrize("document_id", DOCUMENTS)
def test_spanish_keeps_the_english_page_count(built: tuple[Project, str],
                                              document_id: str) -> None:
    proj, _ = built

    def pages(name: str) -> int:
        return len(pypdf.PdfReader(proj.pdf(name)).pages)

    counts = {variant: (pages(f"{document_id}{variant}.pdf"),
                        pages(f"{document_id}-es{variant}.pdf")) for variant in VARIANTS}
    assert all(english == spanish for english, spanish in counts.values()), counts


def test_catalogs_are_drafts() -> None:
    for document_id in DOCUMENTS:
        text = Path(REPO / "translations" / "es" / f"{document_id}.po").read_text("utf-8")
        assert '"X-Translation-Status: draft' in text
