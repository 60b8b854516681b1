"""Operating-system errors in plain words: which file, what happened, what to do."""

from __future__ import annotations

import errno

_OTHER_FOLDER = "choose another folder with --out"
_PERMISSION = ("permission denied", f"change the folder's permissions, or {_OTHER_FOLDER}")
_FULL = ("the disk is full", "free some space and build again")
_IN_THE_WAY = ("a file is in the way where a folder should be",
               f"move the file, or {_OTHER_FOLDER}")

_REASONS = {
    errno.EACCES: _PERMISSION,
    errno.EPERM: _PERMISSION,
    errno.ENOSPC: _FULL,
    errno.EDQUOT: ("the disk quota is used up", _FULL[1]),
    errno.EROFS: ("the disk is read-only", _OTHER_FOLDER),
    errno.ENOENT: ("the folder does not exist", f"create it, or {_OTHER_FOLDER}"),
    errno.ENOTDIR: _IN_THE_WAY,
    errno.EEXIST: _IN_THE_WAY,
    errno.EISDIR: ("a folder has that name", "move the folder, or choose another id"),
    errno.ENAMETOOLONG: ("the name is too long", "use a shorter id or a shorter folder path"),
}


def describe(error: OSError, doing: str) -> str:
    """'cannot write output/a.pdf: the disk is full (free some space and build again)'."""
    reason, fix = _REASONS.get(error.errno or 0, (
        (error.strerror or str(error)).lower(), "check the folder and try again"))
    where = f" {error.filename}" if error.filename else ""
    return f"cannot {doing}{where}: {reason} ({fix})"
