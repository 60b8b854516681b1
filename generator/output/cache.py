"""Skip documents whose inputs have not changed since their files in output/ were written.

For each content file and set of build options the cache keeps the record of every file
the render read (with digests), the document's id and the files it wrote. A document is
fresh when the options match, every recorded file still has the same bytes (compared by
digest before anything is parsed) and every output is still there. A cache file that
cannot be read or makes no sense is discarded and rebuilt.

The cache also remembers every file it recorded as made, with the content file and the
document id it came from, even after a renamed document's entry is replaced. A made file
whose content file is gone, or now has another id, is left over from a document that no
longer exists: `build` reports it and `build --clean` removes it. Files actsheets did not
make are never in this list.

The file lists each (input file, digest) pair once and each entry points at its pairs by
number: thousands of documents share the config, theme, wording and fonts, and a build
where nothing changed reads the whole file.
"""

from __future__ import annotations

import contextlib
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
MADE_KEY = "made"  # output file name -> [content file (relative to the folder), document id]


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
        self.entries: dict[str, dict]
        self.entries, made = _read(self.path, self._pair)
        # output file name -> (content file relative to the folder, document id)
        self.made: dict[str, tuple[str, str]] = _made(made)
        for key, raw in self.entries.items():  # caches written before `made` was kept
            for name in raw["outputs"]:
                self.made.setdefault(name, (self._where(Path(key.rsplit("|", 1)[0])),
                                            raw["id"]))
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
        for name in entry.outputs:
            self.made[name] = (self._where(source), entry.document_id)

    def left_over(self, current: dict[Path, str]) -> list[tuple[str, str]]:
        """(file name, document id) of each file this folder holds from a document that no
        longer exists: its content file is gone, or `current` (content file -> id, for the
        documents of this build) gives it another id, and no document of this build has
        its id. A content file that did not load this time keeps its files."""
        now = {self._where(path): document_id for path, document_id in current.items()}
        alive = set(now.values())
        for name in [name for name in self.made if not self._ours(name)]:
            del self.made[name]  # removed or replaced by someone else: no longer ours
        return sorted((name, made_id) for name, (where, made_id) in self.made.items()
                      if made_id not in alive and (not (self.folder / where).exists()
                                                   or now.get(where, made_id) != made_id))

    def remove(self, name: str) -> None:
        """Delete a file this cache made (the caller checked it is left over)."""
        if self._ours(name):
            (self.folder / name).unlink()
        del self.made[name]

    def forget(self, source: Path, options: str) -> None:
        self.entries.pop(self._key(source, options), None)

    def save(self) -> None:
        pairs = sorted({pair for raw in self.entries.values() for pair in raw["inputs"]})
        number = {pair: index for index, pair in enumerate(pairs)}
        entries = {key: {**raw, "inputs": sorted(number[pair] for pair in raw["inputs"])}
                   for key, raw in self.entries.items()}
        made = {name: list(origin) for name, origin in self.made.items()}
        data = json.dumps({"format": FORMAT, "files": pairs, "entries": entries, MADE_KEY: made},
                          sort_keys=True, separators=(",", ":")).encode()
        write_atomically(self.path, data)

    def _where(self, source: Path) -> str:
        """A content file relative to this folder, so a moved project still finds it."""
        with contextlib.suppress(ValueError):  # another drive on Windows
            return os.path.relpath(source, self.folder)
        return str(source)

    def _ours(self, name: str) -> bool:
        """A plain file inside the folder (never a link someone put there)."""
        path = self.folder / name
        return (path.is_file() and not path.is_symlink()
                and path.resolve().parent == self.folder.resolve() / Path(name).parent)


def _made(raw: object) -> dict[str, tuple[str, str]]:
    if not isinstance(raw, dict):
        return {}
    return {str(name): (str(origin[0]), str(origin[1])) for name, origin in raw.items()
            if isinstance(origin, list) and len(origin) == 2}


def _read(path: Path, pair: Callable[[str, str], tuple[str, str]]
          ) -> tuple[dict[str, dict], object]:
    """The entries, each with its (file, digest) pairs made by `pair`, and the record of
    made files; nothing for a file that is not a cache of this format."""
    if path.is_symlink() or not path.is_file():  # a link, a pipe or a folder: not ours
        return {}, {}
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            return {}, {}
        pairs = [pair(str(file), str(digest)) for file, digest in data["files"]]
        entries = {}
        for key, raw in data["entries"].items():
            entries[str(key)] = {"id": str(raw["id"]),
                                 "outputs": [str(name) for name in raw["outputs"]],
                                 "inputs": tuple(pairs[index] for index in raw["inputs"])}
        return entries, data.get(MADE_KEY, {})
    except (OSError, ValueError, UnicodeDecodeError, AttributeError, KeyError, TypeError,
            IndexError):
        return {}, {}
