"""The ontology in the store: queries written from it find the data (property paths over
rdfs:subPropertyOf / rdfs:subClassOf), while exports and counts stay the data's."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from lmec_kg.cli import cli
from lmec_kg.ontology import ONTOLOGY_GRAPH
from lmec_kg.publish import GRAPH_ONTOLOGY

from .conftest import BRIEFINGS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "queries" / "roles-through-ontology.rq"
ROLES = {"guided by", "hosted by", "organized by", "supported by", "co-organized by"}


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def rows(*args) -> list[dict]:
    return list(csv.DictReader(io.StringIO(run("query", *args, "--format", "csv"))))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("onto")
    run("build", BRIEFINGS, "--output", out / "kg.ttl", "--store", out / "store", "--no-cache", "-q")
    return out


def test_publish_sends_the_ontology_under_the_stores_name():
    assert GRAPH_ONTOLOGY == ONTOLOGY_GRAPH


def test_subproperty_and_subclass_paths_find_the_data(built):
    store = built / "store"
    direct = rows("SELECT (COUNT(*) AS ?n) WHERE { ?e lmec:hostedBy|lmec:guidedBy|lmec:organizedBy|"
                  "lmec:supportedBy|lmec:coOrganizedBy ?o }", "--graph", store)
    through = rows("SELECT (COUNT(*) AS ?n) WHERE { ?e ?p ?o . "
                   "?p rdfs:subPropertyOf* lmec:hasOrganizationalRole }", "--graph", store)
    assert through == direct and int(direct[0]["n"]) == 8  # the bundled event's eight organisations
    events = rows("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a/rdfs:subClassOf* schema:Event }", "--graph", store)
    typed = rows("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a lmec:Event }", "--graph", store)
    assert events[0]["n"] == typed[0]["n"] == "1"


def test_documented_example_query_gives_roles_of_the_event(built):
    answer = rows(EXAMPLE, "--graph", built / "store")
    assert answer and set(answer[0]) == {"event", "role", "organization"}
    assert {r["role"] for r in answer} <= ROLES
    assert ("hosted by", "澜沧江-湄公河环境合作中心") in {(r["role"], r["organization"]) for r in answer}
    explicit = rows(ROOT / "queries" / "co-hosts.rq", "--graph", built / "store")
    orgs = {r["organization1"] for r in explicit} | {r["organization2"] for r in explicit}
    assert {r["organization"] for r in answer} == orgs


def test_exports_and_counts_leave_the_ontology_out(built):
    store = built / "store"
    assert run("export", "--graph", store).encode() == (built / "kg.ttl").read_bytes()
    nquads = run("export", "--graph", store, "--format", "nquads")
    assert ONTOLOGY_GRAPH.value not in nquads and "owl#Class" not in nquads
    stats = run("stats", "--graph", store, "--format", "csv")
    assert "owl:Class" not in stats and "owl:ObjectProperty" not in stats
    from lmec_kg.stats import stats as graph_stats

    assert graph_stats(store).triples == graph_stats(built / "kg.ttl").triples
    (built / "again").mkdir()
    run("export", "--graph", store, "--output", built / "again" / "kg.ttl")  # VoID counts the data
    assert (built / "again" / "kg.void.ttl").read_bytes() == (built / "kg.void.ttl").read_bytes()
