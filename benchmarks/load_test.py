#!/usr/bin/env python3
"""Bounded load test of `lmec-kg serve`: concurrent clients run the canned queries.

For each graph (the bundled briefings; a generated corpus of about a million triples) it
starts ``lmec-kg serve`` on a free loopback port in a separate process, sends each canned
query once (a query the endpoint stops at its time limit is left out of the mix, and said
so), computes each remaining query's answer in-process with ``lmec_kg.query``, then lets
``--clients`` threads (one load phase per number given) send the canned queries round-robin (SPARQL TSV over keep-alive HTTP)
until ``--duration`` seconds have passed or ``--max-requests`` requests have been sent,
whichever comes first. Every answer is checked against the in-process answer (as a multiset
of rows; an answer byte-identical to one already checked counts as checked). It prints
throughput and p50/p95/p99 latency as Markdown tables for the README.

Loopback only; it stops by itself; the servers it starts are stopped on exit.

    .venv/bin/python benchmarks/load_test.py                       # both graphs, 1 then 16 clients, 15 s each
    .venv/bin/python benchmarks/load_test.py --skip-large --duration 5
    .venv/bin/python benchmarks/load_test.py --large-store /tmp/big/store   # reuse a built store
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lmec_kg.query import query as local_query  # noqa: E402
from lmec_kg.serve import free_port, read_canned_queries  # noqa: E402
from lmec_kg.store import open_store  # noqa: E402

RUNNER = ("import click; from lmec_kg.cli.share_cmds import COMMANDS; "
          "click.Group(commands={c.name: c for c in COMMANDS})(prog_name='lmec-kg')")
TSV = "text/tab-separated-values"


@dataclass
class Canned:
    name: str
    sparql: str
    expected: collections.Counter | None = None
    rows: int = 0
    local_ms: float = 0.0
    verified: set = field(default_factory=set)  # sha1 of response bodies already checked


@dataclass
class Result:
    graph: str
    triples: int
    clients: int
    seconds: float = 0.0
    latencies: dict = field(default_factory=lambda: collections.defaultdict(list))  # query -> [s]
    errors: collections.Counter = field(default_factory=collections.Counter)
    mismatches: collections.Counter = field(default_factory=collections.Counter)
    checked: int = 0
    excluded: list = field(default_factory=list)
    queries: list = field(default_factory=list)


def rows_of(res) -> collections.Counter:
    cols = [v.value for v in res.variables]
    return collections.Counter(tuple(str(s[c]) if s[c] is not None else "" for c in cols) for s in res)


def expected_rows(store, sparql) -> collections.Counter:
    r = local_query(store, sparql)
    return collections.Counter(tuple(str(t) if t is not None else "" for t in row) for row in r.rows)


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


# --------------------------------------------------------------------------- graphs

def build_store(paths: list[Path], store_dir: Path) -> int:
    from lmec_kg.pipeline import build

    report = build(paths, store_dir=store_dir, workers=os.cpu_count() or 1)
    return report.triples


def large_store(tmp: Path, briefings: int) -> Path:
    gen = ROOT / "benchmarks" / "generate_corpus.py"
    corpus = tmp / "corpus"
    if gen.is_file():
        subprocess.run([sys.executable, str(gen), "--count", str(briefings), "--out", str(corpus), "--seed", "1",
                        "--quiet"], check=True)
        build_store([corpus], tmp / "large-store")
    else:  # no generator: the bundled graph repeated under new briefing names
        raise SystemExit("benchmarks/generate_corpus.py is missing: pass --large-store")
    return tmp / "large-store"


def count_triples(store_dir: Path) -> int:
    return int(local_query(open_store(store_dir), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values()[0][0])


# --------------------------------------------------------------------------- the server

class Server:
    def __init__(self, store: Path, queries: Path, timeout: float, max_rows: int):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", RUNNER, "serve", "--graph", str(store), "--port", str(self.port),
             "--queries", str(queries), "--timeout", str(timeout), "--max-rows", str(max_rows)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"serve exited: {self.proc.stderr.read()}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/queries.json")
                c.getresponse().read()
                c.close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit("serve did not start in 120 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def ask(conn: http.client.HTTPConnection, sparql: str) -> tuple[int, bytes]:
    conn.request("POST", "/query", sparql.encode("utf-8"),
                 {"Content-Type": "application/sparql-query", "Accept": TSV})
    r = conn.getresponse()
    return r.status, r.read()


# --------------------------------------------------------------------------- one scenario

def run_scenario(label: str, store: Path, args) -> list[Result]:
    """Start the endpoint on ``store``, check the canned queries, then one load phase per client count."""
    triples = count_triples(store)
    canned = [Canned(q.name, q.sparql) for q in read_canned_queries(args.queries)]
    server = Server(store, args.queries, args.timeout, args.max_rows)
    results = []
    try:
        # which queries the endpoint answers within its limit; then their in-process answers
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=args.timeout + 30)
        included, excluded = [], []
        for q in canned:
            t0 = time.perf_counter()
            status, body = ask(conn, q.sparql)
            alone = time.perf_counter() - t0
            if status != 200:
                why = (f"stopped at the endpoint's {args.timeout:g} s time limit (HTTP 503)" if status == 503 else
                       f"HTTP {status}: {body.decode('utf-8', 'replace').strip().splitlines()[0][:90]}")
                excluded.append((q.name, why))
                continue
            if alone * 1000 > args.slow_ms:
                excluded.append((q.name, f"too slow for the mix: {alone * 1000:,.0f} ms alone (--slow-ms {args.slow_ms:g})"))
                continue
            included.append(q)
        conn.close()
        local = open_store(store)
        for q in included:
            t0 = time.perf_counter()
            q.expected = expected_rows(local, q.sparql)
            q.local_ms = (time.perf_counter() - t0) * 1000
            q.rows = sum(q.expected.values())
        del local
        for clients in args.clients:
            res = Result(label, triples, clients, excluded=excluded, queries=included)
            if included:
                load_phase(res, server, included, clients, args)
            results.append(res)
    finally:
        server.stop()
    return results


def load_phase(res: Result, server: Server, included: list[Canned], clients: int, args) -> None:
    """``clients`` threads send the queries round-robin until the time or the request budget runs out."""
    budget = [args.max_requests]
    lock = threading.Lock()
    deadline = time.monotonic() + args.duration

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=args.timeout + 30)
        i = k
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    break
                budget[0] -= 1
            q = included[i % len(included)]
            i += 1
            t0 = time.perf_counter()
            try:
                status, body = ask(conn, q.sparql)
            except (OSError, http.client.HTTPException) as e:
                with lock:
                    res.errors[type(e).__name__] += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=args.timeout + 30)
                continue
            elapsed = time.perf_counter() - t0
            if status != 200:
                with lock:
                    res.errors[f"HTTP {status}"] += 1
                continue
            digest = hashlib.sha1(body).digest()
            with lock:
                known = digest in q.verified
            ok = known or rows_of(ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)) == q.expected
            with lock:
                res.latencies[q.name].append(elapsed)
                res.checked += 1
                if ok:
                    q.verified.add(digest)
                else:
                    res.mismatches[q.name] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.duration + args.timeout + 60)
    res.seconds = time.monotonic() - started


# --------------------------------------------------------------------------- report

def ms(v: float) -> str:
    return f"{v * 1000:.1f}"


def table(results: list[Result]) -> str:
    lines = ["| graph | triples | queries in mix | clients | seconds | requests | errors | answers checked, wrong | "
             "throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        all_lat = sorted(x for v in r.latencies.values() for x in v)
        n = len(all_lat) + sum(r.errors.values())
        lines.append(
            f"| {r.graph} | {r.triples:,} | {len(r.queries)} | {r.clients} | {r.seconds:.1f} | {n:,} | "
            f"{sum(r.errors.values())} | {r.checked:,}, {sum(r.mismatches.values())} | "
            f"{len(all_lat) / r.seconds if r.seconds else 0:.1f} | {ms(percentile(all_lat, 50))} | "
            f"{ms(percentile(all_lat, 95))} | {ms(percentile(all_lat, 99))} |")
    return "\n".join(lines)


def per_query(r: Result) -> str:
    lines = [f"**{r.graph}** ({r.triples:,} triples, {r.clients} clients): per canned query",
             "",
             "| query | rows | in-process (ms) | requests | p50 (ms) | p95 (ms) | p99 (ms) | wrong |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for q in r.queries:
        lat = sorted(r.latencies.get(q.name, []))
        lines.append(f"| {q.name} | {q.rows:,} | {q.local_ms:.1f} | {len(lat)} | {ms(percentile(lat, 50))} | "
                     f"{ms(percentile(lat, 95))} | {ms(percentile(lat, 99))} | {r.mismatches.get(q.name, 0)} |")
    for name, why in r.excluded:
        lines.append(f"| {name} | left out: {why} | | | | | | |")
    if r.errors:
        lines.append("")
        lines.append("errors: " + ", ".join(f"{k} x{v}" for k, v in r.errors.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", default="1,16",
                    help="concurrent clients, a comma-separated list: one load phase each (default 1,16)")
    ap.add_argument("--duration", type=float, default=15.0, help="seconds per load phase (default 15)")
    ap.add_argument("--max-requests", type=int, default=20_000, help="request budget per load phase (default 20000)")
    ap.add_argument("--timeout", type=float, default=30.0, help="the endpoint's per-query time limit (default 30 s)")
    ap.add_argument("--max-rows", type=int, default=1_000_000,
                    help="the endpoint's row cap, high so answers are whole (default 1000000)")
    ap.add_argument("--slow-ms", type=float, default=2000.0,
                    help="leave out of the mix a query that takes longer than this alone (default 2000 ms)")
    ap.add_argument("--queries", type=Path, default=ROOT / "queries", help="canned queries (default queries/)")
    ap.add_argument("--briefings", type=int, default=720,
                    help="generated briefings for the large graph (default 720: about a million triples)")
    ap.add_argument("--large-store", type=Path, default=None, help="use this built store as the large graph")
    ap.add_argument("--skip-large", action="store_true", help="only the bundled briefings' graph")
    args = ap.parse_args(argv)
    try:
        args.clients = [int(c) for c in str(args.clients).split(",") if c.strip()]
    except ValueError:
        ap.error("--clients takes numbers, e.g. 1,16")
    if not args.clients or min(args.clients) < 1 or args.duration <= 0 or args.max_requests < 1:
        ap.error("--clients, --duration and --max-requests must be positive")
    results = []
    with tempfile.TemporaryDirectory(prefix="lmec-kg-load-") as tmp:
        tmp = Path(tmp)
        print("building the bundled briefings' graph ...", file=sys.stderr)
        build_store([ROOT / "data" / "briefings"], tmp / "bundled-store")
        results += run_scenario("bundled briefings", tmp / "bundled-store", args)
        if not args.skip_large:
            store = args.large_store
            if store is None:
                print(f"generating and building {args.briefings} briefings ...", file=sys.stderr)
                store = large_store(tmp, args.briefings)
            label = f"generated ({args.briefings} briefings)" if args.large_store is None else f"{store}"
            results += run_scenario(label, store, args)
    print(table(results))
    for r in results:
        if r.clients == max(args.clients):
            print()
            print(per_query(r))
    wrong = sum(sum(r.mismatches.values()) for r in results)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
