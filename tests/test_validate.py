"""SHACL validation: a small hand-written graph that follows docs/graph-shape.md conforms, and
each kind of defect is reported with a readable message; the CLI commands wrap it."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS

from lmec_kg.cli.validate_cmds import docs as docs_cmd
from lmec_kg.cli.validate_cmds import validate as validate_cmd
from lmec_kg.errors import GraphError
from lmec_kg import namespaces as ns
from lmec_kg.namespaces import KG, LMEC, ORG
from lmec_kg.validate import Report, load_ontology, short, validate, validate_ontology

BRIEFING = KG["briefing/sample-2022-01"]
S1 = KG["briefing/sample-2022-01/s/0-20"]
S2 = KG["briefing/sample-2022-01/s/20-44"]
OTHER_BRIEFING = KG["briefing/other-2023-02"]
OTHER_SENTENCE = KG["briefing/other-2023-02/s/0-4"]
EVENT = KG["event/圆桌对话"]
UNDATED = KG["event/能力建设研修"]
MINISTRY = KG["organization/生态环境部"]
DEPARTMENT = KG["organization/生态环境部国际合作司"]
CENTER = KG["organization/澜湄环境合作中心"]
PERSON = KG["person/周军"]
CHINA = KG["country/CN"]
BEIJING = KG["place/北京"]
ROLE = KG["role/处长"]
MEMBERSHIP = KG["membership/3f2a"]
SPEECH = KG["speech/9c1d"]
FACT = KG["fact/a41c"]
MENTION = KG["briefing/sample-2022-01/m/person/周军"]
CURATOR = KG["agent/curator"]

SENTENCE_1 = "2022年4月21日，圆桌对话在京召开。"  # 20 characters
SENTENCE_2 = "本次对话由生态环境部指导，澜湄环境合作中心主办。"  # 24 characters


def good_graph() -> Graph:
    """A small graph that follows docs/graph-shape.md."""
    g = Graph()
    add = g.add
    add((BRIEFING, RDF.type, LMEC.Briefing))
    add((BRIEFING, DCTERMS.identifier, Literal("sample-2022-01")))
    add((BRIEFING, DCTERMS.title, Literal("圆桌对话在京召开", lang="zh")))
    add((BRIEFING, LMEC.series, Literal("简报", lang="zh")))
    add((BRIEFING, LMEC.issueYear, Literal(2022)))
    add((BRIEFING, LMEC.issueNumber, Literal(1)))
    add((BRIEFING, DCTERMS.issued, Literal("2022-05-09", datatype=ns.XSD.date)))
    add((BRIEFING, DCTERMS.publisher, CENTER))
    add((BRIEFING, LMEC.sourceFormat, Literal("txt")))
    add((BRIEFING, LMEC.sha256, Literal("0" * 64)))
    add((BRIEFING, ns.SDO.mentions, PERSON))
    for sentence, start, text in ((S1, 0, SENTENCE_1), (S2, len(SENTENCE_1), SENTENCE_2)):
        add((sentence, RDF.type, LMEC.Sentence))
        add((sentence, DCTERMS.isPartOf, BRIEFING))
        add((sentence, LMEC.startChar, Literal(start)))
        add((sentence, LMEC.endChar, Literal(start + len(text))))
        add((sentence, LMEC.text, Literal(text, lang="zh")))

    for org, cls, name in ((MINISTRY, LMEC.Ministry, "生态环境部"), (DEPARTMENT, LMEC.Department, "生态环境部国际合作司"),
                           (CENTER, LMEC.CooperationCenter, "澜湄环境合作中心")):
        add((org, RDF.type, ORG.Organization))
        add((org, RDF.type, cls))
        add((org, SKOS.prefLabel, Literal(name, lang="zh")))
        add((org, RDFS.label, Literal(name, lang="zh")))
        add((org, LMEC.country, CHINA))
    add((MINISTRY, RDFS.label, Literal("Ministry of Ecology and Environment", lang="en")))
    add((DEPARTMENT, ORG.subOrganizationOf, MINISTRY))
    add((CENTER, LMEC.email, Literal("lmec@example.org")))
    add((CENTER, LMEC.foundingDate, Literal("2017", datatype=ns.XSD.gYear)))
    add((CHINA, RDF.type, LMEC.Country))
    add((CHINA, SKOS.prefLabel, Literal("中国", lang="zh")))
    add((CHINA, RDFS.label, Literal("China", lang="en")))
    add((CHINA, LMEC.isoCode, Literal("CN")))
    add((BEIJING, RDF.type, ns.SDO.Place))
    add((BEIJING, RDF.type, LMEC.City))
    add((BEIJING, SKOS.prefLabel, Literal("北京", lang="zh")))
    add((BEIJING, LMEC.country, CHINA))

    add((PERSON, RDF.type, FOAF.Person))
    add((PERSON, FOAF.name, Literal("周军")))
    add((PERSON, SKOS.prefLabel, Literal("周军", lang="zh")))
    add((PERSON, RDFS.label, Literal("Zhou Jun", lang="zh-Latn-pinyin")))

    add((EVENT, RDF.type, LMEC.Event))
    add((EVENT, RDF.type, LMEC.Dialogue))
    add((EVENT, SKOS.prefLabel, Literal("圆桌对话", lang="zh")))
    add((EVENT, ns.SDO.startDate, Literal("2022-04-21", datatype=ns.XSD.date)))
    add((EVENT, ns.SDO.location, BEIJING))
    add((EVENT, ns.SDO.eventAttendanceMode, ns.SDO.OfflineEventAttendanceMode))
    add((EVENT, LMEC.guidedBy, MINISTRY))
    add((EVENT, LMEC.hostedBy, CENTER))
    add((EVENT, LMEC.participantCount, Literal(60)))
    add((UNDATED, RDF.type, LMEC.Event))
    add((UNDATED, RDF.type, LMEC.Training))
    add((UNDATED, SKOS.prefLabel, Literal("能力建设研修", lang="zh")))
    add((UNDATED, LMEC.undated, Literal(True)))

    add((ROLE, RDF.type, ORG.Role))
    add((ROLE, SKOS.prefLabel, Literal("处长", lang="zh")))
    add((ROLE, RDFS.label, Literal("Division Director", lang="en")))
    add((MEMBERSHIP, RDF.type, ORG.Membership))
    add((MEMBERSHIP, ORG.member, PERSON))
    add((MEMBERSHIP, ORG.organization, DEPARTMENT))
    add((MEMBERSHIP, ORG.role, ROLE))
    add((MEMBERSHIP, LMEC.title, Literal("处长", lang="zh")))
    add((MEMBERSHIP, PROV.wasDerivedFrom, S2))
    add((MEMBERSHIP, LMEC.confidence, Literal(0.9)))

    add((SPEECH, RDF.type, LMEC.Speech))
    add((SPEECH, LMEC.speaker, PERSON))
    add((SPEECH, LMEC.atEvent, EVENT))
    add((SPEECH, LMEC.speechType, LMEC.remarks))
    add((SPEECH, LMEC.statement, Literal("合作取得成果", lang="zh")))
    add((SPEECH, PROV.wasDerivedFrom, S2))

    add((FACT, RDF.type, RDF.Statement))
    add((FACT, RDF.subject, EVENT))
    add((FACT, RDF.predicate, LMEC.hostedBy))
    add((FACT, RDF.object, CENTER))
    add((FACT, PROV.wasDerivedFrom, S2))
    add((FACT, LMEC.confidence, Literal(1.0)))

    add((MENTION, RDF.type, LMEC.Mention))
    add((MENTION, LMEC.inBriefing, BRIEFING))
    add((MENTION, LMEC.denotes, PERSON))
    add((MENTION, LMEC.name, Literal("周军")))
    add((MENTION, PROV.wasDerivedFrom, S2))
    add((MENTION, LMEC.startChar, Literal(len(SENTENCE_1) + 5)))
    add((MENTION, LMEC.endChar, Literal(len(SENTENCE_1) + 10)))
    return g


def messages(report: Report) -> str:
    return "\n".join(str(v) for v in report.violations)


def test_good_graph_conforms():
    report = validate(good_graph())
    assert report.conforms, report.text()
    assert report.violations == (), report.text()
    assert report.summary() == "conforms: 0 violations, 0 warnings"


def test_curated_fact_without_sentence_conforms():
    g = good_graph()
    fact = KG["fact/curated"]
    g.add((fact, RDF.type, RDF.Statement))
    g.add((fact, RDF.subject, DEPARTMENT))
    g.add((fact, RDF.predicate, ORG.subOrganizationOf))
    g.add((fact, RDF.object, MINISTRY))
    g.add((fact, LMEC.curated, Literal(True)))
    g.add((fact, PROV.wasAttributedTo, CURATOR))
    g.add((fact, PROV.generatedAtTime, Literal("2024-01-05T10:00:00", datatype=ns.XSD.dateTime)))
    g.add((fact, RDFS.comment, Literal("checked against the ministry's website", lang="en")))
    report = validate(g)
    assert report.conforms, report.text()


def _remove(*patterns) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for pattern in patterns:
            g.remove(pattern)
    return mutate


def _add(*triples) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for triple in triples:
            g.add(triple)
    return mutate


def _both(*mutations) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for m in mutations:
            m(g)
    return mutate


CASES = {
    "person without a name": (
        _remove((PERSON, FOAF.name, None), (PERSON, SKOS.prefLabel, None)),
        "person:周军", "A person has no name"),
    "membership without member": (
        _remove((MEMBERSHIP, ORG.member, None)), "membership:3f2a", "exactly one org:member"),
    "membership with two members": (
        _add((MEMBERSHIP, ORG.member, KG["person/李永红"]),
             (KG["person/李永红"], RDF.type, FOAF.Person), (KG["person/李永红"], FOAF.name, Literal("李永红")),
             (KG["person/李永红"], SKOS.prefLabel, Literal("李永红", lang="zh"))),
        "membership:3f2a", "exactly one org:member"),
    "membership member is not a person": (
        _both(_remove((MEMBERSHIP, ORG.member, None)), _add((MEMBERSHIP, ORG.member, CENTER))),
        "membership:3f2a", "a foaf:Person"),
    "membership without organization": (
        _remove((MEMBERSHIP, ORG.organization, None)), "membership:3f2a", "exactly one org:organization"),
    "membership without role": (
        _remove((MEMBERSHIP, ORG.role, None)), "membership:3f2a", "exactly one org:role"),
    "event without date": (
        _remove((EVENT, ns.SDO.startDate, None)), "event:圆桌对话", "needs schema:startDate, or lmec:undated true"),
    "event with date and undated": (
        _add((EVENT, LMEC.undated, Literal(True))), "event:圆桌对话", "needs schema:startDate, or lmec:undated true"),
    "event date of wrong type": (
        _both(_remove((EVENT, ns.SDO.startDate, None)), _add((EVENT, ns.SDO.startDate, Literal("2022年4月21日")))),
        "event:圆桌对话", "xsd:date, xsd:gYearMonth or xsd:gYear"),
    "fact without provenance": (
        _remove((FACT, PROV.wasDerivedFrom, None)), "fact:a41c", "No provenance"),
    "membership without provenance": (
        _remove((MEMBERSHIP, PROV.wasDerivedFrom, None)), "membership:3f2a", "No provenance"),
    "speech without provenance": (
        _remove((SPEECH, PROV.wasDerivedFrom, None)), "speech:9c1d", "No provenance"),
    "speech derived from a briefing, not a sentence": (
        _both(_remove((SPEECH, PROV.wasDerivedFrom, None)), _add((SPEECH, PROV.wasDerivedFrom, BRIEFING))),
        "speech:9c1d", "must point at a lmec:Sentence"),
    "speech without speaker": (
        _remove((SPEECH, LMEC.speaker, None)), "speech:9c1d", "exactly one lmec:speaker"),
    "speech type outside the vocabulary": (
        _both(_remove((SPEECH, LMEC.speechType, None)), _add((SPEECH, LMEC.speechType, LMEC.host))),
        "speech:9c1d", "lmec:speechType is one of"),
    "sentence not part of a briefing": (
        _remove((S2, DCTERMS.isPartOf, None)), "20-44", "dcterms:isPartOf exactly one lmec:Briefing"),
    "sentence without text": (
        _remove((S2, LMEC.text, None)), "20-44", "exactly one lmec:text"),
    "sentence without offsets": (
        _remove((S2, LMEC.startChar, None)), "20-44", "exactly one lmec:startChar"),
    "sentence with reversed offsets": (
        _both(_remove((S1, LMEC.endChar, None)), _add((S1, LMEC.endChar, Literal(0)))),
        "0-20", "less than its lmec:endChar"),
    "label without language tag": (
        _add((MINISTRY, RDFS.label, Literal("MEE"))), "organization:生态环境部", "rdfs:label must carry a language tag"),
    "altLabel without language tag": (
        _add((MINISTRY, SKOS.altLabel, Literal("MEE"))), "organization:生态环境部", "skos:altLabel must carry a language tag"),
    "entity with two prefLabels": (
        _add((CENTER, SKOS.prefLabel, Literal("LMEC", lang="en"))), "organization:澜湄环境合作中心",
        "exactly one skos:prefLabel"),
    "entity without prefLabel": (
        _remove((CHINA, SKOS.prefLabel, None)), "country:CN", "exactly one skos:prefLabel"),
    "event hosted by a person": (
        _add((EVENT, LMEC.hostedBy, PERSON)), "event:圆桌对话", "lmec:hostedBy must point at an org:Organization"),
    "misspelt lmec term": (
        _add((EVENT, URIRef(str(LMEC._NS) + "hostedby"), CENTER)), "lmec:hostedby", "not defined in the ontology"),
    "mention derived from another briefing": (
        _both(_remove((MENTION, PROV.wasDerivedFrom, None)),
              _add((MENTION, PROV.wasDerivedFrom, OTHER_SENTENCE), (OTHER_SENTENCE, RDF.type, LMEC.Sentence),
                   (OTHER_SENTENCE, DCTERMS.isPartOf, OTHER_BRIEFING), (OTHER_SENTENCE, LMEC.startChar, Literal(0)),
                   (OTHER_SENTENCE, LMEC.endChar, Literal(4)), (OTHER_SENTENCE, LMEC.text, Literal("周军表示", lang="zh")),
                   (OTHER_BRIEFING, RDF.type, LMEC.Briefing), (OTHER_BRIEFING, DCTERMS.identifier, Literal("other")))),
        "m/person/周军", "but derived from a sentence of"),
    "mention with reversed offsets": (
        _add((MENTION, LMEC.startChar, Literal(30)), (MENTION, LMEC.endChar, Literal(28))),
        "m/person/周军", "less than its lmec:endChar"),
    "confidence out of range": (
        _both(_remove((FACT, LMEC.confidence, None)), _add((FACT, LMEC.confidence, Literal(1.5)))),
        "fact:a41c", "number from 0 to 1"),
    "curated fact without curator": (
        _both(_remove((FACT, PROV.wasDerivedFrom, None)), _add((FACT, LMEC.curated, Literal(True)))),
        "fact:a41c", "prov:wasAttributedTo"),
    "country link to a non-country": (
        _add((PERSON, LMEC.country, BEIJING)), "person:周军", "lmec:country must point at a lmec:Country"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_defect_is_reported(case):
    mutate, focus, message = CASES[case]
    g = good_graph()
    mutate(g)
    report = validate(g)
    assert not report.conforms, f"{case}: expected a violation"
    hits = [v for v in report.errors if message in v.message and focus in v.focus]
    assert hits, f"{case}: no violation on {focus!r} saying {message!r}:\n{report.text()}"
    line = str(hits[0])
    assert line.startswith("Violation: ") and focus in line and message in line
    assert "\n" not in line


def test_warnings_do_not_fail_the_graph():
    g = good_graph()
    g.remove((EVENT, LMEC.hostedBy, CENTER))  # reified fact no longer asserted
    g.remove((S1, LMEC.text, None))
    g.add((S1, LMEC.text, Literal("圆桌对话在京召开", lang="zh")))  # text does not match the offsets
    report = validate(g)
    assert report.conforms, report.text()
    text = messages(report)
    assert "fact:a41c: The reified fact is not asserted" in text
    assert "Sentence text is 8 characters long but its offsets span 20" in text
    assert all(v.severity == "Warning" for v in report.violations)
    assert "2 warnings" in report.summary()


def test_report_is_readable_and_deterministic():
    g = good_graph()
    g.remove((MEMBERSHIP, ORG.role, None))
    g.remove((EVENT, ns.SDO.startDate, None))
    first, second = validate(g), validate(g)
    assert first == second
    assert first.text() == second.text()
    lines = first.text().splitlines()
    assert lines[-1] == "does not conform: 2 violations, 0 warnings"
    assert lines[0].startswith("Violation: event:圆桌对话")  # sorted by focus node
    assert lines[1] == ("Violation: membership:3f2a org:role: "
                        "A membership needs exactly one org:role, an org:Role")
    assert not bool(first)


def test_validate_does_not_modify_the_input():
    g = good_graph()
    before = len(g)
    validate(g)
    assert len(g) == before


def test_without_ontology_subclass_targets_are_not_seen():
    g = good_graph()
    g.remove((CENTER, RDF.type, ORG.Organization))
    g.add((CENTER, SKOS.prefLabel, Literal("LMEC", lang="en")))
    assert not validate(g).conforms  # lmec:CooperationCenter is an org:Organization via the ontology
    prefs = [v for v in validate(g, with_ontology=False).errors if "prefLabel" in v.message]
    assert not any("澜湄环境合作中心" in v.focus for v in prefs)


def test_validate_file_paths(tmp_path):
    ttl = tmp_path / "graph.ttl"
    good_graph().serialize(ttl, format="turtle")
    assert validate(ttl).conforms
    assert validate(str(ttl)).conforms

    trig = tmp_path / "graph.trig"
    ds = Dataset()
    named = ds.graph(URIRef("https://w3id.org/lmec-kg/id/graph/facts"))
    for triple in good_graph():
        named.add(triple)
    ds.serialize(trig, format="trig")
    assert validate(trig).conforms

    bad = good_graph()
    bad.remove((EVENT, ns.SDO.startDate, None))
    nt = tmp_path / "bad.nt"
    bad.serialize(nt, format="nt", encoding="utf-8")
    assert not validate(nt).conforms


def test_validate_dataset_object():
    ds = Dataset()
    named = ds.graph(URIRef("https://w3id.org/lmec-kg/id/graph/facts"))
    for triple in good_graph():
        named.add(triple)
    assert validate(ds).conforms


def test_validate_store_folder(tmp_path):
    store = pytest.importorskip("lmec_kg.store")
    if not hasattr(store, "write_store"):
        pytest.skip("lmec_kg.store has no write_store")
    import pyoxigraph as ox

    nt = tmp_path / "graph.nt"
    good_graph().serialize(nt, format="nt", encoding="utf-8")
    quads = [ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES)]
    folder = store.write_store(quads, tmp_path / "store")
    report = validate(folder)
    assert report.conforms, report.text()


def test_missing_and_broken_inputs(tmp_path):
    with pytest.raises(GraphError, match="no such graph file"):  # as store.open_store says it
        validate(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.ttl: not valid turtle"):
        validate(broken)
    odd = tmp_path / "graph.xyz"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(GraphError, match="unknown RDF file suffix"):
        validate(odd)


def test_validate_ontology_conforms_and_catches_pitfalls(tmp_path):
    assert validate_ontology().conforms
    onto = load_ontology()
    onto.remove((LMEC.speaker, RDFS.range, None))
    onto.remove((LMEC.Forum, RDFS.label, Literal("论坛", lang="zh")))
    onto.remove((LMEC.text, RDFS.range, None))
    onto.remove((LMEC.Plan, SKOS.definition, None))
    onto.add((LMEC.Forum, RDFS.seeAlso, URIRef(str(LMEC._NS) + "Frum")))
    path = tmp_path / "onto.ttl"
    onto.serialize(path, format="turtle")
    report = validate_ontology(path)
    text = messages(report)
    assert not report.conforms
    assert "lmec:speaker: Property has no rdfs:range" in text
    assert "lmec:text: Property has no rdfs:range" in text
    assert "lmec:Forum rdfs:label: Ontology term has no rdfs:label in Chinese (@zh)" in text
    assert "lmec:Plan skos:definition: Ontology term has no skos:definition in English (@en)" in text
    assert "Warning: lmec:Plan skos:definition: Ontology term has no skos:definition in Chinese (@zh)" in text
    assert "lmec:Frum: lmec: term is not defined in the ontology" in text


def test_short_forms():
    assert short(LMEC.hostedBy) == "lmec:hostedBy"
    assert short(URIRef("http://example.org/x")) == "<http://example.org/x>"
    assert short(Literal("x" * 100)).endswith('…"')
    assert short(Literal("周军", lang="zh")) == '"周军"@zh'
    assert short(BNode()) == "[blank node]"


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------

def _write(g: Graph, path):
    g.serialize(path, format="turtle")
    return str(path)


def test_cli_validate_conforming(tmp_path):
    result = CliRunner().invoke(validate_cmd, ["--graph", _write(good_graph(), tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "conforms: 0 violations, 0 warnings"


def test_cli_validate_violations_exit_1(tmp_path):
    g = good_graph()
    g.remove((MEMBERSHIP, ORG.role, None))
    result = CliRunner().invoke(validate_cmd, ["--graph", _write(g, tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert "Violation: membership:3f2a org:role: A membership needs exactly one org:role" in result.output
    assert result.output.strip().endswith("does not conform: 1 violation, 0 warnings")
    assert "Traceback" not in result.output


def test_cli_validate_warnings_exit_0(tmp_path):
    g = good_graph()
    g.remove((EVENT, LMEC.hostedBy, CENTER))
    path = _write(g, tmp_path / "g.ttl")
    result = CliRunner().invoke(validate_cmd, ["--graph", path])
    assert result.exit_code == 0, result.output
    assert "Warning: fact:a41c" in result.output
    quiet = CliRunner().invoke(validate_cmd, ["--graph", path, "--no-warnings"])
    assert quiet.exit_code == 0 and "Warning:" not in quiet.output


def test_cli_validate_missing_file_is_one_line_error(tmp_path):
    result = CliRunner().invoke(validate_cmd, ["--graph", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'nope.ttl'}: no such graph file or store folder"]
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_cli_validate_ontology():
    result = CliRunner().invoke(validate_cmd, ["--ontology"])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_docs(tmp_path):
    out = tmp_path / "docs"
    result = CliRunner().invoke(docs_cmd, ["--output", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file() and (out / "queries.html").is_file()
    assert str(out / "index.html") in result.output


def test_cli_docs_output_is_a_file(tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(docs_cmd, ["--output", str(target)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [validate_cmd, docs_cmd])
def test_cli_help_has_example(command):
    result = CliRunner().invoke(command, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "lmec-kg " in result.output.split("Example:")[1]
