"""Reading a content file's bytes safely: ordinary files only, size checked first.

The size is checked with `os.stat` before anything is read, so a huge file is refused
without being loaded into memory, and reading stops one byte past the limit even if the
file grows meanwhile. A named pipe, socket or device is refused before it is opened
(opening a pipe would wait forever for a writer); the file is opened non-blocking and
checked again after opening, in case it was swapped in between. Failures name the file and
say what happened in plain words.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from actsheets.errors import ContentError, Position, Problem

_CHUNK = 1 << 20
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))

_OS_MESSAGES = {
    errno.ENOENT: "it does not exist (check the file name and the folder)",
    errno.ENOTDIR: "a folder in its path does not exist (check the path)",
    errno.EACCES: "permission denied: you are not allowed to read it "
                  "(change its permissions, or copy it somewhere you can read)",
    errno.EPERM: "permission denied: you are not allowed to read it "
                 "(change its permissions, or copy it somewhere you can read)",
    errno.EISDIR: "it is a folder, not a file (give the path of a .yaml file)",
    errno.ELOOP: "it is a link that points back to itself (fix or remove the link)",
    errno.ENAMETOOLONG: "the file name is too long (use a shorter name)",
    errno.EIO: "the disk reported a read error (copy the file to another place and retry)",
}


def _problem(path: Path | str, message: str) -> ContentError:
    return ContentError([Problem(path, Position(1, 1), message)])


def _os_problem(path: Path | str, error: OSError) -> ContentError:
    words = _OS_MESSAGES.get(error.errno or 0)
    if words is None:
        words = f"{(error.strerror or 'unknown error').lower()} (check the file and retry)"
    return _problem(path, f"cannot read file: {words}")


def _kind_of(mode: int) -> str | None:
    """None for a regular file, else what it is in plain words."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _check(path: Path | str, info: os.stat_result, limit: int) -> None:
    kind = _kind_of(info.st_mode)
    if kind == "a folder":
        raise _problem(path, "cannot read file: it is a folder, not a file "
                             "(give the path of a .yaml file)")
    if kind is not None:
        raise _problem(path, f"is not a regular file (it is {kind}; content must be an "
                             "ordinary .yaml file)")
    if info.st_size > limit:
        raise too_large(path, limit)


def too_large(path: Path | str, limit: int) -> ContentError:
    return _problem(path, f"file is larger than {limit // 1000} kB "
                          "(split it into smaller files)")


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or a located problem."""
    try:
        _check(path, os.stat(path), limit)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _os_problem(path, error) from None
    try:
        _check(path, os.fstat(descriptor), limit)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise _os_problem(path, error) from None
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise too_large(path, limit)
    return data
