"""Extractions -> KnowledgeBase: one global entity per real thing, every merge explained.

Each entity an extraction reports for one briefing is a *local* entity. Resolution groups the
local entities that denote one thing (union-find) by rules, each recorded as a
:class:`~lmec_kg.model.MergeReason` so ``lmec-kg explain`` can show why:

within one briefing
  ``same-name``          same name key (traditional = simplified, 澜沧江-湄公河 = 澜湄, dashes, quotes)
  ``alias``              one's name is the other's alias (extraction's short forms)
  ``slash-name``         "A/B": an institution's two names, each alone elsewhere
  ``latin-case``         Latin names equal up to case and diacritics (HENG = Heng, Nguyễn = Nguyen)
  ``latin-one-letter``   Latin names one letter apart (Thoeum / Thoeun)
  ``latin-partial``      a Latin surname alone, when one person in the briefing has it
  ``department-of-parent`` a department with and without its ministry, the ministry named there
across briefings
  ``gazetteer``          names linked to the same gazetteer row (short, full, English, acronym)
  ``same-name``          same full name (organisations: not a short or ambiguous form, same country;
                         events: no conflicting dates)
  ``same-key``           countries (ISO keys)
  ``person-same-org``    a person's name in two briefings with posts in one organisation or its
                         family (same body, one under the other, or one ministry); without such
                         evidence two briefings' people of one name stay two people
  ``curation``           ``data/curation.yaml`` (merge, keep-apart, split ...), applied last

Keys stay readable and stable: a linked organisation is ``organization:<gazetteer name>``, others
``kind:<canonical name>``; two distinct people of one name are ``person:王平`` (the earliest
briefing's) and ``person:王平@<organisation>``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .curation import Applied, Curation, Entry, Ref, load_curation
from .errors import CurationError
from .gazetteer import Gazetteer, Link, load_gazetteer
from .labels import pinyin_name
from .model import Briefing, Entity, Extraction, Fact, KnowledgeBase, MergeReason, Mention
from .normalize import has_han, is_latin, latin_tokens, name_key, one_edit_apart, split_slash

__all__ = ["resolve", "resolution", "skeleton", "Resolution", "FactEdits", "merge_rule_texts", "rule_texts", "DEFAULT"]

#: sentinel: use the project's default gazetteer folder / curation file
DEFAULT = "default"

_GOV_UNIT = re.compile(r"(部|司|局|厅|处|委员会|办公室|中心|秘书处|代表处|大使馆|领事馆)$")
_LEGAL_BODY = re.compile(r"(有限公司|公司|集团|研究院|研究所|大学|学院|基金会|协会|学会)$")
# "省生态环境厅": the province (city, prefecture) the briefing is about, its name left out
_DEICTIC_PLACE = re.compile(r"(?:自治区|自治州|省|市|州|县)(?![长委])")


def _is_place(name: str) -> bool:
    """A province or city the extraction lexicon knows ("云南省", "普洱市")."""
    from .extract.lexicon import lexicon
    places = lexicon().places
    return name in places or name[:-1] in places


_GENERIC_ORG = re.compile(r"(司|处|局|厅|室|科|所|院|部|办公室|委员会|中心|代表处|秘书处|分会)$")


def _well_known(name: str) -> bool:
    """A well-known body by its full name in the extraction lexicon ("亚洲理工学院", "中国科学院"):
    one body wherever it is named, however short and generic its ending."""
    from .extract.lexicon import lexicon
    e = lexicon().orgs.get(name)
    return e is not None and e.name == name


# ------------------------------------------------------------------------------ union-find
class _UF:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        #: curation's keep-apart and split tags by root; most nodes have none (an empty set
        #: each would cost 216 bytes for every mention of every briefing)
        self.tags: defaultdict[int, set] = defaultdict(set)
        self.edges: list[tuple[int, int, str, str]] = []

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def blocked(self, a: int, b: int) -> bool:
        ta, tb = self.tags.get(self.find(a)), self.tags.get(self.find(b))
        if not ta or not tb:
            return False
        for tag in ta:
            group, member = tag
            if any(g == group and m != member for g, m in tb):
                return True
        return False

    def union(self, a: int, b: int, rule: str, detail: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.blocked(ra, rb):
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if rb in self.tags:
            self.tags[ra] |= self.tags.pop(rb)
        self.edges.append((a, b, rule, detail))
        return True


_slash = lru_cache(maxsize=65536)(split_slash)
_EMPTY: frozenset = frozenset()


def _frozen(items) -> frozenset:
    """A frozenset, the one shared empty one when empty (each new one costs 216 bytes, and
    resolution makes three per cluster, most of them empty)."""
    return frozenset(items) or _EMPTY


@dataclass
class _Node:
    idx: int
    briefing: str
    entity: Entity
    first: int  # offset of the first mention (names: the first one written wins ties)
    country: str | None = None
    part_of: list[str] = field(default_factory=list)  # local keys of parents (part_of facts)
    links: list[Link] = field(default_factory=list)

    kind: str = field(init=False, repr=False)  # the entity's
    key: str = field(init=False, repr=False)  # the entity's (local) key
    #: the entity's own names: its name and, for "A/B", A and B (computed once; read-only)
    primary: list[str] = field(init=False, repr=False)
    #: primary names, then the aliases
    names: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.kind = self.entity.kind
        self.key = self.entity.key
        self.primary = [self.entity.name, *_slash(self.entity.name)]
        out = list(self.primary)
        for a in self.entity.aliases:
            if a not in out:
                out.append(a)
        self.names = out



def _label(n: _Node) -> str:
    return f"{n.entity.name} ({n.briefing})"


# ------------------------------------------------------------------------------ resolver
class _Resolver:
    def __init__(self, extractions: list[Extraction], gaz: Gazetteer, cur: Curation) -> None:
        self.ex = extractions
        self.gaz = gaz
        self.cur = cur
        self.nodes: list[_Node] = []
        self.by_local: dict[tuple[str, str], int] = {}
        self.facts_of: dict[str, list[Fact]] = defaultdict(list)  # briefing -> facts
        for ex in extractions:
            bid = ex.briefing.id
            first: dict[str, int] = {}
            for m in ex.mentions:
                if m.key not in first or m.start < first[m.key]:
                    first[m.key] = m.start
            for e in ex.entities:
                if (bid, e.key) in self.by_local:  # a repeated key: one local entity
                    continue
                node = _Node(len(self.nodes), bid, e, first.get(e.key, 1 << 30))
                self.by_local[(bid, e.key)] = node.idx
                self.nodes.append(node)
            self.facts_of[bid].extend(ex.facts)
        self.uf = _UF(len(self.nodes))
        self._contexts()

    # -------------------------------------------------------------- helpers
    def node(self, briefing: str, key: str) -> _Node | None:
        i = self.by_local.get((briefing, key))
        return self.nodes[i] if i is not None else None

    def _contexts(self) -> None:
        for bid, facts in self.facts_of.items():
            for f in facts:
                n = self.node(bid, f.subject)
                if n is None or f.object is None:
                    continue
                if f.kind == "country" and f.object.startswith("country:"):
                    n.country = n.country or f.object.split(":", 1)[1]
                elif f.kind == "part_of":
                    n.part_of.append(f.object)
        for n in self.nodes:
            if n.kind == "organization" and n.country is None:
                n.country = n.entity.attr("country") or self.gaz.strip_country(n.entity.name)[0]

    def in_briefing(self) -> dict[str, list[_Node]]:
        out: dict[str, list[_Node]] = defaultdict(list)
        for n in self.nodes:
            out[n.briefing].append(n)
        return out

    # -------------------------------------------------------------- curation constraints
    def match_ref(self, ref: Ref) -> list[_Node]:
        """Local entities a curation reference names: by key, by name or alias."""
        k = name_key(ref.name)
        out = []
        for n in self.nodes:
            if n.kind != ref.kind or (ref.briefing and n.briefing != ref.briefing):
                continue
            if n.key == ref.key or k in {name_key(x) for x in n.names}:
                out.append(n)
        return out

    def _require(self, ref: Ref) -> list[_Node]:
        found = self.match_ref(ref)
        if not found:
            raise CurationError(f"{self.cur.path}:{ref.line}: unknown entity {ref.text!r} "
                                f"(no {ref.kind} of that name in the briefings built)")
        return found

    def constraints(self) -> None:
        for i, e in enumerate(self.cur.of("keep-apart")):
            for j, ref in enumerate(e.fields["entities"]):
                for n in self._require(ref):
                    self.uf.tags[n.idx].add((("keep", i), j))
        self.splits: dict[int, tuple[Entry, set[int]]] = {}
        for i, e in enumerate(self.cur.of("split")):
            found = self._require(e.fields["entity"])
            inside = {n.idx for n in found if n.briefing in e.fields["briefings"]}
            if not inside:
                raise CurationError(f"{self.cur.path}:{e.where('briefings')}: split: "
                                    f"{e.fields['entity'].text!r} is not in {', '.join(e.fields['briefings'])}")
            for n in found:
                self.uf.tags[n.idx].add((("split", i), n.idx in inside))
            self.splits[i] = (e, inside)
            members = sorted(inside)
            for a in members[1:]:  # the split-off mentions are one entity
                self.uf.union(members[0], a, "curation", f"split at line {e.line} by {e.curator} ({e.date}): {e.reason}")

    # -------------------------------------------------------------- rules within a briefing
    def within(self) -> None:
        for bid, nodes in sorted(self.in_briefing().items()):
            by_kind: dict[str, list[_Node]] = defaultdict(list)
            for n in nodes:
                by_kind[n.kind].append(n)
            for kind, group in sorted(by_kind.items()):
                self._same_names(group)
                if kind == "organization":
                    self._departments(group)
                    self._abbreviations(group)
                if kind == "person":
                    self._latin_people(group)

    def _same_names(self, group: list[_Node]) -> None:
        owners: dict[str, list[_Node]] = defaultdict(list)
        users: dict[str, list[_Node]] = defaultdict(list)
        for n in group:
            prim = {name_key(x) for x in n.primary}
            for x in n.names:
                (owners if name_key(x) in prim else users)[name_key(x)].append(n)
        for k in sorted(owners):
            own = owners[k]
            for o in own[1:]:
                self.uf.union(own[0].idx, o.idx, self._name_rule(own[0], o, k), f"{_label(own[0])} = {_label(o)}")
            others = [u for u in users.get(k, []) if u not in own]
            clusters = {self.uf.find(u.idx) for u in others} - {self.uf.find(own[0].idx)}
            if len(clusters) > 1 and own[0].kind == "organization":
                continue  # a short form several bodies share here: leave it to review
            for u in others:
                self.uf.union(own[0].idx, u.idx, "alias", f"{own[0].entity.name!r} is an alias of {_label(u)}")

    @staticmethod
    def _name_rule(a: _Node, b: _Node, k: str) -> str:
        if any(name_key(p) == k for p in _slash(a.entity.name) + _slash(b.entity.name)):
            return "slash-name"
        if a.entity.name == b.entity.name:
            return "same-name"
        if is_latin(a.entity.name) and is_latin(b.entity.name):
            return "latin-case"
        return "same-name"

    def _departments(self, group: list[_Node]) -> None:
        """"国际合作司" = "生态环境部国际合作司" when the parent is named in the briefing and one
        full form fits."""
        names = {name_key(x): n for n in group for x in n.primary}
        # every proper ending of every full name here -> (body, name): each body is looked up
        # by its name, not compared with every other body of the briefing
        endings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for gi, m in enumerate(group):
            for pi, full in enumerate(m.primary):
                for i in range(1, len(full)):
                    endings[full[i:]].append((gi, pi))
        for n in group:
            short = n.entity.name
            if _slash(short):
                continue
            cands = []
            # "泰国污染控制厅" = "泰国自然资源与环境部污染控制厅": the country named, the ministry
            # left out; "省生态环境厅" = "云南省生态环境厅": "the province's", its name left out
            iso, rest = self.gaz.strip_country(short)
            if not (iso and _GOV_UNIT.search(rest) and len(rest) >= 3):
                rest = ""
            dm = _DEICTIC_PLACE.match(short)
            deictic = dm is not None and len(short) >= 4
            # "外交部" is China's, the row of another body than "老挝外交部": a body the gazetteer
            # knows under the short name is not the one a country prefix makes of it
            own_country: str | None = None
            looked_up = False
            for gi, pi in sorted(set(endings.get(short, ())) | (set(endings.get(rest, ())) if rest else set())):
                m = group[gi]
                if m is n:
                    continue
                full = m.primary[pi]
                if full.endswith(short) and len(full) > len(short):
                    prefix = full[: -len(short)]
                    piso = self.gaz.country_of_name(prefix)
                    if piso:
                        if not looked_up:  # once per name, and only when a country prefixes it
                            link = self.gaz.link(short, country=n.country)
                            own_country = link.row.country if link is not None else None
                            looked_up = True
                        if own_country and own_country != piso:
                            continue
                    if self._is_parent_name(prefix, names) or (deictic and _is_place(prefix + dm.group())):
                        cands.append((m, prefix))
                elif rest and full.endswith(rest) and len(full) > len(short):
                    fiso, frest = self.gaz.strip_country(full)
                    middle = full[: -len(rest)]
                    if fiso == iso and frest != rest and self._is_parent_name(middle, names):
                        cands.append((m, middle))
            if not cands:
                continue
            roots = {self.uf.find(m.idx) for m, _ in cands}
            if len(roots) != 1:
                continue  # two departments of that name here (two ministries): ambiguous
            m, prefix = cands[0]
            if n.part_of:
                parents = {name_key(p.split(":", 1)[-1]) for p in n.part_of}
                if name_key(prefix) not in parents and not any(name_key(prefix).endswith(p) for p in parents):
                    continue  # its stated parent is another body
            self.uf.union(m.idx, n.idx, "department-of-parent",
                          f"{short!r} = {m.entity.name!r}: parent {prefix!r} named in {n.briefing}")

    def _abbreviations(self, group: list[_Node]) -> None:
        """"博世科" = "广西博世科环保科技股份有限公司": a short name inside exactly one company's
        or institute's full name in the briefing (not a name the gazetteer knows). Never a
        body and its own unit: a ``part_of`` fact between them says they are two."""
        for n in group:
            short = n.entity.name
            if not (2 <= len(short) <= 6 and has_han(short)) or _GOV_UNIT.search(short) \
                    or self.gaz.link(short) is not None or self.gaz.country_of_name(short):
                continue
            fulls = {self.uf.find(m.idx): m for m in group if m is not n
                     and n.key not in m.part_of and m.key not in n.part_of  # a body and its unit
                     and any(short in f and len(f) > len(short) and _LEGAL_BODY.search(f) for f in m.primary)}
            if len(fulls) == 1:
                m = next(iter(fulls.values()))
                self.uf.union(m.idx, n.idx, "abbreviation",
                              f"{short!r} is part of {m.entity.name!r}, the only such body in {n.briefing}")

    def _is_parent_name(self, prefix: str, names: dict[str, _Node]) -> bool:
        if name_key(prefix) in names:
            return True
        if self.gaz.link(prefix) is not None or self.gaz.country_of_name(prefix):
            return True
        iso, rest = self.gaz.strip_country(prefix)
        return bool(iso and (name_key(rest) in names or self.gaz.link(rest, country=iso)))

    def _latin_people(self, group: list[_Node]) -> None:
        latin = [n for n in group if is_latin(n.entity.name)]
        for i, a in enumerate(latin):
            for b in latin[i + 1:]:
                if one_edit_apart(a.entity.name, b.entity.name) and name_key(a.entity.name) != name_key(b.entity.name):
                    self.uf.union(a.idx, b.idx, "latin-one-letter", f"{a.entity.name!r} ~ {b.entity.name!r} in {a.briefing}")
        for i, a in enumerate(latin):
            for b in latin[i + 1:]:
                ta, tb = latin_tokens(a.entity.name), latin_tokens(b.entity.name)
                if len(ta) > 1 and ta != tb and sorted(ta) == sorted(tb):
                    self.uf.union(a.idx, b.idx, "latin-word-order",
                                  f"{a.entity.name!r} ~ {b.entity.name!r} in {a.briefing}")
        for a in latin:
            toks = latin_tokens(a.entity.name)
            if len(toks) != 1 or len(toks[0]) < 4:
                continue
            full = {self.uf.find(b.idx) for b in latin if b is not a and len(latin_tokens(b.entity.name)) > 1
                    and toks[0] in latin_tokens(b.entity.name)}
            if len(full) == 1:
                b = next(b for b in latin if self.uf.find(b.idx) in full)
                self.uf.union(b.idx, a.idx, "latin-partial", f"{a.entity.name!r} is part of {b.entity.name!r} in {a.briefing}")

    # -------------------------------------------------------------- gazetteer
    def link(self) -> None:
        by_b = self.in_briefing()
        for bid, nodes in sorted(by_b.items()):
            orgs = [n for n in nodes if n.kind == "organization"]
            for rnd in (0, 1):  # exact names first; then short forms in the context they give
                context = {l.row.key for n in orgs for l in n.links}
                for n in orgs:
                    if n.links:
                        continue
                    parents = set(context)
                    for p in n.part_of:
                        pn = self.node(bid, p)
                        if pn is not None:
                            parents |= {l.row.key for l in pn.links}
                    n.links = self._link_node(n, parents if rnd else set())
        rows: dict[str, list[_Node]] = defaultdict(list)
        for n in self.nodes:
            for l in n.links:
                rows[l.row.key].append(n)
        for key in sorted(rows):
            ns = rows[key]
            for n in ns[1:]:
                l = next(l for l in n.links if l.row.key == key)
                l0 = next(l for l in ns[0].links if l.row.key == key)
                self.uf.union(ns[0].idx, n.idx, "gazetteer",
                              f"{l.name!r} ({n.briefing}, {l.how}) and {l0.name!r} ({ns[0].briefing}, "
                              f"{l0.how}) are gazetteer row {key}")

    def _link_node(self, n: _Node, parents: set[str]) -> list[Link]:
        parts = _slash(n.entity.name)
        if parts:  # "A/B": each name on its own
            links = [self.gaz.link(p, country=n.country, parents=parents) for p in parts]
            return [l for l in links if l is not None]
        for name in n.names:
            l = self.gaz.link(name, country=n.country, parents=parents)
            if l is not None:
                return [l]
        return []

    # -------------------------------------------------------------- across briefings
    def _generic(self, name: str, n: _Node) -> bool:
        if self.gaz.is_short_form(name) or self.gaz.ambiguous(name):
            return True
        return (not n.links and len(name) <= 6 and bool(_GENERIC_ORG.search(name)) and has_han(name)
                and not _well_known(name))

    def across(self) -> None:
        clusters = self.clusters()
        dates: dict[tuple[str, str], set[str]] = defaultdict(set)
        for bid, facts in self.facts_of.items():
            for f in facts:
                if f.kind == "event_date" and f.value:
                    dates[(bid, f.subject)].add(f.value)
        info = {}
        for root, members in clusters.items():
            ns = [self.nodes[i] for i in members]
            info[root] = (
                _frozen(l.row.key for n in ns for l in n.links),
                _frozen(n.country for n in ns if n.country),
                _frozen(d for n in ns for d in dates.get((n.briefing, n.key), ())),
            )
        index: dict[tuple[str, str], list[int]] = defaultdict(list)
        for n in self.nodes:
            if n.kind == "person":
                continue
            if n.kind == "country":
                index[(n.kind, "key:" + n.key)].append(n.idx)
                continue
            for x in n.primary:
                if n.kind == "organization" and self._generic(x, n):
                    continue
                index[(n.kind, name_key(x))].append(n.idx)
        for (kind, k), idxs in sorted(index.items()):
            for b in idxs[1:]:
                a = idxs[0]
                ra, rb = self.uf.find(a), self.uf.find(b)
                if ra == rb:
                    continue
                rows_a, cs_a, dates_a = info.get(ra, (_EMPTY,) * 3)
                rows_b, cs_b, dates_b = info.get(rb, (_EMPTY,) * 3)
                if kind == "organization" and ((rows_a and rows_b and rows_a != rows_b)
                                               or (cs_a and cs_b and not cs_a & cs_b)):
                    continue
                if kind == "event" and dates_a and dates_b and not dates_a & dates_b:
                    continue
                rule = "same-key" if k.startswith("key:") else "same-name"
                na, nb = self.nodes[a], self.nodes[b]
                if self.uf.union(a, b, rule, f"{_label(na)} = {_label(nb)}"):
                    merged = self.uf.find(a)
                    info[merged] = (rows_a | rows_b, cs_a | cs_b, dates_a | dates_b)

    def people(self) -> None:
        """Same person's name in several briefings: one person when their posts share an
        organisation or its family."""
        org_ident, org_parents = self._org_family()
        posts: dict[int, set[int]] = defaultdict(set)  # person root -> org roots
        for n in self.nodes:
            if n.kind != "person":
                continue
            for f in self.facts_of[n.briefing]:
                if f.kind == "post" and f.subject == n.key and f.object:
                    o = self.node(n.briefing, f.object)
                    if o is not None:
                        posts[n.idx].add(self.uf.find(o.idx))

        orgs_of: dict[int, set[int]] = defaultdict(set)  # person cluster root -> org roots
        for i, os_ in posts.items():
            orgs_of[self.uf.find(i)] |= os_

        def orgs(root: int) -> set[int]:
            return orgs_of.get(root, set())

        def related(a: set[int], b: set[int]) -> str | None:
            for x in sorted(a):
                for y in sorted(b):
                    ix, iy = org_ident[x], org_ident[y]
                    px, py = org_parents[x], org_parents[y]
                    if ix & iy:
                        return "same organisation"
                    if ix & py or iy & px:
                        return "one organisation within the other"
                    if px & py:
                        return "organisations of one parent"
            return None

        people = [n for n in self.nodes if n.kind == "person"]
        index: dict[str, list[_Node]] = defaultdict(list)
        for n in people:
            keys = {name_key(y) for y in n.names}
            keys |= {" ".join(sorted(latin_tokens(y))) for y in n.names if is_latin(y) and len(latin_tokens(y)) > 1}
            for x in sorted(keys):
                index[x].append(n)

        def pairs():
            for k in sorted(index):
                ns = index[k]
                for i, a in enumerate(ns):
                    for b in ns[i + 1:]:
                        yield a, b, "same name"
            # Latin spellings one letter apart: compare spellings sharing all words but one
            buckets: dict[tuple, dict[str, list[_Node]]] = defaultdict(lambda: defaultdict(list))
            for n in people:
                if is_latin(n.entity.name):
                    toks = latin_tokens(n.entity.name)
                    for i in range(len(toks)):
                        buckets[(len(toks), i, toks[:i] + toks[i + 1:])][name_key(n.entity.name)].append(n)
            for key in sorted(buckets):
                spellings = sorted(buckets[key].items())
                for i, (ka, na) in enumerate(spellings):
                    for kb_, nb in spellings[i + 1:]:
                        if one_edit_apart(na[0].entity.name, nb[0].entity.name):
                            for a in na:
                                for b in nb:
                                    yield a, b, "Latin names one letter apart"

        for a, b, why in pairs():
            ra, rb = self.uf.find(a.idx), self.uf.find(b.idx)
            if ra == rb:
                continue
            how = related(orgs(ra), orgs(rb))
            if how and self.uf.union(a.idx, b.idx, "person-same-org", f"{why}: {_label(a)} and {_label(b)}; {how}"):
                orgs_of[self.uf.find(a.idx)] = orgs(ra) | orgs(rb)

    def _org_family(self):
        ident: dict[int, set] = {}
        parents: dict[int, set] = {}
        for root, members in self.clusters().items():
            ns = [self.nodes[i] for i in members]
            if not ns or ns[0].kind != "organization":
                continue
            rows = {l.row.key for n in ns for l in n.links}
            ident[root] = {("c", root)} | {("g", r) for r in rows}
            ps = {("g", self.gaz.orgs[r].parent) for r in rows if self.gaz.orgs[r].parent}
            for n in ns:
                for p in n.part_of:
                    pn = self.node(n.briefing, p)
                    if pn is not None:
                        pr = self.uf.find(pn.idx)
                        ps.add(("c", pr))
                        ps |= {("g", l.row.key) for l in pn.links}
            parents[root] = ps
        # a cluster linked to a row is that row's ("g", key) as well: parents named by cluster
        by_row = {g: root for root, ids in ident.items() for g in ids if g[0] == "g"}
        for root in parents:
            parents[root] |= {("c", by_row[p]) for p in parents[root] if p in by_row}
        return defaultdict(set, ident), defaultdict(set, parents)

    # -------------------------------------------------------------- curation merges
    def curated_merges(self) -> dict[int, set[int]]:
        """Apply merge entries; returns root -> the 'into' node ids (whose name the entity keeps)."""
        into_nodes: dict[int, set[int]] = {}
        for e in self.cur.of("merge"):
            src = self._require(e.fields["entity"])
            dst = self._require(e.fields["into"])
            for n in src + dst[1:]:
                if not self.uf.union(dst[0].idx, n.idx, "curation",
                                     f"merge at line {e.line} by {e.curator} ({e.date}): {e.reason}"):
                    if self.uf.find(dst[0].idx) != self.uf.find(n.idx):
                        raise CurationError(f"{self.cur.path}:{e.line}: merge of {e.fields['entity'].text!r} "
                                            f"into {e.fields['into'].text!r} contradicts a keep-apart or split")
            into_nodes.setdefault(id(e), set()).update(n.idx for n in dst)
        out: dict[int, set[int]] = defaultdict(set)
        for ids in into_nodes.values():
            for i in ids:
                out[self.uf.find(i)].add(i)
        return out

    # -------------------------------------------------------------- output
    def clusters(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.nodes)):
            out[self.uf.find(i)].append(i)
        return out


# ------------------------------------------------------------------------------ naming
def _best_name(ns: list[_Node]) -> str:
    counts = Counter(n.entity.name for n in ns)
    han = any(has_han(n.entity.name) for n in ns)

    def rank(name: str):
        marks = sum(not c.isascii() for c in name) if is_latin(name) else 0
        return (bool(_slash(name)), han and not has_han(name), -len(name), -marks, -counts[name], name)

    names = [n.entity.name for n in ns] + [p for n in ns for p in _slash(n.entity.name)]
    return min(names, key=rank)


def _local_name(ns: list[_Node], lang: str) -> str:
    """The most complete form one briefing uses (the one written first among equals).

    Two bodies of two gazetteer rows that an "A/B" name elsewhere makes one: the name of the
    body the briefing writes first (its own subject), not the other one it names in passing."""
    if len({l.row.key for n in ns for l in n.links}) > 1:
        lead = {l.row.key for l in min(ns, key=lambda n: n.first).links}
        ns = [n for n in ns if not n.links or lead & {l.row.key for l in n.links}]
    han = lang == "zh" and any(has_han(n.entity.name) for n in ns)
    return min(ns, key=lambda n: (han and not has_han(n.entity.name), -len(n.entity.name), n.first, n.entity.name)).entity.name


def merge_rule_texts(kb: KnowledgeBase) -> dict[tuple[str, str], list[str]]:
    """(briefing id, entity key) -> the merge rules of that briefing's mention of the entity,
    each as ``"rule: detail"``; graph.py writes each as ``lmec:mergeRule`` on the Mention node."""
    return rule_texts(kb.reasons)


def rule_texts(reasons: Iterable[MergeReason]) -> dict[tuple[str, str], list[str]]:
    """:func:`merge_rule_texts` of these reasons only (graph.py: one briefing's at a time)."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in reasons:
        text = f"{r.rule}: {r.detail}" if r.detail else r.rule
        if text not in out[(r.briefing, r.entity)]:
            out[(r.briefing, r.entity)].append(text)
    return {k: sorted(v) for k, v in out.items()}


def resolve(
    extractions: Iterable[Extraction],
    *,
    gazetteer: Gazetteer | str | Path | None = DEFAULT,
    curation: Curation | str | Path | None = DEFAULT,
    consume: bool = False,
) -> KnowledgeBase:
    """Resolve the extractions' entities into one global entity per real thing.

    ``gazetteer``: a :class:`Gazetteer`, a folder with ``organizations.csv`` and
    ``countries.csv``, ``None`` for none; default ``data/gazetteer``. ``curation``: a
    :class:`Curation`, a YAML path, ``None`` for none; default ``data/curation.yaml``.
    ``consume=True`` empties ``extractions`` (a list) and lets each extraction go once its
    facts are resolved: a large build then never holds every extraction beside the
    knowledge base made from them (Python keeps the memory of that peak for the rest of
    the build). Raises :class:`~lmec_kg.errors.CurationError` for a curation entry that
    cannot apply.
    """
    exs: list[Extraction | None] = sorted(extractions, key=lambda e: e.briefing.id)
    if consume and isinstance(extractions, list):
        extractions.clear()
    res = resolution(exs, gazetteer=gazetteer, curation=curation)
    facts: list[Fact] = []
    mentions: list[Mention] = []
    sentences: list[tuple[str, int, int, str]] = []
    briefings: list[Briefing] = []
    for i, ex in enumerate(exs):
        bid = ex.briefing.id
        facts.extend(res.facts_of(ex))
        mentions.extend(res.mentions_of(ex))
        sentences.extend((bid, a, b, t) for a, b, t in ex.sentences)
        briefings.append(ex.briefing)
        if consume:
            exs[i] = None
    edits = res.fact_edits()
    facts = edits.apply(facts)
    edits.check()
    return KnowledgeBase(
        briefings=tuple(briefings),
        entities=res.entities,
        facts=tuple(facts),
        mentions=tuple(mentions),
        local_names=res.local_names,
        reasons=res.reasons,
        sentences=tuple(sentences),
        curation=res.curation,
    )


#: the facts resolution reads (countries, parents, event dates, posts); a skeleton keeps
#: these and those pointing at a country, see :func:`skeleton`
RESOLUTION_FACTS = frozenset({"country", "part_of", "event_date", "post"})


def skeleton(ex: Extraction) -> Extraction:
    """What :func:`resolution` reads of an extraction: its entities, each entity's first
    mention, and the facts it resolves by. A large build holds these for every briefing
    and re-reads the whole extraction, one briefing at a time, to write its graph."""
    countries = {e.key for e in ex.entities if e.kind == "country"}
    facts = tuple(f for f in ex.facts if f.kind in RESOLUTION_FACTS or (
        f.object is not None and (f.object.startswith("country:") or f.object in countries)))
    first: dict[str, Mention] = {}
    for m in ex.mentions:
        if m.key not in first or m.start < first[m.key].start:
            first[m.key] = m
    return Extraction(ex.briefing, ex.entities, facts, tuple(first.values()), ex.version)


@dataclass(frozen=True)
class Resolution:
    """Resolution without the facts: global entities, the local-to-global key map and the
    merge reasons, from which each briefing's facts and mentions are resolved one briefing
    at a time (:meth:`facts_of`, :meth:`mentions_of`), then curation's fact edits applied
    (:meth:`fact_edits`)."""

    entities: tuple[Entity, ...]
    local_to_global: dict[tuple[str, str], str]
    reasons: tuple[MergeReason, ...]
    local_names: tuple[tuple[str, str, str], ...]
    #: curation's fact edits in file order: ("drop", entry, spec, subject, object) or ("add", entry, fact)
    edits: tuple[tuple, ...] = ()
    path: str = ""
    #: every curation entry as applied (:class:`~lmec_kg.curation.Applied`), in file order
    curation: tuple[Applied, ...] = ()

    def glob(self, bid: str, key: str | None) -> str | None:
        if key is None:
            return None
        return self.local_to_global.get((bid, key), key)

    def facts_of(self, ex: Extraction) -> Iterator[Fact]:
        bid, glob = ex.briefing.id, self.glob
        for f in ex.facts:
            yield Fact(f.kind, glob(bid, f.subject), glob(bid, f.object), f.value, f.briefing or bid,
                       f.start, f.end, f.confidence, f.extra, f.curated)

    def mentions_of(self, ex: Extraction) -> Iterator[Mention]:
        bid, glob = ex.briefing.id, self.glob
        for m in ex.mentions:
            yield Mention(glob(bid, m.key), m.surface, m.briefing or bid, m.start, m.end)

    def added_briefings(self) -> set[str]:
        """Briefings the facts curation adds cite ("" for none)."""
        return {e[2].briefing for e in self.edits if e[0] == "add"}

    def fact_edits(self) -> FactEdits:
        return FactEdits(self.edits, self.path)


class FactEdits:
    """Curation's drop-fact and add-fact entries, applied in file order to all facts at
    once or to one briefing's at a time (a drop can only match its own briefing's facts, an
    added fact joins the briefing it cites); :meth:`check` then names a drop that matched
    nothing."""

    def __init__(self, edits: tuple[tuple, ...], path: str) -> None:
        self.edits = edits
        self.path = path
        self.dropped = [0] * len(edits)

    def apply(self, facts: list[Fact], briefing: str | None = None) -> list[Fact]:
        """``facts`` with the edits applied; with ``briefing``, only facts it cites are added."""
        for i, e in enumerate(self.edits):
            if e[0] == "drop":
                _, _, spec, subj, obj = e
                keep = [f for f in facts if not _fact_matches(f, spec, subj, obj)]
                self.dropped[i] += len(facts) - len(keep)
                facts = keep
            elif briefing is None or e[2].briefing == briefing:
                facts.append(e[2])
        return facts

    def check(self) -> None:
        for i, e in enumerate(self.edits):
            if e[0] == "drop" and not self.dropped[i]:
                spec = e[2]
                raise CurationError(f"{self.path}:{e[1].line}: drop-fact: no {spec['kind']} fact of "
                                    f"{spec['subject'].text!r} matches")


def resolution(
    extractions: Iterable[Extraction],
    *,
    gazetteer: Gazetteer | str | Path | None = DEFAULT,
    curation: Curation | str | Path | None = DEFAULT,
) -> Resolution:
    """:func:`resolve` without making the facts: from whole extractions or their
    :func:`skeleton` alike."""
    exs = sorted(extractions, key=lambda e: e.briefing.id)
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else (
        Gazetteer() if gazetteer is None else load_gazetteer(None if gazetteer == DEFAULT else gazetteer))
    cur = curation if isinstance(curation, Curation) else (
        Curation() if curation is None else load_curation(None if curation == DEFAULT else curation))

    r = _Resolver(exs, gaz, cur)
    r.constraints()
    r.within()
    r.link()
    r.across()
    r.people()
    into = r.curated_merges()
    clusters = r.clusters()

    # ---- global entities
    keyed: dict[int, str] = {}
    entities: dict[int, Entity] = {}
    split_keys = {min(inside): e.fields["key"] for e, inside in r.splits.values()}
    wanted: dict[str, list[int]] = defaultdict(list)
    for root in sorted(clusters):
        ns = [r.nodes[i] for i in clusters[root]]
        named = [r.nodes[i] for i in sorted(into.get(root, ()))] or ns
        rows = sorted({l.row.key for n in ns for l in n.links})
        row = None
        if rows:  # several rows only through "A/B" names: the first key is canonical (stable)
            mine = sorted({l.row.key for n in named for l in n.links}) or rows
            row = gaz.orgs[mine[0]]
        kind = ns[0].kind
        name = row.name_zh if row is not None else _best_name(named)
        if kind == "country" and ns[0].key.startswith("country:"):
            crow = gaz.country_row(ns[0].key.split(":", 1)[1])
            name = crow.name_zh if crow else name
            key = ns[0].key
        else:
            key = f"{kind}:{name}"
        for i in clusters[root]:
            if i in split_keys:
                key = split_keys[i]
                name = key.split(":", 1)[1]
        keyed[root] = key
        wanted[key].append(root)
        entities[root] = _entity(key, kind, name, ns, row, gaz)

    # ---- two distinct things under one key: the earliest briefing's keeps it
    first_seen = {root: min((r.nodes[i].briefing, r.nodes[i].first) for i in clusters[root]) for root in clusters}
    post_org: dict[int, str] = {}
    for bid in sorted(r.facts_of):
        for f in r.facts_of[bid]:
            if f.kind == "post" and f.object:
                p, o = r.node(bid, f.subject), r.node(bid, f.object)
                if p is not None and o is not None:
                    post_org.setdefault(r.uf.find(p.idx), entities[r.uf.find(o.idx)].name)
    taken = set(wanted)
    for key, roots in sorted(wanted.items()):
        if len(roots) < 2:
            continue
        roots = sorted(roots, key=lambda x: first_seen[x])
        for root in roots[1:]:
            qual = post_org.get(root) if entities[root].kind == "person" else None
            new = f"{key}@{qual}" if qual else f"{key}@{first_seen[root][0]}"
            while new in taken:
                new = f"{new}@{first_seen[root][0]}"
            taken.add(new)
            keyed[root] = new
            e = entities[root]
            entities[root] = Entity(new, e.kind, e.name, e.subtype, e.aliases, e.attrs)

    local_to_global = {(n.briefing, n.key): keyed[r.uf.find(n.idx)] for n in r.nodes}

    # ---- reasons
    reasons: list[MergeReason] = []
    incident: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for a, b, rule, detail in r.uf.edges:
        incident[a].append((rule, detail))
        incident[b].append((rule, detail))
    for n in r.nodes:
        g = local_to_global[(n.briefing, n.key)]
        mine = [MergeReason(n.briefing, n.key, g, rule, detail)
                for rule, detail in incident.get(n.idx) or [("own", "no other mention merged with it")]]
        mine += [MergeReason(n.briefing, n.key, g, "gazetteer-link",
                             f"{l.name!r} matched gazetteer row {l.row.key} ({l.how})") for l in n.links]
        reasons.extend(dict.fromkeys(mine))

    # ---- names, countries, curation
    lang = {ex.briefing.id: ex.briefing.language for ex in exs}
    per_b: dict[tuple[str, str], list[_Node]] = defaultdict(list)
    for n in r.nodes:
        per_b[(n.briefing, local_to_global[(n.briefing, n.key)])].append(n)
    local_names = [(b, k, _local_name(ns, lang.get(b, "zh"))) for (b, k), ns in sorted(per_b.items())]

    ents = {e.key: e for e in entities.values()}
    _add_countries(ents, local_to_global, exs, gaz)
    ents, edits, applied = _apply_curation(r, cur, ents, local_to_global, reasons)
    return Resolution(
        entities=tuple(sorted(ents.values(), key=lambda e: e.key)),
        local_to_global=local_to_global,
        reasons=tuple(reasons),
        local_names=tuple(local_names),
        edits=tuple(edits),
        path=str(cur.path),
        curation=applied,
    )


def _entity(key: str, kind: str, name: str, ns: list[_Node], row, gaz: Gazetteer) -> Entity:
    aliases = set()
    for n in ns:
        aliases.update(n.names)
    subtypes = Counter(n.entity.subtype for n in ns if n.entity.subtype)
    subtype = row.type if row is not None else (min(subtypes, key=lambda s: (-subtypes[s], s)) if subtypes else None)
    attrs: dict[str, str] = {}
    multi: list[tuple[str, str]] = []
    for n in sorted(ns, key=lambda n: (n.briefing, n.key)):
        for k, v in n.entity.attrs:
            if k == "member":
                multi.append((k, v))
            else:
                attrs.setdefault(k, v)
    if row is not None:
        aliases.update(row.aliases_zh)
        aliases.update(a for a in row.aliases_en)
        if row.name_en:
            attrs["name_en"] = row.name_en
        if row.wikidata:
            attrs["wikidata"] = row.wikidata
        if row.acronym:
            attrs["acronym"] = row.acronym
        if row.country:
            attrs["country"] = row.country
        else:
            attrs.pop("country", None)
    if kind == "country":
        crow = gaz.country_row(key.split(":", 1)[1])
        if crow is not None:
            attrs.update(_country_attrs(crow))
            multi += [("member", m) for m in crow.members]
            aliases.update(crow.aliases_zh)
            aliases.update(crow.aliases_en)
    if kind == "person":
        latin = sorted((a for a in aliases if is_latin(a)), key=lambda a: (-len(a), a))
        if has_han(name):
            if latin and "name_en" not in attrs:
                attrs["name_en"] = latin[0]
            py = pinyin_name(name)
            if py and ("·" not in name or "name_en" not in attrs):
                attrs["pinyin"] = py
    aliases.discard(name)
    attr_items = sorted(set(attrs.items()) | set(multi))
    return Entity(key, kind, name, subtype, tuple(sorted(aliases)), tuple(attr_items))


def _country_attrs(crow) -> dict[str, str]:
    out = {"name_en": crow.name_en}
    if crow.kind == "country":
        out["iso"] = crow.key
    if crow.wikidata:
        out["wikidata"] = crow.wikidata
    return out


def _add_countries(ents: dict[str, Entity], l2g: dict[tuple[str, str], str], exs: list[Extraction],
                   gaz: Gazetteer) -> None:
    """Country entities that facts or attributes point to but no briefing named as such."""
    wanted = set()
    for ex in exs:
        bid = ex.briefing.id
        for f in ex.facts:
            if f.object is not None:
                o = l2g.get((bid, f.object), f.object)
                if o.startswith("country:"):
                    wanted.add(o)
    wanted |= {f"country:{v}" for e in ents.values() for k, v in e.attrs if k in ("country", "member")}
    for key in sorted(wanted - set(ents)):
        crow = gaz.country_row(key.split(":", 1)[1])
        if crow is None:
            continue
        attrs = _country_attrs(crow)
        members = [("member", m) for m in crow.members]
        ents[key] = Entity(key, "country", crow.name_zh, "group" if crow.kind == "group" else None,
                           tuple(sorted(set(crow.aliases_zh) | set(crow.aliases_en))),
                           tuple(sorted(set(attrs.items()) | set(members))))


# ------------------------------------------------------------------------------ curation
def _find_global(r: _Resolver, ents: dict[str, Entity], ref: Ref, l2g: dict) -> str:
    if ref.key in ents and not ref.briefing:
        return ref.key
    keys = sorted({l2g[(n.briefing, n.key)] for n in r.match_ref(ref)})
    if not keys:
        k = name_key(ref.name)
        keys = sorted(e.key for e in ents.values() if e.kind == ref.kind
                      and k in {name_key(x) for x in (e.name, *e.aliases)})
    if not keys:
        raise CurationError(f"{r.cur.path}:{ref.line}: unknown entity {ref.text!r}")
    if len(keys) > 1:
        raise CurationError(f"{r.cur.path}:{ref.line}: {ref.text!r} names {len(keys)} entities "
                            f"({', '.join(keys)}); use the key or add 'in <briefing>'")
    return keys[0]


def _set_attr(e: Entity, k: str, v: str) -> Entity:
    attrs = tuple(sorted([(a, b) for a, b in e.attrs if a != k] + [(k, v)]))
    return Entity(e.key, e.kind, e.name, e.subtype, e.aliases, attrs)


def _apply_curation(r: _Resolver, cur: Curation, ents: dict[str, Entity], l2g: dict,
                    reasons: list[MergeReason]) -> tuple[dict[str, Entity], list[tuple], tuple[Applied, ...]]:
    """Entity entries applied to ``ents``; fact entries returned, their entities found now
    (in file order, as each entry sees the entities the entries before it left); and every
    entry with the entities it changed or named, for the graph to record."""
    edits: list[tuple] = []
    named: list[tuple[Entry, list[str], str | None]] = []
    for e in cur.entries:
        keys: list[str] = []
        dropped = None
        named.append((e, keys, None))
        if e.action in ("merge", "keep-apart", "split"):  # applied during resolution: find them now
            refs = [e.fields["into"]] if e.action == "merge" else (
                list(e.fields["entities"]) if e.action == "keep-apart" else [])
            if e.action == "split" and e.fields["key"] in ents:
                keys.append(e.fields["key"])
            for ref in refs:
                try:
                    keys.append(_find_global(r, ents, ref, l2g))
                except CurationError:
                    pass  # names several entities (as a keep-apart may): the entry still records it
        if e.action in ("rename", "label", "link", "drop-entity"):
            key = _find_global(r, ents, e.fields["entity"], l2g)
            ent = ents[key]
            if e.action == "rename":
                new = e.fields["name"]
                aliases = tuple(sorted((set(ent.aliases) | {ent.name}) - {new}))
                ents[key] = Entity(ent.key, ent.kind, new, ent.subtype, aliases, ent.attrs)
                if ent.kind == "person" and pinyin_name(new):
                    ents[key] = _set_attr(ents[key], "pinyin", pinyin_name(new))
            elif e.action == "label":
                ents[key] = _set_attr(ent, "name_en", e.fields["en"])
            elif e.action == "link":
                ents[key] = _set_attr(ent, "wikidata", e.fields["wikidata"])
            else:
                del ents[key]
                dropped = key
            keys.append(key)
            named[-1] = (e, keys, dropped)
            reasons.append(MergeReason("", "", key, "curation",
                                       f"{e.action} at line {e.line} by {e.curator} ({e.date}): {e.reason}"))
        elif e.action == "drop-fact":
            spec = e.fields["fact"]
            subj = _find_global(r, ents, spec["subject"], l2g)
            obj = _find_global(r, ents, spec["object"], l2g) if spec["object"] else None
            edits.append(("drop", e, spec, subj, obj))
            keys += [k for k in (subj, obj) if k]
        elif e.action == "add-fact":
            spec = e.fields["fact"]
            subj = _find_global(r, ents, spec["subject"], l2g)
            obj = _find_global(r, ents, spec["object"], l2g) if spec["object"] else None
            try:
                edits.append(("add", e, Fact(spec["kind"], subj, obj, spec["value"], spec["briefing"] or "",
                                             0, 0, 1.0, spec["extra"], e.provenance())))
            except ValueError as err:
                raise CurationError(f"{cur.path}:{e.line}: add-fact: {err}") from None
            keys += [k for k in (subj, obj) if k]
    applied = tuple(Applied(e, str(cur.path), tuple(sorted({k for k in keys if k in ents})), dropped)
                    for e, keys, dropped in named)
    return ents, edits, applied


def _fact_matches(f: Fact, spec: dict, subj: str, obj: str | None) -> bool:
    return (f.kind == spec["kind"] and f.subject == subj
            and (obj is None or f.object == obj)
            and (spec["value"] is None or f.value == spec["value"])
            and (spec["briefing"] is None or f.briefing == spec["briefing"]))
