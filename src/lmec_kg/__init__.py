"""lmec-kg: a knowledge graph of Lancang-Mekong cooperation, read from briefings.

The library API a notebook uses; the ``lmec-kg`` command is a thin layer over it.

>>> import lmec_kg
>>> report = lmec_kg.build(["data/briefings"])                       # doctest: +SKIP
>>> lmec_kg.query(report.store, "SELECT * WHERE { ?s a foaf:Person }")  # doctest: +SKIP
"""
from .errors import LmecError
from .export import export, serialize
from .pipeline import BuildReport, build
from .query import QueryResult, query
from .stats import stats
from .store import open_store

__version__ = "0.1.0"

__all__ = ["build", "query", "export", "serialize", "stats", "open_store", "BuildReport",
           "QueryResult", "LmecError", "__version__"]
