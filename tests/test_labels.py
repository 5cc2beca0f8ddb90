"""Latin labels: pinyin of personal names, English titles, the partner view."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from lmec_kg import graph as rdf
from lmec_kg.export import serialize
from lmec_kg.labels import partner_view, pinyin_name, role_label_en
from lmec_kg.resolve import resolve

from .kbfactory import brief, ent, post


@pytest.mark.parametrize("name, expected", [
    ("李永红", "Li Yonghong"),
    ("周国梅", "Zhou Guomei"),
    ("欧阳修", "Ouyang Xiu"),
    ("司马光", "Sima Guang"),
    ("单霁翔", "Shan Jixiang"),
    ("曾国藩", "Zeng Guofan"),
    ("解缙", "Xie Jin"),
    ("区家明", "Ou Jiaming"),
    ("王永安", "Wang Yong'an"),
    ("吕娜", "Lü Na"),
    ("普冯·栾赛山", "Pufeng Luansaishan"),
])
def test_pinyin_of_chinese_personal_names(name, expected):
    assert pinyin_name(name) == expected


@pytest.mark.parametrize("name", ["Heng Chan Thoeum", "", "李", "李A"])
def test_no_pinyin_for_non_chinese_or_too_short(name):
    assert pinyin_name(name) is None


@pytest.mark.parametrize("title, expected", [
    ("部长", "Minister"), ("副部长", "Vice Minister"), ("司长", "Director-General"),
    ("副司长", "Deputy Director-General"), ("处长", "Division Director"), ("主任", "Director"),
    ("副主任", "Deputy Director"), ("大使", "Ambassador"), ("驻华大使", "Ambassador in China"),
    ("参赞兼处长", "Counsellor and Division Director"), ("代总领事", "Acting Consul General"),
    ("亚太区首席投资官", "Asia-Pacific Chief Investment Officer"),
])
def test_role_labels(title, expected):
    assert role_label_en(title) == expected


def test_unknown_title_has_no_label():
    assert role_label_en("某某职务") is None


def _kb():
    return resolve([brief("b1", [ent("person:李永红"), ent("person:陈红河", aliases=("Trần Hồng Hà",)),
                                 ent("person:普冯·栾赛山"), ent("person:San Oo"),
                                 ent("organization:生态环境部"), ent("organization:某研究会"), ent("country:CN", "中国")],
                           [post("person:李永红", "organization:生态环境部", "副主任")])], curation=None)


def test_every_person_has_a_latin_label():
    kb = _kb()
    for e in (e for e in kb.entities if e.kind == "person"):
        latin = [v for k, v in e.attrs if k in ("pinyin", "name_en")] + ([e.name] if e.name.isascii() else [])
        assert latin, e.key
    chen = next(e for e in kb.entities if e.key == "person:陈红河")
    assert chen.attr("name_en") == "Trần Hồng Hà"


def test_partner_view_keeps_english_labels_and_parses_in_rdflib():
    quads = rdf.quads(_kb())
    view = partner_view(quads, "en")
    store = ox.Store()
    store.extend(view)
    g = rdflib.Graph()
    g.parse(data=serialize(store, "turtle").decode("utf-8"), format="turtle")
    pref = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
    label = rdflib.URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    mee = rdflib.URIRef(rdf.entity_iri("organization:生态环境部").value)
    assert {str(o) for o in g.objects(mee, pref)} == {"Ministry of Ecology and Environment"}
    # the Chinese name stays: as rdfs:label, and the former preferred label as an alternative one
    assert {(str(o), o.language) for o in g.objects(mee, label)} == {
        ("Ministry of Ecology and Environment", "en"), ("生态环境部", "zh")}
    alt = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
    assert ("生态环境部", "zh") in {(str(o), o.language) for o in g.objects(mee, alt)}
    li = rdflib.URIRef(rdf.entity_iri("person:李永红").value)
    assert ("Li Yonghong", "zh-latn-pinyin") in {(str(o), (o.language or "").lower()) for o in g.objects(li, label)}
    # an organisation without an English name keeps its Chinese label rather than none
    other = rdflib.URIRef(rdf.entity_iri("organization:某研究会").value)
    assert {str(o) for o in g.objects(other, label)} == {"某研究会"}
    # nothing is dropped but an alternative label equal to the preferred one
    assert {(q.subject, q.predicate, q.object) for q in quads} - {(q.subject, q.predicate, q.object) for q in view} <= {
        (q.subject, q.predicate, q.object) for q in quads if q.predicate.value.endswith("Label")}
    assert len([q for q in view if q.predicate.value.endswith("#member")]) == 1


def _quad(s, p, o):
    return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o)


def test_partner_view_tells_same_named_bodies_of_different_countries_apart():
    kg, onto = "https://w3id.org/lmec-kg/id/", "https://w3id.org/lmec-kg/ontology#"
    rdf_type, org = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/org#Organization"
    label, pref = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel"
    quads = []
    for zh, iso, country in [("泰国自然资源与环境部", "TH", "Thailand"), ("老挝自然资源与环境部", "LA", "Laos"),
                             ("泰国自然资源与环境部常务秘书办公室", "TH", "Thailand")]:
        s, c = kg + "organization/" + zh, kg + "country/" + iso
        quads += [_quad(s, rdf_type, ox.NamedNode(org)), _quad(s, pref, ox.Literal(zh, language="zh")),
                  _quad(s, label, ox.Literal(zh, language="zh")), _quad(s, onto + "country", ox.NamedNode(c)),
                  _quad(c, label, ox.Literal(country, language="en"))]
        if "办公室" not in zh:
            quads.append(_quad(s, label, ox.Literal("Ministry of Natural Resources and Environment", language="en")))
    prefs = {q.subject.value.rsplit("/", 1)[1]: q.object.value for q in partner_view(quads, "en")
             if q.predicate.value == pref}
    assert prefs == {"泰国自然资源与环境部": "Ministry of Natural Resources and Environment (Thailand)",
                     "老挝自然资源与环境部": "Ministry of Natural Resources and Environment (Laos)",
                     "泰国自然资源与环境部常务秘书办公室": "泰国自然资源与环境部常务秘书办公室"}
