"""Whether output/index.html needs writing: the documents and the files in output/ it would
list (a cheap look, so an unchanged catalog costs no rendering)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from actsheets.build.formats import THUMBNAILS
from actsheets.config import Project
from actsheets.loading.content_files import find_content_files
from actsheets.output.cache import options_key

CATALOG_NAME = "index.html"


@dataclass(frozen=True)
class CatalogState:
    """What the catalog depends on besides the files it reads: the documents and the files
    in output/ (a cheap look, so an unchanged catalog costs no rendering)."""

    output_dir: Path
    files: list[Path]
    present: list[str]
    key: str


def catalog_state(paths: list[Path], project: Project) -> CatalogState:
    output_dir = project.output_dir
    files = find_content_files([p for p in (project.content_dir, *paths) if p.exists()])
    present = sorted(p.relative_to(output_dir).as_posix() for p in _listing(output_dir))
    return CatalogState(output_dir, files, present,
                        options_key(["catalog", *map(str, files), *present]))


def _listing(output_dir: Path) -> list[Path]:
    found = [p for p in output_dir.iterdir() if p.suffix in (".pdf", ".html") and p.is_file()]
    thumbnails = output_dir / THUMBNAILS
    if thumbnails.is_dir() and not thumbnails.is_symlink():
        found += [p for p in thumbnails.iterdir() if p.suffix == ".png" and p.is_file()]
    return [p for p in found if p.name != CATALOG_NAME and not p.name.startswith(".")]


