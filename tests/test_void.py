"""VoID + DCAT description: right counts, deterministic, readable by any RDF parser."""
from __future__ import annotations

import datetime as dt

import click
import pyoxigraph as ox
from click.testing import CliRunner

from lmec_kg import void
from lmec_kg.graph import GRAPH_ENTITIES, briefing_graph

from .test_serve_support import local_counts, small_store  # noqa: F401

V = void.VOID
D = void.DCAT
DCT = "http://purl.org/dc/terms/"


def as_store(quads) -> ox.Store:
    s = ox.Store()
    s.extend(quads)
    return s


def one(store, s, p):
    objs = [q.object for q in store.quads_for_pattern(ox.NamedNode(s) if isinstance(s, str) else s, ox.NamedNode(p), None)]
    assert len(objs) == 1, (s, p, objs)
    return objs[0]


def test_counts_match_the_store(small_store):  # noqa: F811
    desc = as_store(void.describe(small_store))
    d = void.DATASET
    counts = local_counts(small_store)
    assert int(one(desc, d, V + "triples").value) == sum(counts.values())
    subsets = {q.object.value for q in desc.quads_for_pattern(d, ox.NamedNode(V + "subset"), None)}
    assert subsets == set(counts)
    for graph, n in counts.items():
        assert int(one(desc, ox.NamedNode(graph), V + "triples").value) == n
    brief = briefing_graph("lmec-briefing-2022-05")
    assert one(desc, brief, DCT + "source").value.endswith("/briefing/lmec-briefing-2022-05")
    assert not list(desc.quads_for_pattern(GRAPH_ENTITIES, ox.NamedNode(DCT + "source"), None))


def test_partitions_vocabularies_examples(small_store):  # noqa: F811
    desc = as_store(void.describe(small_store))
    d = void.DATASET
    persons = [q.subject for q in desc.quads_for_pattern(None, ox.NamedNode(V + "class"),
                                                          ox.NamedNode("http://xmlns.com/foaf/0.1/Person"))]
    assert len(persons) == 1 and int(one(desc, persons[0], V + "entities").value) == 4
    names = [q.subject for q in desc.quads_for_pattern(None, ox.NamedNode(V + "property"),
                                                        ox.NamedNode("http://xmlns.com/foaf/0.1/name"))]
    assert int(one(desc, names[0], V + "triples").value) == 4
    vocabs = {q.object.value for q in desc.quads_for_pattern(d, ox.NamedNode(V + "vocabulary"), None)}
    assert {"http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/org#", "https://w3id.org/lmec-kg/ontology#",
            "http://purl.org/dc/terms/", "https://schema.org/"} <= vocabs
    assert not any(v.startswith("https://w3id.org/lmec-kg/id/") for v in vocabs)
    examples = {q.object.value for q in desc.quads_for_pattern(d, ox.NamedNode(V + "exampleResource"), None)}
    assert "https://w3id.org/lmec-kg/id/briefing/lmec-briefing-2022-05" in examples
    assert any("/person/" in e for e in examples)


def test_metadata_and_access(small_store):  # noqa: F811
    desc = as_store(void.describe(small_store, endpoint="http://127.0.0.1:7878/query",
                                  downloads=["https://example.org/lmec-kg.nq"]))
    d = void.DATASET
    types = {q.object.value for q in desc.quads_for_pattern(d, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None)}
    assert types == {V + "Dataset", D + "Dataset"}
    titles = {q.object.language for q in desc.quads_for_pattern(d, ox.NamedNode(DCT + "title"), None)}
    assert titles == {"en", "zh"}
    assert one(desc, d, DCT + "license").value == void.DEFAULT_LICENSE
    assert one(desc, d, DCT + "publisher") == void.PUBLISHER
    assert one(desc, d, V + "sparqlEndpoint").value == "http://127.0.0.1:7878/query"
    services = [q.subject for q in desc.quads_for_pattern(None, ox.NamedNode(D + "endpointURL"), None)]
    assert len(services) == 1
    dists = {q.object for q in desc.quads_for_pattern(d, ox.NamedNode(D + "distribution"), None)}
    media = {one(desc, x, D + "mediaType").value for x in dists
             if list(desc.quads_for_pattern(x, ox.NamedNode(D + "mediaType"), None))}
    assert media == {"https://www.iana.org/assignments/media-types/application/n-quads"}
    assert one(desc, d, V + "dataDump").value == "https://example.org/lmec-kg.nq"


def test_deterministic_and_dated_without_the_clock(small_store, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    a = void.write_description(small_store, tmp_path / "a.void.ttl").read_bytes()
    b = void.write_description(ox.Store.read_only(str(small_store)), tmp_path / "b.void.ttl").read_bytes()
    assert a == b
    # the latest date the graph holds (here the briefing's issue date)
    latest = max(q.object.value for q in ox.Store.read_only(str(small_store)).quads_for_pattern(
        None, ox.NamedNode(DCT + "issued"), None))
    modified = one(as_store(void.describe(small_store)), void.DATASET, DCT + "modified")
    assert modified.value == latest and modified.datatype.value.endswith("#date")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # reproducible-builds.org's variable
    modified = one(as_store(void.describe(small_store)), void.DATASET, DCT + "modified")
    assert modified.value == "2026-01-01T00:00:00Z" and modified.datatype.value.endswith("#dateTime")
    assert not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
                   for q in void.describe(small_store))
    when = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.timezone.utc)
    desc = as_store(void.describe(small_store, generated=when))
    modified = one(desc, void.DATASET, DCT + "modified")
    assert modified.value == "2026-11-24T09:30:00Z"  # canonical form of +00:00
    assert modified.datatype.value.endswith("#dateTime")


def test_written_in_the_format_of_the_suffix(small_store, tmp_path):  # noqa: F811
    n = len(void.describe(small_store))
    for name, fmt in (("d.ttl", ox.RdfFormat.TURTLE), ("d.nt", ox.RdfFormat.N_TRIPLES),
                      ("d.jsonld", ox.RdfFormat.JSON_LD)):
        path = void.write_description(small_store, tmp_path / name)
        assert len(list(ox.parse(path=str(path), format=fmt))) == n
    text = (tmp_path / "d.ttl").read_text(encoding="utf-8")
    assert "@prefix void:" in text and "@prefix dcat:" in text


def test_build_time(small_store, tmp_path):  # noqa: F811
    t = void.build_time(small_store)
    assert t is not None and t.tzinfo is not None and t.microsecond == 0
    assert void.build_time(tmp_path / "missing") is None


def test_description_path():
    assert void.description_path("build/lmec-kg.nq").as_posix() == "build/lmec-kg.void.ttl"
    assert void.description_path("out/graph.trig").name == "graph.void.ttl"


def test_cli_describe(small_store, tmp_path):  # noqa: F811
    from lmec_kg.cli.share_cmds import COMMANDS

    group = click.Group(commands={c.name: c for c in COMMANDS})
    out = tmp_path / "x.void.ttl"
    result = CliRunner().invoke(group, ["describe", "--graph", str(small_store), "--output", str(out),
                                        "--generated", "2026-11-24T09:00:00Z"])
    assert result.exit_code == 0, result.output
    assert '"2026-11-24T09:00:00Z"^^xsd:dateTime' in out.read_text(encoding="utf-8")
    result = CliRunner().invoke(group, ["describe", "--graph", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "no such graph" in result.output


def test_counting_the_sorted_statements_in_one_pass_equals_counting_the_store():
    """The build counts its statements as the Turtle writer reads them, remembering no
    subject: IRIs that are prefixes of others, blank nodes and untyped subjects included."""
    person = "<http://xmlns.com/foaf/0.1/Person>"
    lines = sorted([
        f"<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {person}",
        "<http://x/a> <http://x/p> \"1\"",
        f"<http://x/a-b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {person}",
        "<http://x/a-b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C>",
        "<http://x/ab> <http://x/p> <http://x/a>",
        "_:b1 <http://x/p> \"2\"",
        "_:b10 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C>",
    ])
    counter = void.StatisticsCounter()
    counter.add("<http://x/g>", lines)
    assert list(counter.scan(lines)) == lines and counter.counted
    store = ox.Store()
    store.load(input="\n".join(f"{t} <http://x/g> ." for t in lines).encode(), format=ox.RdfFormat.N_QUADS)
    counted, sparql = counter.result(), void.statistics(store)
    assert (counted.distinct_subjects, counted.entities) == (5, 3)
    assert counted.examples == {"http://xmlns.com/foaf/0.1/Person": "http://x/a"}
    for name in ("triples", "entities", "distinct_subjects", "classes", "properties", "graphs", "examples"):
        assert getattr(counted, name) == getattr(sparql, name), name
