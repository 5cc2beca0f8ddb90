"""Counts of a graph by class and by property, for a quick look at what a build holds."""
from __future__ import annotations

import os
from dataclasses import dataclass

import pyoxigraph as ox

from .namespaces import curie as _curie
from .query import query

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
    """Triples, instances per class and triples per property."""
    total = query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values()[0][0]
    cls = query(graph, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c").values()
    props = query(graph, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p").values()

    def ranked(rows):
        return sorted(((curie(k), int(n)) for k, n in rows), key=lambda r: (-r[1], r[0]))

    return GraphStats(int(total), ranked(cls), ranked(props))
