"""SPARQL over the store: read-only, the project's prefixes predeclared; rows out.

Queries see the union of the named graphs, so they run alike on a store folder, a
Turtle file and a TriG file.
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

from .errors import QueryError, QuerySyntaxError
from .namespaces import PREFIXES
from .store import open_store

__all__ = ["QueryResult", "query", "read_query", "term_value", "to_csv", "to_json", "to_tsv"]

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
    candidate = text_or_path.strip()
    if "\n" not in candidate and candidate.lower().endswith((".rq", ".sparql", ".txt")):
        p = Path(candidate)
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        try:
            return p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{p}: cannot read query file: {e}") from None
    return text_or_path


def _syntax_message(err: Exception) -> str:
    msg = str(err).splitlines()[0] if str(err) else "invalid SPARQL"
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if m:
        return f"SPARQL syntax error at line {m.group(1)}, column {m.group(2)}: {m.group(3)}"
    return f"SPARQL syntax error: {msg}"


def query(graph: str | os.PathLike | ox.Store, sparql: str) -> QueryResult:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE against a store or RDF file.

    Parameters
    ----------
    graph : store folder, RDF file path, or an open ``pyoxigraph.Store``
    sparql : query text; the prefixes of ``namespaces.PREFIXES`` need not be declared

    Raises
    ------
    QuerySyntaxError
        when the query does not parse (message with line and column), or is an update.
    """
    store = graph if isinstance(graph, ox.Store) else open_store(graph)
    try:
        res = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as e:
        # the query parser refuses updates; say why rather than "expected SELECT"
        if _UPDATE.search(re.sub(r"#[^\n]*", "", sparql)):
            raise QuerySyntaxError("SPARQL updates are not allowed: the graph is read-only") from None
        raise QuerySyntaxError(_syntax_message(e)) from None
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"query failed: {str(e).splitlines()[0]}") from None
    if isinstance(res, ox.QuerySolutions):
        cols = [v.value for v in res.variables]
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
