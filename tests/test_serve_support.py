"""Helpers shared by the serve, publish and VoID tests (no tests here).

A small store in the documented shape (docs/graph-shape.md): two briefings' graphs, the
entities graph and the curation graph; Oxigraph servers on free loopback ports; HTTP calls.
"""
from __future__ import annotations

import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from lmec_kg.graph import GRAPH_CURATION, GRAPH_ENTITIES, briefing_graph, mint
from lmec_kg.namespaces import DCTERMS, FOAF, LMEC, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD
from lmec_kg.serve import Endpoint, find_oxigraph, free_port
from lmec_kg.store import write_store

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"


def N(term) -> ox.NamedNode:  # noqa: N802 - reads like a constructor
    return ox.NamedNode(str(term))


def lit(text, lang=None, dtype=None) -> ox.Literal:
    if dtype is not None:
        return ox.Literal(str(text), datatype=N(dtype))
    return ox.Literal(text, language=lang)


def sample_quads() -> list[ox.Quad]:
    """About 70 quads in the documented shape, every triple in one named graph."""
    q = []
    add = lambda s, p, o, g: q.append(ox.Quad(s, N(p), o, g))  # noqa: E731
    a = RDF.type
    ent = GRAPH_ENTITIES
    mee = mint("organization", "生态环境部")
    lmec_center = mint("organization", "澜湄环境合作中心")
    people = {name: mint("person", name) for name in ["李永红", "周军", "王芳", "陈明"]}
    add(mee, a, N(ORG.Organization), ent)
    add(mee, a, N(LMEC.Ministry), ent)
    add(mee, SKOS.prefLabel, lit("生态环境部", "zh"), ent)
    add(mee, RDFS.label, lit("Ministry of Ecology and Environment", "en"), ent)
    add(lmec_center, a, N(ORG.Organization), ent)
    add(lmec_center, a, N(LMEC.CooperationCenter), ent)
    add(lmec_center, SKOS.prefLabel, lit("澜湄环境合作中心", "zh"), ent)
    for name, p in people.items():
        add(p, a, N(FOAF.Person), ent)
        add(p, FOAF.name, lit(name, "zh"), ent)
        add(p, SKOS.prefLabel, lit(name, "zh"), ent)
    for i, (bid, date) in enumerate([("lmec-briefing-2022-05", "2022-05-09"), ("lmec-briefing-2023-01", "2023-01-16")]):
        g = briefing_graph(bid)
        b = mint("briefing", bid)
        s = mint("briefing", bid, "s", "0-40")
        ev = mint("event", f"圆桌对话{i}")
        add(b, a, N(LMEC.Briefing), g)
        add(b, DCTERMS.identifier, lit(bid), g)
        add(b, DCTERMS.title, lit(f"圆桌对话顺利召开 {i}", "zh"), g)
        add(b, DCTERMS.issued, lit(date, dtype=XSD.date), g)
        add(b, DCTERMS.publisher, lmec_center, g)
        add(s, a, N(LMEC.Sentence), g)
        add(s, DCTERMS.isPartOf, b, g)
        add(s, LMEC.startChar, lit(0, dtype=XSD.integer), g)
        add(s, LMEC.endChar, lit(40, dtype=XSD.integer), g)
        add(s, LMEC.text, lit("本次圆桌对话由生态环境部指导，澜湄环境合作中心主办。", "zh"), g)
        add(ev, a, N(LMEC.Event), g)
        add(ev, a, N(LMEC.Dialogue), g)
        add(ev, SKOS.prefLabel, lit(f"圆桌对话{i}", "zh"), g)
        add(ev, SDO.startDate, lit(date, dtype=XSD.date), g)
        add(ev, LMEC.hostedBy, lmec_center, g)
        add(ev, LMEC.guidedBy, mee, g)
        for name, p in people.items():
            add(b, SDO.mentions, p, g)
            m = mint("membership", f"{bid}-{name}")
            add(m, a, N(ORG.Membership), g)
            add(m, ORG.member, p, g)
            add(m, ORG.organization, mee if i == 0 else lmec_center, g)
            add(m, LMEC.title, lit("处长" if i == 0 else "主任", "zh"), g)
            add(m, PROV.wasDerivedFrom, s, g)
        st = mint("fact", f"host{i}")
        add(st, a, N(RDF.Statement), g)
        add(st, RDF.subject, ev, g)
        add(st, RDF.predicate, N(LMEC.hostedBy), g)
        add(st, RDF.object, lmec_center, g)
        add(st, PROV.wasDerivedFrom, s, g)
        add(st, LMEC.confidence, lit("1.00", dtype=XSD.decimal), g)
    cur = GRAPH_CURATION
    fact = mint("fact", "curated1")
    add(people["周军"], LMEC.country, mint("country", "CN"), cur)
    add(fact, a, N(RDF.Statement), cur)
    add(fact, LMEC.curated, lit("true", dtype=XSD.boolean), cur)
    add(fact, RDFS.comment, lit("confirmed by the 2023 briefing", "en"), cur)
    return q


@pytest.fixture(scope="session")
def small_store(tmp_path_factory) -> Path:
    return write_store(sample_quads(), tmp_path_factory.mktemp("small") / "store")


def http(method: str, url: str, data: bytes | None = None, headers: dict | None = None,
         timeout: float = 30) -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request; HTTP errors are answers, not exceptions."""
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def wait_for(url: str, proc: subprocess.Popen | None = None, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            http("GET", url, timeout=2)
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


class OxigraphServer:
    """``oxigraph serve`` (read-write) on a free loopback port: a partner's triple store."""

    def __init__(self, location: Path):
        self.location = location
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OxigraphServer:
        self.proc = subprocess.Popen(
            [find_oxigraph(), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
             "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.url + "/query?query=ASK%7B%7D", self.proc)
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def select(self, sparql: str) -> list[list[str]]:
        """Rows of a SELECT over HTTP (SPARQL TSV parsed by pyoxigraph), as N-Triples strings."""
        status, _, body = http("POST", self.url + "/query", sparql.encode(), {
            "Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"})
        assert status == 200, body
        res = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
        cols = [v.value for v in res.variables]
        return [[str(sol[c]) if sol[c] is not None else "" for c in cols] for sol in res]

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        return int(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0][0].split('"')[1])


@pytest.fixture
def partner(tmp_path):
    """A fresh read-write Oxigraph server: where `publish` sends the graph."""
    server = OxigraphServer(tmp_path / "partner-db").start()
    try:
        yield server
    finally:
        server.stop()


def start_endpoint(graph, **kw) -> tuple[Endpoint, threading.Thread]:
    ep = Endpoint(graph, port=0, **kw).start()
    t = threading.Thread(target=ep.serve_forever, daemon=True)
    t.start()
    return ep, t


def local_counts(store_dir: Path) -> dict[str, int]:
    store = ox.Store.read_only(str(store_dir))
    out: dict[str, int] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        out[q.graph_name.value] = out.get(q.graph_name.value, 0) + 1
    return out
