"""Ontology documentation: bilingual, offline, escaped, deterministic."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from lmec_kg.docs import read_queries, write_docs
from lmec_kg.namespaces import LMEC
from lmec_kg.validate import load_ontology

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
NS = str(LMEC._NS)


class _Collector(HTMLParser):
    """Collects tags, attributes and ids; checks that non-void tags are balanced."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    assert not collector.errors, collector.errors[:5]
    assert not collector.stack, f"unclosed tags: {collector.stack}"
    return collector


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    paths = write_docs(out)
    assert [p.name for p in paths] == ["index.html", "queries.html"]
    return out


def test_pages_are_written_and_well_formed(written):
    for name in ("index.html", "queries.html"):
        page = written / name
        assert page.is_file()
        html = page.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")
        assert '<meta charset="utf-8">' in html
        parse(page)


def test_every_term_has_a_section_with_both_labels(written):
    page = parse(written / "index.html")
    text = "".join(page.text)
    onto = load_ontology()
    for name in LMEC.__annotations__:
        if name.startswith("_"):
            continue
        assert name in page.ids, f"no section for lmec:{name}"
        for label in onto.objects(LMEC[name], RDFS.label):
            assert str(label) in text, f"label {label!r} of lmec:{name} missing"


def test_chinese_and_english_content(written):
    html = (written / "index.html").read_text(encoding="utf-8")
    for snippet in ("主办单位", "hosted by", "指导", "承办", "支持", "协办", "简报", "briefing",
                    "澜湄环境合作知识图谱本体", "lmec-kg ontology", 'lang="zh"', 'lang="en"'):
        assert snippet in html, snippet
    # metadata
    assert "https://w3id.org/lmec-kg/ontology" in html
    assert "lmec-kg project" in html
    assert "LICENSE-2.0" in html


def test_no_external_resources(written):
    for name in ("index.html", "queries.html"):
        page = parse(written / name)
        html = (written / name).read_text(encoding="utf-8")
        for tag, attrs in page.tags:
            assert tag not in {"script", "link", "iframe", "img", "object", "embed"}, tag
            for attr in ("src", "href", "srcset", "data", "action"):
                value = attrs.get(attr)
                if value is not None:
                    assert not re.match(r"(?i)\s*(https?:)?//", value), f"{name}: {tag} {attr}={value}"
                    if attr == "href":
                        assert value.startswith("#") or value in {"index.html", "queries.html"}, value
        assert not re.search(r"(?i)@import|@font-face|url\s*\(", html), f"{name} loads CSS resources"


def test_queries_page_lists_every_query(written):
    html = (written / "queries.html").read_text(encoding="utf-8")
    files = sorted(QUERIES.glob("*.rq"))
    for path in files:
        assert path.name in html, path.name
    for doc in read_queries(QUERIES):
        if doc.description:
            first_words = doc.description[0][:30]
            escaped = first_words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            escaped = escaped.replace('"', "&quot;").replace("'", "&#x27;")
            assert escaped in html, doc.name
    if not files:
        assert "No canned queries found." in html


def test_query_descriptions_are_read_from_the_leading_comment(tmp_path):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "b.rq").write_text(
        "\n# Who <b>hosts</b> & who \"guides\"\n# the event.\n#\n# Second paragraph.\n"
        "# Run: lmec-kg query queries/b.rq --graph build/store\nSELECT * WHERE { ?s ?p ?o }  # not a description\n",
        encoding="utf-8",
    )
    (folder / "a.rq").write_text("SELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    (folder / "notes.txt").write_text("# not a query\n", encoding="utf-8")
    docs = read_queries(folder)
    assert [d.name for d in docs] == ["a.rq", "b.rq"]
    assert docs[0].description == ()
    assert docs[1].description == ('Who <b>hosts</b> & who "guides" the event.', "Second paragraph.")
    assert docs[1].run == "lmec-kg query queries/b.rq --graph build/store"

    out = tmp_path / "out"
    write_docs(out, queries_dir=folder)
    html = (out / "queries.html").read_text(encoding="utf-8")
    assert "<b>hosts</b>" not in html
    assert "Who &lt;b&gt;hosts&lt;/b&gt; &amp; who &quot;guides&quot; the event." in html
    assert "(no description)" in html
    assert "notes.txt" not in html
    parse(out / "queries.html")


def test_ontology_strings_are_escaped(tmp_path):
    onto = load_ontology()
    evil = URIRef(NS + "Forum")
    onto.remove((evil, RDFS.label, None))
    onto.add((evil, RDFS.label, Literal('<script>alert("x")</script> & co', lang="en")))
    onto.add((evil, RDFS.label, Literal("论坛<i>", lang="zh")))
    onto.add((evil, RDFS.comment, Literal("a 'quoted' <note>", lang="en")))
    out = tmp_path / "out"
    write_docs(out, ontology=onto, queries_dir=tmp_path)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in html
    assert "论坛&lt;i&gt;" in html
    assert "a &#x27;quoted&#x27; &lt;note&gt;" in html
    parse(out / "index.html")


def test_output_is_deterministic(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    write_docs(first)
    write_docs(second)
    for name in ("index.html", "queries.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_concepts_and_schemes_are_documented(written):
    html = (written / "index.html").read_text(encoding="utf-8")
    onto = load_ontology()
    for concept in onto.subjects(RDF.type, SKOS.Concept):
        if str(concept).startswith(NS):
            assert f'id="{str(concept)[len(NS):]}"' in html
    assert "Vocabularies" in html and "词表" in html


def test_missing_queries_folder_is_an_error(tmp_path):
    from lmec_kg.errors import InputError

    with pytest.raises(InputError, match="no such queries folder"):
        write_docs(tmp_path / "out", queries_dir=tmp_path / "nope")


def test_output_path_that_is_a_file_is_an_error(tmp_path):
    from lmec_kg.errors import InputError

    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not a folder"):
        write_docs(target)
