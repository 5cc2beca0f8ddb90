"""Check a graph against the SHACL shapes in ``ontology/shapes.ttl``.

``validate(graph)`` merges the graph with the ontology (so targets and ``sh:class`` see the
subclass hierarchy), runs pySHACL and returns a :class:`Report` of readable results.
``validate_ontology()`` runs the same shapes on the ontology alone, where the ontology
"pitfall" shapes (labels, definitions, domains and ranges of ``lmec:`` terms) apply.

Library code: no printing; expected failures raise :mod:`lmec_kg.errors` exceptions.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .errors import GraphError, InputError
from .namespaces import PREFIXES
from .namespaces import curie as _curie

__all__ = [
    "Violation",
    "Report",
    "validate",
    "validate_ontology",
    "ontology_dir",
    "ontology_path",
    "shapes_path",
    "load_ontology",
    "load_shapes",
    "curie",
    "short",
]

ONTOLOGY_FILE = "lmec.ttl"
SHAPES_FILE = "shapes.ttl"

#: file suffix -> rdflib parser name, for RDF files read without the store module
_RDFLIB_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
_QUAD_FORMATS = {"nquads", "trig"}

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
#: extra prefixes for shortening IRIs in messages (the project's own come from namespaces.py)
_SHORT_PREFIXES = {**PREFIXES, "sh": str(SH), "lmecsh": "https://w3id.org/lmec-kg/shapes#"}
_MAX_LITERAL = 60
_VALUE_IS_FOCUS = URIRef("https://w3id.org/lmec-kg/shapes#valueIsFocus")


# --------------------------------------------------------------------------------------------
# where the ontology lives
# --------------------------------------------------------------------------------------------

def ontology_dir() -> Path:
    """The folder holding ``lmec.ttl`` and ``shapes.ttl``.

    ``$LMEC_ONTOLOGY_DIR`` if set, else ``ontology/`` of the source checkout, else a copy
    packaged under ``lmec_kg/resources/ontology``.
    """
    env = os.environ.get("LMEC_ONTOLOGY_DIR")
    here = Path(__file__).resolve().parent
    candidates = [Path(env)] if env else []
    candidates += [here.parents[1] / "ontology", here / "resources" / "ontology"]
    for candidate in candidates:
        if (candidate / ONTOLOGY_FILE).is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise InputError(f"cannot find the ontology ({ONTOLOGY_FILE}); looked in {tried}")


def ontology_path() -> Path:
    return ontology_dir() / ONTOLOGY_FILE


def shapes_path() -> Path:
    return ontology_dir() / SHAPES_FILE


def _parse_file(path: Path) -> Graph:
    """Parse one RDF file with rdflib into a Graph (quads are merged into one graph)."""
    fmt = _RDFLIB_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_RDFLIB_FORMATS))
        raise GraphError(f"{path}: unknown RDF file suffix {path.suffix or '(none)'!r} (use one of {known})")
    try:
        if fmt in _QUAD_FORMATS:
            ds = Dataset()
            ds.parse(str(path), format=fmt)
            return _flatten(ds)
        g = Graph()
        g.parse(str(path), format=fmt)
        return g
    except Exception as e:  # rdflib raises many parser-specific exception types
        detail = " ".join(str(e).split()) or type(e).__name__
        if len(detail) > 200:
            detail = detail[:199] + "…"
        raise GraphError(f"{path}: not valid {fmt}: {detail}") from None


@lru_cache(maxsize=8)
def _parse_cached(path: Path, mtime_ns: int, size: int) -> Graph:
    return _parse_file(path)


def _load(path: Path) -> Graph:
    """A fresh copy of a parsed file (parsed once per version of the file)."""
    stat = path.stat()
    copy = Graph()
    for triple in _parse_cached(path, stat.st_mtime_ns, stat.st_size):
        copy.add(triple)
    return copy


def load_ontology() -> Graph:
    """The ontology as a fresh rdflib Graph."""
    return _load(ontology_path())


def load_shapes() -> Graph:
    """The SHACL shapes as a fresh rdflib Graph."""
    return _load(shapes_path())


# --------------------------------------------------------------------------------------------
# reading the graph to check
# --------------------------------------------------------------------------------------------

def _flatten(ds: Graph) -> Graph:
    """The union of every graph in a Dataset/ConjunctiveGraph as one plain Graph."""
    g = Graph()
    for s, p, o, *_ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _from_oxigraph_term(term) -> Node:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise GraphError(f"unsupported RDF term in store: {term!r}")


def _from_store(store) -> Graph:
    """Copy an Oxigraph store's data (the default graph and every named graph but the
    ontology's, which :func:`validate` merges from the file) into an rdflib Graph."""
    from .ontology import data_quads

    g = Graph()
    for quad in data_quads(store):
        g.add((
            _from_oxigraph_term(quad.subject),
            _from_oxigraph_term(quad.predicate),
            _from_oxigraph_term(quad.object),
        ))
    return g


def _store_module():
    try:
        from . import store
    except ModuleNotFoundError as e:
        if e.name in ("lmec_kg.store", "pyoxigraph"):
            return None
        raise
    return store


def _read_graph(source: Graph | str | os.PathLike) -> Graph:
    import pyoxigraph as ox

    if isinstance(source, ox.Store):  # e.g. a build's in-memory store
        return _from_store(source)
    if isinstance(source, Graph):
        if isinstance(source, Dataset) or getattr(source, "context_aware", False):
            return _flatten(source)
        data = Graph()
        for triple in source:
            data.add(triple)
        return data
    path = Path(source)
    if not path.exists():
        raise GraphError(f"{path}: no such graph file or store folder")
    if path.is_dir():
        store = _store_module()
        if store is not None and hasattr(store, "open_graph"):
            return _read_graph(store.open_graph(path))
        if store is not None and hasattr(store, "open_store"):
            return _from_store(store.open_store(path))
        raise GraphError(f"{path}: is a folder, and reading a store folder needs lmec_kg.store")
    return _parse_file(path)


# --------------------------------------------------------------------------------------------
# the report
# --------------------------------------------------------------------------------------------

def curie(iri: str, prefixes: dict[str, str] | None = None) -> str | None:
    """``prefix:rest`` for the longest namespace the IRI starts with, else None (with sh:)."""
    return _curie(iri, _SHORT_PREFIXES if prefixes is None else prefixes)


def short(term: Node | None) -> str:
    """A readable form of an RDF term: ``kg:person/李永红``, ``"text"@zh``, ``[blank node]``."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return curie(term) or f"<{term}>"
    if isinstance(term, Literal):
        value = str(term)
        if len(value) > _MAX_LITERAL:
            value = value[: _MAX_LITERAL - 1] + "…"
        value = value.replace("\n", " ")
        if term.language:
            return f'"{value}"@{term.language}'
        if term.datatype is not None:
            return f'"{value}"^^{short(term.datatype)}'
        return f'"{value}"'
    return "[blank node]"


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    focus: str
    path: str
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str = ""
    shape: str = ""

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        text = f"{self.severity}: {where}: {self.message}"
        if self.value and self.value != self.focus:
            text += f" (value: {self.value})"
        return text


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of a validation: ``conforms`` is True when there is no sh:Violation
    (warnings are reported but do not make a graph fail)."""

    conforms: bool
    violations: tuple[Violation, ...] = ()

    @property
    def errors(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "Violation")

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity != "Violation")

    def summary(self) -> str:
        n, w = len(self.errors), len(self.warnings)
        head = "conforms" if self.conforms else "does not conform"
        return f"{head}: {n} violation{'s' * (n != 1)}, {w} warning{'s' * (w != 1)}"

    def text(self) -> str:
        """Every result on its own line, then the summary."""
        return "\n".join([*(str(v) for v in self.violations), self.summary()])

    def __bool__(self) -> bool:  # `if report:` reads as "if it conforms"
        return self.conforms


def _severity(node: Node | None) -> str:
    if isinstance(node, URIRef) and str(node).startswith(str(SH)):
        return str(node)[len(str(SH)):]
    return "Violation"


def _path(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return short(node)
    return "(property path)"


def _report(results: Graph, value_is_focus: frozenset[Node] = frozenset()) -> Report:
    """Turn pySHACL's results graph into a Report; for whole-graph shapes (marked
    ``lmecsh:valueIsFocus``) the offending node comes back as sh:value and is shown as focus."""
    violations = set()
    for result in results.subjects(SH.resultSeverity, None):
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        shape = results.value(result, SH.sourceShape)
        focus = results.value(result, SH.focusNode)
        value = results.value(result, SH.value)
        if shape in value_is_focus and value is not None:
            focus, value = value, None
        violations.add(Violation(
            focus=short(focus),
            path=_path(results.value(result, SH.resultPath)),
            message=messages[0] if messages else "does not conform",
            severity=_severity(results.value(result, SH.resultSeverity)),
            value=short(value),
            shape=short(shape) if isinstance(shape, URIRef) else "",
        ))
    ordered = sorted(
        violations,
        key=lambda v: (_SEVERITY_ORDER.get(v.severity, 3), v.focus, v.path, v.message, v.value),
    )
    return Report(conforms=not any(v.severity == "Violation" for v in ordered), violations=tuple(ordered))


def _run(data: Graph, shapes: Graph) -> Report:
    import pyshacl

    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=False,
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
        inplace=True,
    )
    marked = frozenset(shapes.subjects(_VALUE_IS_FOCUS, Literal(True)))
    return _report(results, marked)


# --------------------------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------------------------

def validate(graph: Graph | str | os.PathLike, *, with_ontology: bool = True) -> Report:
    """Validate a graph (rdflib Graph, RDF file or store folder) against the shapes.

    The graph is copied and merged with the ontology first (``with_ontology=False`` skips
    that; subclass-based targets then only see what the graph itself says). The caller's
    graph is never modified.
    """
    data = _read_graph(graph)
    if with_ontology:
        for triple in load_ontology():
            data.add(triple)
    return _run(data, load_shapes())


def validate_ontology(path: str | os.PathLike | None = None) -> Report:
    """Validate the ontology (``ontology/lmec.ttl``, or the file at ``path``) on its own."""
    data = _parse_file(Path(path)) if path is not None else load_ontology()
    return _run(data, load_shapes())
