"""`publish`: send the graph into a real Oxigraph server on a loopback port, then ask it over HTTP."""
from __future__ import annotations

import base64
import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import click
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from lmec_kg.errors import GraphError, InputError
from lmec_kg.export import serialize, write_atomic
from lmec_kg.graph import briefing_graph
from lmec_kg.publish import GRAPH_ONTOLOGY, publish, summary
from lmec_kg.serve import free_port
from lmec_kg.store import write_store

from .test_serve_support import (  # noqa: F401 - fixtures
    OxigraphServer, lit, local_counts, partner, sample_quads, small_store,
)

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "lmec.ttl"
B1 = briefing_graph("lmec-briefing-2022-05").value
B2 = briefing_graph("lmec-briefing-2023-01").value
PEOPLE = ("SELECT ?p ?name ?title WHERE { ?m <http://www.w3.org/ns/org#member> ?p ; "
          "<https://w3id.org/lmec-kg/ontology#title> ?title . ?p <http://xmlns.com/foaf/0.1/name> ?name } "
          "ORDER BY ?name ?title")


def cli(*args, env=None):
    from lmec_kg.cli.share_cmds import COMMANDS

    group = click.Group(commands={c.name: c for c in COMMANDS})
    return CliRunner().invoke(group, list(args), env=env or {"LMEC_KG_USER": None, "LMEC_KG_PASSWORD": None})


def local_rows(store_dir, sparql):
    store = ox.Store.read_only(str(store_dir))
    res = store.query(sparql, use_default_graph_as_union=True)
    cols = [v.value for v in res.variables]
    return [[str(s[c]) for c in cols] for s in res]


def ontology_triples() -> int:
    return len(set(ox.parse(path=str(ONTOLOGY)))) if ONTOLOGY.is_file() else 0


# --------------------------------------------------------------------------- a gatekeeper in front of Oxigraph

class Gate:
    """A loopback HTTP proxy to a partner's Oxigraph that can ask for a login or fail one graph."""

    def __init__(self, upstream: OxigraphServer, *, login: tuple[str, str] | None = None,
                 fail_graph: str | None = None, drop_graph: str | None = None):
        self.upstream, self.login, self.fail_graph, self.drop_graph = upstream, login, fail_graph, drop_graph
        self.seen_auth: list[str | None] = []
        gate = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_PUT(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                graph = parse_qs(urlsplit(self.path).query).get("graph", [None])[0]
                gate.seen_auth.append(self.headers.get("Authorization"))
                if gate.login is not None:
                    token = base64.b64encode(":".join(gate.login).encode()).decode()
                    if self.headers.get("Authorization") != f"Basic {token}":
                        return self._send(401, b"Unauthorized", {"WWW-Authenticate": 'Basic realm="partner"'})
                if graph == gate.fail_graph:
                    return self._send(500, b"disk full while loading\nsecond line")
                if graph == gate.drop_graph:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return None
                conn = http.client.HTTPConnection("127.0.0.1", gate.upstream.port, timeout=30)
                conn.request("PUT", self.path, body, {"Content-Type": self.headers["Content-Type"]})
                resp = conn.getresponse()
                self._send(resp.status, resp.read())
                conn.close()

            def _send(self, status, body, headers=None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/store"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def gate_factory(partner):  # noqa: F811
    gates = []

    def make(**kw):
        gates.append(Gate(partner, **kw))
        return gates[-1]

    yield make
    for g in gates:
        g.close()


# --------------------------------------------------------------------------- tests

def test_publish_sends_every_graph_and_the_partner_answers_like_the_local_store(partner, small_store):  # noqa: F811
    report = publish(partner.url + "/store", small_store, ontology=ONTOLOGY if ONTOLOGY.is_file() else None)
    assert report.ok, summary(report)
    local = local_counts(small_store)
    names = [u.graph for u in report.uploads]
    assert names[:2] == [B1, B2] and names[2].endswith("/graph/entities") and names[3].endswith("/graph/curation")
    for graph, n in local.items():
        assert partner.count(graph) == n
    assert partner.count() == sum(local.values()) + ontology_triples()
    assert partner.select(PEOPLE) == local_rows(small_store, PEOPLE)
    assert report.triples == sum(local.values()) + ontology_triples()
    if ONTOLOGY.is_file():
        assert names[-1] == GRAPH_ONTOLOGY.value
        assert partner.count(GRAPH_ONTOLOGY.value) == ontology_triples()


def test_publishing_twice_leaves_the_same_triples(partner, small_store):  # noqa: F811
    assert publish(partner.url + "/store", small_store).ok
    first = partner.count()
    assert publish(partner.url + "/store", small_store).ok
    assert partner.count() == first


def test_republishing_a_corrected_briefing_replaces_just_its_graph(partner, small_store, tmp_path):  # noqa: F811
    assert publish(partner.url + "/store", small_store, ontology=None).ok
    before = {g: partner.count(g) for g in local_counts(small_store)}
    corrected = [q for q in sample_quads()
                 if not (q.graph_name.value == B2 and q.predicate.value.endswith("#title"))]
    changed = write_store(corrected, tmp_path / "corrected")
    assert publish(partner.url + "/store", changed, ontology=None).ok
    after = {g: partner.count(g) for g in before}
    assert after[B2] == before[B2] - 4
    assert {g: n for g, n in after.items() if g != B2} == {g: n for g, n in before.items() if g != B2}


def test_a_failed_graph_is_named_and_the_others_go_on(gate_factory, partner, small_store):  # noqa: F811
    gate = gate_factory(fail_graph=B1)
    report = publish(gate.url, small_store, ontology=None)
    assert not report.ok
    assert [(u.graph, u.status) for u in report.failures] == [(B1, "failed")]
    assert "HTTP 500" in report.failures[0].error and "disk full" in report.failures[0].error
    assert len(report.sent) == len(report.uploads) - 1
    assert partner.count(B1) == 0 and partner.count(B2) == local_counts(small_store)[B2]
    lines = summary(report)
    assert any(line.startswith("failed: kg:graph/lmec-briefing-2022-05: HTTP 500") for line in lines)
    assert all("\n" not in line for line in lines)
    # the CLI says the same and exits non-zero, without a traceback
    result = cli("publish", "--endpoint", gate.url, "--graph", str(small_store), "--no-ontology")
    assert result.exit_code == 1
    assert "failed: kg:graph/lmec-briefing-2022-05" in result.output and "Traceback" not in result.output
    # the failure goes away: a re-run completes
    gate.fail_graph = None
    result = cli("publish", "--endpoint", gate.url, "--graph", str(small_store), "--no-ontology")
    assert result.exit_code == 0, result.output
    assert partner.count() == sum(local_counts(small_store).values())


def test_a_connection_dropped_mid_graph_fails_that_graph_only(gate_factory, partner, small_store):  # noqa: F811
    gate = gate_factory(drop_graph=B2)
    report = publish(gate.url, small_store, ontology=None)
    assert [u.graph for u in report.failures] == [B2]
    assert "closed the connection" in report.failures[0].error or "reset" in report.failures[0].error
    assert partner.count(B2) == 0 and partner.count(B1) > 0


def test_login_from_the_environment(gate_factory, partner, small_store):  # noqa: F811
    gate = gate_factory(login=("partner", "s3cret-pw"))
    # no login given
    report = publish(gate.url, small_store, ontology=None, env={})
    assert report.fatal == "login refused"
    assert "set LMEC_KG_USER and LMEC_KG_PASSWORD" in report.failures[0].error
    assert [u.status for u in report.uploads][1:] == ["not sent"] * (len(report.uploads) - 1)
    # a wrong password: refused, said in one line, the password never echoed
    result = cli("publish", "--endpoint", gate.url, "--graph", str(small_store), "--no-ontology",
                 env={"LMEC_KG_USER": "partner", "LMEC_KG_PASSWORD": "wrong-pw"})
    assert result.exit_code == 1
    assert "login refused (HTTP 401): check LMEC_KG_USER and LMEC_KG_PASSWORD" in result.output
    assert "wrong-pw" not in result.output and "Traceback" not in result.output
    assert partner.count() == 0
    # the right one
    result = cli("publish", "--endpoint", gate.url, "--graph", str(small_store), "--no-ontology",
                 env={"LMEC_KG_USER": "partner", "LMEC_KG_PASSWORD": "s3cret-pw"})
    assert result.exit_code == 0, result.output
    assert partner.count() == sum(local_counts(small_store).values())


def test_a_login_over_plain_http_to_another_host_is_noted(small_store, monkeypatch):  # noqa: F811
    # nothing is sent: the upload itself is replaced; 192.0.2.1 is a documentation address
    sent = []
    monkeypatch.setattr("lmec_kg.publish._put", lambda *a: sent.append(a))
    report = publish("http://192.0.2.1/store", small_store, ontology=None,
                     env={"LMEC_KG_USER": "u", "LMEC_KG_PASSWORD": "p"})
    assert any("plain http" in n for n in report.notes)
    assert len(sent) == len(report.uploads)


def test_there_is_no_password_option():
    from lmec_kg.cli.share_cmds import publish as publish_cmd

    names = {n for p in publish_cmd.params for n in p.opts}
    assert not any("pass" in n or "user" in n or "auth" in n for n in names)


def test_wrong_urls_get_one_line_errors(partner, small_store):  # noqa: F811
    with pytest.raises(InputError, match="not an http"):
        publish("localhost:7878/store", small_store)
    # nothing listens there
    closed = f"http://127.0.0.1:{free_port()}/store"
    report = publish(closed, small_store, ontology=None)
    assert report.fatal == "the server is not answering"
    assert "connection refused" in report.failures[0].error
    assert report.uploads[-1].status == "not sent"
    # a server, but not its Graph Store path
    report = publish(partner.url + "/wrong", small_store, ontology=None)
    assert report.fatal == "not a Graph Store endpoint"
    assert "HTTP 404" in report.failures[0].error
    for url in ("localhost:7878/store", closed, partner.url + "/wrong"):
        result = cli("publish", "--endpoint", url, "--graph", str(small_store), "--no-ontology")
        assert result.exit_code in (1, 2)
        assert "Traceback" not in result.output
        assert all(len(line) < 400 for line in result.output.splitlines())


def test_server_gone_mid_upload_then_a_rerun_completes(tmp_path, small_store):  # noqa: F811
    server = OxigraphServer(tmp_path / "partner-db").start()
    try:
        def stop_after_two(upload, done, total):
            if done == 2:
                server.stop()

        report = publish(server.url + "/store", small_store, ontology=None, progress=stop_after_two)
        assert [u.status for u in report.uploads[:2]] == ["sent", "sent"]
        assert not report.ok and report.fatal == "the server is not answering"
        assert all(u.status in ("failed", "not sent") for u in report.uploads[2:])
        server.start()  # the same database again
        assert server.count(B1) == local_counts(small_store)[B1]
        report = publish(server.url + "/store", small_store, ontology=None)
        assert report.ok
        assert server.count() == sum(local_counts(small_store).values())
    finally:
        server.stop()


def test_publish_reads_nquads_and_trig_exports(partner, small_store, tmp_path):  # noqa: F811
    store = ox.Store.read_only(str(small_store))
    for fmt, suffix in (("nquads", "nq"), ("trig", "trig")):
        path = write_atomic(tmp_path / f"graph.{suffix}", serialize(store, fmt))
        assert publish(partner.url + "/store", path, ontology=None).ok
    assert partner.count() == sum(local_counts(small_store).values())


def test_a_triples_only_file_is_refused_with_advice(partner, small_store, tmp_path):  # noqa: F811
    ttl = write_atomic(tmp_path / "graph.ttl", serialize(ox.Store.read_only(str(small_store)), "turtle"))
    with pytest.raises(GraphError, match="outside named graphs.*store folder"):
        publish(partner.url + "/store", ttl)
    assert partner.count() == 0


def test_missing_ontology_is_a_note(partner, small_store, tmp_path):  # noqa: F811
    report = publish(partner.url + "/store", small_store, ontology=tmp_path / "nothing.ttl")
    assert report.ok
    assert report.notes == [f"no ontology at {tmp_path / 'nothing.ttl'}: the ontology graph was not sent"]
    assert GRAPH_ONTOLOGY.value not in [u.graph for u in report.uploads]


def test_literal_survives_the_round_trip(partner, small_store):  # noqa: F811
    assert publish(partner.url + "/store", small_store, ontology=None).ok
    rows = partner.select('SELECT ?t WHERE { ?s <https://w3id.org/lmec-kg/ontology#text> ?t } LIMIT 1')
    assert rows == [[str(lit("本次圆桌对话由生态环境部指导，澜湄环境合作中心主办。", "zh"))]]
