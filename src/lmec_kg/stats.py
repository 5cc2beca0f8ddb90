"""Counts of a graph by class and by property, for a quick look at what a build holds."""
from __future__ import annotations

import os
from dataclasses import dataclass

import pyoxigraph as ox

from .namespaces import curie as _curie
from .query import query
from .store import open_store

__all__ = ["GraphStats", "stats", "curie"]


@dataclass
class GraphStats:
    triples: int
    classes: list[tuple[str, int]]  # (class as CURIE, instances), most first
    properties: list[tuple[str, int]]  # (property as CURIE, triples), most first


def curie(iri: str) -> str:
    """Shorten an IRI with the project's prefixes (``lmec:Event``); others stay whole."""
    return _curie(iri) or iri


def stats(graph: str | os.PathLike | ox.Store) -> GraphStats:
    """Triples, instances per class and triples per property of the data (not the ontology
    the store keeps beside it)."""
    store = graph if isinstance(graph, ox.Store) else open_store(graph)  # opened once
    total = query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", data_only=True).values()[0][0]
    cls = query(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", data_only=True).values()
    props = query(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p", data_only=True).values()

    def ranked(rows):
        return sorted(((curie(k), int(n)) for k, n in rows), key=lambda r: (-r[1], r[0]))

    return GraphStats(int(total), ranked(cls), ranked(props))
