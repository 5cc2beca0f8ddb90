"""Sorted N-Triples lines -> readable Turtle, in pure string work.

Oxigraph serialises fast but in its own order; building a million pyoxigraph terms in Python to
sort them costs seconds. The graph writer already produces N-Triples text, so sorting that text
and abbreviating it here gives Turtle that is byte-identical for the same triples, grouped by
subject and predicate, with the project's prefixes, at string speed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["to_turtle", "turtle_chunks", "split_triple"]

_BASE = (
    "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
    "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
)
_FIRST = f"[{_BASE}_:0-9]|%[0-9A-Fa-f]{{2}}|\\\\[/#?&=+*;,!$'()~@]"
_REST = f"[{_BASE}_:0-9\\-.\u00B7\u0300-\u036F\u203F-\u2040]|%[0-9A-Fa-f]{{2}}|\\\\[/#?&=+*;,!$'()~@]"
_LOCAL = re.compile(f"(?:{_FIRST})(?:{_REST})*")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_END = " .\n"


def split_triple(line: str) -> tuple[str, str, str]:
    """``<s> <p> o .`` (or without the final dot) -> (s, p, o) as N-Triples terms."""
    s, p, o = line.split(" ", 2)
    if o.endswith(" ."):
        o = o[:-2]
    return s, p, o


class _Abbreviator:
    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so kg:person/… loses to person:…
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {}

    def iri(self, term: str) -> str:
        hit = self.cache.get(term)
        if hit is not None:
            return hit
        out = term
        iri = term[1:-1]
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                local = iri[len(ns):].replace("/", "\\/")
                if local == "" or (_LOCAL.fullmatch(local) and not local.endswith(".")):
                    out = f"{prefix}:{local}"
                    break
        self.cache[term] = out
        return out

    def term(self, term: str) -> str:
        if term.startswith("<"):
            return self.iri(term)
        if term.endswith(">") and "^^<" in term:
            lexical, _, datatype = term.rpartition("^^")
            return f"{lexical}^^{self.iri(datatype)}"
        m = _LANG.search(term)
        if m:  # Oxigraph lower-cases language tags; write BCP 47's canonical case (zh-Latn-pinyin)
            return term[: m.start(1)] + _canonical_tag(m.group(1))
        return term


_LANG = re.compile(r'"@([A-Za-z0-9-]+)$')


def _canonical_tag(tag: str) -> str:
    parts = tag.split("-")
    out = [parts[0].lower()]
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())  # script
        elif len(p) == 2 and p.isalpha():
            out.append(p.upper())  # region
        else:
            out.append(p.lower())
    return "-".join(out)


def to_turtle(lines: Iterable[str], prefixes: dict[str, str]) -> str:
    """Turtle for N-Triples ``lines`` that are sorted (so each subject's lines are together).

    Lines may end in `` .`` or not. The inner loop does dictionary look-ups only: each IRI and
    typed literal is abbreviated once, and a subject or predicate equal to the previous line's
    is recognised by its text.
    """
    return "".join(_turtle(lines, prefixes))


def turtle_chunks(lines: Iterable[str], prefixes: dict[str, str], chunk: int = 1 << 16) -> Iterator[bytes]:
    """The same Turtle as UTF-8, a piece at a time (each ``chunk`` statements or so, cut
    between subjects): a writer streams it to a file and never holds the document."""
    for text in _turtle(lines, prefixes, chunk):
        yield text.encode("utf-8")


#: entries each look-up cache may hold before it starts afresh (a pure cache: the output is
#: the same; the bound keeps memory flat over millions of distinct subjects)
_CACHE_LIMIT = 1 << 17


def _turtle(lines: Iterable[str], prefixes: dict[str, str], chunk: int = 1 << 16) -> Iterator[str]:
    ab = _Abbreviator(prefixes)
    iri = ab.iri
    cache: dict[str, str] = {}  # object term -> Turtle
    preds: dict[str, str] = {_RDF_TYPE: "a"}  # predicate -> Turtle
    out: list[str] = [f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items())]
    append = out.append
    subject = predicate = None
    for line in lines:
        s, p, o = line.split(" ", 2)
        if o.endswith(" ."):
            o = o[:-2]
        obj = cache.get(o)
        if obj is None:
            obj = ab.term(o)
            if o[0] == "<" or o[-1] == ">":  # IRIs and typed literals repeat; plain text rarely
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[o] = obj
        if s == subject:
            if p == predicate:
                append(f" ,\n\t\t{obj}")
            else:
                pred = preds.get(p)
                if pred is None:
                    pred = preds[p] = iri(p)
                append(f" ;\n\t{pred} {obj}")
                predicate = p
        else:
            pred = preds.get(p)
            if pred is None:
                pred = preds[p] = iri(p)
            if len(out) >= chunk:  # between subjects
                yield "".join(out)
                out.clear()
                if len(ab.cache) >= _CACHE_LIMIT:
                    ab.cache.clear()
            append(f"{_END if subject is not None else ''}\n{iri(s)} {pred} {obj}")
            subject, predicate = s, p
    if subject is not None:
        append(" .\n")
    yield "".join(out)
