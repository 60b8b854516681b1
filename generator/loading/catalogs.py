"""Translation catalogs: one gettext PO file per document and language
(`translations/<language>/<document id>.po`), read and written with Babel's catalog tools so
that Poedit, Weblate or an agency's own tools can open them.

Each entry's context (msgctxt) is where its English text sits in the document, such as
`blocks.2.prompt`; its msgid is the English text and its msgstr the translation. The header
names the English file (`X-Source-File`) and how far the translation has been checked
(`X-Translation-Status`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, PoFileParser, write_po

from actsheets.errors import ContentError, Position, Problem
from actsheets.loading.encoding import decode
from actsheets.loading.files import read_bytes

MAX_CATALOG_BYTES = 2 * 1024 * 1024
STATUSES = ("draft", "reviewed", "clinically-reviewed", "back-translated")
"""How far a translation has been checked: a machine or first draft; read by a fluent
speaker; checked by a clinician who speaks the language; translated back and compared."""
STATUS_HEADER = "X-Translation-Status"
SOURCE_HEADER = "X-Source-File"


class _Catalog(Catalog):
    """Babel's catalog, keeping the two headers of our own that it would drop."""

    status: str = "draft"
    source_file: str = ""

    def _set_mime_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        headers = list(headers)
        for name, value in headers:
            name = name.lower() if isinstance(name, str) else name.decode().lower()
            value = value if isinstance(value, str) else value.decode()
            if name == STATUS_HEADER.lower():
                self.status = value.strip()
            elif name == SOURCE_HEADER.lower():
                self.source_file = value.strip()
        super()._set_mime_headers(headers)

    def _get_mime_headers(self) -> list[tuple[str, str]]:
        dropped = ("POT-Creation-Date", "PO-Revision-Date", "Generated-By",
                   "Report-Msgid-Bugs-To")
        kept = [(k, "actsheets" if k == "Project-Id-Version" else v)
                for k, v in super()._get_mime_headers() if k not in dropped]
        return kept + [
            (SOURCE_HEADER, self.source_file), (STATUS_HEADER, self.status)]


@dataclass(frozen=True)
class Entry:
    context: str
    english: str
    translation: str
    line: int  # of the msgid in the PO file
    fuzzy: bool = False
    previous: str = ""  # the English it was translated from, when marked fuzzy


@dataclass
class TranslationCatalog:
    path: Path
    language: str
    status: str
    source_file: str
    entries: dict[str, Entry] = field(default_factory=dict)  # by context
    status_line: int = 1

    def by_english(self, english: str) -> Entry | None:
        """A finished translation of the same English under another context (text that
        moved, say when a block was added above it)."""
        for entry in self.entries.values():
            if entry.english == english and entry.translation and not entry.fuzzy:
                return entry
        return None


def read_catalog(path: Path, language: str) -> TranslationCatalog:
    text = decode(read_bytes(path, MAX_CATALOG_BYTES), path).removeprefix("\ufeff")
    _check_lines(text, path)
    catalog = _Catalog(locale=None)
    parser = PoFileParser(catalog, ignore_obsolete=True, abort_invalid=True)
    try:
        parser.parse(io.StringIO(text))
    except PoFileError as error:
        detail = str(error).rsplit(" on ", 1)[0]
        raise ContentError([Problem.of("translation.syntax", path,
                                       Position(max(error.lineno, 1), 1),
                                       detail=detail.rstrip("."))]) from None
    status_line = _line_of(text, STATUS_HEADER)
    if catalog.status not in STATUSES:
        raise ContentError([Problem.of("translation.unknown-status", path,
                                       Position(status_line, 1), status=catalog.status,
                                       statuses=", ".join(STATUSES))])
    entries: dict[str, Entry] = {}
    previous = _previous_ids(text)
    for message in catalog:
        if not message.id or not isinstance(message.id, str):
            continue  # the header; plural forms are not used by content
        entries[message.context or ""] = Entry(
            context=message.context or "", english=message.id,
            translation=message.string if isinstance(message.string, str) else "",
            line=message.lineno or 1, fuzzy=message.fuzzy,
            previous=previous.get(message.lineno or 0, ""))
    return TranslationCatalog(path, language, catalog.status, catalog.source_file, entries,
                              status_line)


_ENTRY_LINE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?)?\s*"(?:[^"\\]|\\.)*"\s*$')


def _check_lines(text: str, path: Path) -> None:
    """Every line is a comment, blank, or a keyword and text in double quotes (Babel would
    quietly read a line whose closing quote is missing)."""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or _ENTRY_LINE.match(stripped):
            continue
        detail = ("the text on this line must start and end with a double quote, and a "
                  'quote inside it is written \\"') if '"' in stripped else (
                  "this line is neither a comment (#), a msgid/msgstr line nor text in "
                  "double quotes")
        raise ContentError([Problem.of("translation.syntax", path, Position(number, 1),
                                       detail=detail)])


def _previous_ids(text: str) -> dict[int, str]:
    """The `#| msgid` comments (the English an entry was translated from), by the line of
    the msgid they precede: Babel writes them but does not read them back."""
    found: dict[int, str] = {}
    parts: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#| msgid "):
            parts = [line.removeprefix("#| msgid ")]
        elif line.startswith('#| "') and parts:
            parts.append(line.removeprefix("#| "))
        elif line.startswith("msgid ") and parts:
            found[number] = "".join(_unquoted(part) for part in parts)
            parts = []
        elif not line.startswith(("#", "msgctxt")):
            parts = []
    return found


def _unquoted(part: str) -> str:
    from babel.messages.pofile import unescape

    return unescape(part.strip())


def _line_of(text: str, header: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip('"').startswith(f"{header}:"):
            return number
    return 1


@dataclass(frozen=True)
class NewEntry:
    context: str
    english: str
    translation: str
    reference: tuple[str, int]  # the English file and line
    fuzzy: bool = False
    previous: str = ""


def catalog_bytes(entries: list[NewEntry], obsolete: list[Entry], language: str, status: str,
                  source_file: str, title: str) -> bytes:
    """A PO file in gettext's own layout (references, `#| msgid` for changed English,
    obsolete entries kept at the end as `#~`)."""
    catalog = _Catalog(locale=language.replace("-", "_"), project="actsheets", version="",
                       charset="utf-8", fuzzy=False, language_team="",
                       header_comment=_header_comment(title, language))
    catalog.status = status
    catalog.source_file = source_file
    for entry in entries:
        catalog.add(entry.english, entry.translation, locations=[entry.reference],
                    flags=("fuzzy",) if entry.fuzzy else (), context=entry.context or None,
                    previous_id=entry.previous or ())
    for old in obsolete:
        catalog.obsolete[(old.english, old.context)] = Message(
            old.english, old.translation, context=old.context or None)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=True, include_lineno=True)
    return buffer.getvalue()


def _header_comment(title: str, language: str) -> str:
    return (f"# {language} translation of \"{title}\", made with actsheets.\n"
            "#\n"
            "# Each entry: msgid is the English text, msgstr its translation. Keep\n"
            "# {{ placeholders }} and **bold** marks as they are. An entry marked fuzzy\n"
            "# had its English changed (the old English is on the #| line): check the\n"
            "# translation, then remove the fuzzy mark.\n"
            "# X-Translation-Status below: " + ", ".join(STATUSES) + "\n"
            "# (a draft prints a small note in the footer of every page).")
