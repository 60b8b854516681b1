"""Skip documents whose inputs have not changed since the file in output/ was written.

A fingerprint covers the content file, the project config, the theme, wording, the
font files, the variant and the generator's own code; the cache records it per file.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import actsheets
from actsheets.output.atomic import write_atomically

CACHE_NAME = ".actsheets-cache.json"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    digest = hashlib.sha256(actsheets.__version__.encode())
    package = Path(actsheets.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(parts: list[bytes | str]) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class BuildCache:
    def __init__(self, output_dir: Path):
        self.path = output_dir / CACHE_NAME
        try:
            self.entries: dict[str, str] = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def is_fresh(self, output: Path, key: str) -> bool:
        return output.is_file() and self.entries.get(output.name) == key

    def record(self, output: Path, key: str) -> None:
        self.entries[output.name] = key

    def save(self) -> None:
        data = json.dumps(self.entries, indent=1, sort_keys=True).encode()
        write_atomically(self.path, data)
