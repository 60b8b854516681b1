"""From bytes on disk to checked text: the encoding, and characters nobody can see.

Content must be UTF-8. A file with a UTF-8, UTF-16 or UTF-32 byte order mark is decoded
as it says; a wide (UTF-16/UTF-32) file without one, or a Latin-1 / Windows-1252 file, is
refused with the line where it goes wrong and how to save it as UTF-8.

Decoded text is then checked for characters that are invisible or that YAML refuses:
control characters other than tab and line breaks (NUL, vertical tab, form feed, escape,
DEL, the C1 range), Unicode line separators, text-direction overrides and isolates (they
can make text display differently from how it reads) and non-characters. Each line holding
one is reported with the character's code, so the user can find and delete it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from actsheets.errors import ContentError, Position, Problem

SAVE_AS_UTF8 = ("save the file as UTF-8: in your editor choose Save As (or Reopen/Save with "
                "Encoding) and pick UTF-8")
MAX_CHARACTER_PROBLEMS = 5

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_CONTROL_NAMES = {
    0x00: "NUL, a null byte", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab",
    0x0C: "form feed", 0x1B: "escape", 0x7F: "delete", 0x85: "next line",
}


def decode(raw: bytes, path: Path | str) -> str:
    """The text of a content file, or a located problem saying how to fix its encoding."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            return _decode_marked(raw[len(bom):], codec, name, path)
    if b"\x00" in raw and _looks_wide(raw):
        raise ContentError([Problem(path, Position(1, 1),
                                    f"the file is saved as UTF-16 or UTF-32, not UTF-8 "
                                    f"({SAVE_AS_UTF8})")])
    text = raw.decode("utf-8", errors="surrogateescape")
    if not _UNDECODABLE.search(text):
        return text
    bad_lines = [(number, match) for number, line in enumerate(_LINE_BREAK.split(text), 1)
                 if (match := _UNDECODABLE.search(line))]
    line, match = bad_lines[0]
    byte = ord(match.group()) - 0xDC00
    guess = bytes([byte]).decode("cp1252", errors="replace")
    seems = (f" (it looks like '{guess}' saved as Latin-1 or Windows-1252)"
             if guess.isprintable() and byte >= 0xA0 else "")
    more = f"; {len(bad_lines) - 1} more line(s) have such bytes" if len(bad_lines) > 1 else ""
    raise ContentError([Problem(path, Position(line, match.start() + 1),
                                f"byte 0x{byte:02x} is not valid UTF-8{seems}{more} "
                                f"({SAVE_AS_UTF8})")])


def _decode_marked(body: bytes, codec: str, name: str, path: Path | str) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        before = body[: error.start].decode(codec, errors="replace")
        line, column = line_and_column(before, len(before))
        raise ContentError([Problem(path, Position(line, column),
                                    f"the file says it is {name} but is damaged here "
                                    f"({SAVE_AS_UTF8})")]) from None


def _looks_wide(raw: bytes) -> bool:
    """UTF-16/32 without a byte order mark: most text is ASCII, so most high bytes are 0."""
    sample = raw[:4096]
    zeros = sample.count(0)
    if len(sample) < 2 or zeros * 4 < len(sample):
        return False
    for width in (2, 4):
        for offset in range(width):  # the lane that holds the letters has (almost) no zeros
            lane = sample[offset::width]
            if len(lane) and lane.count(0) * 10 <= len(lane) and (
                    zeros * 10 >= (len(sample) - len(lane)) * 9):
                return True
    return False


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `text[index]`, counting line breaks the way YAML does."""
    lines = _LINE_BREAK.split(text[:index])
    return len(lines), len(lines[-1]) + 1


def check_characters(text: str, path: Path | str) -> None:
    """Refuse invisible control characters, direction overrides and line separators."""
    if not _FORBIDDEN.search(text):
        return
    found = [(number, match) for number, line in enumerate(_LINE_BREAK.split(text), 1)
             if (match := _FORBIDDEN.search(line))]
    problems = [Problem(path, Position(number, match.start() + 1), describe(match.group()))
                for number, match in found[:MAX_CHARACTER_PROBLEMS]]
    if len(found) > MAX_CHARACTER_PROBLEMS:
        number, match = found[MAX_CHARACTER_PROBLEMS]
        problems.append(Problem(path, Position(number, match.start() + 1),
                                f"this line and {len(found) - MAX_CHARACTER_PROBLEMS - 1} more "
                                "after it also contain invisible control characters "
                                "(delete them)"))
    raise ContentError(problems)


def describe(character: str) -> str:
    code = ord(character)
    label = f"U+{code:04X}"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        name = unicodedata.name(character, "direction mark").lower()
        return (f"invisible text-direction character {label} ({name}) here: it can make text "
                "display differently from how it reads (delete it)")
    if code in (0x2028, 0x2029):
        return (f"invisible line separator {label} here (delete it, or use an ordinary "
                "line break)")
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        return f"character {label} is not a real character (delete it)"
    name = _CONTROL_NAMES.get(code, "invisible")
    return f"this line contains a control character {label} ({name}) (delete it)"
