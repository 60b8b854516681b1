"""Skip documents whose inputs have not changed since their files in output/ were written.

For each content file and set of build options the cache keeps the record of every file
the render read (with digests), the document's id and the files it wrote. A document is
fresh when the options match, every recorded file still has the same bytes (compared by
digest before anything is parsed) and every output is still there. A cache file that
cannot be read or makes no sense is discarded and rebuilt.

The file lists each (input file, digest) pair once and each entry points at its pairs by
number: thousands of documents share the config, theme, wording and fonts, and a build
where nothing changed reads the whole file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import actsheets
from actsheets.loading.reads import InputRecord
from actsheets.output.atomic import write_atomically

CACHE_NAME = ".actsheets-cache.json"
FORMAT = 2  # of the file: a file of another format is discarded


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """actsheets' version and its own code, so a changed generator rebuilds everything."""
    digest = hashlib.sha256(actsheets.__version__.encode())
    package = Path(actsheets.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def options_key(options: list[str]) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for option in options:
        digest.update(len(option).to_bytes(8, "big"))
        digest.update(option.encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    document_id: str
    record: InputRecord
    outputs: tuple[str, ...]


class BuildCache:
    def __init__(self, output_dir: Path):
        self.folder = output_dir
        self.path = output_dir / CACHE_NAME
        self._pairs: dict[tuple[str, str], tuple[str, str]] = {}  # each (file, digest) once
        self.entries: dict[str, dict] = _read(self.path, self._pair)
        self._digests: dict[str, str] = {}  # digests taken during this run

    def _pair(self, file: str, digest: str) -> tuple[str, str]:
        """One shared (file, digest) pair: thousands of entries list the same fonts."""
        pair = (file, digest)
        return self._pairs.setdefault(pair, pair)

    @staticmethod
    def _key(source: Path, options: str) -> str:
        return f"{source}|{options}"

    def fresh(self, source: Path, options: str) -> Entry | None:
        """The entry for this source and options, if nothing it depends on has changed."""
        raw = self.entries.get(self._key(source, options))
        try:
            entry = Entry(str(raw["id"]), InputRecord(dict(raw["inputs"])),
                          tuple(str(name) for name in raw["outputs"]))
        except (KeyError, TypeError, ValueError):
            return None
        folder = str(self.folder)
        if not all(os.path.isfile(os.path.join(folder, name)) for name in entry.outputs):
            return None
        return entry if entry.record.unchanged(self._digests) else None

    def record(self, source: Path, options: str, entry: Entry) -> None:
        self.entries[self._key(source, options)] = {
            "id": entry.document_id, "outputs": list(entry.outputs),
            "inputs": tuple(self._pair(*pair) for pair in entry.record.files.items())}

    def forget(self, source: Path, options: str) -> None:
        self.entries.pop(self._key(source, options), None)

    def save(self) -> None:
        pairs = sorted({pair for raw in self.entries.values() for pair in raw["inputs"]})
        number = {pair: index for index, pair in enumerate(pairs)}
        entries = {key: {**raw, "inputs": sorted(number[pair] for pair in raw["inputs"])}
                   for key, raw in self.entries.items()}
        data = json.dumps({"format": FORMAT, "files": pairs, "entries": entries},
                          sort_keys=True, separators=(",", ":")).encode()
        write_atomically(self.path, data)


def _read(path: Path, pair: Callable[[str, str], tuple[str, str]]) -> dict[str, dict]:
    """The entries, each with its (file, digest) pairs made by `pair`; {} for a file that
    is not a cache of this format."""
    if path.is_symlink() or not path.is_file():  # a link, a pipe or a folder: not ours
        return {}
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            return {}
        pairs = [pair(str(file), str(digest)) for file, digest in data["files"]]
        entries = {}
        for key, raw in data["entries"].items():
            entries[str(key)] = {"id": str(raw["id"]),
                                 "outputs": [str(name) for name in raw["outputs"]],
                                 "inputs": tuple(pairs[index] for index in raw["inputs"])}
        return entries
    except (OSError, ValueError, UnicodeDecodeError, AttributeError, KeyError, TypeError,
            IndexError):
        return {}
