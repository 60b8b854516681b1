"""Output file names: <id>[-<language>[-bilingual]][-therapist][-fillable][-a4][-large].pdf (or .html for the HTML
twin), always inside output/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Variant:
    paper: str = "letter"
    large_print: bool = False
    fillable: bool = False
    audience: str = "client"
    format: str = "pdf"  # also the file's extension
    language: str = ""  # a translation's language; "" for the document's own
    bilingual: bool = False  # a translation with the English under each text

    @property
    def group(self) -> str:
        """The unit the cache keeps: a PDF's paper (adding A4 does not rebuild Letter), or
        the format for the others."""
        return self.paper if self.format == "pdf" else self.format

    def suffix(self) -> str:
        parts = [self.language] if self.language else []
        if self.bilingual:
            parts.append("bilingual")
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
    """The file in output/ (the name itself is not resolved: a link there is replaced by
    the new file, never written through)."""
    name = f"{document_id}{variant.suffix()}.{variant.format}"
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"output name {name!r} would leave the output folder")
    return output_dir.resolve() / name
