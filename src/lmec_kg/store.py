"""The embedded Oxigraph store: write a build atomically, open a store folder or an RDF file.

Queries read the union of the named graphs (see ``graph.py``), so the same SPARQL runs on a
store folder, a Turtle file (default graph) or a TriG file (named graphs).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .files import check_writable, share

__all__ = ["open_store", "write_store", "is_store_dir", "load_quads", "StoreWriter", "RDF_SUFFIXES", "rdf_format"]

#: file suffix -> Oxigraph format; the one table every reader and writer uses
RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


def rdf_format(path: str | os.PathLike) -> ox.RdfFormat:
    suffix = Path(path).suffix.lower()
    try:
        return RDF_SUFFIXES[suffix]
    except KeyError:
        known = ", ".join(sorted(RDF_SUFFIXES))
        raise GraphError(f"{path}: unknown RDF file suffix {suffix or '(none)'!r} (use one of {known})") from None


def is_store_dir(path: str | os.PathLike) -> bool:
    p = Path(path)
    return p.is_dir() and (p / "CURRENT").is_file()


def open_store(path: str | os.PathLike) -> ox.Store:
    """Open a built store folder (read-only) or load an RDF file into an in-memory store."""
    p = Path(path)
    if not p.exists():
        raise GraphError(f"{p}: no such graph file or store folder")
    if p.is_dir():
        if not is_store_dir(p):
            raise GraphError(f"{p}: folder is not an lmec-kg store (build one with `lmec-kg build`)")
        try:
            return ox.Store.read_only(str(p))
        except OSError as e:
            raise GraphError(f"{p}: cannot open store: {e}") from None
    store = ox.Store()
    fmt = rdf_format(p)
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise GraphError(f"{p}: not valid {fmt.name}: {str(e).splitlines()[0]}") from None
    return store


def load_quads(quads: Iterable[ox.Quad]) -> ox.Store:
    """An in-memory store holding these quads."""
    store = ox.Store()
    store.extend(quads)
    return store


def write_store(quads: Iterable[ox.Quad] | bytes, directory: str | os.PathLike) -> Path:
    """Write quads (or N-Quads text) into a fresh on-disk store at ``directory``, replacing
    any store there atomically."""
    writer = StoreWriter(directory)
    try:
        if isinstance(quads, (bytes, bytearray)):
            writer.load(bytes(quads))
        else:
            writer.store.bulk_extend(quads)
    except BaseException:
        writer.discard()
        raise
    return writer.commit()


class StoreWriter:
    """A fresh on-disk store written beside ``directory`` in batches of N-Quads text
    (:meth:`load`), that replaces the store there only on :meth:`commit`; :meth:`discard`
    leaves the old one untouched."""

    def __init__(self, directory: str | os.PathLike) -> None:
        self.target = Path(directory)
        self.check(self.target)
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", dir=self.target.parent))
        except OSError as e:
            raise GraphError(f"{self.target}: cannot write a store there ({e.strerror or e})") from None
        try:
            self.store: ox.Store | None = ox.Store(str(self.tmp))
        except BaseException:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise

    @staticmethod
    def check(directory: str | os.PathLike) -> None:
        """Raise unless a store can be written at ``directory``: nothing there, an empty
        folder or a store folder (replacing means deleting), in a writable folder."""
        target = Path(directory)
        if target.exists() and not is_store_dir(target) and (not target.is_dir() or any(target.iterdir())):
            raise GraphError(f"{target}: exists and is not a store folder; not replacing it "
                             f"(choose another --store)")
        check_writable(target, folder=True)

    def load(self, data: bytes) -> None:
        self.store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)

    def commit(self) -> Path:
        target = self.target
        try:
            self.store.flush()
            self.store = None  # closed before the folder moves
            share(self.tmp, 0o777)
            old = None
            if target.exists():
                old = target.with_name(f".{target.name}.old")
                shutil.rmtree(old, ignore_errors=True)
                target.rename(old)
            self.tmp.rename(target)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            self.discard()
            raise
        return target

    def discard(self) -> None:
        self.store = None
        shutil.rmtree(self.tmp, ignore_errors=True)
