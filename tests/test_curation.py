"""Curation: the file's schema and errors, each action, and the round trip through a build."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from lmec_kg import graph as rdf
from lmec_kg.curation import load_curation, review
from lmec_kg.errors import CurationError
from lmec_kg.query import query
from lmec_kg.resolve import resolve
from lmec_kg.store import load_quads

from .kbfactory import brief, ent, post

ROOT = Path(__file__).resolve().parents[1]
WHO = "  curator: tester\n  date: 2025-01-15\n  reason: checked\n"


def write(tmp_path, body: str) -> Path:
    p = tmp_path / "curation.yaml"
    p.write_text("# test curation\nentries:\n" + textwrap.dedent(body), encoding="utf-8")
    return p


def exs():
    return [
        brief("b1", [ent("person:王平"), ent("organization:中国驻老挝大使馆"), ent("person:Chanthanet BOUALAPHA"),
                     ent("organization:老挝自然资源与环境部")],
              [post("person:王平", "organization:中国驻老挝大使馆", "参赞"),
               post("person:Chanthanet BOUALAPHA", "organization:老挝自然资源与环境部", "副部长")]),
        brief("b2", [ent("person:王平"), ent("organization:中国驻老挝大使馆"), ent("person:查特耐特·博拉塔"),
                     ent("organization:老挝农业与环境部")],
              [post("person:王平", "organization:中国驻老挝大使馆", "大使"),
               post("person:查特耐特·博拉塔", "organization:老挝农业与环境部", "副部长")]),
    ]


def persons(kb):
    return sorted(e.key for e in kb.entities if e.kind == "person")


def test_the_projects_curation_file_loads_and_changes_nothing():
    cur = load_curation(ROOT / "data" / "curation.yaml")
    assert cur.entries == ()
    assert resolve(exs(), curation=cur) == resolve(exs(), curation=None)


def test_merge_into_keeps_the_target_key_and_both_posts(tmp_path):
    p = write(tmp_path, "- action: merge\n  entity: person:查特耐特·博拉塔\n  into: person:Chanthanet BOUALAPHA\n" + WHO)
    kb = resolve(exs(), curation=p)
    assert "person:查特耐特·博拉塔" not in persons(kb) and "person:Chanthanet BOUALAPHA" in persons(kb)
    assert sorted(f.object for f in kb.facts if f.subject == "person:Chanthanet BOUALAPHA") == [
        "organization:老挝农业与环境部", "organization:老挝自然资源与环境部"]
    assert any(r.rule == "curation" and r.briefing == "b2" for r in kb.reasons)


def test_keep_apart_overrides_automatic_merge(tmp_path):
    assert persons(resolve(exs(), curation=None)).count("person:王平") == 1  # same embassy: merged
    p = write(tmp_path, "- action: keep-apart\n  entities: [person:王平 in b1, person:王平 in b2]\n" + WHO)
    kb = resolve(exs(), curation=p)
    assert [k for k in persons(kb) if k.startswith("person:王平")] == ["person:王平", "person:王平@中国驻老挝大使馆"]


def test_split_gives_the_named_key(tmp_path):
    p = write(tmp_path, "- action: split\n  entity: person:王平\n  briefings: [b2]\n  key: person:王平@大使\n" + WHO)
    kb = resolve(exs(), curation=p)
    assert {"person:王平", "person:王平@大使"} <= set(persons(kb))
    assert [f.subject for f in kb.facts if f.value == "大使"] == ["person:王平@大使"]


def test_rename_label_link_drop_and_add(tmp_path):
    entries = [
        "- action: rename\n  entity: organization:中国驻老挝大使馆\n  name: 中华人民共和国驻老挝大使馆\n",
        "- action: label\n  entity: person:查特耐特·博拉塔\n  en: Chanthanet Boualapha\n",
        "- action: link\n  entity: organization:老挝农业与环境部\n  wikidata: Q123456\n",
        "- action: drop-fact\n  fact: {kind: post, subject: person:王平, value: 大使}\n",
        "- action: add-fact\n  fact: {kind: post, subject: person:王平, object: organization:中国驻老挝大使馆,"
        " value: 公使衔参赞, briefing: b2}\n  citation: Embassy website, staff page\n",
    ]
    p = write(tmp_path, "".join(e + WHO for e in entries))
    kb = resolve(exs(), curation=p)
    ents = {e.key: e for e in kb.entities}
    assert ents["organization:中国驻老挝大使馆"].name == "中华人民共和国驻老挝大使馆"
    assert ents["person:查特耐特·博拉塔"].attr("name_en") == "Chanthanet Boualapha"
    assert ents["organization:老挝农业与环境部"].attr("wikidata") == "Q123456"
    titles = sorted(f.value for f in kb.facts if f.subject == "person:王平")
    assert titles == ["公使衔参赞", "参赞"]
    added = next(f for f in kb.facts if f.value == "公使衔参赞")
    entry = load_curation(p).of("add-fact")[0]
    assert dict(added.curated) == {"curator": "tester", "date": "2025-01-15", "reason": "checked",
                                   "citation": "Embassy website, staff page", "entry": entry.ident()}


@pytest.mark.parametrize("body, line, message", [
    ("- action: merge\n  entity: person:无此人\n  into: person:王平\n" + WHO, 4, "unknown entity 'person:无此人'"),
    ("- action: rename\n  entity: person:王平\n" + WHO, 3, "rename: missing 'name'"),
    ("- action: explode\n  entity: person:王平\n" + WHO, 3, "unknown action 'explode'"),
    ("- action: link\n  entity: person:王平\n  wikidata: 12\n" + WHO, 5, "QID"),
    ("- action: label\n  entity: 王平\n  en: Wang Ping\n" + WHO, 4, "not an entity reference"),
    ("- action: label\n  entity: person:王平\n  en: Wang Ping\n  curator: t\n  date: 15/01/2025\n  reason: r\n", 7, "YYYY-MM-DD"),
    ("- action: label\n  entity: person:王平\n   en: [\n", 5, "not valid YAML"),
])
def test_errors_name_file_and_line(tmp_path, body, line, message):
    p = write(tmp_path, body)
    with pytest.raises(CurationError) as err:
        resolve(exs(), curation=p)
    assert f"{p}:{line}:" in str(err.value) or f"{p}:{line - 1}:" in str(err.value)
    assert message in str(err.value)


def test_merge_and_keep_apart_of_one_pair_is_an_error(tmp_path):
    p = write(tmp_path, "- action: merge\n  entity: person:查特耐特·博拉塔\n  into: person:Chanthanet BOUALAPHA\n" + WHO
              + "- action: keep-apart\n  entities: [person:Chanthanet BOUALAPHA, person:查特耐特·博拉塔]\n" + WHO)
    with pytest.raises(CurationError, match=r"curation.yaml:9: keep-apart contradicts the merge .* at line 3"):
        load_curation(p)


def test_review_skips_what_curation_decided(tmp_path):
    kb = resolve([brief("b1", [ent("person:王平"), ent("organization:甲所")], [post("person:王平", "organization:甲所", "所长")]),
                  brief("b2", [ent("person:王平"), ent("organization:乙所")], [post("person:王平", "organization:乙所", "所长")])],
                 curation=None)
    store = load_quads(rdf.quads(kb))
    dupes = [i for i in review(store) if i.section == "near-duplicate"]
    assert [i.subject for i in dupes] == ["person:王平 | person:王平@乙所"]
    p = write(tmp_path, "- action: keep-apart\n  entities: [person:王平 in b1, person:王平 in b2]\n" + WHO)
    assert [i for i in review(store, load_curation(p)) if i.section == "near-duplicate"] == []


def test_round_trip_through_a_build(tmp_path, monkeypatch):
    """Edit a curation file, rebuild: the graph changes and marks the curated fact."""
    from lmec_kg.pipeline import build

    briefings = ROOT / "data" / "briefings"
    cur = tmp_path / "curation.yaml"
    cur.write_text("entries: []\n", encoding="utf-8")
    monkeypatch.setenv("LMEC_KG_CURATION", str(cur))
    before = build([briefings], workers=1).store
    ask = 'ASK { person:李霞 rdfs:label "Li Xia (curated)"@en }'
    assert not query(before, ask).boolean
    cur.write_text(textwrap.dedent("""\
        entries:
          - action: label
            entity: person:李霞
            en: Li Xia (curated)
            curator: tester
            date: 2025-01-15
            reason: spelling from the centre's English site
          - action: add-fact
            fact: {kind: post, subject: person:李霞, object: organization:生态环境部, value: 顾问}
            citation: https://example.org/staff
            curator: tester
            date: 2025-01-15
            reason: stated on the staff page
        """), encoding="utf-8")
    after = build([briefings], workers=1).store
    assert query(after, ask).boolean
    rows = query(after, """
        SELECT ?who ?when ?why ?cite WHERE {
          ?m org:member person:李霞 ; lmec:title "顾问"@zh ; lmec:curated true ;
             prov:wasAttributedTo/foaf:name ?who ; prov:generatedAtTime ?when ; rdfs:comment ?why ;
             dcterms:bibliographicCitation ?cite .
        }""").values()
    assert rows == [["tester", "2025-01-15T00:00:00", "stated on the staff page", "https://example.org/staff"]]
    assert not query(after, """ASK { ?m lmec:curated true ; prov:generatedAtTime ?when
                                     FILTER(DATATYPE(?when) != xsd:dateTime) }""").boolean  # PROV-O's range


def _cli():
    import click

    from lmec_kg.cli.curate_cmds import COMMANDS

    group = click.Group()
    for c in COMMANDS:
        group.add_command(c)
    return group


def _graph_file(tmp_path, kb) -> Path:
    from lmec_kg.export import serialize

    path = tmp_path / "graph.ttl"
    path.write_bytes(serialize(load_quads(rdf.quads(kb)), "turtle"))
    return path


def test_explain_shows_mentions_sources_and_merge_rules(tmp_path):
    from click.testing import CliRunner

    kb = resolve([brief("b1", [ent("person:李霞"), ent("organization:澜湄环境合作中心")],
                        [post("person:李霞", "organization:澜湄环境合作中心", "处长")]),
                  brief("b2", [ent("person:李霞"), ent("organization:澜沧江-湄公河环境合作中心")],
                        [post("person:李霞", "organization:澜沧江-湄公河环境合作中心", "首席专家")])], curation=None)
    graph = _graph_file(tmp_path, kb)
    out = CliRunner().invoke(_cli(), ["explain", "person:李霞", "--graph", str(graph)])
    assert out.exit_code == 0, out.output
    assert "mentions in 2 briefings" in out.output
    assert "b1: 李霞" in out.output and "b2: 李霞" in out.output
    assert "why: person-same-org: same name" in out.output
    assert "Li Xia@zh-latn-pinyin" in out.output.replace("zh-Latn-pinyin", "zh-latn-pinyin")
    by_name = CliRunner().invoke(_cli(), ["explain", "澜湄环境合作中心", "--graph", str(graph)])
    assert by_name.exit_code == 0 and "organization:澜沧江-湄公河环境合作中心" in by_name.output
    assert "gazetteer" in by_name.output
    missing = CliRunner().invoke(_cli(), ["explain", "person:无此人", "--graph", str(graph)])
    assert missing.exit_code == 1 and "no entity 'person:无此人'" in missing.output


def test_review_command_lists_unmerged_near_duplicates(tmp_path):
    from click.testing import CliRunner

    kb = resolve([brief("b1", [ent("person:王平"), ent("organization:甲所")], [post("person:王平", "organization:甲所", "所长")]),
                  brief("b2", [ent("person:王平"), ent("organization:乙所")], [post("person:王平", "organization:乙所", "所长")])],
                 curation=None)
    graph = _graph_file(tmp_path, kb)
    empty = tmp_path / "c.yaml"
    empty.write_text("entries: []\n", encoding="utf-8")
    out = CliRunner().invoke(_cli(), ["review", "--graph", str(graph), "--curation", str(empty)])
    assert out.exit_code == 0, out.output
    assert "Near-duplicate names not merged" in out.output and "person:王平@乙所" in out.output


def test_review_lists_low_confidence_facts_and_untyped_entities():
    kb = resolve([brief("b1", [ent("person:王平"), ent("organization:甲所")], [post("person:王平", "organization:甲所", "所长")])],
                 curation=None)
    items = review(load_quads(rdf.quads(kb)), None, min_confidence=0.95)
    assert ("low-confidence", "person:王平") in {(i.section, i.subject) for i in items}
    assert ("no-type", "organization:甲所") in {(i.section, i.subject) for i in items}
    assert not [i for i in review(load_quads(rdf.quads(kb)), None, min_confidence=0.5) if i.section == "low-confidence"]


def test_review_lists_gazetteer_bodies_without_a_wikidata_link_until_linked(tmp_path):
    kb = resolve(exs(), curation=None)
    ents = {e.key: e for e in kb.entities}
    items = [i for i in review(load_quads(rdf.quads(kb))) if i.section == "unlinked"]
    # exactly the bodies with an English name (gazetteer rows) and no QID are listed
    expected = sorted(k for k, e in ents.items() if e.kind == "organization" and e.attr("name_en")
                      and not e.attr("wikidata"))
    assert expected and sorted(i.subject for i in items) == expected
    # the most often named first: the embassy, in both briefings
    assert items[0].subject == "organization:中国驻老挝大使馆"
    assert items[0].detail == "Embassy of the People's Republic of China in the Lao PDR; named in 2 briefings"
    # a curated link takes a body off the list
    p = write(tmp_path, f"- action: link\n  entity: {expected[0]}\n  wikidata: Q123456\n" + WHO)
    linked = resolve(exs(), curation=p)
    assert expected[0] not in {i.subject for i in review(load_quads(rdf.quads(linked))) if i.section == "unlinked"}


# ------------------------------------------------------------------ every entry leaves a trace
ALL_ACTIONS = """\
entries:
  - action: merge
    entity: person:耿聪
    into: person:周军
    curator: tester
    date: 2025-01-15
    reason: one official, two names
  - action: keep-apart
    entities: [person:方莉, person:陈志华]
    curator: tester
    date: 2025-01-16
    reason: two people
  - action: drop-entity
    entity: person:San Oo
    curator: tester
    date: 2025-01-17
    reason: not a participant
  - action: drop-fact
    fact: {kind: post, subject: person:方莉, object: organization:世界资源研究所北京代表处, value: 首席代表}
    curator: tester
    date: 2025-01-18
    reason: outdated post
  - action: rename
    entity: person:李永红
    name: 李永紅
    curator: tester
    date: 2025-01-19
    reason: as she writes it
  - action: label
    entity: person:陈志华
    en: Chen Zhihua
    curator: tester
    date: 2025-01-20
    reason: from his card
  - action: link
    entity: organization:乐施会
    wikidata: Q1139308
    curator: tester
    date: 2025-01-21
    reason: checked on Wikidata
  - action: add-fact
    fact: {kind: post, subject: person:李霞, object: organization:生态环境部, value: 顾问}
    citation: https://example.org/staff
    curator: tester
    date: 2025-01-22
    reason: stated on the staff page
"""


@pytest.fixture(scope="module")
def curated_build(tmp_path_factory):
    """`lmec-kg build --validate` of the bundled briefings with one entry of each action."""
    from click.testing import CliRunner

    from lmec_kg.cli import cli

    tmp = tmp_path_factory.mktemp("curated")
    cur = tmp / "cur.yaml"
    cur.write_text(ALL_ACTIONS, encoding="utf-8")
    out = CliRunner().invoke(cli, ["build", str(ROOT / "data" / "briefings"), "--curation", str(cur),
                                   "--store", str(tmp / "store"), "-o", str(tmp / "kg.ttl"),
                                   "--cache", str(tmp / "cache"), "--validate"])
    assert out.exit_code == 0, out.output
    return tmp, cur, out.output


def test_build_summary_counts_the_curation_entries(curated_build):
    _, cur, output = curated_build
    assert (f"curation: 8 entries from {cur} (1 add-fact, 1 drop-entity, 1 drop-fact, 1 keep-apart, "
            "1 label, 1 link, 1 merge, 1 rename)") in output


def test_every_curation_entry_is_a_node_with_who_when_why_and_where(curated_build):
    tmp, _, _ = curated_build
    rows = query(tmp / "store", """
        SELECT ?action ?line ?who ?when ?why ?file WHERE { GRAPH <https://w3id.org/lmec-kg/id/graph/curation> {
          ?c a lmec:CurationEntry ; lmec:action ?action ; lmec:sourceLine ?line ; dcterms:source ?file ;
             prov:wasAssociatedWith ?agent ; prov:endedAtTime ?when ; rdfs:comment ?why ;
             dcterms:description ?what } ?agent foaf:name ?who .
          FILTER(DATATYPE(?when) = xsd:dateTime) } ORDER BY ?line""").values()
    assert [(r[0], int(r[1])) for r in rows] == [
        ("merge", 2), ("keep-apart", 8), ("drop-entity", 13), ("drop-fact", 18), ("rename", 23),
        ("label", 29), ("link", 35), ("add-fact", 41)]
    assert {(r[2], r[5]) for r in rows} == {("tester", "cur.yaml")}
    assert rows[4][3:5] == ["2025-01-19T00:00:00", "as she writes it"]
    # what was dropped is named on the entry, since nothing in the graph can point to it
    assert query(tmp / "store", """ASK { ?c lmec:action "drop-entity" ; lmec:droppedEntity "person:San Oo" ;
        dcterms:description "drop person:San Oo" }""").boolean
    assert query(tmp / "store", """ASK { ?c lmec:action "drop-fact" ; dcterms:description ?d
        FILTER(CONTAINS(?d, "person:方莉")) }""").boolean


def test_what_curation_changed_points_to_its_entry(curated_build):
    tmp, _, _ = curated_build
    made = query(tmp / "store", """
        SELECT ?action ?p ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          lmec:curated true ; prov:wasAttributedTo ?who ; prov:wasGeneratedBy ?c . ?c lmec:action ?action .
          FILTER(?action IN ("rename", "label", "link")) } ORDER BY ?action""").values()
    assert made == [["label", str(rdf.RDFS.label)[1:-1], "Chen Zhihua"],
                    ["link", "http://www.w3.org/2002/07/owl#sameAs", "http://www.wikidata.org/entity/Q1139308"],
                    ["rename", str(rdf.SKOS.prefLabel)[1:-1], "李永紅"]]
    influenced = query(tmp / "store", """SELECT ?s ?action WHERE { ?s prov:wasInfluencedBy ?c .
        ?c lmec:action ?action } ORDER BY ?action ?s""").values()
    assert ["https://w3id.org/lmec-kg/id/person/周军", "merge"] in influenced
    assert ["https://w3id.org/lmec-kg/id/organization/乐施会", "link"] in influenced
    assert query(tmp / "store", """ASK { ?m org:member person:李霞 ; lmec:title "顾问"@zh ;
        prov:wasGeneratedBy [ lmec:action "add-fact" ; dcterms:bibliographicCitation ?cite ] }""").boolean


def test_the_same_curation_gives_the_same_turtle(curated_build):
    from click.testing import CliRunner

    from lmec_kg.cli import cli

    tmp, cur, _ = curated_build
    again = tmp / "again.ttl"
    out = CliRunner().invoke(cli, ["build", str(ROOT / "data" / "briefings"), "--curation", str(cur),
                                   "--no-store", "-o", str(again), "--no-cache", "-q"])
    assert out.exit_code == 0, out.output
    assert again.read_bytes() == (tmp / "kg.ttl").read_bytes()


def test_explain_tells_renames_and_drops(curated_build):
    from click.testing import CliRunner

    tmp, _, _ = curated_build
    out = CliRunner().invoke(_cli(), ["explain", "person:李永红", "--graph", str(tmp / "store")])
    assert out.exit_code == 0, out.output
    assert "rename person:李永红 to 李永紅 (cur.yaml:23, tester, 2025-01-19): as she writes it" in out.output
    out = CliRunner().invoke(_cli(), ["explain", "person:周军", "--graph", str(tmp / "kg.ttl")])
    assert "merge person:耿聪 into person:周军 (cur.yaml:2, tester, 2025-01-15): one official, two names" in out.output
    out = CliRunner().invoke(_cli(), ["explain", "person:San Oo", "--graph", str(tmp / "store")])
    assert out.exit_code != 0
    assert "'person:San Oo' was dropped by curation (cur.yaml:13, tester, 2025-01-17): not a participant" in out.output
    assert "Traceback" not in out.output
