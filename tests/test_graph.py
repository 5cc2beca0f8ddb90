"""The RDF writer: IRIs, classes, provenance and per-briefing names from a hand-made extraction."""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox

from lmec_kg import graph as rdf
from lmec_kg.pipeline import _slim
from lmec_kg.query import query
from lmec_kg.resolve import resolve
from lmec_kg.store import load_quads


def _store(extraction):
    return load_quads(rdf.quads(resolve([_slim(extraction)])))


def test_mint_keeps_chinese_and_escapes_unsafe_characters():
    assert rdf.mint("person", "李永红").value == "https://w3id.org/lmec-kg/id/person/李永红"
    iri = rdf.entity_iri("organization:A/B 中心").value
    assert iri.endswith("organization/A%2FB%20中心")


def test_post_has_membership_with_sentence_provenance(sample_extraction):
    rows = query(_store(sample_extraction), """
        SELECT ?name ?title ?org ?text ?doc WHERE {
          ?m a org:Membership ; org:member/foaf:name ?name ; lmec:title ?title ;
             org:organization/skos:prefLabel ?org ; prov:wasDerivedFrom ?s .
          ?s lmec:text ?text ; dcterms:isPartOf/dcterms:identifier ?doc .
        }""").values()
    assert rows == [["周军", "处长", "生态环境部国际合作司", "生态环境部国际合作司处长周军出席并致辞。", "sample-2022-01"]]


def test_binary_facts_are_direct_triples_with_reified_source(sample_extraction):
    store = _store(sample_extraction)
    roles = query(store, """
        SELECT ?org ?text WHERE {
          ?e lmec:hostedBy ?o . ?o skos:prefLabel ?org .
          ?f rdf:subject ?e ; rdf:predicate lmec:hostedBy ; rdf:object ?o ; prov:wasDerivedFrom/lmec:text ?text .
        }""").values()
    # the label may be the gazetteer's full name; the sentence is the briefing's own
    assert len(roles) == 1 and roles[0][0] in {"澜湄环境合作中心", "澜沧江-湄公河环境合作中心"}
    assert roles[0][1] == "本次对话由生态环境部指导，澜湄环境合作中心主办。"
    date = query(store, "SELECT ?d WHERE { ?e schema:startDate ?d }").rows[0][0]
    assert date.value == "2022-04-21" and date.datatype.value.endswith("#date")


def test_entities_are_typed_and_labelled(sample_extraction):
    store = _store(sample_extraction)
    classes = {r[0] for r in query(store, "SELECT ?c WHERE { organization:生态环境部国际合作司 a ?c }").values()}
    assert {"http://www.w3.org/ns/org#Organization", "https://w3id.org/lmec-kg/ontology#Department",
            "http://www.w3.org/ns/org#OrganizationalUnit"} <= classes
    cn = query(store, "SELECT ?l ?same WHERE { country:CN rdfs:label ?l ; owl:sameAs ?same FILTER(lang(?l)='en') }")
    assert cn.values() == [["China", "http://www.wikidata.org/entity/Q148"]]


def test_each_triple_lives_in_exactly_one_named_graph(sample_extraction):
    quads = rdf.quads(resolve([_slim(sample_extraction)]))
    triples = [q.triple for q in quads]
    assert len(triples) == len(set(triples))
    graphs = {q.graph_name.value.rsplit("/", 1)[-1] for q in quads}
    assert graphs == {"sample-2022-01", "entities"}


def test_briefing_names_come_from_the_briefing(sample_extraction):
    rows = query(_store(sample_extraction), """
        SELECT ?name WHERE { ?m lmec:inBriefing/dcterms:identifier "sample-2022-01" ;
                                lmec:denotes person:周军 ; lmec:name ?name }""").values()
    assert rows == [["周军"]]


def test_quads_are_deterministic(sample_extraction):
    a = rdf.quads(resolve([_slim(sample_extraction)]))
    reordered = dataclasses.replace(sample_extraction, facts=tuple(reversed(sample_extraction.facts)),
                                    entities=tuple(reversed(sample_extraction.entities)))
    b = rdf.quads(resolve([_slim(reordered)]))
    assert sorted(map(str, a)) == sorted(map(str, b))
    assert all(isinstance(q.subject, ox.NamedNode) for q in a)  # no blank nodes


def test_an_event_without_a_date_is_marked_undated(sample_extraction):
    undated = dataclasses.replace(sample_extraction,
                                  facts=tuple(f for f in sample_extraction.facts if f.kind != "event_date"))
    ask = "ASK { event:圆桌对话 lmec:undated true }"
    assert query(_store(undated), ask).boolean is True
    assert query(_store(sample_extraction), ask).boolean is False


def test_two_speeches_from_one_offset_are_two_nodes():
    # "A致开幕词。他指出，…": the opening remarks (one sentence) and a statement (that sentence
    # and the next) start at one offset; each speech keeps its one type (the shapes say so)
    from lmec_kg.model import Briefing, Entity, Extraction, Fact, Mention
    text = "冯某致开幕词。他指出，合作很重要。"
    ex = Extraction(
        briefing=Briefing(id="b", text=text),
        entities=[Entity("person:冯某", "person", "冯某"), Entity("event:论坛", "event", "论坛")],
        mentions=[Mention("person:冯某", "冯某", "b", 0, 2)],
        facts=[Fact("speech", "person:冯某", "event:论坛", "", "b", 0, 7, extra=(("speech_type", "opening"),)),
               Fact("speech", "person:冯某", "event:论坛", "合作很重要。", "b", 0, 17, extra=(("speech_type", "remarks"),))],
    )
    rows = query(_store(ex), "SELECT ?s ?t WHERE { ?s a lmec:Speech ; lmec:speechType ?t }").values()
    assert len(rows) == 2 and len({r[0] for r in rows}) == 2
