"""The ontology: parses, matches namespaces.LMEC term for term, is documented in Chinese and
English, stays in OWL 2 DL, is consistent under HermiT, and passes its own pitfall shapes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
import rdflib.namespace as rns
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from lmec_kg.namespaces import LMEC, ONTOLOGY_IRI, ORG
from lmec_kg.validate import load_ontology, ontology_path, validate_ontology

NS = str(LMEC._NS)
OWL2_DATATYPES = {
    RDF.PlainLiteral, RDF.XMLLiteral, RDFS.Literal, OWL.real, OWL.rational,
    *(rns.XSD[t] for t in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long "
        "int short byte unsignedLong unsignedInt unsignedShort unsignedByte double float string "
        "normalizedString token language Name NCName NMTOKEN boolean hexBinary base64Binary anyURI "
        "dateTime dateTimeStamp"
    ).split()),
}
ENTITY_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def code_terms() -> set[URIRef]:
    return {LMEC[name] for name in LMEC.__annotations__ if not name.startswith("_")}


def defined_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects(RDFS.isDefinedBy, ONTOLOGY_IRI) if str(s).startswith(NS)}


def test_ontology_parses_and_has_header(onto):
    assert len(onto) > 500
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert onto.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/license")) is not None
    creator = onto.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/creator"))
    assert "lmec-kg" in str(onto.value(creator, URIRef("http://xmlns.com/foaf/0.1/name")))
    assert not list(onto.objects(ONTOLOGY_IRI, OWL.imports)), "the ontology must load offline"


def test_every_code_term_is_defined(onto):
    missing = sorted(str(t) for t in code_terms() - defined_terms(onto))
    assert not missing, f"terms in namespaces.LMEC but not in ontology/lmec.ttl: {missing}"


def test_every_ontology_term_is_in_code(onto):
    used = {t for triple in onto for t in triple if isinstance(t, URIRef) and str(t).startswith(NS)}
    extra = sorted(str(t) for t in used - code_terms())
    assert not extra, f"lmec: terms in ontology/lmec.ttl but not in namespaces.LMEC: {extra}"


def test_every_term_has_labels_and_definitions(onto):
    def langs(term, predicate):
        return {o.language for o in onto.objects(term, predicate) if isinstance(o, Literal)}

    problems = []
    for term in sorted(code_terms()):
        for predicate in (RDFS.label, SKOS.definition):
            missing = {"en", "zh"} - langs(term, predicate)
            if missing:
                problems.append(f"{term} {predicate} lacks {sorted(missing)}")
    assert not problems, "\n".join(problems)


def test_every_term_is_declared_once(onto):
    """No punning: each IRI is one kind of entity (class, object/datatype/annotation property,
    datatype, or individual)."""
    problems = []
    iris = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef)}
    for iri in sorted(iris):
        kinds = {t for t in onto.objects(iri, RDF.type) if t in ENTITY_TYPES}
        if len(kinds) > 1:
            problems.append(f"{iri}: {sorted(kinds)}")
        if kinds and (iri, RDF.type, OWL.NamedIndividual) in onto:
            problems.append(f"{iri}: both {sorted(kinds)} and an individual")
    assert not problems, "\n".join(problems)
    for term in code_terms():
        kinds = {t for t in onto.objects(term, RDF.type) if t in ENTITY_TYPES}
        individual = (term, RDF.type, OWL.NamedIndividual) in onto
        assert len(kinds) + individual == 1, f"{term} is declared as {kinds or 'nothing'}"


def test_datatypes_are_in_the_owl2_datatype_map(onto):
    def datatypes(node):
        if isinstance(node, URIRef):
            yield node
            return
        for head in (onto.value(node, OWL.unionOf),):
            if head is not None:
                for member in onto.items(head):
                    yield from datatypes(member)

    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        for rng in onto.objects(prop, RDFS.range):
            if onto.value(rng, OWL.oneOf) is not None:
                continue
            for dt in datatypes(rng):
                assert dt in OWL2_DATATYPES, f"{prop} range {dt} is outside the OWL 2 datatype map"


@pytest.mark.parametrize(
    "sub, sup",
    [
        (LMEC.Event, rns.SDO.Event),
        (LMEC.Country, rns.SDO.Country),
        (LMEC.Briefing, PROV.Entity),
        (LMEC.Sentence, PROV.Entity),
        (LMEC.Topic, SKOS.Concept),
        (LMEC.Foundation, LMEC.NGO),
        (LMEC.Department, ORG.OrganizationalUnit),
        (LMEC.Ministry, LMEC.GovernmentBody),
        (LMEC.GovernmentBody, ORG.FormalOrganization),
        (LMEC.Document, rns.SDO.CreativeWork),
        (LMEC.Programme, LMEC.Initiative),
        (LMEC.Plan, LMEC.Document),
        (LMEC.FieldVisit, LMEC.Event),
    ],
)
def test_alignments(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


def test_every_organisation_type_is_an_organization(onto):
    for cls in (LMEC.Ministry, LMEC.Department, LMEC.Agency, LMEC.LocalGovernment, LMEC.DiplomaticMission,
                LMEC.InternationalOrganization, LMEC.NGO, LMEC.Foundation, LMEC.ResearchInstitute,
                LMEC.Company, LMEC.Secretariat, LMEC.CooperationCenter):
        assert ORG.Organization in set(onto.transitive_objects(cls, RDFS.subClassOf)), cls


@pytest.mark.parametrize(
    "prop, concept, zh",
    [
        (LMEC.guidedBy, LMEC.guide, "指导"),
        (LMEC.hostedBy, LMEC.host, "主办"),
        (LMEC.organizedBy, LMEC.organizer, "承办"),
        (LMEC.supportedBy, LMEC.supporter, "支持"),
        (LMEC.coOrganizedBy, LMEC.coOrganizer, "协办"),
    ],
)
def test_event_roles(onto, prop, concept, zh):
    assert (prop, RDFS.subPropertyOf, LMEC.hasOrganizationalRole) in onto
    assert (prop, RDFS.domain, LMEC.Event) in onto
    assert (prop, RDFS.range, ORG.Organization) in onto
    assert (concept, RDF.type, SKOS.Concept) in onto
    assert (concept, RDF.type, LMEC.EventRoleType) in onto
    assert (concept, SKOS.inScheme, LMEC.eventRoleScheme) in onto
    assert Literal(zh, lang="zh") in set(onto.objects(concept, SKOS.prefLabel))


def test_speech_types_and_schemes(onto):
    assert (LMEC.eventRoleScheme, RDF.type, SKOS.ConceptScheme) in onto
    assert (LMEC.speechTypeScheme, RDF.type, SKOS.ConceptScheme) in onto
    for concept in (LMEC.openingRemarks, LMEC.keynote, LMEC.remarks):
        assert (concept, RDF.type, LMEC.SpeechType) in onto
        assert (concept, SKOS.inScheme, LMEC.speechTypeScheme) in onto
    assert (LMEC.speechType, RDFS.range, LMEC.SpeechType) in onto


def test_every_object_property_has_domain_and_range(onto):
    for prop in code_terms():
        if (prop, RDF.type, OWL.ObjectProperty) in onto:
            assert onto.value(prop, RDFS.domain) is not None, prop
            assert onto.value(prop, RDFS.range) is not None, prop
        if (prop, RDF.type, OWL.DatatypeProperty) in onto:
            assert onto.value(prop, RDFS.range) is not None, prop


def test_pitfall_shapes_pass_on_the_ontology():
    report = validate_ontology()
    assert report.conforms, report.text()
    assert not report.warnings, report.text()


# --------------------------------------------------------------------------------------------
# OWL DL reasoning with HermiT (owlready2, needs Java)
# --------------------------------------------------------------------------------------------

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


def _reason(graph: Graph, tmp_path: Path):
    """Load the graph into a fresh owlready2 world, run HermiT; return the unsatisfiable
    classes (owl:Nothing left out). Raises OwlReadyInconsistentOntologyError if inconsistent."""
    import owlready2

    path = tmp_path / "ontology.nt"
    graph.serialize(destination=str(path), format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return [c for c in world.inconsistent_classes() if c is not owlready2.Nothing]


@needs_java
def test_hermit_consistent_and_all_classes_satisfiable(onto, tmp_path):
    assert _reason(onto, tmp_path) == []


@needs_java
def test_hermit_catches_an_unsatisfiable_class(onto, tmp_path):
    """The check above is meaningful: the disjointness axioms make a class that is both an
    event and an organisation unsatisfiable."""
    bad = Graph()
    for triple in onto:
        bad.add(triple)
    probe = URIRef(NS + "ProbeEventOrganization")
    bad.add((probe, RDF.type, OWL.Class))
    bad.add((probe, RDFS.subClassOf, LMEC.Event))
    bad.add((probe, RDFS.subClassOf, LMEC.Ministry))
    unsatisfiable = _reason(bad, tmp_path)
    assert [c.iri for c in unsatisfiable] == [str(probe)]


def test_ontology_file_location():
    assert ontology_path().name == "lmec.ttl"
    assert ontology_path().parent.name == "ontology"
