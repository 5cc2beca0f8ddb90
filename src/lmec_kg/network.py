"""RDF graph -> networkx views of who cooperates with whom; metrics as plain functions; exports.

Every view is built from one read of the store (:func:`load`) and is an ``nx.Graph`` (the
sub-organisation tree is an ``nx.DiGraph``, child -> parent) whose nodes carry ``label`` (zh),
``label_en``, ``type``, ``subtype``, ``country``, ``years`` and whose edges carry ``relation``,
``weight`` and ``provenance``: the (briefing id, sentence text) pairs each fact came from.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_edge("a", "b"); G.add_edge("b", "c")
>>> degree(G)
[('b', 2), ('a', 1), ('c', 1)]
"""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import IO

import networkx as nx
import numpy as np
import pyoxigraph as ox

from .errors import InputError, OutputError
from .files import check_writable
from .namespaces import PREFIXES
from .ontology import data_dataset, data_quads
from .store import is_store_dir, open_store
from .workers import leave_signals_to_parent

__all__ = [
    "VIEWS", "NetworkData", "load", "save", "from_statements", "PageStatements",
    "entity_graph", "org_event_graph", "person_event_graph",
    "org_projection", "person_projection", "country_graph", "suborg_tree", "aggregated_graph",
    "view", "filter_graph", "find_node", "degree", "betweenness", "betweenness_k", "eigenvector",
    "communities", "components", "NetworkStats", "summarize", "export_graph", "EXPORT_FORMATS",
    "RELATION_LABELS", "TYPE_LABELS", "events_per_year", "organisation_roots",
]

_LMEC = PREFIXES["lmec"]
_KG = PREFIXES["kg"]
_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_ORG = PREFIXES["org"]
_FOAF = PREFIXES["foaf"]
_SDO = PREFIXES["schema"]
_PROV = PREFIXES["prov"]
_DCT = PREFIXES["dcterms"]

#: view name -> one-line description (the CLI's --view choices)
VIEWS = {
    "entities": "every entity and every fact between two entities",
    "org-event": "organisations and the events they guided, hosted, organised, supported or co-organised",
    "person-event": "people and the events they spoke at",
    "orgs": "organisations linked by the events they share (weight: shared events)",
    "people": "people linked by the events where they met (weight: shared events)",
    "countries": "countries linked through their organisations and people (weight: shared events and posts)",
    "suborgs": "the sub-organisation tree (department -> ministry)",
    "aggregated": "organisations collapsed into their top parent, people into their organisation",
}

#: relation -> (zh, en) labels shown on edges
RELATION_LABELS = {
    "guidedBy": ("指导", "guided by"),
    "hostedBy": ("主办", "hosted by"),
    "organizedBy": ("承办", "organised by"),
    "supportedBy": ("支持", "supported by"),
    "coOrganizedBy": ("协办", "co-organised by"),
    "memberOf": ("任职", "post at"),
    "spokeAt": ("致辞", "spoke at"),
    "subOrganizationOf": ("隶属", "part of"),
    "country": ("国家", "country"),
    "location": ("地点", "held in"),
    "containedInPlace": ("位于", "located in"),
    "topic": ("主题", "topic"),
    "refersTo": ("提及", "refers to"),
    "superEvent": ("属于", "part of event"),
    "memberCountry": ("成员国", "member country"),
    "sharedEvent": ("共同参与", "shared events"),
    "cooperation": ("合作", "cooperation"),
}

#: node type -> (zh, en)
TYPE_LABELS = {
    "organization": ("机构", "organisation"),
    "person": ("人物", "person"),
    "event": ("活动", "event"),
    "country": ("国家", "country"),
    "place": ("地点", "place"),
    "initiative": ("倡议", "initiative"),
    "document": ("文件", "document"),
    "topic": ("主题", "topic"),
}

ROLE_RELATIONS = ("guidedBy", "hostedBy", "organizedBy", "supportedBy", "coOrganizedBy")

# class IRI -> (type, subtype); the first matching type in _TYPE_ORDER wins
_CLASSES = {
    _ORG + "Organization": ("organization", None),
    _FOAF + "Person": ("person", None),
    _LMEC + "Country": ("country", None),
    _LMEC + "CountryGroup": ("country", "group"),
    _SDO + "Place": ("place", None),
    _LMEC + "City": ("place", "city"),
    _LMEC + "Province": ("place", "province"),
    _LMEC + "Event": ("event", None),
    _LMEC + "Initiative": ("initiative", None),
    _LMEC + "Document": ("document", None),
    _LMEC + "Topic": ("topic", None),
}
for _t, _subs in {
    "organization": ["Ministry", "Department", "Agency", "LocalGovernment", "DiplomaticMission",
                     "InternationalOrganization", "NGO", "Foundation", "ResearchInstitute", "Company",
                     "Secretariat", "CooperationCenter"],
    "event": ["Dialogue", "Forum", "Meeting", "Workshop", "Training", "Ceremony", "Exhibition", "FieldVisit"],
    "initiative": ["Programme", "Platform", "Mechanism"],
    "document": ["Strategy", "Declaration", "Framework", "Plan"],
}.items():
    for _s in _subs:
        _CLASSES[_LMEC + _s] = (_t, re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", _s).lower())
_TYPE_ORDER = ["country", "organization", "person", "event", "place", "initiative", "document", "topic"]

# predicate IRI -> relation name for direct triples between two entities
_DIRECT = {
    **{_LMEC + r: r for r in ROLE_RELATIONS},
    _ORG + "subOrganizationOf": "subOrganizationOf",
    _LMEC + "country": "country",
    _SDO + "location": "location",
    _SDO + "containedInPlace": "containedInPlace",
    _LMEC + "topic": "topic",
    _LMEC + "refersTo": "refersTo",
    _SDO + "superEvent": "superEvent",
    _LMEC + "memberCountry": "memberCountry",
}


# --------------------------------------------------------------------------- reading RDF

@dataclass
class _Fact:
    source: str
    relation: str
    target: str
    sentences: set = field(default_factory=set)
    title: str | None = None


@dataclass
class NetworkData:
    """What the views need from the RDF graph, read once.

    ``entities``: node id -> attributes; ``facts``: (source, relation, target, provenance, title)
    with provenance a sorted tuple of (briefing id, sentence text); ``event_year``: event -> year;
    ``mentioned``: node id -> years of the briefings that name it.
    """

    entities: dict[str, dict]
    facts: list[tuple[str, str, str, tuple[tuple[str, str], ...], str | None, tuple[int, ...]]]
    event_year: dict[str, int]
    mentioned: dict[str, set[int]]


def _node_id(iri: str) -> str:
    return iri[len(_KG):] if iri.startswith(_KG) else iri


#: every predicate :func:`load` reads (besides rdf:type of the classes above): what
#: :func:`from_statements` keeps of a build's statements
_READ = frozenset({
    *_DIRECT,
    *(_SKOS + n for n in ("prefLabel", "altLabel")),
    _RDFS + "label",
    *(_LMEC + n for n in ("isoCode", "issueYear", "text", "title", "speaker", "atEvent")),
    *(_DCT + n for n in ("identifier", "issued", "isPartOf")),
    _PROV + "wasDerivedFrom",
    *(_RDF + n for n in ("subject", "predicate", "object")),
    *(_ORG + n for n in ("member", "organization")),
    *(_SDO + n for n in ("startDate", "mentions")),
})


class PageStatements:
    """The statements :func:`load` reads, collected from N-Triples statements given in any
    order (a build hands them over graph by graph), in one temporary file per predicate.

    An on-disk store decodes every term it returns from its string table, which made reading
    the page's half a million statements back from it the slowest part of a large build's
    page; the build still has its statements as text, so it keeps these. Kept on disk and
    read one predicate at a time, they cost no memory while the build holds its knowledge
    base, nor an in-memory store (180 MB at 1,000 briefings) when :meth:`data` reads them.
    """

    def __init__(self) -> None:
        self._files: dict[str, IO[bytes]] = {}
        self._keep: dict[str, list[str]] = defaultdict(list)
        self._kept = 0
        self._wanted = {f"<{p}>" for p in _READ}
        self._classes = {f"<{c}>" for c in _CLASSES}
        self._type = f"<{_RDF}type>"

    def add(self, lines: Iterable[str]) -> None:
        """N-Triples statements, with or without their final " ."."""
        keep, wanted, classes, rdf_type = self._keep, self._wanted, self._classes, self._type
        n = 0
        for line in lines:
            _, p, o = line.split(" ", 2)
            if p in wanted or (p == rdf_type and o.removesuffix(" .") in classes):
                keep[p].append(line if line.endswith(" .") else f"{line} .")
                n += 1
        self._kept += n
        if self._kept >= 1 << 14:
            self._flush()

    def data(self) -> NetworkData:
        self._flush()
        try:
            return _read(self._objects, self._typed)
        finally:
            for f in self._files.values():
                f.close()
            self._files.clear()

    def _flush(self) -> None:
        for p, lines in self._keep.items():
            f = self._files.get(p)
            if f is None:
                f = self._files[p] = tempfile.TemporaryFile(prefix="lmec-kg-page-")
            lines.append("")
            f.write("\n".join(lines).encode("utf-8"))
        self._keep.clear()
        self._kept = 0

    def _triples(self, predicate: str) -> Iterator[ox.Triple]:
        f = self._files.get(f"<{predicate}>")
        if f is None:
            return iter(())
        f.seek(0)
        return ox.parse(input=f, format=ox.RdfFormat.N_TRIPLES)

    def _objects(self, predicate: str):
        assert predicate in _READ, f"list {predicate} in _READ, so PageStatements keeps it"
        for t in self._triples(predicate):
            yield t.subject.value, t.object

    def _typed(self):
        for t in self._triples(_RDF + "type"):
            yield t.subject, t.object.value


def from_statements(lines: Iterable[str]) -> NetworkData:
    """:func:`load` for N-Triples statements (a build's own), in any order."""
    page = PageStatements()
    page.add(lines)
    return page.data()


def _objects(store: ox.Store, predicate: str):
    """(subject IRI, object term) of every statement with ``predicate``, in any data graph.

    A SELECT, not ``quads_for_pattern``: an on-disk store decodes each term a row returns
    from its string table, so asking for two terms instead of a whole quad's four reads the
    page's data a third faster."""
    assert predicate in _READ, f"list {predicate} in _READ, so PageStatements keeps it"
    rows = store.query(f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}", **data_dataset(store))
    for s, o in rows:
        yield s.value, o


def _typed(store: ox.Store):
    """(subject, class IRI) of every rdf:type statement whose class the views know."""
    for cls in _CLASSES:
        for q in data_quads(store, None, ox.NamedNode(_RDF + "type"), ox.NamedNode(cls)):
            yield q.subject, cls


def _year(lit) -> int | None:
    m = re.match(r"-?(\d{4})", getattr(lit, "value", "") or "")
    return int(m.group(1)) if m else None


#: the network data a build leaves in its store folder, read instead of the store
SAVED_NAME = "lmec-kg-network.pickle"


@functools.cache
def _saved_version() -> str:
    """A hash of this module: data saved by other code than the one reading it is not used."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def save(data: NetworkData, store_dir: str | os.PathLike) -> Path | None:
    """Leave the network data in a store folder (the build does, with its page), so later views
    of that store (``lmec-kg viz``, ``network stats``) skip reading it back: an on-disk store
    decodes every term it returns, seconds for a few thousand briefings."""
    path = Path(store_dir) / SAVED_NAME
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            pickle.dump((_saved_version(), data), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # only a shortcut: the views read the store instead
        tmp.unlink(missing_ok=True)
        return None
    return path


def _saved(path: Path) -> NetworkData | None:
    """The data a build saved in this store folder, if any and made by this code."""
    try:
        with open(path / SAVED_NAME, "rb") as fh:
            version, data = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    return data if version == _saved_version() and isinstance(data, NetworkData) else None


def load(graph) -> NetworkData:
    """Read entities, facts and their provenance from a store, store folder or RDF file.

    A store folder holding the data its build saved (:func:`save`) gives that data, which
    is what reading the store would give.

    Parameters
    ----------
    graph : pyoxigraph.Store, or the path of a store folder or RDF file

    Raises
    ------
    GraphError
        when the path cannot be opened.
    """
    if not isinstance(graph, ox.Store) and is_store_dir(graph):
        saved = _saved(Path(graph))
        if saved is not None:
            return saved
    store = graph if isinstance(graph, ox.Store) else open_store(graph)
    return _read(functools.partial(_objects, store), functools.partial(_typed, store))


def _read(objects: Callable[[str], Iterable[tuple[str, object]]],
          typed: Callable[[], Iterable[tuple[object, str]]]) -> NetworkData:
    """:func:`load` from ``objects(predicate)``: (subject IRI, object term) of every statement
    with that predicate, and ``typed()``: (subject term, class IRI) of the classes' members."""
    kinds: dict[str, list] = defaultdict(list)
    for subject, cls in typed():
        if isinstance(subject, ox.NamedNode) and cls in _CLASSES:
            kinds[subject.value].append(_CLASSES[cls])
    entities: dict[str, dict] = {}
    for iri, ks in kinds.items():
        kind = min((k for k, _ in ks), key=_TYPE_ORDER.index)
        subs = sorted({s for k, s in ks if k == kind and s})
        entities[iri] = {"type": kind, "subtype": subs[0] if subs else "", "aliases": set()}

    pref: dict[str, str] = {}
    for s, o in objects(_SKOS + "prefLabel"):
        if s in entities and (s not in pref or o.value < pref[s]):
            pref[s] = o.value
    zh: dict[str, str] = {}
    en: dict[str, str] = {}
    latn: dict[str, str] = {}
    for s, o in objects(_RDFS + "label"):
        if s not in entities or not isinstance(o, ox.Literal):
            continue
        lang = (o.language or "").lower()
        table = en if lang.startswith("en") else latn if "latn" in lang else zh
        if s not in table or o.value < table[s]:
            table[s] = o.value
        entities[s]["aliases"].add(o.value)
    for s, o in objects(_SKOS + "altLabel"):
        if s in entities:
            entities[s]["aliases"].add(o.value)
    iso: dict[str, str] = {}
    for s, o in objects(_LMEC + "isoCode"):
        iso[s] = o.value
    for iri, e in entities.items():
        e["label"] = pref.get(iri) or zh.get(iri) or en.get(iri) or _node_id(iri).rsplit("/", 1)[-1]
        e["label_en"] = en.get(iri) or latn.get(iri) or e["label"]
        e["aliases"].add(e["label"])
        if iri in iso:
            e["aliases"].add(iso[iri])
            e["iso"] = iso[iri]

    # sentences and briefings, for provenance
    briefing_id: dict[str, str] = {}
    for s, o in objects(_DCT + "identifier"):
        briefing_id[s] = o.value
    briefing_year: dict[str, int] = {}
    for s, o in objects(_LMEC + "issueYear"):
        y = _year(o)
        if y:
            briefing_year[s] = y
    for s, o in objects(_DCT + "issued"):
        y = _year(o)
        if y and s not in briefing_year:
            briefing_year[s] = y
    sentence_briefing: dict[str, str] = {}
    for s, o in objects(_DCT + "isPartOf"):
        sentence_briefing[s] = o.value
    sentence_text: dict[str, str] = {}
    for s, o in objects(_LMEC + "text"):
        sentence_text[s] = o.value
    derived: dict[str, set[str]] = defaultdict(set)
    for s, o in objects(_PROV + "wasDerivedFrom"):
        derived[s].add(o.value)

    def provenance(node_iris: Iterable[str]) -> set[str]:
        out = set()
        for n in node_iris:
            out |= derived.get(n, set())
        return out

    facts: dict[tuple[str, str, str], _Fact] = {}

    def add(s, rel, o, sentences, title=None):
        key = (s, rel, o, title or "")
        f = facts.get(key)
        if f is None:
            f = facts[key] = _Fact(s, rel, o, set(), title)
        f.sentences |= sentences

    # reified statements: (s, p, o) -> statement nodes
    st_subject = {s: o.value for s, o in objects(_RDF + "subject")}
    st_predicate = {s: o.value for s, o in objects(_RDF + "predicate")}
    st_object = {s: o for s, o in objects(_RDF + "object")}
    statements: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for st, s in st_subject.items():
        p, o = st_predicate.get(st), st_object.get(st)
        if p in _DIRECT and isinstance(o, ox.NamedNode):
            statements[(s, p, o.value)].append(st)
    for p, rel in _DIRECT.items():
        for s, o in objects(p):
            if s in entities and isinstance(o, ox.NamedNode) and o.value in entities and s != o.value:
                add(s, rel, o.value, provenance(statements.get((s, p, o.value), ())))

    member = {s: o.value for s, o in objects(_ORG + "member")}
    organization = {s: o.value for s, o in objects(_ORG + "organization")}
    titles = {s: o.value for s, o in objects(_LMEC + "title")}
    for m, person in member.items():
        org = organization.get(m)
        if person in entities and org in entities:
            add(person, "memberOf", org, provenance([m]), titles.get(m))
    speaker = {s: o.value for s, o in objects(_LMEC + "speaker")}
    at_event = {s: o.value for s, o in objects(_LMEC + "atEvent")}
    for sp, person in speaker.items():
        ev = at_event.get(sp)
        if person in entities and ev in entities:
            add(person, "spokeAt", ev, provenance([sp]))

    event_year: dict[str, int] = {}
    for s, o in objects(_SDO + "startDate"):
        y = _year(o)
        if s in entities and y and (s not in event_year or y < event_year[s]):
            event_year[s] = y
    mentioned: dict[str, set[int]] = defaultdict(set)
    for b, o in objects(_SDO + "mentions"):
        if o.value in entities and b in briefing_year:
            mentioned[_node_id(o.value)].add(briefing_year[b])

    def prov(sentences: set[str]) -> tuple[tuple[str, str], ...]:
        out = set()
        for sent in sentences:
            b = sentence_briefing.get(sent, "")
            out.add((briefing_id.get(b, _node_id(b)), sentence_text.get(sent, "")))
        return tuple(sorted(out))

    def byears(sentences: set[str]) -> tuple[int, ...]:
        return tuple(sorted({briefing_year[b] for b in (sentence_briefing.get(s) for s in sentences)
                             if b in briefing_year}))

    out_entities = {}
    for iri, e in entities.items():
        e["aliases"] = tuple(sorted(e["aliases"]))
        out_entities[_node_id(iri)] = e
    for iri, e in entities.items():
        e["id"] = _node_id(iri)
    out_facts = [
        (_node_id(f.source), f.relation, _node_id(f.target), prov(f.sentences), f.title, byears(f.sentences))
        for f in sorted(facts.values(), key=lambda f: (f.source, f.relation, f.target, f.title or ""))
    ]
    return NetworkData(out_entities, out_facts, {_node_id(k): v for k, v in event_year.items()},
                       dict(mentioned))


# --------------------------------------------------------------------------- the entity graph

def _data(graph) -> NetworkData:
    return graph if isinstance(graph, NetworkData) else load(graph)


def entity_graph(graph) -> nx.Graph:
    """The full entity graph: every entity, one edge per pair of entities with a fact between them.

    Node attributes: ``label``, ``label_en``, ``type``, ``subtype``, ``country`` (zh label; for an
    organisation without one, its parent's; for a person without one, that of the organisation
    they hold a post in), ``country_en``, ``country_id``, ``years`` (the years of the events the
    entity took part in, or for facts outside any event, of the briefings stating them),
    ``briefing_years``, ``aliases``. Edge attributes: ``relation`` (';'-joined), ``relations``, ``weight`` (facts),
    ``facts`` (tuples of relation, source, target, title), ``provenance`` ((briefing, sentence)
    pairs), ``years``, ``briefing_years``.

    Parameters
    ----------
    graph : pyoxigraph.Store, a path, or the :class:`NetworkData` of :func:`load`
    """
    data = _data(graph)
    ents = data.entities
    G = nx.Graph()
    for nid in sorted(ents):
        e = ents[nid]
        G.add_node(nid, label=e["label"], label_en=e["label_en"], type=e["type"], subtype=e["subtype"],
                   aliases=e["aliases"], country="", country_en="", country_id="")
    country_of: dict[str, str] = {}
    for s, rel, o, *_ in data.facts:
        if rel == "country" and ents.get(o, {}).get("type") == "country" and s not in country_of:
            country_of[s] = o
    for nid, e in ents.items():
        if e["type"] == "country" and e["subtype"] != "group":
            country_of[nid] = nid
    # no country of its own: an organisation takes its parent's, a person that of the organisation
    # they hold a post in (the briefings name 柬埔寨环境部 with its country, rarely its staff)
    parent: dict[str, str] = {}
    posts: dict[str, list[str]] = defaultdict(list)
    for s, rel, o, *_ in data.facts:
        if rel == "subOrganizationOf" and s not in parent:
            parent[s] = o
        elif rel == "memberOf":
            posts[s].append(o)

    def inherited(org: str) -> str | None:
        seen = set()
        while org not in country_of and org in parent and org not in seen:
            seen.add(org)
            org = parent[org]
        return country_of.get(org)

    derived = {}
    for nid, e in ents.items():
        if nid in country_of:
            continue
        if e["type"] == "organization":
            c = inherited(nid)
        elif e["type"] == "person":
            c = next((c for c in (inherited(o) for o in sorted(posts.get(nid, ()))) if c), None)
        else:
            c = None
        if c:
            derived[nid] = c
    country_of.update(derived)
    for nid, c in country_of.items():
        G.nodes[nid].update(country=ents[c]["label"], country_en=ents[c]["label_en"], country_id=c)

    node_years: dict[str, set[int]] = defaultdict(set)
    node_byears: dict[str, set[int]] = defaultdict(set)
    for nid, y in data.event_year.items():
        node_years[nid].add(y)
    for nid, ys in data.mentioned.items():
        node_byears[nid] |= ys
    for s, rel, o, provenance, title, byears in data.facts:
        eyears = {data.event_year[n] for n in (s, o) if n in data.event_year}
        eff = eyears or set(byears)
        for n in (s, o):
            if n not in data.event_year:
                node_years[n] |= eff
            node_byears[n] |= set(byears)
        if not G.has_edge(s, o):
            G.add_edge(s, o, facts={}, provenance=set(), years=set(), briefing_years=set())
        d = G.edges[s, o]
        d["facts"].setdefault((rel, s, o, title or ""), set()).update(provenance)
        d["provenance"] |= set(provenance)
        d["years"] |= eff
        d["briefing_years"] |= set(byears)
    for nid in G:
        G.nodes[nid]["years"] = tuple(sorted(node_years.get(nid, ())))
        G.nodes[nid]["briefing_years"] = tuple(sorted(node_byears.get(nid, ())))
    for _, _, d in G.edges(data=True):
        _finish_edge(d)
    return G


def _finish_edge(d: dict) -> None:
    facts = d["facts"]
    d["facts"] = tuple(sorted(facts))
    d["fact_provenance"] = tuple(tuple(sorted(facts[f])) for f in d["facts"])
    d["relations"] = tuple(sorted({f[0] for f in d["facts"]}))
    d["relation"] = ";".join(d["relations"])
    d["weight"] = len(d["facts"])
    d["provenance"] = tuple(sorted(d["provenance"]))
    d["years"] = tuple(sorted(d["years"]))
    d["briefing_years"] = tuple(sorted(d["briefing_years"]))


def _empty_like(G: nx.Graph, directed: bool = False) -> nx.Graph:
    H = nx.DiGraph() if directed else nx.Graph()
    H.graph.update(G.graph)
    return H


def _by_relation(G: nx.Graph, relations: set[str], types: tuple[str, str]) -> nx.Graph:
    H = _empty_like(G)
    for u, v, d in G.edges(data=True):
        pairs = [(f, p) for f, p in zip(d["facts"], d["fact_provenance"]) if f[0] in relations]
        keep = [f for f, _ in pairs]
        if not keep:
            continue
        tu, tv = G.nodes[u]["type"], G.nodes[v]["type"]
        if {tu, tv} != set(types):
            continue
        for n in (u, v):
            if n not in H:
                H.add_node(n, **G.nodes[n], bipartite=0 if G.nodes[n]["type"] == types[0] else 1)
        H.add_edge(u, v, **{**d, "facts": tuple(keep), "fact_provenance": tuple(p for _, p in pairs),
                            "provenance": tuple(sorted({x for _, p in pairs for x in p}))})
        d2 = H.edges[u, v]
        d2["relations"] = tuple(sorted({f[0] for f in keep}))
        d2["relation"] = ";".join(d2["relations"])
        d2["weight"] = len(keep)
    return H


def org_event_graph(G: nx.Graph) -> nx.Graph:
    """Bipartite organisation–event graph (``bipartite`` = 0 for organisations, 1 for events)."""
    return _by_relation(G, set(ROLE_RELATIONS), ("organization", "event"))


def person_event_graph(G: nx.Graph) -> nx.Graph:
    """Bipartite person–event graph through speeches (``bipartite`` = 0 for people)."""
    return _by_relation(G, {"spokeAt"}, ("person", "event"))


def _project(B: nx.Graph, kind: str, max_provenance: int = 20) -> nx.Graph:
    H = _empty_like(B)
    actors = sorted(n for n, t in B.nodes(data="type") if t == kind)
    for n in actors:
        H.add_node(n, **{k: v for k, v in B.nodes[n].items() if k != "bipartite"})
    events = sorted(n for n, t in B.nodes(data="type") if t == "event")
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev in events:
        for a, b in combinations(sorted(B[ev]), 2):
            shared[(a, b)].append(ev)
    for (a, b), evs in sorted(shared.items()):
        prov: set = set()
        years: set = set()
        byears: set = set()
        per_event = []
        for ev in evs:
            p_ev: set = set()
            for n in (a, b):
                d = B.edges[n, ev]
                p_ev |= set(d["provenance"])
                byears |= set(d["briefing_years"])
            years |= set(B.nodes[ev]["years"])
            prov |= p_ev
            per_event.append(tuple(sorted(p_ev))[:max_provenance])
        H.add_edge(a, b, relation="sharedEvent", relations=("sharedEvent",), weight=len(evs),
                   events=tuple(evs), facts=tuple(("sharedEvent", a, b, B.nodes[ev]["label"]) for ev in evs),
                   fact_provenance=tuple(per_event),
                   provenance=tuple(sorted(prov))[:max_provenance], years=tuple(sorted(years)),
                   briefing_years=tuple(sorted(byears)))
    return H


def org_projection(G: nx.Graph) -> nx.Graph:
    """Organisations linked by the events they share; ``weight`` is the number of shared events."""
    return _project(org_event_graph(G), "organization")


def person_projection(G: nx.Graph) -> nx.Graph:
    """People linked by the events where both spoke; ``weight`` is the number of such events."""
    return _project(person_event_graph(G), "person")


def country_graph(G: nx.Graph, max_provenance: int = 20) -> nx.Graph:
    """Countries linked through their organisations and people.

    Two countries are linked once for every event where actors of both took part (an
    organisational role or a speech) and for every post a person of one holds in an
    organisation of the other; ``weight`` counts these.
    """
    H = _empty_like(G)
    for n, d in G.nodes(data=True):
        if d["type"] == "country" and d["subtype"] != "group":
            H.add_node(n, **d)
    links: dict[tuple[str, str], list] = defaultdict(list)
    participation = set(ROLE_RELATIONS) | {"spokeAt"}
    for ev, d in G.nodes(data=True):
        if d["type"] != "event":
            continue
        countries: dict[str, list] = defaultdict(list)
        for nb in G[ev]:
            c = G.nodes[nb]["country_id"]
            e = G.edges[ev, nb]
            if c and c in H and participation & set(e["relations"]):
                countries[c].append(e)
        for a, b in combinations(sorted(countries), 2):
            links[(a, b)].append((ev, countries[a] + countries[b], d["years"]))
    for u, v, e in G.edges(data=True):
        if "memberOf" not in e["relations"]:
            continue
        a, b = G.nodes[u]["country_id"], G.nodes[v]["country_id"]
        if a and b and a != b and a in H and b in H:
            links[tuple(sorted((a, b)))].append((f"{u}|{v}", [e], e["years"]))
    for (a, b), items in sorted(links.items()):
        prov, byears, years = set(), set(), set()
        for _, es, ys in items:
            years |= set(ys)
            for e in es:
                prov |= set(e["provenance"])
                byears |= set(e["briefing_years"])
        H.add_edge(a, b, relation="cooperation", relations=("cooperation",), weight=len(items),
                   facts=tuple(("cooperation", a, b, G.nodes[k]["label"] if k in G else "")
                               for k, _, _ in items),
                   fact_provenance=tuple(tuple(sorted({x for e in es for x in e["provenance"]}))[:max_provenance]
                                         for _, es, _ in items),
                   provenance=tuple(sorted(prov))[:max_provenance], years=tuple(sorted(years)),
                   briefing_years=tuple(sorted(byears)))
    return H


def suborg_tree(G: nx.Graph) -> nx.DiGraph:
    """The sub-organisation tree as a DiGraph, each edge child -> parent."""
    H = _empty_like(G, directed=True)
    for u, v, d in G.edges(data=True):
        for rel, s, o, _ in d["facts"]:
            if rel == "subOrganizationOf":
                for n in (s, o):
                    if n not in H:
                        H.add_node(n, **G.nodes[n])
                pairs = [(f, p) for f, p in zip(d["facts"], d["fact_provenance"]) if f[0] == rel]
                H.add_edge(s, o, **{**d, "relation": rel, "relations": (rel,), "weight": 1,
                                    "facts": tuple(f for f, _ in pairs),
                                    "fact_provenance": tuple(p for _, p in pairs),
                                    "provenance": tuple(sorted({x for _, p in pairs for x in p}))})
    return H


def organisation_roots(G: nx.Graph) -> dict[str, str]:
    """Each organisation -> its top parent along subOrganizationOf (itself when it has none)."""
    parent: dict[str, str] = {}
    for u, v, d in G.edges(data=True):
        if "subOrganizationOf" not in d.get("relations", ()):
            continue
        for rel, s, o, _ in d["facts"]:
            if rel == "subOrganizationOf" and s not in parent:
                parent[s] = o
    root = {}
    for n, t in G.nodes(data="type"):
        if t != "organization":
            continue
        seen, cur = {n}, n
        while cur in parent and parent[cur] not in seen:
            cur = parent[cur]
            seen.add(cur)
        root[n] = cur
    return root


def aggregated_graph(G: nx.Graph, max_provenance: int = 5) -> nx.Graph:
    """An overview for large graphs: organisations collapsed into their top parent (ministry).

    People are folded into the (top parent of the) first organisation they hold a post in;
    events disappear and become edges between the groups that took part, weighted by
    shared events. Node attribute ``members`` counts what a group stands for.
    """
    root = organisation_roots(G)
    group: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        if d["type"] == "organization":
            group[n] = root[n]
        elif d["type"] == "person":
            orgs = sorted(nb for nb in G[n] if "memberOf" in G.edges[n, nb]["relations"])
            group[n] = root.get(orgs[0], orgs[0]) if orgs else n
    H = _empty_like(G)
    members: dict[str, int] = defaultdict(int)
    for n, g in group.items():
        members[g] += 1
    for g in sorted(members):
        H.add_node(g, **{**G.nodes[g], "members": members[g]})
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    ev_prov: dict[str, tuple] = {}
    for ev, d in G.nodes(data=True):
        if d["type"] != "event":
            continue
        gs = sorted({group[nb] for nb in G[ev] if nb in group})
        for a, b in combinations(gs, 2):
            links[(a, b)].append(ev)
        if len(gs) > 1:
            ev_prov[ev] = tuple(sorted({x for nb in G[ev] for x in G.edges[ev, nb]["provenance"]}))[:2]
    for (a, b), evs in sorted(links.items()):
        years = sorted({y for ev in evs for y in G.nodes[ev]["years"]})
        shown = evs[:max_provenance]
        H.add_edge(a, b, relation="sharedEvent", relations=("sharedEvent",), weight=len(evs),
                   facts=tuple(("sharedEvent", a, b, G.nodes[ev]["label"]) for ev in shown),
                   fact_provenance=tuple(ev_prov[ev] for ev in shown),
                   provenance=tuple(sorted({x for ev in shown for x in ev_prov[ev]})), years=tuple(years),
                   briefing_years=())
    return H


# --------------------------------------------------------------------------- filters

def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def find_node(G: nx.Graph, name: str) -> str:
    """The node a name denotes: its id, label, English label or an alias (case-insensitive).

    Raises
    ------
    InputError
        when no node, or more than one node of equal standing, has that name.
    """
    if name in G:
        return name
    key = _norm(name)
    for fields in (("label",), ("label_en",), ("aliases",)):
        hits = []
        for n, d in G.nodes(data=True):
            vals = []
            for f in fields:
                v = d.get(f)
                vals.extend(v if isinstance(v, (tuple, list)) else [v])
            if any(isinstance(v, str) and _norm(v) == key for v in vals):
                hits.append(n)
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            shown = ", ".join(sorted(hits)[:5])
            raise InputError(f"{name!r} names {len(hits)} nodes ({shown}); use the node id")
    raise InputError(f"no node named {name!r} in this view")


def _as_set(v) -> set[str] | None:
    if v is None or v == () or v == []:
        return None
    if isinstance(v, str):
        v = [v]
    out = set()
    for x in v:
        out |= {_norm(p) for p in str(x).split(",") if p.strip()}
    return out or None


def _time_filter(G: nx.Graph, since: int | None, until: int | None, basis: str) -> nx.Graph:
    if since is None and until is None:
        return G
    if since is not None and until is not None and since > until:
        # said, not answered with an empty view that looks like "no events in those years"
        raise InputError(f"the years run backwards: since {since} is after until {until}")
    lo = -math.inf if since is None else since
    hi = math.inf if until is None else until
    key = "years" if basis == "event" else "briefing_years"

    def inside(years):
        return any(lo <= y <= hi for y in years)

    keep = [n for n, d in G.nodes(data=True) if inside(d.get(key, ()))]
    H = G.subgraph(keep).copy()
    H.remove_edges_from([(u, v) for u, v, d in H.edges(data=True) if not inside(d.get(key, ()))])
    return H


def filter_graph(G: nx.Graph, *, types=None, countries=None, since: int | None = None,
                 until: int | None = None, basis: str = "event", focus: str | None = None,
                 depth: int = 1, _copy: bool = True) -> nx.Graph:
    """A filtered copy of a view; ``G`` is left as it is.

    Parameters
    ----------
    types : type or subtype names (``organization``, ``ministry``, ``event``…), a list or comma list
    countries : country names, English names, ids or ISO codes; nodes with another country go,
        nodes without one (events, topics) stay when linked to a node that stays
    since, until : keep what falls in these years (inclusive); see ``basis``
    basis : ``"event"`` (the years of events) or ``"briefing"`` (the years of briefings)
    focus, depth : keep the nodes within ``depth`` steps of the node named ``focus``

    Raises
    ------
    InputError
        for an unknown focus name or basis.
    """
    if basis not in ("event", "briefing"):
        raise InputError(f"unknown time basis {basis!r} (use event or briefing)")
    H = _time_filter(G, since, until, basis)
    want_types = _as_set(types)
    if want_types:
        keep = [n for n, d in H.nodes(data=True)
                if _norm(d.get("type", "")) in want_types or _norm(d.get("subtype", "") or "-") in want_types]
        H = H.subgraph(keep)
    want_c = _as_set(countries)
    if want_c:
        def matches(d):
            cid = d.get("country_id")
            if not cid:
                return None
            names = {_norm(d.get("country", "")), _norm(d.get("country_en", "")), _norm(cid),
                     _norm(cid.rsplit("/", 1)[-1])}
            if cid in G and G.nodes[cid].get("iso"):
                names.add(_norm(G.nodes[cid]["iso"]))
            return bool(names & want_c)

        state = {n: matches(d) for n, d in H.nodes(data=True)}
        keep = {n for n, s in state.items() if s}
        keep |= {n for n, s in state.items() if s is None and any(nb in keep for nb in H[n])}
        H = H.subgraph(keep)
    if focus is not None:
        center = find_node(H, focus)
        H = nx.ego_graph(H, center, radius=max(0, int(depth)), undirected=True)
    if H is G:
        return G.copy() if _copy else G
    return H.copy()


def view(graph, name: str = "entities", *, types=None, countries=None, since=None, until=None,
         basis: str = "event", focus=None, depth: int = 1) -> nx.Graph:
    """Build a named view (see ``VIEWS``) with the shared filters applied.

    The time window applies to the entity graph before projection (organisations that shared
    an event in 2022); type, country and ego filters apply to the view's own nodes.

    Raises
    ------
    InputError
        for an unknown view, an unknown focus name.
    """
    if name not in VIEWS:
        raise InputError(f"unknown view {name!r} (use one of {', '.join(VIEWS)})")
    given = graph if isinstance(graph, nx.Graph) else None
    G = given if given is not None else entity_graph(_data(graph))
    if basis not in ("event", "briefing"):
        raise InputError(f"unknown time basis {basis!r} (use event or briefing)")
    G = _time_filter(G, since, until, basis)
    build = {
        "entities": lambda g: g, "org-event": org_event_graph, "person-event": person_event_graph,
        "orgs": org_projection, "people": person_projection, "countries": country_graph,
        "suborgs": suborg_tree, "aggregated": aggregated_graph,
    }[name]
    V = build(G)
    shared = V is given  # the caller's own graph: never hand it back to be changed
    out = filter_graph(V, types=types, countries=countries, basis=basis, focus=focus, depth=depth, _copy=shared)
    out.graph["view"] = name
    return out


# --------------------------------------------------------------------------- metrics

def _ranked(scores: dict, top: int | None = None) -> list[tuple[str, float]]:
    out = sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return out if top is None else out[:top]


def degree(G: nx.Graph, *, weight: str | None = None, top: int | None = None) -> list[tuple[str, int]]:
    """Nodes by degree (number of distinct neighbours, or the sum of ``weight``), highest first."""
    return _ranked(dict(G.degree(weight=weight)), top)


#: above this many nodes betweenness is estimated from sampled sources
EXACT_BETWEENNESS_MAX = 3000
#: sampled sources: as many as fit a budget of edge visits, within these bounds
DEFAULT_BETWEENNESS_K = (32, 256)
_BETWEENNESS_BUDGET = 3_000_000


def betweenness_k(G: nx.Graph, k: int | None = None) -> int | None:
    """The number of sampled sources betweenness will use on ``G``; None means exact.

    Each source costs a traversal of the graph, so by default the sample is as large as a
    budget of about three million edge visits allows (at least 32, at most 256 sources).
    """
    n = G.number_of_nodes()
    if k is not None:
        return None if k >= n else k
    if n <= EXACT_BETWEENNESS_MAX:
        return None
    lo, hi = DEFAULT_BETWEENNESS_K
    return min(n, max(lo, min(hi, _BETWEENNESS_BUDGET // max(1, G.number_of_edges()))))


def betweenness(G: nx.Graph, *, k: int | None = None, top: int | None = None,
                seed: int = 42) -> list[tuple[str, float]]:
    """Normalised betweenness centrality, highest first.

    Exact up to ``EXACT_BETWEENNESS_MAX`` nodes; above, estimated from ``k`` sources sampled
    with ``seed`` (``betweenness_k`` tells which), so the same seed gives the same estimate.
    """
    kk = betweenness_k(G, k)
    H = G.to_undirected(as_view=True) if G.is_directed() else G
    if kk is None:
        scores = nx.betweenness_centrality(H)
    else:
        # networkx samples from list(G); order the nodes so the sample is independent of insertion
        S = nx.Graph()
        S.add_nodes_from(sorted(H))
        S.add_edges_from(H.edges())
        scores = nx.betweenness_centrality(S, k=kk, seed=seed)
    return _ranked(scores, top)


def eigenvector(G: nx.Graph, *, weight: str | None = "weight", top: int | None = None,
                max_iter: int = 1000, tol: float = 1e-10) -> list[tuple[str, float]]:
    """Eigenvector centrality that works on disconnected (and bipartite) graphs.

    The eigenvector of a disconnected graph is not unique, so it is computed in every connected
    component by power iteration on A + I (which converges on bipartite graphs too), each
    component's vector scaled by the square root of its share of the nodes; the result has
    unit length. Isolated nodes score as a one-node component.
    """
    nodes = sorted(G, key=str)
    n = len(nodes)
    if n == 0:
        return []
    index = {v: i for i, v in enumerate(nodes)}
    H = G.to_undirected(as_view=True) if G.is_directed() else G
    comp = np.zeros(n, dtype=np.int64)
    for c, members in enumerate(nx.connected_components(H)):
        for v in members:
            comp[index[v]] = c
    ncomp = int(comp.max()) + 1
    sizes = np.bincount(comp, minlength=ncomp).astype(float)
    u = np.fromiter((index[a] for a, b in H.edges()), dtype=np.int64, count=H.number_of_edges())
    v = np.fromiter((index[b] for a, b in H.edges()), dtype=np.int64, count=H.number_of_edges())
    w = np.fromiter(((float(d.get(weight, 1)) if weight else 1.0) for _, _, d in H.edges(data=True)),
                    dtype=float, count=H.number_of_edges())
    x = np.ones(n)
    target = np.sqrt(sizes / n)

    def normalise(y):
        norms = np.sqrt(np.bincount(comp, weights=y * y, minlength=ncomp))
        norms[norms == 0] = 1.0
        return y / norms[comp] * target[comp]

    x = normalise(x)
    for _ in range(max_iter):
        y = x + np.bincount(u, weights=x[v] * w, minlength=n) + np.bincount(v, weights=x[u] * w, minlength=n)
        y = normalise(y)
        if np.abs(y - x).sum() < n * tol:
            x = y
            break
        x = y
    return _ranked({nodes[i]: float(round(x[i], 12)) for i in range(n)}, top)


def communities(G: nx.Graph, *, resolution: float = 1.0, weight: str | None = "weight",
                seed: int = 42) -> list[list[str]]:
    """Louvain communities, largest first; the same seed gives the same answer."""
    H = G.to_undirected(as_view=True) if G.is_directed() else G
    S = nx.Graph()
    S.add_nodes_from(sorted(H, key=str))
    S.add_edges_from(sorted((min(a, b), max(a, b), {"weight": float(d.get(weight, 1)) if weight else 1.0})
                            for a, b, d in H.edges(data=True)))
    parts = nx.community.louvain_communities(S, weight="weight", resolution=resolution, seed=seed)
    return sorted((sorted(p, key=str) for p in parts), key=lambda p: (-len(p), str(p[0])))


def components(G: nx.Graph) -> list[list[str]]:
    """Connected components (weakly connected for a DiGraph), largest first, each sorted."""
    parts = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    return sorted((sorted(p, key=str) for p in parts), key=lambda p: (-len(p), str(p[0])))


@dataclass
class NetworkStats:
    """What ``network stats`` reports about a view."""

    view: str
    nodes: int
    edges: int
    degree: list[tuple[str, int]]
    betweenness: list[tuple[str, float]]
    eigenvector: list[tuple[str, float]]
    communities: list[list[str]]
    components: list[list[str]]
    labels: dict[str, str]
    notes: list[str]

    def to_dict(self, top_members: int = 10) -> dict:
        def lab(n):
            return {"id": n, "label": self.labels.get(n, n)}

        return {
            "view": self.view, "nodes": self.nodes, "edges": self.edges, "notes": self.notes,
            "degree": [{**lab(n), "degree": v} for n, v in self.degree],
            "betweenness": [{**lab(n), "betweenness": round(v, 6)} for n, v in self.betweenness],
            "eigenvector": [{**lab(n), "eigenvector": round(v, 6)} for n, v in self.eigenvector],
            "communities": [{"size": len(c), "members": [lab(n) for n in c[:top_members]]}
                            for c in self.communities],
            "components": [{"size": len(c), "members": [lab(n) for n in c[:top_members]]}
                           for c in self.components],
        }


#: from this many nodes ``summarize`` runs Louvain in a second process (on a multi-core machine)
PARALLEL_MIN_NODES = 5000
_FORKED_GRAPH: nx.Graph | None = None


def _louvain_in_child(seed: int) -> list[list[str]]:
    return communities(_FORKED_GRAPH, seed=seed)


def _communities_beside(G: nx.Graph, seed: int, work):
    """Run Louvain in a forked process while ``work()`` runs here; (communities, work's result).

    The child inherits ``G`` through fork (nothing is pickled but the answer), so the result is
    the same as in one process. Where fork is unavailable it all runs here, one after the other.
    """
    global _FORKED_GRAPH
    import multiprocessing

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:
        ctx = None
    if ctx is None or (os.cpu_count() or 1) < 2 or G.number_of_nodes() < PARALLEL_MIN_NODES:
        return communities(G, seed=seed), work()
    _FORKED_GRAPH = G
    try:
        with ctx.Pool(1, initializer=leave_signals_to_parent) as pool:
            pending = pool.apply_async(_louvain_in_child, (seed,))
            result = work()
            return pending.get(), result
    except OSError:
        return communities(G, seed=seed), work()
    finally:
        _FORKED_GRAPH = None


def summarize(G: nx.Graph, *, top: int = 10, k: int | None = None, seed: int = 42,
              lang: str = "zh") -> NetworkStats:
    """Top actors by degree, betweenness and eigenvector centrality; communities; components.

    On graphs of ``PARALLEL_MIN_NODES`` nodes or more, Louvain runs in a second process while
    the centralities are computed (same answer, about half the time on two cores).

    Raises
    ------
    InputError
        when the view has no nodes.
    """
    if G.number_of_nodes() == 0:
        raise InputError("the view is empty: no node matches these filters")
    notes = []
    kk = betweenness_k(G, k)
    if kk is not None:
        notes.append(f"betweenness estimated from {kk} sampled source nodes of {G.number_of_nodes()} "
                     f"(seed {seed}); exact betweenness is too slow at this size")
    notes.append(f"communities: Louvain, seed {seed}")
    key = "label_en" if lang == "en" else "label"
    labels = {n: d.get(key) or d.get("label") or str(n) for n, d in G.nodes(data=True)}

    def centralities():
        return degree(G, top=top), betweenness(G, k=k, top=top, seed=seed), eigenvector(G, top=top)

    comms, (deg, btw, eig) = _communities_beside(G, seed, centralities)
    comps = components(G)
    return NetworkStats(
        view=G.graph.get("view", "entities"), nodes=G.number_of_nodes(), edges=G.number_of_edges(),
        degree=deg, betweenness=btw, eigenvector=eig, communities=comms[:top], components=comps[:top],
        labels=labels, notes=notes + [f"{len(comms)} communities, {len(comps)} components"],
    )


# --------------------------------------------------------------------------- export

EXPORT_FORMATS = ("graphml", "gexf", "csv")

_NODE_FIELDS = ["id", "label", "label_en", "type", "subtype", "country", "country_en", "years", "briefing_years"]
_EDGE_FIELDS = ["source", "target", "relation", "weight", "years", "briefings", "provenance"]


def _flat(v):
    if isinstance(v, (list, tuple, set)):
        return ";".join(str(x) for x in v)
    if v is None:
        return ""
    return v


def _node_row(n, d) -> dict:
    row = {"id": n}
    for f in _NODE_FIELDS[1:]:
        row[f] = _flat(d.get(f, ""))
    if "members" in d:
        row["members"] = d["members"]
    return row


def _edge_row(u, v, d) -> dict:
    prov = d.get("provenance", ())
    return {
        "source": u, "target": v, "relation": d.get("relation", ""), "weight": d.get("weight", 1),
        "years": _flat(d.get("years", ())), "briefings": ";".join(sorted({b for b, _ in prov})),
        "provenance": json.dumps([{"briefing": b, "sentence": s} for b, s in prov], ensure_ascii=False),
    }


def _plain(G: nx.Graph) -> nx.Graph:
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.graph["view"] = G.graph.get("view", "entities")
    for n in sorted(G, key=str):
        H.add_node(n, **_node_row(n, G.nodes[n]))
        del H.nodes[n]["id"]
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        row = _edge_row(u, v, d)
        H.add_edge(u, v, **{k: val for k, val in row.items() if k not in ("source", "target")})
    return H


def export_graph(G: nx.Graph, output: str | os.PathLike, fmt: str = "graphml") -> list[Path]:
    """Write a view for Gephi or Cytoscape; returns the files written.

    ``graphml`` and ``gexf`` write one file; ``csv`` writes ``<stem>.nodes.csv`` and
    ``<stem>.edges.csv`` beside ``output``. Attributes: label, label_en, type, subtype,
    country, country_en, years; edges: relation, weight, years, briefings, provenance (JSON).

    Raises
    ------
    InputError
        for an unknown format or an unwritable path.
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown network format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
    out = Path(output)
    check_writable(out)
    if not out.parent.is_dir():
        raise OutputError(f"{out.parent}: no such folder")
    try:
        if fmt == "csv":
            stem = out.with_suffix("") if out.suffix == ".csv" else out
            nodes_path = stem.with_name(stem.name + ".nodes.csv")
            edges_path = stem.with_name(stem.name + ".edges.csv")
            extra = ["members"] if any("members" in d for _, d in G.nodes(data=True)) else []
            with open(nodes_path, "w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, _NODE_FIELDS + extra, lineterminator="\n")
                w.writeheader()
                for n in sorted(G, key=str):
                    w.writerow(_node_row(n, G.nodes[n]))
            with open(edges_path, "w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, _EDGE_FIELDS, lineterminator="\n")
                w.writeheader()
                for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
                    w.writerow(_edge_row(u, v, d))
            return [nodes_path, edges_path]
        H = _plain(G)
        if fmt == "graphml":
            nx.write_graphml(H, out, encoding="utf-8")
        else:
            nx.write_gexf(H, out, encoding="utf-8")
        return [out]
    except OSError as e:
        raise InputError(f"{out}: cannot write: {e.strerror or e}") from None


# --------------------------------------------------------------------------- timeline

def events_per_year(G: nx.Graph, by: str = "country", *, lang: str = "zh") -> list[tuple[int, str, int]]:
    """Dated events per year and group: ``(year, group, events)`` sorted by year then group.

    Each event counts once, in its first year, so a year's rows add up to its events (a chart
    stacking them is honest). ``by="country"`` groups an event under the country of the
    organisations and people who took part (a role or a speech), ``by="type"`` under the kind
    of its organisations (ministry, NGO …); an event whose participants have several is
    counted under ``SEVERAL[by]`` ("多国"/"several countries"), one with none under "未知"/"unknown".
    """
    if by not in ("country", "type"):
        raise InputError(f"unknown timeline grouping {by!r} (use country or type)")
    unknown = "unknown" if lang == "en" else "未知"
    several = SEVERAL[by][1 if lang == "en" else 0]
    participation = set(ROLE_RELATIONS) | {"spokeAt"}
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for ev, d in G.nodes(data=True):
        if d.get("type") != "event" or not d.get("years"):
            continue
        groups = set()
        for nb in G[ev]:
            if not participation & set(G.edges[ev, nb].get("relations", ())):
                continue
            nd = G.nodes[nb]
            if by == "country":
                g = nd.get("country_en") if lang == "en" else nd.get("country")
            elif nd.get("type") == "organization":
                sub = nd.get("subtype") or "organization"
                g = sub if lang == "en" else _SUBTYPE_ZH.get(sub, sub)
            else:
                g = None
            if g:
                groups.add(g)
        g = groups.pop() if len(groups) == 1 else several if groups else unknown
        counts[(min(d["years"]), g)] += 1
    return sorted((y, g, n) for (y, g), n in counts.items())


#: the group of an event whose participants have several countries / kinds (zh, en)
SEVERAL = {"country": ("多国", "several countries"), "type": ("多类机构", "several kinds")}

_SUBTYPE_ZH = {
    "ministry": "部委", "department": "司局", "agency": "机构", "local_government": "地方政府",
    "diplomatic_mission": "使领馆", "international_organization": "国际组织", "ngo": "非政府组织",
    "foundation": "基金会", "research_institute": "研究机构", "company": "企业", "secretariat": "秘书处",
    "cooperation_center": "合作中心", "organization": "其他机构",
}
