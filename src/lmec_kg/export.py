"""Store or quads -> bytes in an RDF format: readable prefixes, deterministic order, atomic files."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .namespaces import PREFIXES
from .store import open_store, rdf_format

__all__ = ["FORMATS", "serialize", "export", "write_atomic", "format_for_path"]

#: format name (CLI --format) -> Oxigraph format
FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def format_for_path(path: str | os.PathLike) -> ox.RdfFormat:
    return rdf_format(path)


def _term_key(t) -> tuple:
    # IRIs before blank nodes before literals, then by lexical form: a total, stable order
    if isinstance(t, ox.NamedNode):
        return (0, t.value, "")
    if isinstance(t, ox.BlankNode):
        return (1, t.value, "")
    if isinstance(t, ox.Literal):
        return (2, t.value, t.language or t.datatype.value)
    return (3, str(t), "")


def _sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    return sorted(quads, key=lambda q: (_term_key(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph)
                                         else (-1, "", ""), _term_key(q.subject), _term_key(q.predicate),
                                         _term_key(q.object)))


def serialize(source: ox.Store | Iterable[ox.Quad], fmt: ox.RdfFormat | str = "turtle") -> bytes:
    """Serialise deterministically: the same triples give the same bytes.

    Triple formats drop the named graphs (each triple is in one graph, so nothing repeats);
    quad formats (N-Quads, TriG) keep them.
    """
    if isinstance(fmt, str):
        try:
            fmt = FORMATS[fmt.lower()]
        except KeyError:
            raise GraphError(f"unknown format {fmt!r} (use one of {', '.join(sorted(FORMATS))})") from None
    quads = list(source) if not isinstance(source, ox.Store) else list(source.quads_for_pattern(None, None, None, None))
    if fmt.supports_datasets:
        items = _sorted_quads(quads)
    else:
        seen = {}
        for q in quads:
            seen.setdefault(q.triple, None)
        items = sorted(seen, key=lambda t: (_term_key(t.subject), _term_key(t.predicate), _term_key(t.object)))
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(items, format=fmt, prefixes=prefixes)


def export(graph: str | os.PathLike | ox.Store, fmt: str = "turtle") -> bytes:
    """The graph at ``graph`` (store folder or RDF file) serialised in ``fmt``."""
    store = graph if isinstance(graph, ox.Store) else open_store(graph)
    return serialize(store, fmt)


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write via a temporary file in the same folder and rename: never a half-written file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target
