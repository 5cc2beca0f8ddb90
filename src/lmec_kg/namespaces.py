"""Every vocabulary the graph uses, as namespace objects, and the prefixes bound on export.

Our own terms live in ``LMEC`` (a closed ``DefinedNamespace``: a misspelt term fails at import
time, and a test checks it term for term against ``ontology/lmec.ttl``).
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace

__all__ = [
    "LMEC", "KG", "WD", "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SDO", "SKOS",
    "TIME", "XSD", "PREFIXES", "bind_prefixes", "ONTOLOGY_IRI", "curie",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/lmec-kg/ontology")


class LMEC(DefinedNamespace):
    """The lmec-kg ontology: only what ORG, FOAF, schema.org, PROV-O, SKOS and DC lack."""

    _fail = True
    _NS = Namespace("https://w3id.org/lmec-kg/ontology#")

    # organisations
    GovernmentBody: URIRef
    Ministry: URIRef
    Department: URIRef
    Agency: URIRef
    LocalGovernment: URIRef
    DiplomaticMission: URIRef
    InternationalOrganization: URIRef
    NGO: URIRef
    Foundation: URIRef
    ResearchInstitute: URIRef
    Company: URIRef
    Secretariat: URIRef
    CooperationCenter: URIRef
    # places
    Country: URIRef
    CountryGroup: URIRef
    City: URIRef
    Province: URIRef
    # events
    Event: URIRef
    Dialogue: URIRef
    Forum: URIRef
    Meeting: URIRef
    Workshop: URIRef
    Training: URIRef
    Ceremony: URIRef
    Exhibition: URIRef
    FieldVisit: URIRef
    # what events and organisations talk about
    Initiative: URIRef
    Programme: URIRef
    Platform: URIRef
    Mechanism: URIRef
    Document: URIRef
    Strategy: URIRef
    Declaration: URIRef
    Framework: URIRef
    Plan: URIRef
    Topic: URIRef
    # sources and provenance
    Briefing: URIRef
    Sentence: URIRef
    Mention: URIRef
    Speech: URIRef
    CurationEntry: URIRef  # a prov:Activity: one entry of the curation file, as a build applied it
    # role vocabulary (skos:Concept individuals)
    EventRoleType: URIRef
    SpeechType: URIRef
    eventRoleScheme: URIRef  # skos:ConceptScheme of the event roles
    speechTypeScheme: URIRef  # skos:ConceptScheme of the speech types
    guide: URIRef
    host: URIRef
    organizer: URIRef
    supporter: URIRef
    coOrganizer: URIRef
    openingRemarks: URIRef
    keynote: URIRef
    remarks: URIRef
    # object properties
    country: URIRef
    guidedBy: URIRef
    hostedBy: URIRef
    organizedBy: URIRef
    supportedBy: URIRef
    coOrganizedBy: URIRef
    hasOrganizationalRole: URIRef
    speaker: URIRef
    atEvent: URIRef
    speechType: URIRef
    topic: URIRef
    refersTo: URIRef
    denotes: URIRef
    inBriefing: URIRef
    publisher: URIRef
    memberCountry: URIRef
    # data properties
    title: URIRef
    statement: URIRef
    text: URIRef
    startChar: URIRef
    endChar: URIRef
    name: URIRef
    series: URIRef
    issueNumber: URIRef
    issueYear: URIRef
    sha256: URIRef
    sourceFormat: URIRef
    participantCount: URIRef
    participantCountQualifier: URIRef
    participantCategory: URIRef
    attendanceMode: URIRef
    undated: URIRef  # true on an event the briefings give no date for
    isoCode: URIRef
    foundingDate: URIRef
    confidence: URIRef
    curated: URIRef
    mergeRule: URIRef
    action: URIRef  # a curation entry's action (merge, rename, ...)
    sourceLine: URIRef  # the line of the curation file an entry starts on
    droppedEntity: URIRef  # the key of the entity a drop-entity entry removed
    email: URIRef
    telephone: URIRef
    faxNumber: URIRef
    address: URIRef
    postalCode: URIRef
    wechat: URIRef
    homepage: URIRef


#: instance data; IRIs are minted only by ``graph.mint``
KG = Namespace("https://w3id.org/lmec-kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")

#: names under ``kg:graph/`` that are not briefings' graphs: a briefing file with one of these
#: stems would write its statements into that graph, so it is refused (``ingest.distinct_ids``)
RESERVED_GRAPH_NAMES = frozenset({"entities", "curation", "ontology"})

#: one prefix per kind of instance keeps exported Turtle readable (``person:李永红``)
INSTANCE_KINDS = (
    "briefing", "organization", "person", "country", "place", "event", "initiative", "document",
    "topic", "role", "membership", "speech", "fact",
)

PREFIXES = {
    "lmec": str(LMEC._NS),
    "kg": str(KG),
    **{kind: f"{KG}{kind}/" for kind in INSTANCE_KINDS},
    "wd": str(WD),
    "org": str(ORG),
    "foaf": str(FOAF),
    "schema": str(SDO),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (replacing rdflib's defaults such as ``schema1``)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def curie(iri: str, prefixes: dict[str, str] | None = None) -> str | None:
    """``prefix:rest`` for the longest namespace ``iri`` starts with (``lmec:Event``), else None."""
    text = str(iri)
    table = PREFIXES if prefixes is None else prefixes
    best = max((ns for ns in table.values() if text.startswith(ns) and len(text) > len(ns)), key=len, default=None)
    if best is None:
        return None
    prefix = min(p for p, ns in table.items() if ns == best)
    return f"{prefix}:{text[len(best):]}"


def sparql_prologue() -> str:
    """PREFIX lines for every namespace, so queries may leave them out."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
