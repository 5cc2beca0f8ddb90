"""KnowledgeBase -> RDF quads: the only place that mints IRIs (see docs/graph-shape.md).

Each triple is written once, into one "home" named graph: the graph of the briefing it came
from (the first, if several briefings say it), ``kg:graph/entities`` for what describes an
entity, ``kg:graph/curation`` for what a researcher added. Queries read the union, so a
publish can replace one briefing's graph without touching the others.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from .labels import role_label_en
from .model import Briefing, Entity, Fact, KnowledgeBase
from . import namespaces as ns
from .namespaces import KG, WD

__all__ = ["mint", "entity_iri", "briefing_iri", "sentence_iri", "quads", "graphs", "graph_bytes", "nquads",
           "nquads_bytes", "GRAPH_ENTITIES",
           "GRAPH_CURATION", "briefing_graph", "lang_of"]

class _Vocab:
    """Terms of one vocabulary in N-Triples form, each made once (rdflib's attribute lookup
    on a DefinedNamespace costs microseconds, and the writer asks millions of times)."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        node = f"<{getattr(self._namespace, name)}>"
        setattr(self, name, node)
        return node


LMEC, ORG, FOAF, SDO, SKOS, RDF, RDFS, OWL, PROV, DCTERMS, XSD = (
    _Vocab(v) for v in (ns.LMEC, ns.ORG, ns.FOAF, ns.SDO, ns.SKOS, ns.RDF, ns.RDFS, ns.OWL, ns.PROV,
                        ns.DCTERMS, ns.XSD)
)
A = RDF.type


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`/#?%\[\]]')
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _escape(segment: str) -> str:
    return _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), segment)


@functools.lru_cache(maxsize=1 << 18)
def _mint(*segments: str) -> str:
    return f"<{KG}{'/'.join(_escape(s) for s in segments)}>"


def mint(*segments: str) -> ox.NamedNode:
    """IRI under ``kg:`` from stable segments; unsafe characters are percent-encoded."""
    return ox.NamedNode(_mint(*segments)[1:-1])


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=1 << 18)
def _entity(key: str) -> str:
    kind, _, ident = key.partition(":")
    return _mint(kind, ident)


# IRIs under a briefing's are its IRI plus a suffix: made by concatenation, not by escaping
# every segment again through _mint's cache (a few thousand briefings mint millions of them,
# far more than the cache holds). Digits, "-" and an entity IRI's escaped path need no escaping.
_BRIEFINGS: dict[str, str] = {}
_KG_PREFIX = len(f"<{KG}")


def _briefing(briefing_id: str) -> str:
    iri = _BRIEFINGS.get(briefing_id)
    if iri is None:
        iri = _BRIEFINGS[briefing_id] = _mint("briefing", briefing_id)
    return iri


def _sentence(briefing_id: str, start: int, end: int) -> str:
    return f"{_briefing(briefing_id)[:-1]}/s/{start}-{end}>"


def _mention(briefing_id: str, key: str) -> str:
    """``kg:briefing/<id>/m/<kind>/<name>``: one briefing's mention of an entity."""
    if ":" not in key:
        return _mint("briefing", briefing_id, "m", key)
    return f"{_briefing(briefing_id)[:-1]}/m/{_entity(key)[_KG_PREFIX:]}"


_GRAPHS: dict[str, str] = {}


def _graph(briefing_id: str) -> str:
    iri = _GRAPHS.get(briefing_id)
    if iri is None:
        iri = _GRAPHS[briefing_id] = _mint("graph", briefing_id)
    return iri


def entity_iri(key: str) -> ox.NamedNode:
    """``organization:生态环境部`` -> ``kg:organization/生态环境部``."""
    return ox.NamedNode(_entity(key)[1:-1])


def briefing_iri(briefing_id: str) -> ox.NamedNode:
    return ox.NamedNode(_briefing(briefing_id)[1:-1])


def sentence_iri(briefing_id: str, start: int, end: int) -> ox.NamedNode:
    return ox.NamedNode(_sentence(briefing_id, start, end)[1:-1])


def briefing_graph(briefing_id: str) -> ox.NamedNode:
    return ox.NamedNode(_graph(briefing_id)[1:-1])


_G_ENTITIES = _mint("graph", "entities")
_G_CURATION = _mint("graph", "curation")
GRAPH_ENTITIES = ox.NamedNode(_G_ENTITIES[1:-1])
GRAPH_CURATION = ox.NamedNode(_G_CURATION[1:-1])


def lang_of(text: str) -> str:
    """Language tag for a name: Chinese when it has Han characters, else English."""
    return "zh" if _CJK.search(text) else "en"


def _n(term) -> str:
    term = str(term)
    return term if term.startswith("<") else f"<{term}>"


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')


def _escape_char(m: re.Match) -> str:
    c = m.group()
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def _esc(text: str) -> str:
    """N-Triples string escapes exactly as Oxigraph writes them (\\t, \\n, \\u001F, ...), so the
    build's own text is the canonical form a store dump gives, and exports can be written from it.
    Most strings need none: one C-speed search decides."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def _plain(text: str) -> str:
    return f'"{_esc(text)}"'


def _lang(text: str, lang: str) -> str:
    return f'"{_esc(text)}"@{lang}'


def _typed(text: str, datatype: str) -> str:
    return f'"{_esc(text)}"^^{datatype}'


def _lit(text: str, lang: str | None = None) -> str:
    return _lang(text, lang or lang_of(text))


@functools.lru_cache(maxsize=1 << 16)
def _int(value: int) -> str:
    return _typed(str(int(value)), XSD.integer)


@functools.lru_cache(maxsize=256)
def _decimal(value: float) -> str:
    # the canonical lexical form, as Oxigraph writes it: 0.8, 1, 0.05
    return _typed(f"{value:.2f}".rstrip("0").rstrip("."), XSD.decimal)


_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


@functools.lru_cache(maxsize=1 << 16)
def _date(value: str) -> str:
    return _typed(value, _DATE_TYPES.get(len(value), XSD.string))



CLASSES = {
    "organization": {
        None: [ORG.Organization],
        "ministry": [LMEC.Ministry], "department": [LMEC.Department], "agency": [LMEC.Agency],
        "local_government": [LMEC.LocalGovernment], "diplomatic_mission": [LMEC.DiplomaticMission],
        "international_organization": [LMEC.InternationalOrganization], "ngo": [LMEC.NGO],
        "foundation": [LMEC.Foundation], "research_institute": [LMEC.ResearchInstitute],
        "company": [LMEC.Company], "secretariat": [LMEC.Secretariat],
        "cooperation_center": [LMEC.CooperationCenter],
    },
    "person": {None: [FOAF.Person]},
    "country": {None: [LMEC.Country], "group": [LMEC.CountryGroup]},
    "place": {None: [SDO.Place], "city": [LMEC.City], "province": [LMEC.Province]},
    "event": {
        None: [LMEC.Event], "dialogue": [LMEC.Dialogue], "forum": [LMEC.Forum],
        "meeting": [LMEC.Meeting], "workshop": [LMEC.Workshop], "training": [LMEC.Training],
        "ceremony": [LMEC.Ceremony], "exhibition": [LMEC.Exhibition], "field_visit": [LMEC.FieldVisit],
    },
    "initiative": {None: [LMEC.Initiative], "programme": [LMEC.Programme],
                   "platform": [LMEC.Platform], "mechanism": [LMEC.Mechanism]},
    "document": {None: [LMEC.Document], "strategy": [LMEC.Strategy], "declaration": [LMEC.Declaration],
                 "framework": [LMEC.Framework], "plan": [LMEC.Plan]},
    "topic": {None: [LMEC.Topic]},
}

ROLE_PROPERTIES = {
    "guide": LMEC.guidedBy, "host": LMEC.hostedBy, "organizer": LMEC.organizedBy,
    "supporter": LMEC.supportedBy, "co-organizer": LMEC.coOrganizedBy,
}
SPEECH_TYPES = {"opening": LMEC.openingRemarks, "keynote": LMEC.keynote, "remarks": LMEC.remarks}
ATTENDANCE = {
    "online": SDO.OnlineEventAttendanceMode,
    "offline": SDO.OfflineEventAttendanceMode,
    "hybrid": SDO.MixedEventAttendanceMode,
}
CONTACT_PROPERTIES = {
    "email": LMEC.email, "phone": LMEC.telephone, "fax": LMEC.faxNumber, "address": LMEC.address,
    "postcode": LMEC.postalCode, "url": LMEC.homepage, "wechat": LMEC.wechat,
}
ENTITY_ATTRS = {"iso": LMEC.isoCode}


class _Writer:
    """Collects quads, each triple once, in a deterministic home graph (the first graph it is
    written to), graph by graph.

    Triples about entities, facts and roles may recur across briefings: :meth:`add` keeps
    the first. Triples only one briefing can write (about the briefing, its sentences,
    mentions and speeches, and a fact's derivation from one of its sentences) are written
    while that briefing is: :meth:`add_local` appends them unchecked and :meth:`take` drops
    repeats, so nothing about them is kept for the rest of the build.
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.by_graph: dict[str, list[str]] = defaultdict(list)
        self.local: dict[str, list[str]] = defaultdict(list)

    def add(self, s: str, p: str, o: str, g: str) -> None:
        t = f"{s} {p} {o}"
        if t not in self.seen:
            self.seen.add(t)
            self.by_graph[g].append(t)

    def add_local(self, s: str, p: str, o: str, g: str) -> None:
        self.local[g].append(f"{s} {p} {o}")

    def first(self, node: str) -> bool:
        """True the first time ``node`` is asked about: for nodes whose every triple is fixed
        by the node's IRI (a statement, a membership, a role), so one remembered IRI stands
        for all of their triples, written with :meth:`add_new`."""
        if node in self.seen:
            return False
        self.seen.add(node)
        return True

    def add_new(self, s: str, p: str, o: str, g: str) -> None:
        """A triple of a node :meth:`first` just admitted: written, not remembered."""
        self.by_graph[g].append(f"{s} {p} {o}")

    def take(self, g: str) -> list[str]:
        """The graph's ``"s p o"`` strings written so far, sorted, and forgotten here."""
        triples = self.by_graph.pop(g, [])
        local = self.local.pop(g, None)
        if local:
            triples.extend(set(local))
        triples.sort()
        return triples

    def untaken(self) -> list[str]:
        """The graphs still holding triples, sorted."""
        return sorted(set(self.by_graph) | set(self.local))


def _classes(entity: Entity):
    table = CLASSES[entity.kind]
    out = list(table[None])
    out += table.get(entity.subtype or "", [])
    if entity.kind == "organization" and entity.subtype == "department":
        out.append(ORG.OrganizationalUnit)
    if entity.kind == "topic":
        out.append(SKOS.Concept)
    return out


def _write_entity(w: _Writer, e: Entity) -> None:
    s = _entity(e.key)
    g = _G_ENTITIES
    for cls in _classes(e):
        w.add(s, A, _n(cls), g)
    w.add(s, SKOS.prefLabel, _lit(e.name), g)
    w.add(s, RDFS.label, _lit(e.name), g)
    if e.kind == "person":
        w.add(s, FOAF.name, _lit(e.name), g)
    for alias in sorted(set(e.aliases) - {e.name}):
        w.add(s, SKOS.altLabel, _lit(alias), g)
    for k, v in e.attrs:
        if k == "name_en":
            w.add(s, RDFS.label, _lang(v, "en"), g)
        elif k == "pinyin":
            # in Oxigraph's (lower) case, as a store dump has it; the Turtle writer restores BCP 47's
            w.add(s, RDFS.label, _lang(v, "zh-latn-pinyin"), g)
        elif k == "wikidata":
            w.add(s, OWL.sameAs, _n(WD[v]), g)
        elif k == "acronym":
            w.add(s, SKOS.altLabel, _lang(v, "en"), g)
        elif k == "country":
            w.add(s, LMEC.country, _entity(f"country:{v}"), g)
        elif k == "member":
            w.add(s, LMEC.memberCountry, _entity(f"country:{v}"), g)
        elif k in ENTITY_ATTRS:
            w.add(s, ENTITY_ATTRS[k], _plain(v), g)


def _write_briefing(w: _Writer, b: Briefing, publisher: str | None) -> None:
    s = _briefing(b.id)
    g = _graph(b.id)
    w.add_local(s, A, _n(LMEC.Briefing), g)
    w.add_local(s, DCTERMS.identifier, _plain(b.id), g)
    w.add_local(s, DCTERMS.language, _plain(b.language), g)
    if b.path:
        w.add_local(s, DCTERMS.source, _plain(b.path.replace("\\", "/").rsplit("/", 1)[-1]), g)
    w.add_local(s, LMEC.sourceFormat, _plain(b.format), g)
    if b.sha256:
        w.add_local(s, LMEC.sha256, _plain(b.sha256), g)
    if b.title:
        w.add_local(s, DCTERMS.title, _lit(b.title), g)
    if b.series:
        w.add_local(s, LMEC.series, _lit(b.series), g)
    if b.year is not None:
        w.add_local(s, LMEC.issueYear, _int(b.year), g)
    if b.issue is not None:
        w.add_local(s, LMEC.issueNumber, _int(b.issue), g)
    if b.published:
        w.add_local(s, DCTERMS.issued, _date(b.published), g)
    if publisher is not None:
        w.add_local(s, DCTERMS.publisher, publisher, g)


class _Sources:
    """Sentence nodes: one per (briefing, span), text from the briefing's evidence table."""

    def __init__(self, w: _Writer) -> None:
        self.w = w
        self.text: dict[tuple[str, int, int], str] = {}
        self.seen: set[str] = set()

    def start_briefing(self, briefing: str, sentences) -> None:
        self.text = {(briefing, s, e): t for s, e, t in sentences}

    def end_briefing(self) -> None:
        self.seen.clear()  # sentence IRIs are under their briefing's: never seen again
        self.text = {}

    def sentence(self, briefing: str, start: int, end: int) -> str:
        s = _sentence(briefing, start, end)
        g = _graph(briefing)
        w = self.w
        if s not in self.seen:
            self.seen.add(s)
            w.add_local(s, A, _n(LMEC.Sentence), g)
            w.add_local(s, DCTERMS.isPartOf, _briefing(briefing), g)
            w.add_local(s, LMEC.startChar, _int(start), g)
            w.add_local(s, LMEC.endChar, _int(end), g)
            text = self.text.get((briefing, start, end))
            if text:
                w.add_local(s, LMEC.text, _lang(text, "zh"), g)
        return s


def _fact_graph(f: Fact) -> str:
    return _G_CURATION if f.curated else _graph(f.briefing)


def _provenance(w: _Writer, src: _Sources, node, f: Fact, g) -> None:
    if f.briefing and f.end > f.start:  # a sentence of this briefing: never written elsewhere
        w.add_local(node, PROV.wasDerivedFrom, src.sentence(f.briefing, f.start, f.end), g)
    if f.confidence < 1.0:  # absent means certain, which most facts are
        w.add(node, LMEC.confidence, _decimal(f.confidence), g)
    if f.curated:
        _curated(w, node, dict(f.curated), g)


def _curator(w: _Writer, name: str) -> str:
    agent = _mint("curator", name)
    w.add(agent, A, _n(PROV.Agent), _G_CURATION)
    w.add(agent, FOAF.name, _plain(name), _G_CURATION)
    return agent


def _day(date: str) -> str:
    # PROV-O's range is xsd:dateTime; curation records a day: its start, no time zone
    return _typed(f"{date}T00:00:00", XSD.dateTime)


def _curated(w: _Writer, node: str, c: dict, g: str) -> None:
    """Who, when and why on a statement a curation entry made, and the entry that made it."""
    w.add(node, LMEC.curated, _typed("true", XSD.boolean), g)
    if c.get("curator"):
        w.add(node, PROV.wasAttributedTo, _curator(w, c["curator"]), g)
    if c.get("date"):
        w.add(node, PROV.generatedAtTime, _day(c["date"]), g)
    if c.get("reason"):
        w.add(node, RDFS.comment, _lit(c["reason"]), g)
    if c.get("citation"):
        w.add(node, DCTERMS.bibliographicCitation, _lit(c["citation"]), g)
    if c.get("entry"):
        w.add(node, PROV.wasGeneratedBy, _mint("curation", c["entry"]), g)


def _write_curation(w: _Writer, applied, ents: dict[str, Entity]) -> None:
    """Each curation entry as a ``lmec:CurationEntry`` (a ``prov:Activity``) in the curation
    graph: who, when, why, the file and line, and what it did. The entities it changed point
    to it (``prov:wasInfluencedBy``); the labels and links it wrote are reified statements
    generated by it. What it dropped is gone from the graph: the entry names it."""
    g = _G_CURATION
    for a in applied:
        e = a.entry
        node = _mint("curation", e.ident())
        w.add(node, A, _n(LMEC.CurationEntry), g)
        w.add(node, LMEC.action, _plain(e.action), g)
        w.add(node, DCTERMS.description, _plain(e.describe()), g)
        w.add(node, PROV.wasAssociatedWith, _curator(w, e.curator), g)
        w.add(node, PROV.endedAtTime, _day(e.date), g)
        w.add(node, RDFS.comment, _lit(e.reason), g)
        w.add(node, DCTERMS.source, _plain(a.file), g)
        w.add(node, LMEC.sourceLine, _int(e.line), g)
        if e.fields.get("citation"):
            w.add(node, DCTERMS.bibliographicCitation, _lit(str(e.fields["citation"])), g)
        if a.dropped:
            w.add(node, LMEC.droppedEntity, _plain(a.dropped), g)
        for key in a.keys:
            w.add(_entity(key), PROV.wasInfluencedBy, node, g)
        ent = ents.get(a.keys[0]) if len(a.keys) == 1 else None
        if ent is None or e.action not in ("rename", "label", "link"):
            continue
        s = _entity(ent.key)
        if e.action == "rename":  # unless a later entry changed it again
            made = (SKOS.prefLabel, _lit(ent.name)) if ent.name == e.fields["name"] else None
        elif e.action == "label":
            made = (RDFS.label, _lang(e.fields["en"], "en")) if ("name_en", e.fields["en"]) in ent.attrs else None
        else:
            q = e.fields["wikidata"]
            made = (OWL.sameAs, _n(WD[q])) if ("wikidata", q) in ent.attrs else None
        if made is None:
            continue
        st = _mint("fact", _digest(s, *made))
        w.add(st, A, _n(RDF.Statement), g)
        w.add(st, RDF.subject, s, g)
        w.add(st, RDF.predicate, made[0], g)
        w.add(st, RDF.object, made[1], g)
        _curated(w, st, dict(e.provenance()), g)


def _binary(w: _Writer, src: _Sources, s, p, o, f: Fact) -> None:
    g = _fact_graph(f)
    w.add(s, p, o, g)
    st = _mint("fact", _digest(s, p, o))
    if w.first(st):
        w.add_new(st, A, _n(RDF.Statement), g)
        w.add_new(st, RDF.subject, s, g)
        w.add_new(st, RDF.predicate, _n(p), g)
        w.add_new(st, RDF.object, o, g)
    _provenance(w, src, st, f, g)


def _write_fact(w: _Writer, src: _Sources, f: Fact, known: set[str]) -> None:
    if f.subject not in known or (f.object is not None and f.object not in known):
        return  # a fact about an entity that curation dropped
    s = _entity(f.subject)
    o = _entity(f.object) if f.object else None
    g = _fact_graph(f)
    k = f.kind
    if k == "post":
        title = f.value or ""
        role = _mint("role", title)
        m = _mint("membership", _digest(f.subject, f.object or "", title))
        if w.first(role):
            w.add_new(role, A, _n(ORG.Role), _G_ENTITIES)
            w.add_new(role, SKOS.prefLabel, _lit(title, "zh"), _G_ENTITIES)
            w.add_new(role, RDFS.label, _lit(title, "zh"), _G_ENTITIES)
            english = role_label_en(title)
            if english:
                w.add_new(role, RDFS.label, _lang(english, "en"), _G_ENTITIES)
        if w.first(m):
            w.add_new(m, A, _n(ORG.Membership), g)
            w.add_new(m, ORG.member, s, g)
            w.add_new(m, ORG.organization, o, g)
            w.add_new(m, ORG.role, role, g)
            w.add_new(m, LMEC.title, _lit(title, "zh"), g)
        _provenance(w, src, m, f, g)
    elif k == "speech":
        # the node is this briefing's (its IRI digests the briefing and its sentence): no repeats
        # elsewhere; two speeches of one person from one offset ("A致开幕词。他指出，…": the
        # sentence and the two it runs into) stay two nodes, each with its one type
        sp = _mint("speech", _digest(f.subject, f.object or "", f.briefing, str(f.start), str(f.end),
                                     f.get("speech_type") or ""))
        w.add_local(sp, A, _n(LMEC.Speech), g)
        w.add_local(sp, LMEC.speaker, s, g)
        w.add_local(sp, LMEC.atEvent, o, g)
        w.add_local(sp, LMEC.speechType, _n(SPEECH_TYPES.get(f.get("speech_type") or "", LMEC.remarks)), g)
        if f.value:
            w.add_local(sp, LMEC.statement, _lit(f.value, "zh"), g)
        _provenance(w, src, sp, f, g)
    elif k == "event_role":
        _binary(w, src, s, ROLE_PROPERTIES[f.value], o, f)
    elif k == "country":
        _binary(w, src, s, LMEC.country, o, f)
    elif k == "part_of":
        _binary(w, src, s, ORG.subOrganizationOf, o, f)
    elif k == "located_in":
        _binary(w, src, s, SDO.containedInPlace, o, f)
    elif k == "event_date" and f.value:
        _binary(w, src, s, SDO.startDate, _date(f.value), f)
    elif k == "event_end" and f.value:
        _binary(w, src, s, SDO.endDate, _date(f.value), f)
    elif k == "event_place":
        _binary(w, src, s, SDO.location, o, f)
    elif k == "event_format" and f.value in ATTENDANCE:
        _binary(w, src, s, SDO.eventAttendanceMode, _n(ATTENDANCE[f.value]), f)
    elif k == "participants" and f.value and f.value.isdigit():
        _binary(w, src, s, LMEC.participantCount, _int(int(f.value)), f)
        if f.get("qualifier"):
            w.add(s, LMEC.participantCountQualifier, _lit(f.get("qualifier"), "zh"), g)
    elif k == "participant_category" and f.value:
        _binary(w, src, s, LMEC.participantCategory, _lit(f.value, "zh"), f)
    elif k == "topic":
        _binary(w, src, s, LMEC.topic, o, f)
    elif k == "mentions":
        _binary(w, src, s, LMEC.refersTo, o, f)
    elif k == "founded" and f.value:
        _binary(w, src, s, LMEC.foundingDate, _date(f.value), f)
    elif k == "contact" and f.value:
        prop = CONTACT_PROPERTIES.get(f.get("kind") or "")
        if prop is not None:
            _binary(w, src, s, prop, _lit(f.value, "zh" if _CJK.search(f.value) else None)
                    if prop == LMEC.address else _plain(f.value), f)
    elif k == "sub_event":
        _binary(w, src, s, SDO.superEvent, o, f)


def graphs(kb: KnowledgeBase) -> Iterator[tuple[str, list[str]]]:
    """The knowledge base as (graph IRI, its sorted ``"s p o"`` N-Triples statements without
    the final " ."), one briefing's graph at a time in briefing order, then the entities and
    curation graphs; each triple once, in its home graph.

    Text, not pyoxigraph objects: making a million Python-side RDF terms costs seconds, while
    Oxigraph parses the text in Rust; and graph by graph, so a build can load each briefing's
    graph into the stores while the next is written. The text is Oxigraph's canonical form
    (its escapes, lower-case language tags), the very lines a store dump gives. ``kb`` may be
    anything with ``entities``, ``local_names``, ``reasons`` and ``bundles()`` (a build's
    knowledge base that re-reads each briefing's facts from disk, see :mod:`lmec_kg.streamed`).
    """
    w = _Writer()
    entities = sorted(kb.entities, key=lambda e: e.key)
    known = {e.key for e in entities}
    by_name = {}
    for e in entities:
        if e.kind == "organization":
            for n in (e.name, *e.aliases):
                by_name.setdefault(n, e.key)
    # entities first: an entity's own description wins its home over a briefing that repeats it
    for e in entities:
        _write_entity(w, e)

    names: dict[str, dict[str, str]] = defaultdict(dict)  # briefing -> key -> name
    for b, k, n in kb.local_names:
        names[b][k] = n
    from .resolve import rule_texts

    reasons = defaultdict(list)  # the texts are made a briefing at a time: they are many
    for r in kb.reasons:
        if r.briefing and r.entity in known:
            reasons[r.briefing].append(r)

    src = _Sources(w)
    dated: set[str] = set()
    # curated facts may cite no briefing ("") or one that was not read: they keep their place
    for bundle in kb.bundles():
        bid, b = bundle.id, bundle.briefing
        if b is not None:
            pub = by_name.get(b.publisher or "")
            _write_briefing(w, b, _entity(pub) if pub else None)
        src.start_briefing(bid, bundle.sentences)
        for f in sorted(bundle.facts, key=_fact_order):
            _write_fact(w, src, f, known)
            if f.kind == "event_date" and f.value:
                dated.add(f.subject)
        first: dict[str, tuple[int, int]] = {}
        for m in bundle.mentions:
            if m.key in known and (m.key not in first or (m.start, m.end) < first[m.key]):
                first[m.key] = (m.start, m.end)
        mine = names.pop(bid, {})
        keys = sorted(set(first) | {k for k in mine if k in known})
        _write_mentions(w, bid, keys, first, mine)
        for (_, key), texts in sorted(rule_texts(reasons.pop(bid, ())).items()):
            node = _mention(bid, key)
            for text in texts:  # why this mention joined its entity, read by `lmec-kg explain`
                w.add_local(node, LMEC.mergeRule, _plain(text), _graph(bid))
        src.end_briefing()
        if b is not None:
            yield _graph(bid), w.take(_graph(bid))
    _write_curation(w, getattr(kb, "curation", ()), {e.key: e for e in entities})
    # an event no briefing dates says so, rather than leaving a reader to guess (shapes.ttl)
    for e in entities:
        if e.kind == "event" and e.key not in dated:
            w.add(_entity(e.key), LMEC.undated, _typed("true", XSD.boolean), _G_ENTITIES)
    for g in w.untaken():
        yield g, w.take(g)


def _write_mentions(w: _Writer, b: str, keys, first: dict, names: dict) -> None:
    """Per-briefing mention nodes: the name as this briefing writes it, and where."""
    g = _graph(b)
    for key in keys:
        e = _entity(key)
        node = _mention(b, key)
        w.add_local(_briefing(b), SDO.mentions, e, g)
        w.add_local(node, A, _n(LMEC.Mention), g)
        w.add_local(node, LMEC.inBriefing, _briefing(b), g)
        w.add_local(node, LMEC.denotes, e, g)
        name = names.get(key)
        if name:
            w.add_local(node, LMEC.name, _lit(name), g)
        if key in first:
            start, end = first[key]
            w.add_local(node, LMEC.startChar, _int(start), g)
            w.add_local(node, LMEC.endChar, _int(end), g)


def nquads(kb: KnowledgeBase) -> list[str]:
    """All statements of the knowledge base as N-Quads lines, each triple once, ordered by
    graph, subject, predicate and object."""
    out: list[str] = []
    for g, triples in sorted(graphs(kb)):
        tail = f" {g} .\n"
        out.extend(t + tail for t in triples)
    return out


def nquads_bytes(kb: KnowledgeBase) -> bytes:
    """The same N-Quads as UTF-8 (in the order :func:`graphs` gives them)."""
    return b"".join(graph_bytes(g, triples) for g, triples in graphs(kb))


def graph_bytes(g: str, triples: list[str]) -> bytes:
    """One graph's statements as N-Quads text."""
    if not triples:
        return b""
    tail = f" {g} .\n"
    return (tail.join(triples) + tail).encode("utf-8")


def quads(kb: KnowledgeBase) -> list[ox.Quad]:
    """The knowledge base as pyoxigraph quads (for small graphs, tests and notebooks)."""
    data = nquads_bytes(kb)
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def _fact_order(f: Fact):
    return (f.briefing, f.start, f.end, f.kind, f.subject, f.object or "", f.value or "", f.extra)
