"""`serve`: a real endpoint on a free loopback port, queried over HTTP like a researcher's tool would."""
from __future__ import annotations

import csv
import io
import json
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from lmec_kg.errors import GraphError, InputError
from lmec_kg.export import serialize, write_atomic
from lmec_kg.query import query as local_query
from lmec_kg.serve import Endpoint, _accepted, free_port, negotiate, read_canned_queries

from .test_serve_support import QUERIES, http, small_store, start_endpoint, wait_for  # noqa: F401

PEOPLE = "SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name"
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
        "?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }")
MAX_ROWS = 40


@pytest.fixture(scope="module")
def endpoint(small_store):  # noqa: F811 - the fixture imported above
    ep, thread = start_endpoint(small_store, timeout=2, max_rows=MAX_ROWS, queries_dir=QUERIES)
    try:
        yield ep
    finally:
        ep.close()
        thread.join(5)


def get(ep, sparql, accept=None, **params):
    url = ep.url + "query?" + urlencode({"query": sparql, **params})
    return http("GET", url, headers={"Accept": accept} if accept else {})


def post_form(ep, sparql, accept):
    return http("POST", ep.url + "query", urlencode({"query": sparql}).encode(),
                {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})


def post_direct(ep, sparql, accept):
    return http("POST", ep.url + "query", sparql.encode("utf-8"),
                {"Content-Type": "application/sparql-query", "Accept": accept})


def solutions(body: bytes, fmt: ox.QueryResultsFormat) -> list[list[str]]:
    res = ox.parse_query_results(body, format=fmt)
    cols = [v.value for v in res.variables]
    return [[str(s[c]) for c in cols] for s in res]


def expected(store, sparql) -> list[list[str]]:
    r = local_query(str(store), sparql)
    return [[str(t) for t in row] for row in r.rows]


# --------------------------------------------------------------------------- protocol

@pytest.mark.parametrize("send", [get, post_form, post_direct], ids=["GET", "POST-form", "POST-direct"])
@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_in_each_results_format_equals_the_local_answer(endpoint, small_store, send, accept, fmt):  # noqa: F811
    status, headers, body = send(endpoint, PEOPLE, accept)
    assert status == 200, body
    assert headers["Content-Type"].startswith(accept)
    assert solutions(body, fmt) == expected(small_store, PEOPLE)


def test_select_as_csv(endpoint, small_store):  # noqa: F811
    status, headers, body = get(endpoint, PEOPLE, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["p", "name"]
    assert rows[1:] == local_query(str(small_store), PEOPLE).values()


def test_default_format_is_json_and_accept_q_values_are_honoured(endpoint):
    status, headers, _ = get(endpoint, PEOPLE)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    status, headers, _ = get(endpoint, PEOPLE, "application/sparql-results+json;q=0.5, text/csv")
    assert headers["Content-Type"].startswith("text/csv")
    status, headers, _ = get(endpoint, PEOPLE, "text/html, */*;q=0.1")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    status, headers, _ = get(endpoint, PEOPLE, format="tsv")
    assert headers["Content-Type"].startswith("text/tab-separated-values")


def test_ask(endpoint):
    status, _, body = get(endpoint, "ASK { ?p a foaf:Person }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(endpoint, "ASK { ?p a lmec:Nothing }", "text/csv")
    assert status == 200 and body.strip() == b"false"


@pytest.mark.parametrize("accept,fmt", [("text/turtle", ox.RdfFormat.TURTLE),
                                        ("application/ld+json", ox.RdfFormat.JSON_LD),
                                        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                                        ("application/rdf+xml", ox.RdfFormat.RDF_XML)])
def test_construct_and_describe_as_rdf(endpoint, small_store, accept, fmt):  # noqa: F811
    construct = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }"
    status, headers, body = post_form(endpoint, construct, accept)
    assert status == 200, body
    assert headers["Content-Type"].startswith(accept)
    got = {q.triple for q in ox.parse(body, format=fmt)}
    assert got == set(local_query(str(small_store), construct).triples)
    assert len(got) == 4
    describe = "DESCRIBE <https://w3id.org/lmec-kg/id/person/周军>"
    status, _, body = get(endpoint, describe, accept)
    assert status == 200
    assert {q.triple for q in ox.parse(body, format=fmt)} == set(local_query(str(small_store), describe).triples)


def test_turtle_uses_the_project_prefixes(endpoint):
    _, _, body = get(endpoint, "CONSTRUCT { ?p a foaf:Person } WHERE { ?p a foaf:Person }", "text/turtle")
    assert b"@prefix foaf:" in body and b"a foaf:Person" in body


def test_prefixes_are_predeclared_and_declared_ones_still_work(endpoint):
    q = "PREFIX f: <http://xmlns.com/foaf/0.1/>\nSELECT (COUNT(*) AS ?n) WHERE { ?p a f:Person }"
    status, _, body = get(endpoint, q, "application/sparql-results+json")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"


def test_unacceptable_accept_gets_406(endpoint):
    status, _, body = get(endpoint, PEOPLE, "text/turtle")
    assert status == 406 and b"text/csv" in body
    status, _, body = get(endpoint, "CONSTRUCT WHERE { ?s a foaf:Person }", "text/csv")
    assert status == 406 and b"text/turtle" in body


def test_accept_parsing():
    assert _accepted("text/csv;q=0.2, application/json, */*;q=0") == ["application/json", "text/csv"]
    assert negotiate("text/*", {"application/x": 1, "text/csv": 2}) == "text/csv"
    assert negotiate(None, {"application/x": 1}) == "application/x"
    assert negotiate("image/png", {"application/x": 1}) is None


def test_dataset_parameters_select_one_graph(endpoint):
    graph = "https://w3id.org/lmec-kg/id/graph/lmec-briefing-2023-01"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s a lmec:Briefing }"
    status, _, body = get(endpoint, q, "application/sparql-results+json", **{"default-graph-uri": graph})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"


def test_concurrent_queries(endpoint, small_store):  # noqa: F811
    want = expected(small_store, PEOPLE)
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda _: get(endpoint, PEOPLE, "text/tab-separated-values"), range(64)))
    assert all(s == 200 and solutions(b, ox.QueryResultsFormat.TSV) == want for s, _, b in answers)


# --------------------------------------------------------------------------- refusals and limits

@pytest.mark.parametrize("method,path,body,ctype", [
    ("POST", "update", b"update=" + quote("INSERT DATA { <a:a> <a:b> <a:c> }").encode(), "application/x-www-form-urlencoded"),
    ("POST", "query", b"update=" + quote("DELETE WHERE { ?s ?p ?o }").encode(), "application/x-www-form-urlencoded"),
    ("POST", "query", b"INSERT DATA { <a:a> <a:b> <a:c> }", "application/sparql-update"),
    ("POST", "query", b"PREFIX a: <a:>\nCLEAR ALL", "application/sparql-query"),
    ("GET", "query?query=" + quote("DROP ALL"), None, None),
    ("GET", "update?update=" + quote("DROP ALL"), None, None),
])
def test_updates_are_refused(endpoint, method, path, body, ctype):
    before = get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")[2]
    status, _, reply = http(method, endpoint.url + path, body, {"Content-Type": ctype} if ctype else {})
    assert status == 403
    assert b"read-only" in reply and b"UPDATE" in reply
    assert get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")[2] == before


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_graph_store_writes_are_refused(endpoint, method):
    status, headers, reply = http(method, endpoint.url + "store?default", b"<a:a> <a:b> <a:c> .",
                                  {"Content-Type": "application/n-triples"})
    assert status == 405 and headers["Allow"] == "GET, HEAD"
    assert b"read-only" in reply


def test_graph_store_reads_pass_through(endpoint):
    graph = "https://w3id.org/lmec-kg/id/graph/entities"
    status, _, body = http("GET", endpoint.url + "store?graph=" + quote(graph, safe=""),
                           headers={"Accept": "application/n-triples"})
    assert status == 200
    assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) == 19


def test_syntax_error_is_400_with_the_parsers_message(endpoint):
    status, headers, body = get(endpoint, "SELECT ?x WHERE {\n  ?x a foaf:Person\n  FILTER(", "text/csv")
    assert status == 400
    text = body.decode()
    assert text.startswith("SPARQL syntax error at line 3, column")  # counted in the client's own text
    assert "expected" in text
    status, _, body = post_direct(endpoint, "SELEKT * WHERE { ?s ?p ?o }", "text/csv")
    assert status == 400 and b"line 1" in body


def test_row_cap(endpoint):
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 413
    assert f"more than {MAX_ROWS} rows".encode() in body and b"--max-rows" in body and b"LIMIT" in body
    status, _, body = get(endpoint, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}", "text/tab-separated-values")
    assert status == 200 and len(solutions(body, ox.QueryResultsFormat.TSV)) == MAX_ROWS
    status, _, body = get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 413 and f"more than {MAX_ROWS} triples".encode() in body


def test_row_cap_counts_rows_not_lines(endpoint):
    values = " ".join(f'"line one\\nline two {i}"' for i in range(MAX_ROWS))
    status, _, body = get(endpoint, f"SELECT ?x WHERE {{ VALUES ?x {{ {values} }} }}", "text/csv")
    assert status == 200, body
    assert len(list(csv.reader(io.StringIO(body.decode())))) == MAX_ROWS + 1


def test_cors_only_when_asked(endpoint, small_store):  # noqa: F811
    status, headers, _ = get(endpoint, PEOPLE)
    assert "Access-Control-Allow-Origin" not in headers
    ep, thread = start_endpoint(small_store, cors=True, queries_dir=QUERIES)
    try:
        status, headers, _ = get(ep, PEOPLE)
        assert headers["Access-Control-Allow-Origin"] == "*"
        status, headers, _ = http("OPTIONS", ep.url + "query")
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    finally:
        ep.close()
        thread.join(5)


def test_time_limit(endpoint):
    started = time.monotonic()
    status, _, body = get(endpoint, SLOW, "application/sparql-results+json")
    elapsed = time.monotonic() - started
    assert status == 503
    assert b"time limit of 2 s" in body and b"--timeout" in body
    assert elapsed < 6
    # the endpoint still answers afterwards
    assert get(endpoint, PEOPLE, "text/csv")[0] == 200


def test_sparql_alias_and_head(endpoint):
    status, _, body = http("GET", endpoint.url + "sparql?" + urlencode({"query": PEOPLE}), headers={"Accept": "text/csv"})
    assert status == 200 and body.count(b"\n") == 5
    status, headers, body = http("HEAD", endpoint.url + "query?" + urlencode({"query": PEOPLE}))
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


def test_turtle_declares_only_the_prefixes_it_uses(endpoint):
    _, _, body = get(endpoint, "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }", "text/turtle")
    assert b"@prefix foaf:" in body and b"@prefix org:" not in body and b"@prefix prov:" not in body


def test_bad_requests(endpoint):
    assert http("GET", endpoint.url + "query")[0] == 400
    assert http("GET", endpoint.url + "nowhere")[0] == 404
    assert http("POST", endpoint.url + "query", b"x", {"Content-Type": "image/png"})[0] == 415
    assert get(endpoint, PEOPLE, format="yaml")[0] == 400


# --------------------------------------------------------------------------- the query page

def test_query_page_is_self_contained(endpoint):
    status, headers, page = http("GET", endpoint.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    html = page.decode("utf-8")
    refs = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', html)
    assert refs, "the page loads its script and style sheet"
    assert "at most 40 rows" in html
    for ref in refs:
        assert not re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", ref, re.I), f"external reference {ref}"
        status, _, asset = http("GET", endpoint.url + ref)
        assert status == 200, ref
        assert not re.search(rb"https?://|url\(|@import|//[a-z0-9-]+\.[a-z]", asset), f"{ref} names another host"
    assert not re.search(r"https?://", html)


def test_canned_queries_listed_with_their_descriptions(endpoint):
    status, _, body = http("GET", endpoint.url + "queries.json")
    doc = json.loads(body)
    names = [q["name"] for q in doc["queries"]]
    assert names == [p.stem for p in sorted(QUERIES.glob("*.rq"))]
    posts = next(q for q in doc["queries"] if q["name"] == "posts")
    assert posts["title"] == "Posts"
    assert "who holds which title" in posts["description"]
    assert "Run:" not in posts["description"]
    assert posts["sparql"] == (QUERIES / "posts.rq").read_text(encoding="utf-8")
    assert doc["limits"] == {"timeout_s": 2.0, "max_rows": MAX_ROWS}


def test_canned_query_description_parsing(tmp_path):
    (tmp_path / "a.rq").write_text("# Alpha: the first query.\n# Second line.\n# Run: lmec-kg query a.rq\n"
                                   "SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    (tmp_path / "b.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    a, b = read_canned_queries(tmp_path)
    assert (a.title, a.description) == ("Alpha", "the first query. Second line.")
    assert (b.title, b.description) == ("B", "")
    assert read_canned_queries(tmp_path / "missing") == []


# --------------------------------------------------------------------------- inputs and start-up

def test_rdf_file_is_loaded_into_a_temporary_store(small_store, tmp_path):  # noqa: F811
    trig = write_atomic(tmp_path / "graph.trig", serialize(ox.Store.read_only(str(small_store)), "trig"))
    ep, thread = start_endpoint(trig, queries_dir=tmp_path)
    tmp = ep._tmp
    try:
        assert tmp is not None and tmp.exists()
        status, _, body = get(ep, PEOPLE, "text/tab-separated-values")
        assert status == 200 and solutions(body, ox.QueryResultsFormat.TSV) == expected(small_store, PEOPLE)
    finally:
        ep.close()
        thread.join(5)
    assert not tmp.exists()


def test_bad_graph_paths(tmp_path):
    with pytest.raises(GraphError, match="no such graph"):
        Endpoint(tmp_path / "missing").start()
    (tmp_path / "folder").mkdir()
    with pytest.raises(GraphError, match="not an lmec-kg store"):
        Endpoint(tmp_path / "folder").start()
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match="not valid"):
        Endpoint(tmp_path / "bad.ttl").start()


def test_busy_port_is_a_clear_error(endpoint, small_store):  # noqa: F811
    with pytest.raises(InputError, match=f"cannot listen on 127.0.0.1:{endpoint.port}.*--port"):
        Endpoint(small_store, port=endpoint.port).start()


def test_bound_to_localhost_by_default(endpoint):
    assert Endpoint.__init__.__kwdefaults__["host"] == "127.0.0.1"
    assert endpoint._server.server_address[0] == "127.0.0.1"


def _stop(proc: subprocess.Popen) -> str:
    """Stop a `lmec-kg serve` as a terminal would and return what it printed on stderr."""
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.communicate(timeout=60)[1]
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def test_cli_serve_starts_answers_and_stops_on_sigterm(small_store):  # noqa: F811
    port = free_port()
    runner = ("import click; from lmec_kg.cli.share_cmds import COMMANDS; "
              "click.Group(commands={c.name: c for c in COMMANDS})(prog_name='lmec-kg')")
    proc = subprocess.Popen([sys.executable, "-c", runner, "serve", "--graph", str(small_store),
                             "--port", str(port), "--queries", str(QUERIES), "--max-rows", "7"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/", proc, seconds=90)
        status, _, body = http("GET", f"http://127.0.0.1:{port}/query?" + urlencode({"query": PEOPLE}),
                               headers={"Accept": "text/csv"})
        assert status == 200 and body.count(b"\n") == 5
        status, _, body = http("GET", f"http://127.0.0.1:{port}/query?" + urlencode({"query": "SELECT * {?s ?p ?o}"}))
        assert status == 413 and b"more than 7 rows" in body
    finally:
        err = _stop(proc)
    assert proc.returncode == 0
    assert f"http://127.0.0.1:{port}/query" in err and "stopped" in err
    # the engine went with it: nothing listens on the port any more
    with pytest.raises(OSError):
        http("GET", f"http://127.0.0.1:{port}/", timeout=2)


def test_serve_answers_from_a_rebuilt_store(tmp_path):
    """`lmec-kg build` replaces the store folder under a running `serve` (a rename): the next
    query answers from the new store, and serve says it reopened it."""
    import shutil

    from click.testing import CliRunner

    from lmec_kg.cli import cli
    from lmec_kg.store import write_store

    from .test_serve_support import ROOT, sample_quads

    store = write_store(sample_quads(), tmp_path / "store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    old = int(local_query(store, count).values()[0][0])
    port = free_port()
    runner = ("import click; from lmec_kg.cli.share_cmds import COMMANDS; "
              "click.Group(commands={c.name: c for c in COMMANDS})(prog_name='lmec-kg')")
    proc = subprocess.Popen([sys.executable, "-c", runner, "serve", "--graph", str(store),
                             "--port", str(port), "--queries", str(QUERIES)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query?" + urlencode({"query": count})
    try:
        wait_for(f"http://127.0.0.1:{port}/", proc, seconds=90)
        status, _, body = http("GET", url, headers={"Accept": "text/csv"})
        assert status == 200 and body.split()[-1] == str(old).encode()
        briefings = tmp_path / "briefings"
        shutil.copytree(ROOT / "data" / "briefings", briefings)
        out = CliRunner().invoke(cli, ["build", str(briefings), "--store", str(store), "--no-cache", "-q",
                                       "-o", str(tmp_path / "kg.ttl")])
        assert out.exit_code == 0, out.output
        new = int(local_query(store, count).values()[0][0])
        assert new != old
        status, _, body = http("GET", url, headers={"Accept": "text/csv"})
        assert status == 200 and body.split()[-1] == str(new).encode()
    finally:
        err = _stop(proc)
    assert proc.returncode == 0
    assert f"{store} was rebuilt: answering from the new store" in err
