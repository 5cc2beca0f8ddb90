"""Human curation: ``data/curation.yaml``, read on every build and applied last.

A researcher records decisions without touching code; the build never writes the file. Each
entry has an ``action``, the fields that action needs, and ``curator``, ``date`` (YYYY-MM-DD)
and ``reason``. Entities are named by a reference ``kind:name`` (the entity's key, its name or
one of its other names), optionally narrowed to one briefing: ``person:王平 in lmec-briefing-2023-02``.

=============  ==========================================================================
action         fields
=============  ==========================================================================
merge          ``entity`` (merged away), ``into`` (kept: its key and name stay)
keep-apart     ``entities``: two or more references that must stay different entities
split          ``entity``, ``briefings`` (list of briefing ids), ``key`` (new ``kind:name``)
rename         ``entity``, ``name`` (new canonical name; the old one stays an alias)
label          ``entity``, ``en`` (English label)
link           ``entity``, ``wikidata`` (QID, e.g. Q7768)
drop-entity    ``entity``
drop-fact      ``fact``: mapping with ``kind``, ``subject`` and ``object`` or ``value``
               (and ``briefing`` to drop it from one briefing only)
add-fact       ``fact``: mapping with ``kind``, ``subject``, ``object`` or ``value``
               (optional ``briefing``, ``extra``), and ``citation`` (where it is stated)
=============  ==========================================================================

Errors (unknown action, missing field, unknown entity, a pair both merged and kept apart)
are :class:`~lmec_kg.errors.CurationError` naming the file and line.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import CurationError
from .files import read_utf8
from .model import ENTITY_KINDS, EVENT_ROLES, FACT_KINDS
from .normalize import name_key

__all__ = ["DEFAULT_PATH", "DEFAULT_HELP", "default_path", "ACTIONS", "Ref", "Entry", "Curation", "load_curation", "parse_ref",
           "explain", "review", "find_entities", "Explanation", "MentionInfo", "ReviewItem", "Applied",
           "CurationInfo", "dropped"]

#: the default curation file, relative to the working folder: a researcher's decisions live in
#: their own project, not in the installed package (whose own file is read only when the build
#: runs in the checkout, like any project's)
DEFAULT_PATH = Path("data") / "curation.yaml"

#: what the commands' help says is used when --curation is not given
DEFAULT_HELP = ("$LMEC_KG_CURATION if set, else data/curation.yaml in the working folder "
                "if it exists, else no curation")


def default_path() -> Path:
    """The curation file a build applies: ``$LMEC_KG_CURATION`` if set, else
    ``data/curation.yaml`` in the working folder (a missing one is an empty curation)."""
    env = os.environ.get("LMEC_KG_CURATION")
    return Path(env) if env else DEFAULT_PATH

#: action -> (required fields, optional fields), besides curator/date/reason
ACTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "merge": (("entity", "into"), ()),
    "keep-apart": (("entities",), ()),
    "split": (("entity", "briefings", "key"), ("name",)),
    "rename": (("entity", "name"), ()),
    "label": (("entity", "en"), ()),
    "link": (("entity", "wikidata"), ()),
    "drop-entity": (("entity",), ()),
    "drop-fact": (("fact",), ()),
    "add-fact": (("fact", "citation"), ()),
}
COMMON = ("curator", "date", "reason")
_REF = re.compile(r"^\s*(?P<kind>[a-z]+):(?P<name>.+?)(?:\s+in\s+(?P<briefing>[\w.\-]+))?\s*$")


@dataclass(frozen=True, slots=True)
class Ref:
    """``kind:name`` (optionally ``in <briefing>``) as written in the file, with its line."""

    kind: str
    name: str
    briefing: str | None
    text: str
    line: int

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"

    def same(self, other: "Ref") -> bool:
        return (self.kind, name_key(self.name), self.briefing) == (other.kind, name_key(other.name), other.briefing)


@dataclass(frozen=True)
class Entry:
    action: str
    line: int
    curator: str
    date: str
    reason: str
    fields: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def provenance(self) -> tuple[tuple[str, str], ...]:
        """The ``curated`` tuple a fact from this entry carries (``entry``: :meth:`ident`, so
        the fact points at the entry's node in the graph)."""
        out = [("curator", self.curator), ("date", self.date), ("reason", self.reason), ("entry", self.ident())]
        if self.fields.get("citation"):
            out.append(("citation", str(self.fields["citation"])))
        return tuple(out)

    def where(self, fieldname: str | None = None) -> int:
        return self.lines.get(fieldname, self.line) if fieldname else self.line

    def describe(self) -> str:
        """What the entry does, in one line as the file says it (``merge person:A into person:B``)."""
        f = self.fields
        a = self.action
        if a == "merge":
            return f"merge {f['entity'].text} into {f['into'].text}"
        if a == "keep-apart":
            return "keep apart " + ", ".join(r.text for r in f["entities"])
        if a == "split":
            return f"split {f['entity'].text}: briefings {', '.join(f['briefings'])} become {f['key']}"
        if a == "rename":
            return f"rename {f['entity'].text} to {f['name']}"
        if a == "label":
            return f"label {f['entity'].text} in English: {f['en']}"
        if a == "link":
            return f"link {f['entity'].text} to Wikidata {f['wikidata']}"
        if a == "drop-entity":
            return f"drop {f['entity'].text}"
        spec = f["fact"]
        what = f"{spec['kind']} fact of {spec['subject'].text}"
        if spec["object"] is not None:
            what += f" -> {spec['object'].text}"
        if spec["value"] is not None:
            what += f" = {spec['value']}"
        if spec["briefing"]:
            what += f" in {spec['briefing']}"
        return ("drop " if a == "drop-fact" else "add ") + what

    def ident(self) -> str:
        """A stable id of the entry: its content, not its line or file, so an entry keeps its
        node in the graph when entries above it are added or removed."""
        text = "\x1f".join((self.action, self.describe(), self.curator, self.date, self.reason,
                             str(self.fields.get("citation") or "")))
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Applied:
    """One curation entry as a build applied it: the graph writes it as a node
    (``lmec:CurationEntry``) that the entities and statements it changed point to."""

    entry: Entry
    path: str  # the curation file as given
    keys: tuple[str, ...] = ()  # the entities (global keys) it changed or named, still in the graph
    dropped: str | None = None  # drop-entity: the key of the entity it removed

    @property
    def file(self) -> str:
        """The file's name, as the graph records it (a briefing's source is its name too)."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Curation:
    path: str = ""
    entries: tuple[Entry, ...] = ()

    def of(self, *actions: str) -> list[Entry]:
        return [e for e in self.entries if e.action in actions]

    def error(self, line: int, message: str) -> CurationError:
        return CurationError(f"{self.path}:{line}: {message}")


def parse_ref(text: Any, path: str, line: int) -> Ref:
    """``"person:王平 in lmec-briefing-2023-02"`` -> Ref; a malformed one is a CurationError."""
    if not isinstance(text, str):
        raise CurationError(f"{path}:{line}: an entity reference must be text like 'person:李霞', not {text!r}")
    m = _REF.match(text)
    if not m or m.group("kind") not in ENTITY_KINDS:
        raise CurationError(
            f"{path}:{line}: {text!r} is not an entity reference (kind:name, kind one of "
            f"{', '.join(sorted(ENTITY_KINDS))})")
    return Ref(m.group("kind"), m.group("name").strip(), m.group("briefing"), text, line)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _text(value: Any) -> str:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value).strip()


def load_curation(path: str | os.PathLike | None = None) -> Curation:
    """Read and check a curation file; a missing file is an empty curation."""
    p = Path(path) if path is not None else default_path()
    if not p.is_file():
        if path is not None:
            raise CurationError(f"{p}: no such curation file")
        return Curation(str(p))
    spath = str(p)
    text = read_utf8(p, CurationError, "curation file")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise CurationError(f"{spath}:{line}: not valid YAML: {problem}") from None
    if root is None or data is None:
        return Curation(spath)
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        raise CurationError(f"{spath}:{_line(root)}: the file must be a mapping with an 'entries' list")
    unknown = [k for k in data if k not in ("entries", "version")]
    if unknown:
        knode = next(k for k, _ in root.value if k.value == unknown[0])
        raise CurationError(f"{spath}:{_line(knode)}: unknown top-level key {unknown[0]!r} (expected 'entries')")
    entries_node = next((v for k, v in root.value if k.value == "entries"), None)
    raw = data.get("entries") or []
    if entries_node is None or raw == []:
        return Curation(spath)
    if not isinstance(entries_node, yaml.SequenceNode) or not isinstance(raw, list):
        raise CurationError(f"{spath}:{_line(entries_node)}: 'entries' must be a list")
    entries = []
    for node, item in zip(entries_node.value, raw):
        entries.append(_entry(spath, node, item))
    cur = Curation(spath, tuple(entries))
    _check_conflicts(cur)
    return cur


def _entry(path: str, node: yaml.Node, item: Any) -> Entry:
    line = _line(node)
    if not isinstance(item, dict) or not isinstance(node, yaml.MappingNode):
        raise CurationError(f"{path}:{line}: an entry must be a mapping with 'action', 'curator', 'date', 'reason'")
    lines = {k.value: _line(v) for k, v in node.value}
    action = _text(item.get("action"))
    if action not in ACTIONS:
        raise CurationError(f"{path}:{lines.get('action', line)}: unknown action {action!r} "
                            f"(one of {', '.join(ACTIONS)})")
    required, optional = ACTIONS[action]
    allowed = {"action", *COMMON, *required, *optional}
    for k in item:
        if k not in allowed:
            raise CurationError(f"{path}:{lines.get(k, line)}: {action}: unknown field {k!r} "
                                f"(allowed: {', '.join(sorted(allowed))})")
    for k in (*COMMON, *required):
        if item.get(k) in (None, "", []):
            raise CurationError(f"{path}:{line}: {action}: missing {k!r}")
    date = _text(item["date"])
    try:
        _dt.date.fromisoformat(date)
    except ValueError:
        raise CurationError(f"{path}:{lines['date']}: date must be YYYY-MM-DD, not {date!r}") from None
    fields: dict[str, Any] = {}
    for k in (*required, *optional):
        if k not in item:
            continue
        v = item[k]
        at = lines.get(k, line)
        if k in ("entity", "into"):
            fields[k] = parse_ref(v, path, at)
        elif k == "entities":
            if not isinstance(v, list) or len(v) < 2:
                raise CurationError(f"{path}:{at}: keep-apart: 'entities' must list two or more references")
            fields[k] = tuple(parse_ref(x, path, at) for x in v)
        elif k == "briefings":
            vs = v if isinstance(v, list) else [v]
            fields[k] = tuple(_text(x) for x in vs)
        elif k == "key":
            ref = parse_ref(v, path, at)
            if ref.briefing:
                raise CurationError(f"{path}:{at}: split: the new key cannot name a briefing")
            fields[k] = ref.key
        elif k == "wikidata":
            q = _text(v)
            if not re.fullmatch(r"Q[1-9][0-9]*", q):
                raise CurationError(f"{path}:{at}: link: wikidata must be a QID like Q7768, not {q!r}")
            fields[k] = q
        elif k == "fact":
            fields[k] = _fact_spec(path, at, action, v)
        else:
            fields[k] = _text(v)
    if action == "split" and fields["key"].split(":", 1)[0] != fields["entity"].kind:
        raise CurationError(f"{path}:{lines['key']}: split: the new key must be of kind {fields['entity'].kind}")
    if action == "merge" and fields["entity"].kind != fields["into"].kind:
        raise CurationError(f"{path}:{line}: merge: cannot merge a {fields['entity'].kind} into a {fields['into'].kind}")
    return Entry(action, line, _text(item["curator"]), date, _text(item["reason"]), fields, lines)


def _fact_spec(path: str, line: int, action: str, v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise CurationError(f"{path}:{line}: {action}: 'fact' must be a mapping with kind, subject, object or value")
    allowed = {"kind", "subject", "object", "value", "briefing", "extra"}
    for k in v:
        if k not in allowed:
            raise CurationError(f"{path}:{line}: {action}: unknown fact field {k!r}")
    kind = _text(v.get("kind"))
    if kind not in FACT_KINDS:
        raise CurationError(f"{path}:{line}: {action}: unknown fact kind {kind!r}")
    if not v.get("subject"):
        raise CurationError(f"{path}:{line}: {action}: the fact needs a subject")
    if v.get("object") in (None, "") and v.get("value") in (None, ""):
        raise CurationError(f"{path}:{line}: {action}: the fact needs an object or a value")
    if kind == "event_role" and _text(v.get("value")) not in EVENT_ROLES:
        raise CurationError(f"{path}:{line}: {action}: event_role value must be one of {', '.join(EVENT_ROLES)}")
    extra = v.get("extra") or {}
    if not isinstance(extra, dict):
        raise CurationError(f"{path}:{line}: {action}: 'extra' must be a mapping")
    return {
        "kind": kind,
        "subject": parse_ref(v["subject"], path, line),
        "object": parse_ref(v["object"], path, line) if v.get("object") not in (None, "") else None,
        "value": _text(v.get("value")) or None,
        "briefing": _text(v.get("briefing")) or None,
        "extra": tuple(sorted((str(a), _text(b)) for a, b in extra.items())),
    }


def _check_conflicts(cur: Curation) -> None:
    merges = cur.of("merge")
    for ka in cur.of("keep-apart"):
        refs = ka.fields["entities"]
        for m in merges:
            a, b = m.fields["entity"], m.fields["into"]
            if any(r.same(a) for r in refs) and any(r.same(b) for r in refs):
                raise cur.error(ka.line, f"keep-apart contradicts the merge of {a.text!r} into "
                                         f"{b.text!r} at line {m.line}")


# ------------------------------------------------------------------------------ reading a built graph
# `lmec-kg explain` and `lmec-kg review` read the graph a build wrote (store folder or RDF file).

_KINDS_RE = re.compile(r"^(%s):(.+)$" % "|".join(sorted(ENTITY_KINDS)))


@dataclass
class MentionInfo:
    briefing: str
    name: str | None
    start: int | None
    end: int | None
    sentence: str | None
    rules: list[str]


@dataclass(frozen=True)
class CurationInfo:
    """A curation entry as the graph records it (``lmec:CurationEntry``)."""

    action: str
    what: str
    file: str
    line: int
    curator: str
    date: str  # YYYY-MM-DD
    reason: str

    def __str__(self) -> str:
        return f"{self.what} ({self.file}:{self.line}, {self.curator}, {self.date}): {self.reason}"


@dataclass
class Explanation:
    key: str
    iri: str
    labels: list[tuple[str, str]]  # (text, language tag)
    types: list[str]
    same_as: list[str]
    mentions: list[MentionInfo]
    statements: list[tuple[str, str]]  # (briefing, sentence) of facts about the entity
    curation: list[CurationInfo] = field(default_factory=list)  # entries that changed it, in file order


_ENTRY_FIELDS = """?c a lmec:CurationEntry ; lmec:action ?action ; dcterms:description ?what ;
          dcterms:source ?file ; lmec:sourceLine ?line ; prov:endedAtTime ?when ; rdfs:comment ?why ;
          prov:wasAssociatedWith/foaf:name ?who ."""


def _entries(graph, pattern: str) -> list[CurationInfo]:
    from .query import query

    rows = query(graph, f"""SELECT DISTINCT ?action ?what ?file ?line ?who ?when ?why WHERE {{
        {pattern} {_ENTRY_FIELDS} }}""").values()
    out = {CurationInfo(a, w, f, int(n), who, str(when)[:10], why) for a, w, f, n, who, when, why in rows}
    return sorted(out, key=lambda c: (c.file, c.line, c.what))


def dropped(graph, entity: str) -> list[CurationInfo]:
    """The drop-entity entries that removed the entity ``entity`` names (its key, or the
    name in it)."""
    name = entity.split(":", 1)[1] if _KINDS_RE.match(entity) else entity
    return _entries(graph, f"""?c lmec:droppedEntity ?k .
        FILTER(str(?k) = {_lit(entity)} || STRAFTER(str(?k), ":") = {_lit(name)})""")


@dataclass(frozen=True)
class ReviewItem:
    section: str  # "near-duplicate", "no-type", "low-confidence", "latin-once", "unlinked"
    subject: str  # entity key(s)
    detail: str


def _key_of(iri: str) -> str:
    from urllib.parse import unquote

    from .namespaces import KG

    rest = iri[len(str(KG)):] if iri.startswith(str(KG)) else iri
    kind, _, ident = rest.partition("/")
    return f"{kind}:{unquote(ident)}"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def find_entities(graph, entity: str) -> list[str]:
    """IRIs of the entities ``entity`` names: a key (``person:李霞``), an IRI, or a label."""
    from .graph import entity_iri
    from .query import query

    cands: list[str] = []
    if entity.startswith(("http://", "https://")):
        cands.append(entity)
    elif _KINDS_RE.match(entity):
        cands.append(entity_iri(entity).value)
    for iri in cands:
        if query(graph, f"ASK {{ <{iri}> ?p ?o }}").boolean:
            return [iri]
    name = entity.split(":", 1)[1] if _KINDS_RE.match(entity) else entity
    rows = query(graph, f"""
        SELECT DISTINCT ?s WHERE {{
          {{ ?s skos:prefLabel|skos:altLabel|rdfs:label|foaf:name ?l }}
          UNION {{ ?m a lmec:Mention ; lmec:name ?l ; lmec:denotes ?s }}
          FILTER(str(?l) = {_lit(name)})
        }} ORDER BY ?s""").values()
    return [r[0] for r in rows if r[0] and r[0].startswith(("http://", "https://"))]


def explain(graph, entity: str) -> Explanation:
    """Why an entity is what it is: its mentions per briefing, their sentences and merge rules."""
    from .errors import LmecError
    from .query import query

    iris = find_entities(graph, entity)
    if not iris:
        gone = dropped(graph, entity)
        if gone:
            raise LmecError(f"{entity!r} was dropped by curation " + "; ".join(
                f"({c.file}:{c.line}, {c.curator}, {c.date}): {c.reason}" for c in gone))
        raise LmecError(f"no entity {entity!r} in the graph (give its key, e.g. person:李霞, or a name)")
    if len(iris) > 1:
        raise LmecError(f"{entity!r} names {len(iris)} entities: " + ", ".join(_key_of(i) for i in iris))
    iri = iris[0]
    s = f"<{iri}>"
    labels = sorted({(r[0].value, r[0].language or "") for r in query(graph, f"""
        SELECT ?l WHERE {{ {s} skos:prefLabel|rdfs:label|skos:altLabel ?l }}""").rows})
    types = sorted({v[0] for v in query(graph, f"SELECT ?t WHERE {{ {s} a ?t }}").values()})
    same = sorted({v[0] for v in query(graph, f"SELECT ?x WHERE {{ {s} owl:sameAs ?x }}").values()})
    ments = query(graph, f"""
        SELECT ?m ?doc ?name ?start ?end WHERE {{
          ?m a lmec:Mention ; lmec:denotes {s} ; lmec:inBriefing ?b . ?b dcterms:identifier ?doc .
          OPTIONAL {{ ?m lmec:name ?name }} OPTIONAL {{ ?m lmec:startChar ?start ; lmec:endChar ?end }}
        }} ORDER BY ?doc""").values()
    rules: dict[str, list[str]] = {}
    for m, r in query(graph, f"""SELECT ?m ?r WHERE {{ ?m lmec:denotes {s} ; lmec:mergeRule ?r }}""").values():
        rules.setdefault(m, []).append(r)
    statements = query(graph, f"""
        SELECT DISTINCT ?doc ?text ?st WHERE {{
          {{ ?x org:member {s} }} UNION {{ ?x org:organization {s} }} UNION {{ ?x lmec:speaker {s} }}
          UNION {{ ?x lmec:atEvent {s} }} UNION {{ ?x rdf:subject {s} }} UNION {{ ?x rdf:object {s} }}
          ?x prov:wasDerivedFrom ?sent . ?sent lmec:text ?text ; lmec:startChar ?st ;
             dcterms:isPartOf/dcterms:identifier ?doc .
        }} ORDER BY ?doc ?st""").values()
    sentences = query(graph, """
        SELECT ?doc ?st ?en ?text WHERE { ?x a lmec:Sentence ; lmec:startChar ?st ; lmec:endChar ?en ;
          lmec:text ?text ; dcterms:isPartOf/dcterms:identifier ?doc }""").values()
    mentions = []
    for m, doc, name, start, end in ments:
        a = int(start) if start is not None else None
        sent = next((t for d, st, en, t in sentences if d == doc and a is not None and int(st) <= a < int(en)), None)
        if sent is None:
            sent = next((t for d, t, _ in statements if d == doc), None)
        mentions.append(MentionInfo(doc, name, a, int(end) if end is not None else None, sent,
                                    sorted(rules.get(m, []))))
    return Explanation(_key_of(iri), iri, labels, types, same, mentions,
                       [(d, t) for d, t, _ in statements], _entries(graph, f"{s} prov:wasInfluencedBy ?c ."))


def review(graph, curation: "Curation | None" = None, min_confidence: float = 0.8) -> list[ReviewItem]:
    """What most needs a person's eye, most useful first; items a curation entry already
    covers are left out."""
    from .normalize import has_han, is_latin, one_edit_apart
    from .query import query

    covered: set[str] = set()
    for e in (curation.entries if curation else ()):
        refs: list[Ref] = []
        for v in e.fields.values():
            if isinstance(v, Ref):
                refs.append(v)
            elif isinstance(v, tuple) and v and isinstance(v[0], Ref):
                refs.extend(v)
            elif isinstance(v, dict):
                refs.extend(x for x in v.values() if isinstance(x, Ref))
        covered |= {f"{r.kind}:{name_key(r.name)}" for r in refs}

    def is_covered(key: str, names: Iterable[str] = ()) -> bool:
        kind, _, ident = key.partition(":")
        return any(f"{kind}:{name_key(n)}" in covered for n in (ident, *names))

    rows = query(graph, """
        SELECT ?s ?l ?kind WHERE {
          ?m a lmec:Mention ; lmec:denotes ?s .
          ?s skos:prefLabel|skos:altLabel ?l .
        }""").values()
    names: dict[str, set[str]] = {}
    for s, l, _ in rows:
        names.setdefault(s, set()).add(l)
    keys = {s: _key_of(s) for s in names}
    items: list[ReviewItem] = []

    # 1. near-duplicate names that were not merged
    by_kind: dict[str, list[str]] = {}
    for s, k in keys.items():
        by_kind.setdefault(k.split(":", 1)[0], []).append(s)
    seen_pairs = set()
    # what a department's name may start with: an organisation's or a country's name
    parents = {name_key(n) for kind in ("organization", "country") for s in by_kind.get(kind, ()) for n in names[s]}
    for kind, subjects in sorted(by_kind.items()):
        index: dict[str, set[str]] = {}
        for s in subjects:
            for n in names[s]:
                if not re.fullmatch(r"[A-Z][A-Za-z]{1,6}", n):  # acronyms are shared by design
                    index.setdefault(name_key(n), set()).add(s)
        pairs: list[tuple[str, str, str]] = []
        for k, ss in sorted(index.items()):
            ss = sorted(ss)
            pairs += [(a, b, f"both named {k!r}") for i, a in enumerate(ss) for b in ss[i + 1:]]
        if kind == "person":
            latin = sorted((s, n) for s in subjects for n in names[s] if is_latin(n))
            for i, (a, na) in enumerate(latin):
                for b, nb in latin[i + 1:]:
                    if a != b and one_edit_apart(na, nb) and name_key(na) != name_key(nb):
                        pairs.append((min(a, b), max(a, b), f"{na!r} and {nb!r} differ by one letter"))
        if kind == "organization":
            for s in subjects:
                for n in names[s]:
                    k = name_key(n)
                    for cut in range(1, len(k) - 2):
                        if k[:cut] not in parents:
                            continue
                        for other in index.get(k[cut:], ()):
                            if other != s and has_han(n):
                                pairs.append((min(s, other), max(s, other),
                                              f"{k[cut:]!r} may be {n!r} without its parent"))
        for a, b, why in pairs:
            if (a, b) in seen_pairs or is_covered(keys[a], names[a]) or is_covered(keys[b], names[b]):
                continue
            seen_pairs.add((a, b))
            items.append(ReviewItem("near-duplicate", f"{keys[a]} | {keys[b]}", why))

    # 2. entities with no specific type
    generic = {"http://www.w3.org/ns/org#Organization", "https://w3id.org/lmec-kg/ontology#Event",
               "https://schema.org/Place", "https://w3id.org/lmec-kg/ontology#Initiative",
               "https://w3id.org/lmec-kg/ontology#Document"}
    types: dict[str, set[str]] = {s: set() for s in names}
    for s, t in query(graph, "SELECT DISTINCT ?s ?t WHERE { ?m a lmec:Mention ; lmec:denotes ?s . OPTIONAL { ?s a ?t } }").values():
        types.setdefault(s, set())
        if t:
            types[s].add(t)
    for s in sorted(types):
        k = keys.get(s, _key_of(s))
        if k.split(":", 1)[0] in ("person", "country", "topic"):
            continue
        if types[s] <= generic and not is_covered(k, names.get(s, ())):
            what = "no type at all" if not types[s] else "only " + ", ".join(t.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in sorted(types[s]))
            items.append(ReviewItem("no-type", k, what))

    # 3. facts extracted with low confidence
    low = query(graph, f"""
        SELECT ?x ?c ?doc ?text (MIN(?e) AS ?subj) WHERE {{
          ?x lmec:confidence ?c . FILTER(?c < {float(min_confidence)})
          FILTER NOT EXISTS {{ ?x lmec:curated true }}
          OPTIONAL {{ ?x rdf:subject|org:member|lmec:speaker ?e }}
          OPTIONAL {{ ?x prov:wasDerivedFrom ?s . ?s lmec:text ?text ; dcterms:isPartOf/dcterms:identifier ?doc }}
        }} GROUP BY ?x ?c ?doc ?text ORDER BY ?c ?doc ?x""").values()
    for x, c, doc, text, subj in low:
        k = _key_of(subj) if subj else _key_of(x)
        if is_covered(k):
            continue
        items.append(ReviewItem("low-confidence", k, f"confidence {float(c):.2f} in {doc or '?'}: {(text or '')[:80]}"))

    # 4. Latin-script personal names seen in one briefing only (a spelling to check)
    once = query(graph, """
        SELECT ?s (COUNT(DISTINCT ?b) AS ?n) (SAMPLE(?name) AS ?nm) WHERE {
          ?m a lmec:Mention ; lmec:denotes ?s ; lmec:inBriefing ?b ; lmec:name ?name . ?s a foaf:Person .
        } GROUP BY ?s""").values()
    for s, n, nm in sorted(once, key=lambda r: r[0]):
        if int(n) == 1 and nm and is_latin(nm) and not is_covered(keys.get(s, _key_of(s)), names.get(s, ())):
            items.append(ReviewItem("latin-once", keys.get(s, _key_of(s)), f"{nm!r} appears in one briefing only"))

    # 5. known bodies (an English name from the gazetteer or a curator) not yet linked to
    #    Wikidata, the most often named first: partners join their data on these links
    unlinked = query(graph, """
        SELECT ?s (SAMPLE(?en) AS ?label) (COUNT(DISTINCT ?b) AS ?n) WHERE {
          ?s a org:Organization ; rdfs:label ?en . FILTER(LANGMATCHES(LANG(?en), "en"))
          FILTER NOT EXISTS { ?s owl:sameAs|schema:sameAs ?w }
          ?m lmec:denotes ?s ; lmec:inBriefing ?b .
        } GROUP BY ?s""").values()
    for s, label, n in sorted(unlinked, key=lambda r: (-int(r[2]), r[0])):
        k = keys.get(s, _key_of(s))
        if not is_covered(k, names.get(s, ())):
            items.append(ReviewItem("unlinked", k, f"{label}; named in {int(n)} briefing{'s' if int(n) != 1 else ''}"))
    return items
