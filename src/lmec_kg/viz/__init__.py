"""Network views -> pictures: an offline interactive HTML page, static PNG/SVG, a timeline chart.

>>> from lmec_kg.viz import write_page
>>> write_page("build/store", "build/network.html")   # doctest: +SKIP
PosixPath('build/network.html')
"""
from __future__ import annotations

from .page import write_page

__all__ = ["write_page", "write_picture", "write_timeline"]


def write_picture(*args, **kwargs):
    """See :func:`lmec_kg.viz.picture.write_picture` (matplotlib is imported only when needed)."""
    from .picture import write_picture as _write_picture

    return _write_picture(*args, **kwargs)


def write_timeline(*args, **kwargs):
    """See :func:`lmec_kg.viz.picture.write_timeline`."""
    from .picture import write_timeline as _write_timeline

    return _write_timeline(*args, **kwargs)
