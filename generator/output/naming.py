"""Output file names: <id>[-therapist][-fillable][-a4][-large].pdf, always inside output/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Variant:
    paper: str = "letter"
    large_print: bool = False
    fillable: bool = False
    audience: str = "client"

    def suffix(self) -> str:
        parts = []
        if self.audience == "therapist":
            parts.append("therapist")
        if self.fillable:
            parts.append("fillable")
        if self.paper != "letter":
            parts.append(self.paper)
        if self.large_print:
            parts.append("large")
        return "".join(f"-{p}" for p in parts)


def output_path(output_dir: Path, document_id: str, variant: Variant) -> Path:
    name = f"{document_id}{variant.suffix()}.pdf"
    path = (output_dir / name).resolve()
    if path.parent != output_dir.resolve():
        raise ValueError(f"output name {name!r} would leave the output folder")
    return path
