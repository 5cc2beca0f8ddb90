"""The build streams each briefing's graph into the store while writing the next, and writes
the exports from its own statements: these must be exactly what the store holds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from lmec_kg import graph as rdf
from lmec_kg import void
from lmec_kg.export import serialize, serialize_triples
from lmec_kg.ontology import data_quads
from lmec_kg.pipeline import build
from lmec_kg.sinks import Sink
from lmec_kg.store import open_store


def data_size(store: ox.Store) -> int:
    """Quads of the data: the store also keeps the ontology in a graph of its own."""
    return sum(1 for _ in data_quads(store))


CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefings")
    for f in sorted(CORPUS.glob("*.txt"))[:9]:
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def built(files, tmp_path_factory):
    """A build into a store folder, with what ``meanwhile`` saw."""
    seen = {}

    def meanwhile(report):
        seen["store"] = report.store
        seen["ntriples"] = list(report.ntriples)
        seen["statistics"] = report.statistics

    store_dir = tmp_path_factory.mktemp("out") / "store"
    report = build([files], store_dir=store_dir, workers=2, meanwhile=meanwhile, network=True)
    return report, seen, store_dir


def test_meanwhile_runs_before_the_store_folder_is_complete(built):
    report, seen, store_dir = built
    assert seen["store"] is None  # the on-disk store was still loading
    assert report.store is not None and report.ntriples is None  # the statements are let go
    assert data_size(report.store) == report.triples == len(seen["ntriples"])


@pytest.mark.parametrize("fmt", [ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES])
def test_exports_from_the_builds_statements_equal_exports_from_the_store(built, fmt):
    report, seen, store_dir = built
    assert serialize_triples(seen["ntriples"], fmt) == serialize(open_store(store_dir), fmt)


def test_void_counts_from_the_statements_equal_the_sparql_counts(built):
    report, seen, store_dir = built
    counted = seen["statistics"]
    assert counted == void.statistics(open_store(store_dir))
    assert counted.triples == report.triples and len(counted.briefings) == 9
    assert void.describe(counted) == void.describe(open_store(store_dir))


def test_a_build_may_let_the_knowledge_base_go_once_its_graph_is_written(built, files):
    """The CLI does (nothing it writes needs it after the graph), so the page's data and the
    exports are made in the memory the knowledge base held; what is written is the same."""
    report, seen, store_dir = built
    lean = build([files], workers=1, network=True, keep_kb=False)
    assert lean.kb is None and report.kb is not None
    assert (lean.entities, lean.facts, lean.triples) == (report.entities, report.facts, report.triples)
    assert lean.network == report.network


def test_without_a_store_folder_the_store_is_in_memory(files):
    seen = {}
    report = build([files], workers=1, meanwhile=lambda r: seen.setdefault("store", r.store))
    assert seen["store"] is report.store and data_size(report.store) == report.triples


def test_a_build_that_fails_midway_leaves_the_old_store_untouched(files, tmp_path):
    store_dir = tmp_path / "store"
    first = build([files], store_dir=store_dir, workers=1)
    before = len(first.store)
    del first

    def boom(report):
        raise RuntimeError("export failed")

    with pytest.raises(RuntimeError, match="export failed"):
        build([sorted(files.glob("*.txt"))[0]], store_dir=store_dir, workers=1, meanwhile=boom)
    assert len(open_store(store_dir)) == before
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # no half-written folder left


def test_a_loader_error_reaches_the_feeder():
    def load(batch):
        raise ValueError(f"cannot parse {batch!r}")

    discarded = []
    sink = Sink(load, lambda: "done", lambda: discarded.append(True), name="test")
    with pytest.raises(ValueError, match="cannot parse"):
        for _ in range(50):  # the error surfaces on a later feed or on close
            sink.feed(b"x")
        sink.close()
    assert discarded == [True]


def test_a_sink_returns_what_finish_returns_after_every_batch():
    got = []
    sink = Sink(got.append, lambda: b"".join(got), name="test", depth=1)
    for i in range(20):
        sink.feed(str(i).encode())
    assert sink.close() == b"".join(str(i).encode() for i in range(20))


@pytest.mark.parametrize("text", [
    "tab\there", "line\nbreak\r\n", 'quote " and \\ backslash', "\x00\x01\x08\x0b\x0c\x1f\x7f",
    "中文\u2028\u0085", "plain",
])
def test_literals_are_written_as_oxigraph_writes_them(text):
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal(text, language="zh")))
    dumped = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode()
    assert dumped == f"<http://a> <http://b> {rdf._lang(text, 'zh')} .\n"


@pytest.mark.parametrize("value", [0.8, 1.0, 0.05, 0.5, 0.0, 0.125])
def test_decimals_are_in_canonical_form(value):
    term = rdf._decimal(value)
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"),
                      ox.Literal(term.split('"')[1], datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))))
    dumped = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode()
    assert dumped == f"<http://a> <http://b> {term} .\n"


def test_statements_spilled_to_disk_give_the_same_exports(built, files, monkeypatch):
    """Beyond a bound the build's statements go to sorted chunk files, merged when read:
    a build made to spill every few hundred statements writes the very same Turtle."""
    from lmec_kg import spill

    report, seen, store_dir = built
    monkeypatch.setattr(spill, "CHUNK", 300)
    chunks = {}

    def meanwhile(r):
        chunks["files"] = list(r.ntriples.statements._files)
        chunks["turtle"] = serialize_triples(r.ntriples, ox.RdfFormat.TURTLE)

    build([files], workers=1, meanwhile=meanwhile)
    assert len(chunks["files"]) > 5
    assert chunks["turtle"] == serialize_triples(seen["ntriples"], ox.RdfFormat.TURTLE)
    assert not any(f.exists() for f in chunks["files"])  # deleted once the build is done


def test_the_page_data_from_the_builds_statements_equals_the_page_data_from_the_store(built):
    """The build collects the network page's data from its own statements as it writes them
    (an on-disk store is slow to read back); it must be exactly what reading the store gives,
    and not depend on the statements' order."""
    from lmec_kg import network

    report, seen, store_dir = built
    from_store = network.load(open_store(store_dir))
    assert report.network.facts and report.network == from_store
    assert network.from_statements(reversed(seen["ntriples"])) == from_store


def test_a_store_folder_keeps_its_network_data_for_later_views(built, tmp_path):
    """Views of a built store (``lmec-kg viz``) read the network data its build saved beside
    the store instead of decoding it back from disk; data saved by other code is ignored."""
    import pickle

    from lmec_kg import network

    report, seen, store_dir = built
    saved = store_dir / network.SAVED_NAME
    assert saved.is_file()
    from_store = network.load(open_store(store_dir))  # an open store: always read
    assert network.load(store_dir) == from_store == report.network
    assert data_size(open_store(store_dir)) == report.triples  # the store still opens and answers

    other = tmp_path / "store"
    shutil.copytree(store_dir, other)
    with open(other / network.SAVED_NAME, "wb") as fh:
        pickle.dump(("another version", network.NetworkData({}, [], {}, {})), fh)
    assert network.load(other) == from_store  # not the stale data


_STOPPED_BUILD = """
import os, signal, sys
from lmec_kg import spill
from lmec_kg.cli import main

spill.CHUNK = 50  # spill at once, so the build has temporary files when it is stopped
_spill = spill.SortedStatements._spill


def spill_then_stop(self):
    _spill(self)
    if len(self._files) == 3:  # mid-graph: the store half loaded, statements on disk
        os.kill(os.getpid(), signal.SIGTERM)


spill.SortedStatements._spill = spill_then_stop
sys.argv = ["lmec-kg", "build", *sys.argv[1:]]
main()
"""


def test_a_build_stopped_by_sigterm_leaves_nothing_behind(files, tmp_path):
    """A scheduler's stop (SIGTERM) mid-build: one line, non-zero exit, no traceback, and no
    half-written store or export, nor temporary files."""
    import os
    import subprocess
    import sys

    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    run = subprocess.run(
        [sys.executable, "-c", _STOPPED_BUILD, str(files), "--output", str(out / "g.ttl"),
         "--store", str(out / "store"), "--html", str(out / "n.html"), "--no-cache", "-q", "-j", "2"],
        capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == "Aborted!"
    assert sorted(p.name for p in out.iterdir()) == []
    assert sorted(p.name for p in tmp.iterdir()) == []


def _curation(tmp_path, kb, drop_missing=False) -> Path:
    """Drop one post fact and add two: one citing the briefing it was read in, one none."""
    post = next(f for f in sorted(kb.facts, key=lambda f: (f.briefing, f.start, f.subject))
                if f.kind == "post" and f.object)
    value = "无此职务" if drop_missing else post.value
    who = "    curator: tester\n    date: 2025-01-15\n    reason: checked\n"
    path = tmp_path / "curation.yaml"
    path.write_text(
        "entries:\n"
        f"  - action: drop-fact\n    fact: {{kind: post, subject: {post.subject}, value: {value}}}\n{who}"
        f"  - action: add-fact\n    fact: {{kind: post, subject: {post.subject}, object: {post.object},"
        f" value: 顾问, briefing: {post.briefing}}}\n    citation: staff page\n{who}"
        f"  - action: add-fact\n    fact: {{kind: post, subject: {post.subject}, object: {post.object},"
        f" value: 特使}}\n    citation: letter\n{who}", encoding="utf-8")
    return path


def test_the_two_pass_knowledge_base_writes_the_same_graph(files, tmp_path):
    """What a large build writes (each briefing's facts re-read and resolved alone) is what the
    knowledge base held whole writes, curated facts and their places included."""
    from collections import Counter

    from lmec_kg.pipeline import knowledge_base, streamed_knowledge_base

    cur = _curation(tmp_path, knowledge_base([files], workers=1))
    whole = knowledge_base([files], workers=2, curation=cur)
    assert {f.value for f in whole.facts if f.curated} == {"顾问", "特使"}
    streamed = streamed_knowledge_base([files], workers=2, curation=cur)
    try:
        assert list(rdf.graphs(streamed)) == list(rdf.graphs(whole))
        assert streamed.fact_counts == Counter(f.kind for f in whole.facts)
        assert streamed.entities == whole.entities
    finally:
        streamed.close()


def test_the_two_pass_build_fails_like_resolve_on_a_drop_that_matches_nothing(files, tmp_path):
    from lmec_kg.errors import CurationError
    from lmec_kg.pipeline import knowledge_base

    cur = _curation(tmp_path, knowledge_base([files], workers=1), drop_missing=True)
    with pytest.raises(CurationError, match=r"curation.yaml:\d+: drop-fact: no post fact of") as whole:
        knowledge_base([files], workers=1, curation=cur)
    store = tmp_path / "store"
    with pytest.raises(CurationError) as streamed:
        build([files], workers=1, curation=cur, store_dir=store, keep_kb=False)
    assert str(streamed.value) == str(whole.value)
    assert not store.exists()
