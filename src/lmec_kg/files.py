"""Files in and out. Outputs are written to temporary names and renamed into place; the temporary ones are
private (mkstemp makes 0600, mkdtemp 0700), but a graph, an export or a page is for sharing.

:func:`check_writable` says in words why an output cannot go where it was asked to, so a
command can refuse before it has written anything (a read-only mount, a file in the way); :func:`read_utf8` reads what a user hands in, with a one-line error."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import OutputError

__all__ = ["share", "check_writable", "unwritable_reason", "read_utf8"]


def share(path: str | os.PathLike, mode: int) -> None:
    """Give ``path`` the permissions a new file (``mode`` 0o666) or folder (0o777) would get
    under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)


def unwritable_reason(path: str | os.PathLike, *, folder: bool = False) -> str | None:
    """Why a file (or, with ``folder``, a folder) cannot be written at ``path``, or None.

    Missing parent folders are fine (writers make them); what is checked is the nearest one
    that exists: it must be a folder and writable (a read-only mount fails here too, even
    for root)."""
    target = Path(path)
    if target.is_dir() and not folder:
        return "it is a folder"
    if target.exists() and not target.is_dir() and folder:
        return "it is a file, not a folder"
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"{parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{parent} is not writable"
    return None


def check_writable(path: str | os.PathLike, *, folder: bool = False) -> None:
    """Raise :class:`OutputError` ``"<path>: cannot write there (<why>)"`` if it cannot be written."""
    why = unwritable_reason(path, folder=folder)
    if why is not None:
        raise OutputError(f"{path}: cannot write there ({why})")


def read_utf8(path: str | os.PathLike, error: type[Exception], what: str = "file") -> str:
    """The text of a file the user gave (curation, query, gazetteer), or ``error`` with one line
    naming it: a binary or wrongly encoded file is "not UTF-8 text", never a traceback."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise error(f"{p}: cannot read the {what} ({e.strerror or e})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise error(f"{p}: not UTF-8 text (byte {e.start} cannot be decoded); "
                    f"the {what} must be saved as UTF-8") from None
