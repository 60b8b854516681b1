"""A record of the files a render read, each with the digest of its bytes.

The cache keeps this record beside each output; on the next build the recorded files'
bytes are hashed again and compared before anything is parsed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ABSENT = "absent"


def file_digest(path: Path | str) -> str:
    """The SHA-256 of a file's bytes; ABSENT when there is no file (a template looked for
    and not found, which must still be absent next time); "" when it cannot be read (which
    never matches)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except (FileNotFoundError, NotADirectoryError):
        return ABSENT
    except OSError:
        return ""


class InputRecord:
    """Files read for one output, by path, with their digests."""

    def __init__(self, files: dict[str, str] | None = None):
        self.files: dict[str, str] = dict(files or {})

    def add(self, path: Path) -> None:
        key = str(path)
        if key not in self.files:
            self.files[key] = file_digest(path)

    def merged(self, other: InputRecord) -> InputRecord:
        return InputRecord({**self.files, **other.files})

    def unchanged(self, seen: dict[str, str] | None = None) -> bool:
        """Whether every file still has the recorded bytes; `seen` remembers digests
        already taken in this run (many records share the config, theme and fonts)."""
        seen = {} if seen is None else seen
        for path, digest in self.files.items():
            if path not in seen:
                seen[path] = file_digest(path)
            if not digest or seen[path] != digest:
                return False
        return True
