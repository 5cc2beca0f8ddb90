"""SPARQL over the store: read-only, the project's prefixes predeclared; rows out.

Queries see the union of the named graphs, so they run alike on a store folder, a
Turtle file and a TriG file. A store the build wrote also holds the ontology in a graph of
its own (:mod:`lmec_kg.ontology`), so ``rdfs:subClassOf*`` and ``rdfs:subPropertyOf*`` paths
reach the terms the data states; counts of the data ask for ``data_only``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, QueryError, QuerySyntaxError
from .files import read_utf8
from .namespaces import PREFIXES
from .ontology import data_dataset
from .store import open_store

__all__ = ["QueryResult", "query", "read_query", "load_query", "term_value", "to_csv", "to_json", "to_tsv"]

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


@dataclass
class QueryResult:
    """What a query gave: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "select" | "ask" | "graph"
    columns: list[str] = field(default_factory=list)
    rows: list[list[object]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def values(self) -> list[list[str | None]]:
        """Rows as plain strings (IRIs, literal values), None for unbound."""
        return [[term_value(t) for t in row] for row in self.rows]

    def dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row)) for row in self.values()]

    def triples_as_quads(self) -> list[ox.Quad]:
        return [ox.Quad(t.subject, t.predicate, t.object) for t in self.triples]


def term_value(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def read_query(text_or_path: str) -> str:
    """A query given as SPARQL text, or as the path of a .rq/.sparql file."""
    return load_query(text_or_path)[0]


def load_query(text_or_path: str) -> tuple[str, str | None]:
    """(query text, the file it came from or None for text given as is), so that errors in
    the query can name its file."""
    candidate = text_or_path.strip()
    if "\n" not in candidate and candidate.lower().endswith((".rq", ".sparql", ".txt")):
        p = Path(candidate)
        if not p.is_file():
            raise InputError(f"{p}: no such query file")  # a missing path, as the README's exit 2 says
        return read_utf8(p, QueryError, "query file"), str(p)
    return text_or_path, None


#: a string, an IRI or a comment: skipped when looking for variables and prefixed names
_NOT_CODE = re.compile("|".join([
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',   # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"',            # short strings
    r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>',                # IRIs (a "<" with spaces after it is less-than)
    r"#[^\n]*",                            # comments
]))
_VARIABLE = re.compile(r"[?$]([\w\u00B7\u0300-\u036F\u203F-\u2040]+)")
_SELECT_STAR = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.I)


def _code(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked out (same length, lines kept)."""
    return _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), sparql)


def _syntax_message(err: Exception, sparql: str = "") -> str:
    msg = str(err).splitlines()[0] if str(err) else "invalid SPARQL"
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if not m:
        return f"SPARQL syntax error: {msg}"
    line, column, problem = int(m.group(1)), int(m.group(2)), m.group(3)
    if "Prefix not found" in problem:
        return _undefined_prefix(sparql, line, column)
    if len(problem) > 160:  # the parser lists every token it would take: the start says enough
        problem = problem[:160].rsplit(",", 1)[0] + ", …"
    return f"SPARQL syntax error at line {line}, column {column}: {problem}"


def _undefined_prefix(sparql: str, line: int, column: int) -> str:
    """Oxigraph reports where the prefixed name ends; say which prefix and where it starts."""
    lines = sparql.split("\n")
    before = lines[line - 1][:column - 1] if 0 < line <= len(lines) else ""
    token = re.search(r"[^\s{}()\[\],;<>\"'^|/=!&*+]*$", before).group()
    if ":" in token:
        prefix = token.split(":", 1)[0]
        return f"undefined prefix {prefix}: at line {line}, column {column - len(token)}"
    return f"undefined prefix at line {line}, column {column}"


def _projection_order(sparql: str, columns: list[str]) -> list[str]:
    """``SELECT *`` columns in the order their variables first appear in the query (Oxigraph
    gives them sorted by name); an explicit projection keeps its own order."""
    code = _code(sparql)
    star = _SELECT_STAR.search(code)
    if not star or re.search(r"\bSELECT\b", code[:star.start()], re.I):
        return columns
    first: dict[str, int] = {}
    for m in _VARIABLE.finditer(code):
        first.setdefault(m.group(1), m.start())
    return sorted(columns, key=lambda c: first.get(c, len(code)))


def query(graph: str | os.PathLike | ox.Store, sparql: str, *, data_only: bool = False) -> QueryResult:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE against a store or RDF file.

    Parameters
    ----------
    graph : store folder, RDF file path, or an open ``pyoxigraph.Store``
    sparql : query text; the prefixes of ``namespaces.PREFIXES`` need not be declared
    data_only : leave out the ontology's graph (for counts of the data, such as ``stats``)

    Raises
    ------
    QuerySyntaxError
        when the query does not parse (message with line and column), or is an update.
    """
    if not _code(sparql).strip():
        raise QuerySyntaxError("empty query")
    store = graph if isinstance(graph, ox.Store) else open_store(graph)
    try:
        dataset = data_dataset(store) if data_only else {"use_default_graph_as_union": True}
        res = store.query(sparql, prefixes=PREFIXES, **dataset)
    except SyntaxError as e:
        # the query parser refuses updates; say why rather than "expected SELECT"
        if _UPDATE.search(re.sub(r"#[^\n]*", "", sparql)):
            raise QuerySyntaxError("SPARQL updates are not allowed: the graph is read-only") from None
        raise QuerySyntaxError(_syntax_message(e, sparql)) from None
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"query failed: {str(e).splitlines()[0]}") from None
    if isinstance(res, ox.QuerySolutions):
        cols = _projection_order(sparql, [v.value for v in res.variables])
        rows = [[sol[c] for c in cols] for sol in res]
        return QueryResult("select", cols, rows)
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    return QueryResult("graph", triples=list(res))


def to_csv(result: QueryResult, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(result.columns)
    for row in result.values():
        w.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def to_tsv(result: QueryResult) -> str:
    def clean(v: str | None) -> str:
        return "" if v is None else v.replace("\t", " ").replace("\n", " ")

    lines = ["\t".join(result.columns)]
    lines += ["\t".join(clean(v) for v in row) for row in result.values()]
    return "\n".join(lines) + "\n"


def _json_term(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        doc = {"head": {}, "boolean": result.boolean}
    else:
        bindings = []
        for row in result.rows:
            bindings.append({c: _json_term(t) for c, t in zip(result.columns, row) if t is not None})
        doc = {"head": {"vars": result.columns}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
