"""KnowledgeBase -> RDF quads: the only place that mints IRIs (see docs/graph-shape.md).

Each triple is written once, into one "home" named graph: the graph of the briefing it came
from (the first, if several briefings say it), ``kg:graph/entities`` for what describes an
entity, ``kg:graph/curation`` for what a researcher added. Queries read the union, so a
publish can replace one briefing's graph without touching the others.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from .model import Briefing, Entity, Fact, KnowledgeBase
from .namespaces import DCTERMS, FOAF, KG, LMEC, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, WD, XSD

__all__ = ["mint", "entity_iri", "briefing_iri", "sentence_iri", "quads", "GRAPH_ENTITIES",
           "GRAPH_CURATION", "briefing_graph", "lang_of"]

_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`/#?%\[\]]')
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _escape(segment: str) -> str:
    return _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), segment)


def mint(*segments: str) -> ox.NamedNode:
    """IRI under ``kg:`` from stable segments; unsafe characters are percent-encoded."""
    return ox.NamedNode(str(KG) + "/".join(_escape(s) for s in segments))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str) -> ox.NamedNode:
    """``organization:生态环境部`` -> ``kg:organization/生态环境部``."""
    kind, _, ident = key.partition(":")
    return mint(kind, ident)


def briefing_iri(briefing_id: str) -> ox.NamedNode:
    return mint("briefing", briefing_id)


def sentence_iri(briefing_id: str, start: int, end: int) -> ox.NamedNode:
    return mint("briefing", briefing_id, "s", f"{start}-{end}")


def briefing_graph(briefing_id: str) -> ox.NamedNode:
    return mint("graph", briefing_id)


GRAPH_ENTITIES = mint("graph", "entities")
GRAPH_CURATION = mint("graph", "curation")


def lang_of(text: str) -> str:
    """Language tag for a name: Chinese when it has Han characters, else English."""
    return "zh" if _CJK.search(text) else "en"


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _lit(text: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(text, language=lang or lang_of(text))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_n(XSD.integer))


_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_n(_DATE_TYPES.get(len(value), XSD.string)))


A = _n(RDF.type)

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
    """Collects quads, each triple once, in a deterministic home graph."""

    def __init__(self) -> None:
        self.home: dict[tuple, ox.NamedNode] = {}

    def add(self, s, p, o, g) -> None:
        key = (s, _n(p) if not isinstance(p, ox.NamedNode) else p, o)
        if key not in self.home:
            self.home[key] = g

    def quads(self) -> list[ox.Quad]:
        return [ox.Quad(s, p, o, g) for (s, p, o), g in self.home.items()]


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
    s = entity_iri(e.key)
    g = GRAPH_ENTITIES
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
            w.add(s, RDFS.label, ox.Literal(v, language="en"), g)
        elif k == "pinyin":
            w.add(s, RDFS.label, ox.Literal(v, language="zh-Latn-pinyin"), g)
        elif k == "wikidata":
            w.add(s, OWL.sameAs, _n(WD[v]), g)
        elif k == "acronym":
            w.add(s, SKOS.altLabel, ox.Literal(v, language="en"), g)
        elif k == "country":
            w.add(s, LMEC.country, entity_iri(f"country:{v}"), g)
        elif k == "member":
            w.add(s, LMEC.memberCountry, entity_iri(f"country:{v}"), g)
        elif k in ENTITY_ATTRS:
            w.add(s, ENTITY_ATTRS[k], ox.Literal(v), g)


def _write_briefing(w: _Writer, b: Briefing, publisher: ox.NamedNode | None) -> None:
    s = briefing_iri(b.id)
    g = briefing_graph(b.id)
    w.add(s, A, _n(LMEC.Briefing), g)
    w.add(s, DCTERMS.identifier, ox.Literal(b.id), g)
    w.add(s, DCTERMS.language, ox.Literal(b.language), g)
    if b.path:
        w.add(s, DCTERMS.source, ox.Literal(b.path.replace("\\", "/").rsplit("/", 1)[-1]), g)
    w.add(s, LMEC.sourceFormat, ox.Literal(b.format), g)
    if b.sha256:
        w.add(s, LMEC.sha256, ox.Literal(b.sha256), g)
    if b.title:
        w.add(s, DCTERMS.title, _lit(b.title), g)
    if b.series:
        w.add(s, LMEC.series, _lit(b.series), g)
    if b.year is not None:
        w.add(s, LMEC.issueYear, _int(b.year), g)
    if b.issue is not None:
        w.add(s, LMEC.issueNumber, _int(b.issue), g)
    if b.published:
        w.add(s, DCTERMS.issued, _date(b.published), g)
    if publisher is not None:
        w.add(s, DCTERMS.publisher, publisher, g)


class _Sources:
    """Sentence nodes: one per (briefing, span), text from the KB's evidence table."""

    def __init__(self, w: _Writer, kb: KnowledgeBase) -> None:
        self.w = w
        self.text = {(b, s, e): t for b, s, e, t in kb.sentences}

    def sentence(self, briefing: str, start: int, end: int) -> ox.NamedNode:
        s = sentence_iri(briefing, start, end)
        g = briefing_graph(briefing)
        w = self.w
        if (s, _n(RDF.type), _n(LMEC.Sentence)) not in w.home:
            w.add(s, A, _n(LMEC.Sentence), g)
            w.add(s, DCTERMS.isPartOf, briefing_iri(briefing), g)
            w.add(s, LMEC.startChar, _int(start), g)
            w.add(s, LMEC.endChar, _int(end), g)
            text = self.text.get((briefing, start, end))
            if text:
                w.add(s, LMEC.text, ox.Literal(text, language="zh"), g)
        return s


def _fact_graph(f: Fact) -> ox.NamedNode:
    return GRAPH_CURATION if f.curated else briefing_graph(f.briefing)


def _provenance(w: _Writer, src: _Sources, node, f: Fact, g) -> None:
    if f.briefing and f.end > f.start:
        w.add(node, PROV.wasDerivedFrom, src.sentence(f.briefing, f.start, f.end), g)
    w.add(node, LMEC.confidence, ox.Literal(f"{f.confidence:.2f}", datatype=_n(XSD.decimal)), g)
    if f.curated:
        c = dict(f.curated)
        w.add(node, LMEC.curated, ox.Literal("true", datatype=_n(XSD.boolean)), g)
        if c.get("curator"):
            agent = mint("curator", c["curator"])
            w.add(agent, A, _n(PROV.Agent), GRAPH_CURATION)
            w.add(agent, FOAF.name, ox.Literal(c["curator"]), GRAPH_CURATION)
            w.add(node, PROV.wasAttributedTo, agent, g)
        if c.get("date"):
            w.add(node, PROV.generatedAtTime, _date(c["date"]), g)
        if c.get("reason"):
            w.add(node, RDFS.comment, _lit(c["reason"]), g)
        if c.get("citation"):
            w.add(node, DCTERMS.bibliographicCitation, _lit(c["citation"]), g)


def _binary(w: _Writer, src: _Sources, s, p, o, f: Fact) -> None:
    g = _fact_graph(f)
    w.add(s, p, o, g)
    st = mint("fact", _digest(s.value, str(p), str(o)))
    w.add(st, A, _n(RDF.Statement), g)
    w.add(st, RDF.subject, s, g)
    w.add(st, RDF.predicate, _n(p), g)
    w.add(st, RDF.object, o, g)
    _provenance(w, src, st, f, g)


def _write_fact(w: _Writer, src: _Sources, f: Fact, known: set[str]) -> None:
    if f.subject not in known or (f.object is not None and f.object not in known):
        return  # a fact about an entity that curation dropped
    s = entity_iri(f.subject)
    o = entity_iri(f.object) if f.object else None
    g = _fact_graph(f)
    k = f.kind
    if k == "post":
        title = f.value or ""
        role = mint("role", title)
        m = mint("membership", _digest(f.subject, f.object or "", title))
        w.add(role, A, _n(ORG.Role), GRAPH_ENTITIES)
        w.add(role, SKOS.prefLabel, _lit(title, "zh"), GRAPH_ENTITIES)
        w.add(role, RDFS.label, _lit(title, "zh"), GRAPH_ENTITIES)
        w.add(m, A, _n(ORG.Membership), g)
        w.add(m, ORG.member, s, g)
        w.add(m, ORG.organization, o, g)
        w.add(m, ORG.role, role, g)
        w.add(m, LMEC.title, _lit(title, "zh"), g)
        _provenance(w, src, m, f, g)
    elif k == "speech":
        sp = mint("speech", _digest(f.subject, f.object or "", f.briefing, str(f.start)))
        w.add(sp, A, _n(LMEC.Speech), g)
        w.add(sp, LMEC.speaker, s, g)
        w.add(sp, LMEC.atEvent, o, g)
        w.add(sp, LMEC.speechType, _n(SPEECH_TYPES.get(f.get("speech_type") or "", LMEC.remarks)), g)
        if f.value:
            w.add(sp, LMEC.statement, _lit(f.value, "zh"), g)
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
                    if prop == LMEC.address else ox.Literal(f.value), f)
    elif k == "sub_event":
        _binary(w, src, s, SDO.superEvent, o, f)


def quads(kb: KnowledgeBase) -> list[ox.Quad]:
    """All quads of the knowledge base, each triple once, in a deterministic order."""
    w = _Writer()
    entities = sorted(kb.entities, key=lambda e: e.key)
    known = {e.key for e in entities}
    by_name = {}
    for e in entities:
        if e.kind == "organization":
            for n in (e.name, *e.aliases):
                by_name.setdefault(n, e.key)
    for b in sorted(kb.briefings, key=lambda b: b.id):
        pub = by_name.get(b.publisher or "")
        _write_briefing(w, b, entity_iri(pub) if pub else None)
    for e in entities:
        _write_entity(w, e)
    src = _Sources(w, kb)
    for f in sorted(kb.facts, key=_fact_order):
        _write_fact(w, src, f, known)
    # per-briefing mention nodes carry the name as each briefing writes it
    first: dict[tuple[str, str], tuple[int, int]] = {}
    for m in kb.mentions:
        k = (m.briefing, m.key)
        if m.key in known and (k not in first or (m.start, m.end) < first[k]):
            first[k] = (m.start, m.end)
    names = {(b, k): n for b, k, n in kb.local_names}
    for (b, key) in sorted(set(first) | {k for k in names if k[1] in known}):
        g = briefing_graph(b)
        e = entity_iri(key)
        node = mint("briefing", b, "m", *key.split(":", 1))
        w.add(briefing_iri(b), SDO.mentions, e, g)
        w.add(node, A, _n(LMEC.Mention), g)
        w.add(node, LMEC.inBriefing, briefing_iri(b), g)
        w.add(node, LMEC.denotes, e, g)
        name = names.get((b, key))
        if name:
            w.add(node, LMEC.name, _lit(name), g)
        if (b, key) in first:
            start, end = first[(b, key)]
            w.add(node, LMEC.startChar, _int(start), g)
            w.add(node, LMEC.endChar, _int(end), g)
    _write_merge_rules(w, kb, known)
    return w.quads()


# --- merge provenance (entity resolution, see resolve.py): why each briefing's mention was
# --- put into its entity, read by `lmec-kg explain`
def _write_merge_rules(w: _Writer, kb: KnowledgeBase, known: set[str]) -> None:
    """``lmec:mergeRule "rule: detail"`` on each per-briefing Mention node."""
    from .resolve import merge_rule_texts

    for (b, key), texts in sorted(merge_rule_texts(kb).items()):
        if not b or key not in known:
            continue
        node = mint("briefing", b, "m", *key.split(":", 1))
        for text in texts:
            w.add(node, LMEC.mergeRule, ox.Literal(text), briefing_graph(b))


def _fact_order(f: Fact):
    return (f.briefing, f.start, f.end, f.kind, f.subject, f.object or "", f.value or "", f.extra)
