"""Store or quads -> bytes in an RDF format: readable prefixes, deterministic order, atomic files."""
from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError, OutputError
from .files import check_writable, share
from .namespaces import PREFIXES
from .ontology import ONTOLOGY_GRAPH
from .store import load_quads, open_store, rdf_format
from .turtle import turtle_chunks

__all__ = ["FORMATS", "serialize", "serialize_triples", "triple_chunks", "export", "write_atomic", "format_for_path", "graph_lines"]

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


def graph_lines(store: ox.Store, data_only: bool = True) -> list[tuple[str, str]]:
    """(graph term or "" for the default graph, N-Triples statement without " .") for every
    quad of the data (not the ontology's graph, :mod:`lmec_kg.ontology`), dumped by Oxigraph in
    Rust; no Python-side RDF terms are made."""
    out: list[tuple[str, str]] = []
    graphs = [ox.DefaultGraph(), *sorted(_data_graphs(store, data_only), key=str)]
    for g in graphs:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).decode("utf-8")
        name = "" if isinstance(g, ox.DefaultGraph) else str(g)
        out.extend((name, line[:-2]) for line in data.splitlines() if line)
    return out


def _data_graphs(store: ox.Store, data_only: bool = True) -> list:
    """The store's named graphs, but the ontology's when ``data_only``: an export of a store
    is the data (quads given to :func:`serialize` are written as given)."""
    return [g for g in store.named_graphs() if not (data_only and g == ONTOLOGY_GRAPH)]


def _triple_lines(store: ox.Store, data_only: bool = True) -> list[str]:
    """Every distinct triple of the store's data as an N-Triples statement with its " .", sorted.

    Sorted as UTF-8 bytes (the same order as the text's code points, at memcmp speed) in one
    list of all graphs' dumps: each dump comes in long ordered runs, which the sort merges
    in a fraction of the time a hashed set's order takes; duplicates (a triple in two graphs)
    are then neighbours. The trailing " ." does not change the order: a term is never
    followed by a character below the space.
    """
    lines: list[bytes] = []
    for g in (ox.DefaultGraph(), *_data_graphs(store, data_only)):
        lines.extend(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).split(b"\n"))
    lines.sort()
    out: list[str] = []
    step = 1 << 16  # decoded a slice at a time: never the whole graph as one str
    prev = b""
    for i in range(0, len(lines), step):
        part = []
        for line in lines[i:i + step]:
            if line != prev:
                part.append(line)
                prev = line
        if part:
            out.extend(b"\n".join(part).decode("utf-8").split("\n"))
    return out


def serialize(source: ox.Store | Iterable[ox.Quad], fmt: ox.RdfFormat | str = "turtle") -> bytes:
    """Serialise deterministically: the same triples give the same bytes.

    Statements are sorted on their N-Triples text, which keeps each graph's and each subject's
    statements together. Triple formats drop the named graphs (each triple lives in one
    graph, so nothing repeats); quad formats (N-Quads, TriG) keep them. A store's ontology graph
    (:mod:`lmec_kg.ontology`) is left out: it is no part of the data.
    """
    if isinstance(fmt, str):
        try:
            fmt = FORMATS[fmt.lower()]
        except KeyError:
            raise GraphError(f"unknown format {fmt!r} (use one of {', '.join(sorted(FORMATS))})") from None
    data_only = isinstance(source, ox.Store)  # a store's ontology graph is not its data
    store = source if data_only else load_quads(source)
    if fmt.supports_datasets:
        text = "".join(f"{t} {g} .\n" if g else f"{t} .\n" for g, t in sorted(set(graph_lines(store, data_only))))
        if fmt == ox.RdfFormat.N_QUADS:
            return text.encode("utf-8")
        return _oxigraph_serialize(text, fmt)
    return serialize_triples(_triple_lines(store, data_only), fmt)


def serialize_triples(lines: Iterable[str], fmt: ox.RdfFormat) -> bytes:
    """Sorted, distinct N-Triples statements (with or without their final " .") in a triple
    format: what :func:`serialize` writes for a store holding them. A build passes its own
    statements here (``BuildReport.ntriples``) rather than dumping them back from a store."""
    return b"".join(triple_chunks(lines, fmt))


def triple_chunks(lines: Iterable[str], fmt: ox.RdfFormat) -> Iterator[bytes]:
    """:func:`serialize_triples` a piece at a time, for :func:`write_atomic` to stream to a
    file (Turtle and N-Triples never whole in memory; other formats are made at once)."""
    if fmt.supports_datasets:
        raise GraphError(f"{fmt.name} keeps named graphs: serialise the store instead")
    if fmt == ox.RdfFormat.TURTLE:
        yield from turtle_chunks(lines, PREFIXES)
        return
    statements = (f"{t}\n" if t.endswith(" .") else f"{t} .\n" for t in lines)
    if fmt == ox.RdfFormat.N_TRIPLES:
        while part := "".join(itertools.islice(statements, 1 << 16)):
            yield part.encode("utf-8")
        return
    yield _oxigraph_serialize("".join(statements), fmt)


def _oxigraph_serialize(text: str, fmt: ox.RdfFormat) -> bytes:
    parsed = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS if fmt.supports_datasets
                      else ox.RdfFormat.N_TRIPLES)
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(list(parsed), format=fmt, prefixes=prefixes)


def export(graph: str | os.PathLike | ox.Store, fmt: str = "turtle") -> bytes:
    """The graph at ``graph`` (store folder or RDF file) serialised in ``fmt``."""
    store = graph if isinstance(graph, ox.Store) else open_store(graph)
    return serialize(store, fmt)


def write_atomic(path: str | os.PathLike, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` (bytes, or pieces of them written as they come) via a temporary file in
    the same folder and rename: never a half-written file, even if making the pieces fails."""
    target = Path(path)
    check_writable(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as e:
        raise OutputError(f"{target}: cannot write there ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray, memoryview)):
                fh.write(data)
            else:
                for piece in data:
                    fh.write(piece)
        share(tmp, 0o666)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target
