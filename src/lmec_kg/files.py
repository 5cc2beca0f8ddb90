"""Outputs are written to temporary names and renamed into place; the temporary ones are
private (mkstemp makes 0600, mkdtemp 0700), but a graph, an export or a page is for sharing."""
from __future__ import annotations

import os

__all__ = ["share"]


def share(path: str | os.PathLike, mode: int) -> None:
    """Give ``path`` the permissions a new file (``mode`` 0o666) or folder (0o777) would get
    under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)
