"""Finding content files: YAML files in the folders given, skipping hidden folders."""

from __future__ import annotations

from pathlib import Path

CONTENT_SUFFIXES = (".yaml", ".yml")


def find_content_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in CONTENT_SUFFIXES and p.is_file()
                            and not any(part.startswith(".")
                                        for part in p.relative_to(path).parts))
        else:
            found.append(path)
    return list(dict.fromkeys(found))
