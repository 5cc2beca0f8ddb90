"""The ontology inside the store, in a named graph of its own, apart from the data.

The build writes ``ontology/lmec.ttl`` (it imports nothing) into ``kg:graph/ontology``, the
name ``publish`` sends it under, so a query can follow ``rdfs:subClassOf*`` and
``rdfs:subPropertyOf*`` from the terms the data states (``?e ?role ?o . ?role
rdfs:subPropertyOf* lmec:hasOrganizationalRole``): Oxigraph does no inference, and stating
every superclass in the data would change the Turtle every partner already reads. Whatever
reports on the data (export, stats, VoID, the network views, validate, publish) reads the
other graphs only, with :func:`data_dataset` and :func:`data_quads`, so their answers are
the data's.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError, InputError
from .namespaces import KG

__all__ = ["ONTOLOGY_GRAPH", "nquads", "has_ontology", "data_dataset", "data_quads"]

#: the ontology's named graph (``kg:graph/ontology``); a briefing file called ``ontology`` is
#: refused (``namespaces.RESERVED_GRAPH_NAMES``), so no briefing's graph is named so
ONTOLOGY_GRAPH = ox.NamedNode(f"{KG}graph/ontology")


def nquads() -> bytes:
    """The project's ontology as N-Quads in :data:`ONTOLOGY_GRAPH`, or nothing when no
    ontology file can be found (an install without the source checkout's ``ontology/``).

    Raises GraphError naming the file when it is there but cannot be parsed."""
    from .validate import ontology_path

    try:
        path = ontology_path()
    except InputError:
        return b""
    stat = path.stat()
    return _nquads(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _nquads(path: Path, mtime_ns: int, size: int) -> bytes:
    try:
        triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        quads = [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples]
    except (SyntaxError, ValueError, OSError) as e:
        raise GraphError(f"{path}: cannot read the ontology: {str(e).splitlines()[0]}") from None
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def has_ontology(store: ox.Store) -> bool:
    return store.contains_named_graph(ONTOLOGY_GRAPH)


def data_dataset(store: ox.Store) -> dict:
    """Keyword arguments for ``store.query`` that make its default graph the union of the
    data's graphs (and the default graph of a file), without the ontology's."""
    if not has_ontology(store):
        return {"use_default_graph_as_union": True}
    named = [g for g in store.named_graphs() if g != ONTOLOGY_GRAPH]
    return {"default_graph": [ox.DefaultGraph(), *named], "named_graphs": named}


def data_quads(store: ox.Store, subject=None, predicate=None, obj=None) -> Iterator[ox.Quad]:
    """``store.quads_for_pattern`` over every graph but the ontology's."""
    for q in store.quads_for_pattern(subject, predicate, obj, None):
        if q.graph_name != ONTOLOGY_GRAPH:
            yield q
