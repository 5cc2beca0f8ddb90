"""Offline HTML documentation of the ontology and of the canned SPARQL queries.

``write_docs(out_dir)`` writes ``index.html`` (every class, property and vocabulary term of
``ontology/lmec.ttl`` with its Chinese and English labels and definitions) and
``queries.html`` (every ``queries/*.rq`` with the description from its leading comment).
The pages are self-contained: inline CSS, no scripts, no web fonts, no external links, so
they open the same without a network. Every string from the ontology or a query file is
HTML-escaped; output depends only on the inputs (terms and files are sorted).
"""
from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from .errors import InputError
from .files import check_writable, read_utf8
from .namespaces import ONTOLOGY_IRI, PREFIXES
from .validate import curie, load_ontology, ontology_dir

__all__ = ["write_docs", "QueryDoc", "read_queries", "ontology_page", "queries_page"]

LMEC_NS = "https://w3id.org/lmec-kg/ontology#"
_VANN_PREFIX = URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")
#: prefixes used to abbreviate IRIs on the pages (the project's, plus a few well-known ones)
_PREFIXES = {**PREFIXES, "vann": "http://purl.org/vocab/vann/"}

_CSS = """
:root { --fg: #1d2327; --muted: #5b6770; --rule: #d9dee2; --accent: #0b5d6b; --bg-code: #f3f5f6; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; line-height: 1.55;
       font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
                    "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--rule); }
nav a { margin-right: 1rem; }
h1 { font-size: 1.7rem; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 0 0 0.3rem; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
pre { background: var(--bg-code); padding: 0.8rem; overflow-x: auto; }
.term { border-top: 1px solid var(--rule); padding: 0.9rem 0; }
.term h3 code { font-weight: normal; color: var(--muted); margin-left: 0.5rem; }
.labels span { margin-right: 1rem; }
.muted, .lang { color: var(--muted); }
.lang { font-size: 0.8em; margin-right: 0.3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.toc { columns: 3 12rem; padding-left: 1.1rem; }
footer { border-top: 1px solid var(--rule); margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9em; }
"""


def esc(value: object) -> str:
    """HTML-escape any value, quotes included."""
    return html.escape(str(value), quote=True)


# --------------------------------------------------------------------------------------------
# reading the ontology
# --------------------------------------------------------------------------------------------

def _is_lmec(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(LMEC_NS)


def _local(node: URIRef) -> str:
    return str(node)[len(LMEC_NS):]


def _curie(node: URIRef) -> str:
    return curie(node, _PREFIXES) or str(node)


def _sort_key(node: URIRef) -> tuple[str, str]:
    local = _local(node) if _is_lmec(node) else _curie(node)
    return (local.lower(), local)


def _by_lang(g: Graph, subject: Node, predicate: URIRef) -> dict[str, list[str]]:
    """Literal values grouped by language tag ("" for none), each list sorted."""
    out: dict[str, list[str]] = {}
    for value in g.objects(subject, predicate):
        if isinstance(value, Literal):
            out.setdefault((value.language or "").lower(), []).append(str(value))
    return {lang: sorted(values) for lang, values in out.items()}


def _pick(values: dict[str, list[str]], lang: str) -> str:
    for tag, texts in values.items():
        if tag == lang or tag.startswith(lang + "-"):
            return texts[0]
    return ""


def _link(node: Node, g: Graph) -> str:
    """A term as HTML: our terms link to their section, others show their CURIE."""
    if isinstance(node, URIRef):
        if _is_lmec(node):
            local = _local(node)
            return f'<a href="#{esc(local)}"><code>lmec:{esc(local)}</code></a>'
        return f'<code title="{esc(node)}">{esc(_curie(node))}</code>'
    if isinstance(node, Literal):
        return f"<code>{esc(repr(str(node)))}</code>" if node.datatype is None else f"<code>{esc(node)}</code>"
    return _expression(node, g)


def _list(g: Graph, head: Node) -> list[Node]:
    return list(Collection(g, head))


def _expression(node: Node, g: Graph) -> str:
    """Anonymous class or datatype expressions: unions and enumerations."""
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return " or ".join(_link(member, g) for member in _list(g, union))
    one_of = g.value(node, OWL.oneOf)
    if one_of is not None:
        return "one of " + ", ".join(_link(member, g) for member in _list(g, one_of))
    return '<span class="muted">(anonymous expression)</span>'


def _terms(g: Graph) -> dict[str, list[URIRef]]:
    kinds = {
        "class": OWL.Class,
        "object": OWL.ObjectProperty,
        "datatype": OWL.DatatypeProperty,
        "scheme": SKOS.ConceptScheme,
        "concept": SKOS.Concept,
    }
    found: dict[str, list[URIRef]] = {}
    for kind, rdf_type in kinds.items():
        members = {s for s in g.subjects(RDF.type, rdf_type) if _is_lmec(s)}
        found[kind] = sorted(members, key=_sort_key)
    return found


# --------------------------------------------------------------------------------------------
# rendering the ontology page
# --------------------------------------------------------------------------------------------

def _labels_html(g: Graph, term: URIRef) -> str:
    labels = _by_lang(g, term, RDFS.label)
    parts = []
    for lang, name in (("zh", "中文"), ("en", "English")):
        text = _pick(labels, lang)
        if text:
            parts.append(f'<span lang="{lang}"><span class="lang">{name}</span>{esc(text)}</span>')
    return f'<div class="labels">{"".join(parts)}</div>' if parts else ""


def _definitions_html(g: Graph, term: URIRef) -> str:
    out = []
    definitions = _by_lang(g, term, SKOS.definition)
    for lang in ("en", "zh"):
        text = _pick(definitions, lang)
        if text:
            out.append(f'<p lang="{lang}">{esc(text)}</p>')
    comments = _by_lang(g, term, RDFS.comment)
    for lang in sorted(comments):
        for text in comments[lang]:
            attr = f' lang="{esc(lang)}"' if lang else ""
            out.append(f'<p class="muted"{attr}>{esc(text)}</p>')
    return "".join(out)


def _facts_html(rows: Iterable[tuple[str, list[str]]]) -> str:
    items = [f"<dt>{esc(name)}</dt><dd>{', '.join(values)}</dd>" for name, values in rows if values]
    return f'<dl class="facts">{"".join(items)}</dl>' if items else ""


def _objects(g: Graph, term: Node, predicate: URIRef) -> list[str]:
    values = list(g.objects(term, predicate))
    named = sorted((v for v in values if isinstance(v, URIRef)), key=_sort_key)
    other = [v for v in values if not isinstance(v, URIRef)]
    return [_link(v, g) for v in named] + [_link(v, g) for v in sorted(other, key=str)]


def _subjects(g: Graph, predicate: URIRef, term: Node) -> list[str]:
    values = sorted((s for s in g.subjects(predicate, term) if _is_lmec(s)), key=_sort_key)
    return [_link(v, g) for v in values]


def _term_html(g: Graph, term: URIRef, kind: str) -> str:
    local = _local(term)
    heading_label = _pick(_by_lang(g, term, RDFS.label), "en") or local
    rows: list[tuple[str, list[str]]] = []
    if kind == "class":
        rows += [
            ("Subclass of", _objects(g, term, RDFS.subClassOf)),
            ("Equivalent to", _objects(g, term, OWL.equivalentClass)),
            ("Subclasses", _subjects(g, RDFS.subClassOf, term)),
            ("Disjoint with", _objects(g, term, OWL.disjointWith)),
            ("Domain of", _subjects(g, RDFS.domain, term)),
            ("Range of", _subjects(g, RDFS.range, term)),
            ("Instances", _subjects(g, RDF.type, term)),
        ]
    elif kind in ("object", "datatype"):
        characteristics = []
        if (term, RDF.type, OWL.FunctionalProperty) in g:
            characteristics.append("functional")
        rows += [
            ("Sub-property of", _objects(g, term, RDFS.subPropertyOf)),
            ("Sub-properties", _subjects(g, RDFS.subPropertyOf, term)),
            ("Domain", _objects(g, term, RDFS.domain)),
            ("Range", _objects(g, term, RDFS.range)),
            ("Characteristics", [esc(c) for c in characteristics]),
        ]
    elif kind == "scheme":
        rows += [("Top concepts", _objects(g, term, SKOS.hasTopConcept))]
    elif kind == "concept":
        pref = _by_lang(g, term, SKOS.prefLabel)
        rows += [
            ("Type", [_link(t, g) for t in sorted(
                (t for t in g.objects(term, RDF.type) if _is_lmec(t)), key=_sort_key)]),
            ("In scheme", _objects(g, term, SKOS.inScheme)),
            ("Notation", [f"<code>{esc(n)}</code>" for n in sorted(str(n) for n in g.objects(term, SKOS.notation))]),
            ("Preferred labels", [f'<span lang="{esc(lang)}">{esc(text)}</span> <span class="lang">@{esc(lang)}</span>'
                                  for lang in sorted(pref) for text in pref[lang]]),
        ]
    rows.append(("See also", _objects(g, term, RDFS.seeAlso)))
    rows.append(("IRI", [f"<code>{esc(term)}</code>"]))
    return (
        f'<section class="term" id="{esc(local)}">'
        f"<h3>{esc(heading_label)}<code>lmec:{esc(local)}</code></h3>"
        f"{_labels_html(g, term)}{_definitions_html(g, term)}{_facts_html(rows)}"
        "</section>"
    )


_SECTIONS = [
    ("classes", "class", "Classes", "类"),
    ("object-properties", "object", "Object properties", "对象属性"),
    ("datatype-properties", "datatype", "Datatype properties", "数据属性"),
    ("concept-schemes", "scheme", "Vocabularies", "词表"),
    ("concepts", "concept", "Vocabulary terms", "词表术语"),
]


def _page(title: str, body: str, lang: str = "en") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        '<header><nav><a href="index.html">Ontology 本体</a>'
        '<a href="queries.html">Queries 查询</a></nav>\n'
        f"{body}\n"
        '<footer>Generated by <code>lmec-kg docs</code> from <code>ontology/lmec.ttl</code> '
        "and <code>queries/*.rq</code>.</footer>\n</body>\n</html>\n"
    )


def ontology_page(g: Graph) -> str:
    """The ontology documentation page as an HTML string."""
    onto = ONTOLOGY_IRI
    titles = _by_lang(g, onto, DCTERMS.title)
    title_en = _pick(titles, "en") or "lmec-kg ontology"
    title_zh = _pick(titles, "zh")
    descriptions = _by_lang(g, onto, DCTERMS.description)
    meta_rows = [
        ("Ontology IRI", [f"<code>{esc(onto)}</code>"]),
        ("Version IRI", [f"<code>{esc(v)}</code>" for v in sorted(str(x) for x in g.objects(onto, OWL.versionIRI))]),
        ("Version", [esc(v) for v in sorted(str(x) for x in g.objects(onto, OWL.versionInfo))]),
        ("Namespace", [f"<code>{esc(LMEC_NS)}</code>"]
                      + [f"prefix <code>{esc(p)}</code>" for p in sorted(str(x) for x in g.objects(onto, _VANN_PREFIX))]),
        ("Licence", [f"<code>{esc(v)}</code>" for v in sorted(str(x) for x in g.objects(onto, DCTERMS.license))]),
        ("Creators", sorted(esc(n) for c in g.objects(onto, DCTERMS.creator)
                            for n in ([str(x) for x in g.objects(c, URIRef("http://xmlns.com/foaf/0.1/name"))]
                                      or [str(c)]))),
        ("Created", [esc(v) for v in sorted(str(x) for x in g.objects(onto, DCTERMS.created))]),
        ("Modified", [esc(v) for v in sorted(str(x) for x in g.objects(onto, DCTERMS.modified))]),
    ]
    intro = "".join(
        f'<p lang="{lang}">{esc(_pick(descriptions, lang))}</p>' for lang in ("en", "zh") if _pick(descriptions, lang)
    )
    heading = f"<h1>{esc(title_en)}</h1>" + (f'<p class="muted" lang="zh">{esc(title_zh)}</p>' if title_zh else "")
    terms = _terms(g)
    toc = "".join(
        f'<li><a href="#{anchor}">{esc(en)} · <span lang="zh">{esc(zh)}</span></a> ({len(terms[kind])})</li>'
        for anchor, kind, en, zh in _SECTIONS if terms[kind]
    )
    sections = []
    for anchor, kind, en, zh in _SECTIONS:
        if not terms[kind]:
            continue
        index = ", ".join(f'<a href="#{esc(_local(t))}">{esc(_local(t))}</a>' for t in terms[kind])
        body = "".join(_term_html(g, t, kind) for t in terms[kind])
        sections.append(
            f'<section id="{anchor}"><h2>{esc(en)} <span lang="zh">{esc(zh)}</span></h2>'
            f'<p class="muted">{index}</p>{body}</section>'
        )
    body = (
        f"{heading}</header>\n<main>\n{intro}{_facts_html(meta_rows)}"
        f'<h2>Contents <span lang="zh">目录</span></h2><ul class="toc">{toc}</ul>\n'
        + "\n".join(sections)
        + "\n</main>"
    )
    return _page(f"{title_en} · {title_zh}" if title_zh else title_en, body)


# --------------------------------------------------------------------------------------------
# canned queries
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class QueryDoc:
    """One canned query: its file name, description (from the leading comment), how to run
    it (a ``Run:`` comment line, if any) and its text."""

    name: str
    description: tuple[str, ...]  # paragraphs
    run: str
    text: str


_RUN = re.compile(r"^run\s*:\s*", re.IGNORECASE)


def _query_doc(path: Path) -> QueryDoc:
    text = read_utf8(path, InputError, "query")
    paragraphs: list[list[str]] = [[]]
    run = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped and not any(paragraphs):
            continue  # blank lines before the comment
        if not stripped.startswith("#"):
            break
        content = stripped.lstrip("#").strip()
        if not content:
            paragraphs.append([])
        elif _RUN.match(content):
            run = _RUN.sub("", content)
        else:
            paragraphs[-1].append(content)
    description = tuple(" ".join(p) for p in paragraphs if p)
    return QueryDoc(name=path.name, description=description, run=run, text=text)


def read_queries(queries_dir: str | os.PathLike) -> list[QueryDoc]:
    """Every ``*.rq`` file in the folder (not recursive), sorted by name."""
    folder = Path(queries_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such queries folder")
    return [_query_doc(p) for p in sorted(folder.glob("*.rq"), key=lambda p: p.name) if p.is_file()]


def _anchor(name: str) -> str:
    return "q-" + re.sub(r"[^A-Za-z0-9_-]+", "-", name.rsplit(".", 1)[0]).strip("-")


def queries_page(queries: list[QueryDoc]) -> str:
    """The canned-queries page as an HTML string."""
    if queries:
        toc = "".join(
            f'<li><a href="#{esc(_anchor(q.name))}">{esc(q.name)}</a></li>' for q in queries
        )
        items = []
        for q in queries:
            desc = "".join(f"<p>{esc(p)}</p>" for p in q.description) or '<p class="muted">(no description)</p>'
            run = f'<p>Run: <code>{esc(q.run)}</code></p>' if q.run else ""
            items.append(
                f'<section class="term" id="{esc(_anchor(q.name))}"><h3>{esc(q.name)}</h3>{desc}{run}'
                f"<details><summary>SPARQL</summary><pre><code>{esc(q.text)}</code></pre></details></section>"
            )
        content = f'<ul class="toc">{toc}</ul>' + "".join(items)
    else:
        content = '<p class="muted">No canned queries found.</p>'
    body = (
        '<h1>Canned queries</h1><p class="muted" lang="zh">预置查询</p></header>\n<main>\n'
        "<p>Each query runs with <code>lmec-kg query FILE --graph PATH</code>; "
        "the prefixes of the project need not be declared.</p>\n"
        f"{content}\n</main>"
    )
    return _page("lmec-kg canned queries · 预置查询", body)


# --------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------

def _default_queries_dir() -> Path | None:
    try:
        candidate = ontology_dir().parent / "queries"
    except InputError:
        return None
    return candidate if candidate.is_dir() else None


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)


def write_docs(
    out_dir: str | os.PathLike,
    *,
    queries_dir: str | os.PathLike | None = None,
    ontology: Graph | None = None,
) -> list[Path]:
    """Write ``index.html`` (the ontology) and ``queries.html`` into ``out_dir``.

    ``queries_dir`` defaults to the project's ``queries/`` folder (no queries page entries
    if it does not exist); ``ontology`` defaults to ``ontology/lmec.ttl``. Returns the paths
    written.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    check_writable(out, folder=True)
    graph = ontology if ontology is not None else load_ontology()
    folder = Path(queries_dir) if queries_dir is not None else _default_queries_dir()
    queries = read_queries(folder) if folder is not None else []
    out.mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    queries_html = out / "queries.html"
    _write(index, ontology_page(graph))
    _write(queries_html, queries_page(queries))
    return [index, queries_html]
