"""A VoID + DCAT description of the dataset, to ship beside every export.

``describe(store)`` says what the graph is (title, description, licence, publisher, the
vocabularies it uses), how big it is (triples in total and per named graph, class and property
partitions, entities, distinct subjects), where to get it (SPARQL endpoint, download URLs) and
a few example resources. Every node has an IRI (no blank nodes) and nothing depends on the
clock or on iteration order, so the same graph gives the same bytes: ``dcterms:modified`` is the
time the caller gives, else ``$SOURCE_DATE_EPOCH`` when set (reproducible-builds.org), else the
latest date the graph itself holds (a briefing's ``dcterms:issued``, a curation's
``prov:generatedAtTime``). ``void:dataDump`` names the export beside the description by a
relative IRI (``<lmec-kg.ttl>``), which a reader resolves against where the description is.

Call it from an export as::

    from lmec_kg import void
    void.write_description(store, void.description_path(output), dumps=[output.name])
"""
from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from .export import format_for_path, serialize, write_atomic
from .graph import mint
from .errors import GraphError
from .namespaces import DCTERMS, FOAF, KG, LMEC, ORG, PREFIXES, PROV, RDF, RDFS, XSD
from .stats import curie
from .ontology import data_dataset
from .store import open_store

__all__ = ["describe", "write_description", "modified", "statistics", "Statistics", "StatisticsCounter", "description_path", "build_time", "to_bytes", "DATASET", "VOID", "DCAT",
           "DEFAULT_LICENSE"]

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DATASET = mint("dataset")
PUBLISHER = mint("agent", "lmec-kg")
DEFAULT_LICENSE = "https://www.apache.org/licenses/LICENSE-2.0"  # the project's licence (pyproject)
TITLES = {"en": "lmec-kg: Lancang-Mekong environmental cooperation knowledge graph",
          "zh": "澜湄环境合作知识图谱"}
DESCRIPTIONS = {
    "en": "Who cooperates with whom in Lancang-Mekong environmental cooperation: organisations, "
          "people and their posts, events and the roles organisations play in them, speeches, "
          "initiatives and documents, read from the Chinese briefings (简报) of the Lancang-Mekong "
          "Environmental Cooperation Center. Every fact links to the briefing sentence it was read "
          "from; each briefing's triples are in a named graph of their own.",
    "zh": "澜湄环境合作中谁与谁开展合作：机构、人物及其职务、活动及各机构在活动中的角色、讲话、倡议与文件，"
          "均从澜沧江-湄公河环境合作中心的简报中提取，每条事实都可追溯到简报原句；每份简报的三元组各自位于一个命名图中。",
}
KEYWORDS = {"en": ["Lancang-Mekong", "environmental cooperation", "knowledge graph", "organisations", "events"],
            "zh": ["澜湄合作", "环境合作", "知识图谱"]}
#: classes whose first instance (by IRI) is given as an example resource
EXAMPLE_CLASSES = [LMEC.Briefing, ORG.Organization, FOAF.Person, LMEC.Event, ORG.Membership, LMEC.Speech]
#: well-known vocabularies not in PREFIXES, for void:vocabulary
_EXTRA_VOCABULARIES = {"http://www.w3.org/ns/dcat#", "http://rdfs.org/ns/void#",
                       "http://purl.org/vocab/vann/"}
MEDIA_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
               ".trig": "application/trig", ".jsonld": "application/ld+json", ".json": "application/ld+json",
               ".rdf": "application/rdf+xml", ".owl": "application/rdf+xml", ".xml": "application/rdf+xml"}


def _n(iri) -> ox.NamedNode:
    return iri if isinstance(iri, ox.NamedNode) else ox.NamedNode(str(iri))


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=_n(XSD.integer))


def _rows(store: ox.Store, sparql: str) -> list[list]:
    res = store.query(sparql, **data_dataset(store))  # the data's graphs, not the ontology's
    cols = [v.value for v in res.variables]
    return [[sol[c] for c in cols] for sol in res]


def _count(store: ox.Store, sparql: str) -> int:
    rows = _rows(store, sparql)
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def _namespace(iri: str) -> str:
    """The vocabulary an IRI belongs to: a known prefix's namespace, else up to its last # or /."""
    known = [ns for p, ns in PREFIXES.items() if iri.startswith(ns)] + [
        ns for ns in _EXTRA_VOCABULARIES if iri.startswith(ns)]
    if known:
        return max(known, key=len)
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut > 0 else iri


def _media_iri(media: str) -> ox.NamedNode:
    return ox.NamedNode(f"https://www.iana.org/assignments/media-types/{media}")


@dataclass
class Statistics:
    """The counts a VoID description reports (IRIs as plain strings)."""

    triples: int = 0
    entities: int = 0
    distinct_subjects: int = 0
    classes: dict[str, int] = field(default_factory=dict)  # class -> distinct instances
    properties: dict[str, int] = field(default_factory=dict)  # property -> triples
    graphs: dict[str, int] = field(default_factory=dict)  # named graph -> triples
    briefings: set[str] = field(default_factory=set)
    examples: dict[str, str] = field(default_factory=dict)  # class -> smallest instance IRI
    latest: str | None = None  # the latest YYYY-MM-DD of a briefing's issue or a curation


def statistics(store: ox.Store | str | os.PathLike) -> Statistics:
    """Count a store (folder or RDF file) with SPARQL."""
    store = store if isinstance(store, ox.Store) else open_store(store)
    st = Statistics()
    st.triples = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    st.entities = _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }")
    st.distinct_subjects = _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    st.classes = {c.value: int(n.value) for c, n in _rows(
        store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")}
    st.properties = {p.value: int(n.value) for p, n in _rows(
        store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")}
    st.briefings = {b.value for (b,) in _rows(store, f"SELECT DISTINCT ?b WHERE {{ ?b a <{LMEC.Briefing}> }}")}
    st.graphs = {g.value: int(n.value) for g, n in _rows(
        store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        if isinstance(g, ox.NamedNode)}
    for cls in EXAMPLE_CLASSES:
        rows = _rows(store, f"SELECT (MIN(STR(?s)) AS ?x) WHERE {{ ?s a <{cls}> FILTER(isIRI(?s)) }}")
        if rows and rows[0][0] is not None:
            st.examples[str(cls)] = rows[0][0].value
    rows = _rows(store, f"SELECT (MAX(SUBSTR(STR(?d), 1, 10)) AS ?x) WHERE {{ ?s ?p ?d "
                        f"VALUES ?p {{ <{DCTERMS.issued}> <{PROV.generatedAtTime}> }} }}")
    st.latest = _day(rows[0][0].value) if rows and rows[0][0] is not None else None
    return st


def _day(text: str) -> str | None:
    """``text`` if it is a YYYY-MM-DD date, else None."""
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else None
    except ValueError:
        return None


class StatisticsCounter:
    """The same counts, taken from a build's own statements: the triples of each graph as the
    graph is written (:meth:`add`), the rest in one pass over all statements in sorted order
    (:meth:`scan`), which hands them on, so the Turtle writer reading them does the counting.

    Sorted, a subject's statements are adjacent and every statement is distinct, so distinct
    subjects, typed subjects and class instances are counted without remembering any of them:
    memory stays a counter per class and property however large the graph.
    """

    _TYPE = f"<{RDF.type}>"
    _DATED = {f"<{DCTERMS.issued}>", f"<{PROV.generatedAtTime}>"}

    def __init__(self) -> None:
        self._graphs: dict[str, int] = {}
        self._counts: Statistics | None = None
        self._result: Statistics | None = None

    def add(self, graph: str, triples: list[str]) -> None:
        """``graph`` in N-Triples form; ``triples`` its ``"s p o"`` statements."""
        if triples:
            self._graphs[graph[1:-1]] = self._graphs.get(graph[1:-1], 0) + len(triples)

    def scan(self, statements: Iterable[str]):
        """Every statement, in sorted order, counted as it is passed on; the counts are kept
        once the pass ends."""
        st = Statistics()
        props: Counter = Counter()
        instances: Counter = Counter()
        firsts: dict[str, str] = {}
        rdf_type = self._TYPE
        dated = self._DATED
        latest = ""
        subject = None
        typed = False
        for t in statements:
            s, p, o = t.split(" ", 2)
            if s != subject:
                subject, typed = s, False
                st.distinct_subjects += 1
            props[p] += 1
            if p == rdf_type:
                if not typed:
                    typed = True
                    st.entities += 1
                if o[0] == "<" and o.endswith(">"):
                    instances[o] += 1
                    if o in _EXAMPLES and s[0] == "<" and (o not in firsts or s[1:-1] < firsts[o]):
                        firsts[o] = s[1:-1]
                    if o == _BRIEFING and s[0] == "<":
                        st.briefings.add(s[1:-1])
            elif p in dated and o[:1] == '"' and o[1:11] > latest:
                latest = o[1:11]
            yield t
        st.latest = _day(latest)
        st.triples = sum(props.values())
        st.classes = {c[1:-1]: n for c, n in instances.items()}
        st.properties = {p[1:-1]: n for p, n in props.items()}
        st.examples = {str(c): firsts[f"<{c}>"] for c in EXAMPLE_CLASSES if f"<{c}>" in firsts}
        self._counts = st

    @property
    def counted(self) -> bool:
        """Whether a pass over the statements has ended (and :meth:`result` is free)."""
        return self._counts is not None

    def result(self) -> Statistics:
        """The counts, once a :meth:`scan` has ended."""
        if self._counts is None:
            raise RuntimeError("no pass over the statements has ended yet")
        if self._result is None:
            self._result = self._counts
            self._result.graphs = dict(self._graphs)
        return self._result


#: stands for the folder of the description while the dumps' relative IRIs are made
_LOCAL = "file:///lmec-kg-description/"
_BRIEFING = f"<{LMEC.Briefing}>"
_EXAMPLES = {f"<{c}>" for c in EXAMPLE_CLASSES}


def describe(source: ox.Store | str | os.PathLike | Statistics, *, endpoint: str | None = None,
             generated: dt.datetime | dt.date | str | None = None, downloads: Sequence[str] = (),
             dumps: Sequence[str] = (), license: str = DEFAULT_LICENSE) -> list[ox.Quad]:  # noqa: A002 - the DCAT term
    """Quads (in the default graph) describing the dataset in VoID and DCAT.

    Parameters
    ----------
    source : an open store, a store folder or an RDF file, or its :class:`Statistics`.
    endpoint : URL of the SPARQL endpoint serving it (``lmec-kg serve``), if any.
    generated : when the graph was built; if None, :func:`modified` of the graph (deterministic).
    downloads : absolute URLs where exports of the dataset can be downloaded.
    dumps : exports beside the description, by their path relative to it (``lmec-kg.ttl``).
    license : IRI of the licence.
    """
    d = DATASET
    out: list[tuple] = []

    def add(s, p, o) -> None:
        out.append((_n(s), _n(p), o if isinstance(o, (ox.Literal, ox.NamedNode)) else _n(o)))

    a = RDF.type
    add(d, a, VOID + "Dataset")
    add(d, a, DCAT + "Dataset")
    for lang, text in TITLES.items():
        add(d, DCTERMS.title, ox.Literal(text, language=lang))
    for lang, text in DESCRIPTIONS.items():
        add(d, DCTERMS.description, ox.Literal(text, language=lang))
    for lang, words in KEYWORDS.items():
        for w in words:
            add(d, DCAT + "keyword", ox.Literal(w, language=lang))
    add(d, DCTERMS.license, license)
    add(d, DCTERMS.publisher, PUBLISHER)
    add(d, DCTERMS.creator, PUBLISHER)
    add(PUBLISHER, a, FOAF.Organization)
    add(PUBLISHER, FOAF.name, ox.Literal("lmec-kg project"))
    add(d, DCTERMS.language, ox.Literal("zh"))
    add(d, DCTERMS.source, ox.Literal(
        "Briefings (简报) of the Lancang-Mekong Environmental Cooperation Center (澜沧江-湄公河环境合作中心)",
        language="en"))
    add(d, VOID + "uriSpace", ox.Literal(str(KG)))
    add(d, VOID + "rootResource", d)
    st = source if isinstance(source, Statistics) else statistics(source)
    when = generated if generated is not None else modified(st)
    if when is not None:
        add(d, DCTERMS.modified, _time(when))
    add(d, VOID + "triples", _int(st.triples))
    add(d, VOID + "entities", _int(st.entities))
    add(d, VOID + "distinctSubjects", _int(st.distinct_subjects))
    classes = [(ox.NamedNode(c), n) for c, n in sorted(st.classes.items())]
    props = [(ox.NamedNode(p), n) for p, n in sorted(st.properties.items())]
    add(d, VOID + "classes", _int(len(classes)))
    add(d, VOID + "properties", _int(len(props)))
    for c, n in classes:
        node = mint("dataset", "class", curie(c.value))
        add(d, VOID + "classPartition", node)
        add(node, VOID + "class", c)
        add(node, VOID + "entities", _int(n))
    for p, n in props:
        node = mint("dataset", "property", curie(p.value))
        add(d, VOID + "propertyPartition", node)
        add(node, VOID + "property", p)
        add(node, VOID + "triples", _int(n))

    # one subset per named graph, tied to its briefing
    graph_prefix = mint("graph", "").value
    for g, n in sorted(st.graphs.items()):
        g = ox.NamedNode(g)
        add(d, VOID + "subset", g)
        add(g, a, VOID + "Dataset")
        add(g, VOID + "triples", _int(n))
        if g.value.startswith(graph_prefix):
            briefing = mint("briefing", "").value + g.value[len(graph_prefix):]
            if briefing in st.briefings:
                add(g, DCTERMS.source, ox.NamedNode(briefing))
                add(g, RDFS.label, ox.Literal(f"triples read from {curie(briefing)}", language="en"))
            else:
                add(g, RDFS.label, ox.Literal(f"the {g.value[len(graph_prefix):]} graph", language="en"))

    # vocabularies, examples
    used = {_namespace(p.value) for p, _ in props} | {_namespace(c.value) for c, _ in classes}
    for ns in sorted(used - {str(KG)}):
        if not ns.startswith(str(KG)):
            add(d, VOID + "vocabulary", ox.NamedNode(ns))
    for cls in EXAMPLE_CLASSES:
        if str(cls) in st.examples:
            add(d, VOID + "exampleResource", ox.NamedNode(st.examples[str(cls)]))

    # access: SPARQL endpoint, downloads
    if endpoint:
        service = mint("dataset", "sparql")
        dist = mint("dataset", "distribution", "sparql")
        add(d, VOID + "sparqlEndpoint", endpoint)
        add(service, a, DCAT + "DataService")
        add(service, DCAT + "endpointURL", endpoint)
        add(service, DCAT + "servesDataset", d)
        add(service, DCTERMS.conformsTo, "https://www.w3.org/TR/sparql11-protocol/")
        add(service, DCTERMS.title, ox.Literal("SPARQL endpoint (lmec-kg serve)", language="en"))
        add(d, DCAT + "distribution", dist)
        add(dist, a, DCAT + "Distribution")
        add(dist, DCAT + "accessURL", endpoint)
        add(dist, DCAT + "accessService", service)
    for url in sorted(set(downloads) | {_LOCAL + quote(str(name).replace(os.sep, "/")) for name in dumps}):
        suffix = Path(url.split("?")[0]).suffix.lower()
        dist = mint("dataset", "distribution", Path(url.split("?")[0]).name or url)
        add(d, DCAT + "distribution", dist)
        add(d, VOID + "dataDump", url)
        add(dist, a, DCAT + "Distribution")
        add(dist, DCAT + "downloadURL", url)
        add(dist, DCAT + "accessURL", url)
        if suffix in MEDIA_TYPES:
            add(dist, DCAT + "mediaType", _media_iri(MEDIA_TYPES[suffix]))
    return [ox.Quad(s, p, o) for s, p, o in dict.fromkeys(out)]


def modified(st: Statistics) -> dt.datetime | str | None:
    """When the dataset last changed, without the clock: ``$SOURCE_DATE_EPOCH`` (UTC) when set,
    else the latest date in the graph (:attr:`Statistics.latest`), else None."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return st.latest


def _time(value) -> ox.Literal:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return ox.Literal(value.isoformat(timespec="seconds"), datatype=_n(XSD.dateTime))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=_n(XSD.date))
    text = str(value)
    return ox.Literal(text, datatype=_n(XSD.dateTime if "T" in text else XSD.date))


def build_time(graph: str | os.PathLike) -> dt.datetime | None:
    """When a store folder or RDF file was last written (UTC, whole seconds), for ``generated=``."""
    p = Path(graph)
    marker = p / "CURRENT" if p.is_dir() else p
    try:
        return dt.datetime.fromtimestamp(int(marker.stat().st_mtime), dt.timezone.utc)
    except OSError:
        return None


def description_path(export_path: str | os.PathLike) -> Path:
    """Where the description of an export goes: ``lmec-kg.nq`` -> ``lmec-kg.void.ttl``."""
    p = Path(export_path)
    return p.with_name(f"{p.stem}.void.ttl")


def write_description(store: ox.Store | str | os.PathLike | Statistics, path: str | os.PathLike, *,
                      endpoint: str | None = None, generated=None, downloads: Iterable[str] = (),
                      dumps: Iterable[str] = (), license: str = DEFAULT_LICENSE) -> Path:  # noqa: A002
    """Write ``describe(store, ...)`` to ``path`` (format from its suffix; Turtle for .ttl), atomically.
    ``dumps`` (relative references) need Turtle or TriG: other formats cannot say them."""
    dumps = list(dumps)
    fmt = format_for_path(path)
    if dumps and fmt not in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        raise GraphError(f"{path}: a description naming its dump by a relative IRI must be Turtle (.ttl)")
    quads = describe(store, endpoint=endpoint, generated=generated, downloads=list(downloads), dumps=dumps,
                     license=license)
    return write_atomic(path, to_bytes(quads, fmt))


def to_bytes(quads: list[ox.Quad], fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """Serialise a description deterministically, with ``void:``, ``dcat:`` and the project's prefixes."""
    if fmt not in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return serialize(quads, fmt)
    key = lambda t: (t.value, getattr(t, "language", None) or "", str(getattr(t, "datatype", "") or ""))  # noqa: E731
    triples = sorted({q.triple for q in quads}, key=lambda t: (key(t.subject), key(t.predicate), key(t.object)))
    prefixes = {**PREFIXES, "void": VOID, "dcat": DCAT, "dataset": mint("dataset", "").value,
                "graph": mint("graph", "").value}
    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes, base_iri=_LOCAL)
    # the dumps are relative to wherever the description is read from: no @base line
    return b"".join(line for line in text.splitlines(keepends=True) if not line.startswith(b"@base "))

