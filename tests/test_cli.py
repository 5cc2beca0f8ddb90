"""The command line as a user meets it: help, errors, outputs, determinism, cache."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from lmec_kg.cli import cli

from .conftest import BRIEFINGS, QUERIES as ROOT_QUERIES

BRIEFING = sorted(BRIEFINGS.glob("*.txt"))[0]


def run(*args, **kw):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)
    return result


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(BRIEFING, d / BRIEFING.name)
    return d


@pytest.fixture
def built(tmp_path, folder) -> Path:
    out = tmp_path / "g.ttl"
    r = run("build", folder, "--output", out, "--no-store", "--no-cache", "-q")
    assert r.exit_code == 0, r.output
    return out


def test_every_command_has_help_with_an_example():
    for name, command in sorted(cli.commands.items()):
        r = run(name, "--help")
        assert r.exit_code == 0, name
        assert "Example:" in r.output, f"{name} --help has no example"
        assert "lmec-kg " + name in r.output
    assert "Usage:" in run("-h").output


def test_build_writes_turtle_store_and_summary(tmp_path, folder):
    out, store = tmp_path / "g.ttl", tmp_path / "store"
    r = run("build", folder, "--output", out, "--store", store, "--no-cache")
    assert r.exit_code == 0, r.output
    assert "briefings read: 1" in r.output and "entities:" in r.output and "time:" in r.output
    # where the time went, stage by stage
    for stage in ("read and extract", "resolve", "graph to store", "exports", "store finish"):
        assert stage in r.output
    assert out.read_bytes().startswith(b"@prefix")
    void = tmp_path / "g.void.ttl"  # the dataset description ships beside the export
    assert "void:triples" in void.read_text(encoding="utf-8")
    q = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?b a lmec:Briefing }", "--graph", store, "--format", "csv")
    assert q.output.splitlines() == ["n", "1"]
    # outputs are for sharing: the store folder and the export as the umask allows, like any file
    umask = os.umask(0)
    os.umask(umask)
    assert store.stat().st_mode & 0o777 == 0o777 & ~umask
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("suffix,fmt", [(".nt", ox.RdfFormat.N_TRIPLES), (".jsonld", ox.RdfFormat.JSON_LD),
                                        (".rdf", ox.RdfFormat.RDF_XML), (".trig", ox.RdfFormat.TRIG)])
def test_build_format_follows_the_suffix(tmp_path, folder, built, suffix, fmt):
    out = tmp_path / f"g{suffix}"
    assert run("build", folder, "--output", out, "--no-store", "--no-cache", "-q").exit_code == 0
    reference = {q.triple for q in ox.parse(path=str(built), format=ox.RdfFormat.TURTLE)}
    assert {q.triple for q in ox.parse(path=str(out), format=fmt)} == reference


def test_missing_path_is_a_one_line_error(tmp_path):
    r = run("build", tmp_path / "nope", "--output", tmp_path / "g.ttl", "--no-store")
    assert r.exit_code == 2
    assert r.output.startswith("Error: ") and "nope" in r.output and len(r.output.strip().splitlines()) == 1
    assert not (tmp_path / "g.ttl").exists()


def test_folder_without_briefings_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("build", tmp_path / "empty", "--output", tmp_path / "g.ttl", "--no-store")
    assert r.exit_code == 2 and "empty" in r.output and "Traceback" not in r.output


def test_bad_files_are_skipped_and_named(tmp_path, folder):
    (folder / "blank.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    out = tmp_path / "g.ttl"
    r = run("build", folder, "--output", out, "--no-store", "--no-cache")
    assert r.exit_code == 0, r.output
    skipped = [line for line in r.output.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 2
    assert any("blank.txt" in s for s in skipped) and any("binary.txt" in s for s in skipped)
    assert "briefings read: 1" in r.output and out.exists()


def test_a_briefing_in_a_language_the_extractor_does_not_read_is_named(tmp_path, folder):
    (folder / "release-en.txt").write_text(
        "Press release\n\nBangkok, 3 March 2031 - A workshop on river health opened today in Bangkok. "
        "The Director-General of the department delivered opening remarks.\n", encoding="utf-8")
    r = run("build", folder, "--output", tmp_path / "g.ttl", "--no-store", "--no-cache")
    assert r.exit_code == 0, r.output
    notes = [line for line in r.output.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "release-en.txt" in notes[0] and "English" in notes[0]
    assert "briefings read: 2" in r.output  # read, and counted: its publication data is in the graph


def test_files_that_cannot_have_their_own_graph_are_skipped(tmp_path, folder):
    """Two files with one stem would mix two briefings' facts under one id, and a briefing
    called entities/curation/ontology would write into the graph of that name: each is
    skipped with a line that says why, and the graph holds the other briefings only."""
    other = sorted((ROOT_QUERIES.parent / "tests" / "corpus").glob("*.txt"))[0]
    (folder / "sub").mkdir()
    shutil.copy(other, folder / "sub" / BRIEFING.name)  # same stem, different text
    shutil.copy(other, folder / "entities.txt")
    shutil.copy(other, folder / "ontology.md")
    out = tmp_path / "g.trig"
    r = run("build", folder, "--output", out, "--no-store", "--no-cache")
    assert r.exit_code == 0, r.output
    skipped = sorted(line for line in r.output.splitlines() if line.startswith("skipped"))
    assert len(skipped) == 3, r.output
    assert f"duplicate briefing id {BRIEFING.stem!r}" in skipped[2] and "sub" in skipped[2]
    assert "entities.txt: briefing id 'entities'" in skipped[0] and "ontology.md" in skipped[1]
    assert "briefings read: 1, skipped: 3" in r.output
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    graphs = {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs() if len(g)}
    assert BRIEFING.stem in graphs and "entities" in graphs
    sources = {str(q[2]) for q in ds.quads((None, rdflib.URIRef("http://purl.org/dc/terms/source"), None, None))}
    assert BRIEFING.name in sources and "entities.txt" not in sources


def test_only_bad_files_fails_without_writing(tmp_path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "blank.txt").write_text("", encoding="utf-8")
    out = tmp_path / "g.ttl"
    r = run("build", d, "--output", out, "--no-store")
    assert r.exit_code == 1 and "no briefing could be read" in r.output
    assert not out.exists() and not list(tmp_path.glob(".g.ttl*")) and not list(tmp_path.glob("*.void.ttl"))


def test_unknown_output_suffix_is_a_usage_error(tmp_path, folder):
    r = run("build", folder, "--output", tmp_path / "g.xyz", "--no-store")
    assert r.exit_code == 2 and ".xyz" in r.output


def test_query_syntax_error_gives_line_and_column(built):
    r = run("query", "SELECT * WHERE {\n  ?s ?p }", "--graph", built)
    assert r.exit_code == 2
    assert "line 2, column" in r.output and "Traceback" not in r.output


def test_query_update_is_refused(built):
    r = run("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--graph", built)
    assert r.exit_code == 2 and "Error:" in r.output


def test_query_missing_graph_and_missing_file(tmp_path, built):
    assert run("query", "SELECT * WHERE {?s ?p ?o}", "--graph", tmp_path / "none.ttl").exit_code == 1
    r = run("query", tmp_path / "missing.rq", "--graph", built)
    assert r.exit_code == 2 and "missing.rq" in r.output  # a missing input path, as for build


def test_query_output_formats(built):
    sparql = 'SELECT ?doc ?n WHERE { ?b dcterms:identifier ?doc . BIND(1 AS ?n) }'
    csv_out = run("query", sparql, "--graph", built, "--format", "csv").output
    assert csv_out.splitlines() == ["doc,n", f"{BRIEFING.stem},1"]
    tsv_out = run("query", sparql, "--graph", built, "--format", "tsv").output
    assert tsv_out.splitlines()[1] == f"{BRIEFING.stem}\t1"
    doc = json.loads(run("query", sparql, "--graph", built, "--format", "json").output)
    assert doc["head"]["vars"] == ["doc", "n"]
    assert doc["results"]["bindings"][0]["doc"] == {"type": "literal", "value": BRIEFING.stem}
    table = run("query", sparql, "--graph", built).output
    assert table.splitlines()[0].split() == ["doc", "n"] and BRIEFING.stem in table


def test_construct_prints_turtle(built):
    r = run("query", "CONSTRUCT { ?b a lmec:Briefing } WHERE { ?b a lmec:Briefing }", "--graph", built)
    assert r.exit_code == 0
    triples = list(ox.parse(r.output.encode(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == 1


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"),
                                        ("rdfxml", "xml"), ("trig", "trig"), ("nquads", "nquads")])
def test_export_parses_in_an_independent_parser(tmp_path, built, fmt, parser):
    out = tmp_path / f"export.{fmt}"
    assert run("export", "--graph", built, "--format", fmt, "--output", out).exit_code == 0
    if parser in ("trig", "nquads"):
        g = rdflib.Dataset()
        g.parse(out, format=parser)
        n = len(list(g.quads((None, None, None, None))))
    else:
        g = rdflib.Graph()
        g.parse(out, format=parser)
        n = len(g)
    expected = rdflib.Graph().parse(built, format="turtle")
    assert n == len(expected)


def test_export_turtle_has_readable_prefixes(built):
    out = run("export", "--graph", built).output
    assert "@prefix lmec: <https://w3id.org/lmec-kg/ontology#>" in out
    assert f"briefing:{BRIEFING.stem}" in out


def test_stats_counts_classes_and_properties(built):
    r = run("stats", "--graph", built, "--format", "json")
    data = json.loads(r.output)
    assert data["classes"]["lmec:Briefing"] == 1 and data["triples"] > 0
    assert data["properties"]["dcterms:identifier"] >= 1


def test_same_briefings_give_identical_bytes_under_other_hash_seeds(tmp_path, folder):
    outs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"g{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "lmec_kg.cli", "build", str(folder), "--output", str(out),
                        "--no-store", "--no-cache", "-q"], check=True, env=env)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]


def test_rebuild_uses_the_cache_and_reextracts_only_changed_files(tmp_path, folder):
    second = folder / "copy-2.txt"
    second.write_text(BRIEFING.read_text(encoding="utf-8") + "\n附：补充说明。\n", encoding="utf-8")
    cache = tmp_path / "cache"
    args = ("build", folder, "--output", tmp_path / "g.ttl", "--no-store", "--cache", cache)
    assert "from cache" not in run(*args).output
    assert "0 extracted, 2 from cache" in run(*args).output
    second.write_text(second.read_text(encoding="utf-8") + "再补充。\n", encoding="utf-8")
    assert "1 extracted, 1 from cache" in run(*args).output


def test_export_lang_en_is_partner_ready(tmp_path, folder, built):
    out = tmp_path / "en.ttl"
    r = run("export", "--graph", built, "--lang", "en", "--output", out)
    assert r.exit_code == 0, r.output
    g = rdflib.Graph().parse(out, format="turtle")  # an independent parser
    SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
    people = set(g.subjects(rdflib.RDF.type, FOAF.Person))
    assert people
    for person in people:  # everyone is readable without Chinese
        labels = [lit for lit in g.objects(person, SKOS.prefLabel)]
        assert any(not any("\u4e00" <= ch <= "\u9fff" for ch in str(lit)) for lit in labels), person
    china = rdflib.URIRef("https://w3id.org/lmec-kg/id/country/CN")
    assert rdflib.Literal("China", lang="en") in set(g.objects(china, SKOS.prefLabel))


def test_export_lang_en_only_changes_which_label_is_preferred(tmp_path):
    """On the test briefings: every Chinese label of the default export is still there,
    no preferred label repeats as an alternative one, and the Thai, Lao and Vietnamese
    ministries of the same English name are told apart by their country."""
    from .test_pipeline import CORPUS

    store = tmp_path / "store"
    r = run("build", BRIEFINGS, CORPUS, "--store", store, "--output", tmp_path / "b.ttl", "--no-cache", "-q")
    assert r.exit_code == 0, r.output
    assert run("export", "--graph", store, "--output", tmp_path / "zh.ttl").exit_code == 0
    assert run("export", "--graph", store, "--lang", "en", "--output", tmp_path / "en.ttl").exit_code == 0
    zh, en = (rdflib.Graph().parse(tmp_path / f, format="turtle") for f in ("zh.ttl", "en.ttl"))
    SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    chinese = {(s, o) for s, p, o in zh if isinstance(o, rdflib.Literal) and o.language == "zh"
               and p in (rdflib.RDFS.label, SKOS.prefLabel, SKOS.altLabel)}
    kept = {(s, o) for s, p, o in en if isinstance(o, rdflib.Literal) and o.language == "zh"
            and p in (rdflib.RDFS.label, SKOS.altLabel)}
    assert chinese and chinese <= kept
    mee = rdflib.URIRef("https://w3id.org/lmec-kg/id/organization/生态环境部")
    assert set(en.objects(mee, SKOS.prefLabel)) == {rdflib.Literal("Ministry of Ecology and Environment", lang="en")}
    assert rdflib.Literal("生态环境部", lang="zh") in set(en.objects(mee, SKOS.altLabel))
    for s, o in en.subject_objects(SKOS.prefLabel):
        assert (s, SKOS.altLabel, o) not in en, (s, o)
    ministries = {str(o) for o in en.objects(None, SKOS.prefLabel)
                  if str(o).startswith("Ministry of Natural Resources and Environment")}
    assert {"Ministry of Natural Resources and Environment (Thailand)",
            "Ministry of Natural Resources and Environment (Laos)"} <= ministries
    assert "Ministry of Natural Resources and Environment" not in ministries


def test_void_beside_an_export_names_its_dump_and_its_date(tmp_path, folder, built, monkeypatch):
    """The VoID file says where the data is (relative to itself, so the pair can move) and
    when it last changed (the latest briefing date, not the clock: the same bytes twice)."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "share" / "partners.ttl"
    desc = tmp_path / "share" / "partners.void.ttl"
    assert run("export", "--graph", built, "--output", out).exit_code == 0
    first = desc.read_bytes()
    assert run("export", "--graph", built, "--output", out).exit_code == 0
    assert desc.read_bytes() == first
    assert b"@base" not in first and b"void:dataDump <partners.ttl>" in first
    g = rdflib.Graph().parse(desc, format="turtle")  # resolved against where the file is
    VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
    dataset = rdflib.URIRef("https://w3id.org/lmec-kg/id/dataset")
    dump = g.value(dataset, VOID.dataDump)
    assert dump is not None and Path(dump.replace("file://", "")).resolve() == out.resolve()
    issued = max(str(o) for o in rdflib.Graph().parse(out, format="turtle").objects(None, rdflib.DCTERMS.issued))
    assert g.value(dataset, rdflib.DCTERMS.modified) == rdflib.Literal(issued, datatype=rdflib.XSD.date)


def test_curation_file_changes_the_graph_on_rebuild(tmp_path, folder):
    curation = tmp_path / "curation.yaml"
    curation.write_text(
        "entries:\n"
        "  - action: label\n"
        "    entity: person:李永红\n"
        "    en: Yonghong LI\n"
        "    curator: tester\n"
        "    date: 2026-01-01\n"
        "    reason: as the person writes it\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert run("build", folder, "--output", out, "--no-store", "--curation", curation, "-q").exit_code == 0
    assert '"Yonghong LI"@en' in out.read_text(encoding="utf-8")
    curation.write_text(curation.read_text(encoding="utf-8").replace("person:李永红", "person:无此人"), encoding="utf-8")
    r = run("build", folder, "--output", out, "--no-store", "--curation", curation, "-q")
    assert r.exit_code == 1 and "curation.yaml:3" in r.output and "Traceback" not in r.output


def test_build_validate_checks_the_shapes(tmp_path, folder):
    out = tmp_path / "g.ttl"
    r = run("build", folder, "--output", out, "--no-store", "--validate", "--no-cache")
    assert r.exit_code == 0, r.output
    assert "Violation" not in r.output and out.exists()


@pytest.mark.parametrize("where", ["store", "output"])
def test_an_unwritable_destination_is_a_one_line_error_and_writes_nothing(tmp_path, folder, where):
    dest = tmp_path / "dest"
    dest.mkdir()
    blocker = dest / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    store, out = dest / "store", dest / "g.ttl"
    if where == "store":
        store = blocker / "store"
    else:
        out = blocker / "g.ttl"
    r = run("build", folder, "--output", out, "--store", store, "--no-cache", "-q")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.output.startswith("Error: ") and "a-file" in r.output and len(r.output.strip().splitlines()) == 1
    assert sorted(p.name for p in dest.iterdir()) == ["a-file"]  # no store, no Turtle, no temp folder


def test_main_turns_an_unforeseen_file_system_error_into_one_line(monkeypatch, capsys):
    import lmec_kg.cli as cli_module

    def broken(**kwargs):
        raise FileNotFoundError(2, "No such file or directory", "somewhere/x.ttl")

    monkeypatch.setattr(cli_module, "cli", broken)
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 1
    assert capsys.readouterr().err == "Error: somewhere/x.ttl: No such file or directory\n"


def test_a_store_path_that_holds_other_files_is_never_replaced(tmp_path, folder):
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine", encoding="utf-8")
    r = run("build", folder, "--output", tmp_path / "g.ttl", "--store", precious, "--no-cache", "-q")
    assert r.exit_code == 1 and "is not a store folder" in r.output and len(r.output.strip().splitlines()) == 1
    assert (precious / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "g.ttl").exists()
    # a store folder (or an empty one) is replaced as usual
    store = tmp_path / "store"
    assert run("build", folder, "--output", tmp_path / "g.ttl", "--store", store, "--no-cache", "-q").exit_code == 0
    assert run("build", folder, "--output", tmp_path / "g.ttl", "--store", store, "--no-cache", "-q").exit_code == 0


# --- errors become one line, outputs are checked before anything is written -------------------

def one_error_line(r, *needles, code=1):
    assert r.exit_code == code, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in r.output, r.output
    for needle in needles:
        assert needle in lines[0], r.output


@pytest.fixture
def in_the_way(tmp_path) -> Path:
    """A file where a folder should be: writing 'in-the-way/x' fails (as on a read-only mount)."""
    blocker = tmp_path / "in-the-way"
    blocker.write_text("a file", encoding="utf-8")
    return blocker


@pytest.mark.parametrize("args", [
    ["export", "--format", "turtle"], ["export", "--format", "nt"], ["export", "--format", "jsonld"],
    ["export", "--format", "rdfxml"], ["export", "--format", "nquads"], ["export", "--format", "trig"],
    ["export", "--lang", "en"], ["describe"], ["viz"], ["network", "export"], ["timeline"],
])
def test_an_output_that_cannot_be_written_is_one_error_line_in_every_command(built, in_the_way, args):
    suffix = {"viz": ".html", "network": ".graphml", "timeline": ".png"}.get(args[0], ".ttl")
    r = run(*args, "--graph", built, "--output", in_the_way / f"x{suffix}")
    one_error_line(r, f"x{suffix}: cannot write there", "in-the-way is not a folder")
    assert in_the_way.read_text(encoding="utf-8") == "a file"


def test_docs_into_a_folder_that_cannot_be_made_is_one_error_line(in_the_way):
    one_error_line(run("docs", "--output", in_the_way / "docs"), "cannot write there")


def test_a_binary_curation_file_is_one_error_line(tmp_path, folder, built):
    binary = tmp_path / "c_binary.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe" * 20)
    r = run("build", folder, "--output", tmp_path / "new.ttl", "--no-store", "--curation", binary, "-q")
    one_error_line(r, "c_binary.yaml: not UTF-8 text")
    assert not (tmp_path / "new.ttl").exists()
    one_error_line(run("review", "--graph", built, "--curation", binary), "c_binary.yaml: not UTF-8 text")


def test_a_binary_query_file_is_one_error_line(tmp_path, built):
    rq = tmp_path / "b.rq"
    rq.write_bytes(b"\xff\xfe\x00S\x00E")
    one_error_line(run("query", rq, "--graph", built), "b.rq: not UTF-8 text")


def test_build_checks_every_output_before_reading_a_briefing(tmp_path, folder, in_the_way):
    dest = tmp_path / "dest"
    r = run("build", folder, "--store", dest / "store", "--output", dest / "kg.ttl",
            "--html", in_the_way / "n.html", "--no-cache", "-q")
    one_error_line(r, "n.html: cannot write there")
    assert not dest.exists()  # no store, no Turtle, no VoID file


def test_build_validate_keeps_the_store_when_the_graph_fails(tmp_path, folder, monkeypatch):
    import types

    import lmec_kg.validate

    store, out, page = tmp_path / "store", tmp_path / "g.ttl", tmp_path / "n.html"
    assert run("build", folder, "--store", store, "--output", out, "--no-cache", "-q").exit_code == 0
    before = {p.name: p.read_bytes() for p in store.iterdir() if p.is_file()}
    out.unlink()
    failing = types.SimpleNamespace(conforms=False, violations=["x"], errors=["x"],
                                    text=lambda: "Violation: a shape failed")
    monkeypatch.setattr(lmec_kg.validate, "validate", lambda graph: failing)
    r = run("build", folder, "--store", store, "--output", out, "--html", page, "--validate", "--no-cache", "-q")
    assert r.exit_code == 1 and "does not conform" in r.output and "nothing was written" in r.output
    assert {p.name: p.read_bytes() for p in store.iterdir() if p.is_file()} == before
    assert not out.exists() and not page.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp store


def test_build_validate_writes_the_store_when_the_graph_conforms(tmp_path, folder):
    store, out = tmp_path / "store", tmp_path / "g.ttl"
    r = run("build", folder, "--store", store, "--output", out, "--validate", "--no-cache", "-q")
    assert r.exit_code == 0, r.output
    plain = tmp_path / "plain.ttl"
    assert run("build", folder, "--no-store", "--output", plain, "--no-cache", "-q").exit_code == 0
    assert out.read_bytes() == plain.read_bytes()
    posts = run("query", ROOT_QUERIES / "posts.rq", "--graph", store, "--format", "csv").output
    assert posts == run("query", ROOT_QUERIES / "posts.rq", "--graph", plain, "--format", "csv").output


# --- the curation file of the working folder -----------------------------------------------------

LABEL_ENTRY = ("entries:\n  - action: label\n    entity: person:李永红\n    en: Yonghong LI\n"
               "    curator: tester\n    date: 2026-01-01\n    reason: as the person writes it\n")


def test_build_applies_the_working_folders_curation_file(tmp_path, folder, monkeypatch):
    monkeypatch.delenv("LMEC_KG_CURATION", raising=False)
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    assert run("build", folder, "--output", "plain.ttl", "--no-store", "--no-cache", "-q").exit_code == 0
    assert "Yonghong LI" not in (project / "plain.ttl").read_text(encoding="utf-8")  # none: no curation
    (project / "data").mkdir()
    (project / "data" / "curation.yaml").write_text(LABEL_ENTRY, encoding="utf-8")
    assert run("build", folder, "--output", "cur.ttl", "--no-store", "--no-cache", "-q").exit_code == 0
    assert '"Yonghong LI"@en' in (project / "cur.ttl").read_text(encoding="utf-8")


def test_curation_help_says_what_is_used():
    for args in (["build", "--help"], ["review", "--help"]):
        text = " ".join(run(*args).output.split())
        assert "$LMEC_KG_CURATION if set, else data/curation.yaml in the working folder if it exists, " \
               "else no curation" in text, args


# --- SPARQL messages and columns ------------------------------------------------------------------

@pytest.mark.parametrize("text,message", [
    ("", "x.rq: empty query"),
    ("# only a comment\n\n", "x.rq: empty query"),
    ("SELECT ?x WHERE {\n  ?x a foo:Bar }\n", "x.rq: undefined prefix foo: at line 2, column 8"),
    ("SELECT ?x WHERE {\n  ?x ?y }", "x.rq: SPARQL syntax error at line 2, column"),
])
def test_query_errors_name_the_file_in_one_line(tmp_path, built, text, message):
    rq = tmp_path / "x.rq"
    rq.write_text(text, encoding="utf-8")
    one_error_line(run("query", rq, "--graph", built), message, code=2)


def test_select_star_columns_follow_the_query(built):
    r = run("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--graph", built, "--format", "csv")
    assert r.output.splitlines()[0] == "s,p,o"
    r = run("query", "SELECT * WHERE { ?z a foaf:Person ; foaf:name ?a } LIMIT 1", "--graph", built, "--format", "csv")
    assert r.output.splitlines()[0] == "z,a"
    r = run("query", "SELECT ?o ?s WHERE { ?s ?p ?o } LIMIT 1", "--graph", built, "--format", "csv")
    assert r.output.splitlines()[0] == "o,s"
