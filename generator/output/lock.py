"""One build at a time per output folder.

A second build into the same folder while one is running would remove the first one's
temporary files and overwrite its cache, so it is refused with a clear message. The lock
is held on a small file in the folder and released by the operating system if the build
is killed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

LOCK_NAME = ".actsheets-lock"


class FolderBusy(Exception):
    pass


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    path = folder / LOCK_NAME
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags, 0o644)
    try:
        if not _try_lock(descriptor):
            raise FolderBusy(str(folder))
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _try_lock(descriptor: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
