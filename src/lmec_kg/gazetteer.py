"""The gazetteer: countries and recurring organisations, read from ``data/gazetteer/*.csv``.

Linking an organisation's names to a gazetteer row gives it a stable key, an English name and
(where checked) a Wikidata QID. Names are matched by :func:`normalize.name_key`. A name only
some rows share, or a short form that needs its context (a foreign ministry without its
country prefix, a department without its ministry), links only when the context picks one row:
the organisation's country, or its parent named in the same briefing.
"""
from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .files import read_utf8
from .normalize import name_key

__all__ = [
    "ORG_COLUMNS",
    "COUNTRY_COLUMNS",
    "ORG_TYPES",
    "DATA_DIR",
    "DEFAULT_DIR",
    "OrgRow",
    "CountryRow",
    "Gazetteer",
    "Link",
    "load_gazetteer",
    "read_organizations",
    "read_countries",
]

ORG_COLUMNS = ("key", "name_zh", "aliases_zh", "name_en", "aliases_en", "acronym", "type",
               "country", "parent", "wikidata", "source")
COUNTRY_COLUMNS = ("key", "name_zh", "aliases_zh", "name_en", "aliases_en", "kind", "members", "wikidata")
ORG_TYPES = frozenset({
    "ministry", "department", "agency", "local_government", "diplomatic_mission",
    "international_organization", "ngo", "foundation", "research_institute", "company",
    "secretariat", "cooperation_center",
})


def _data_dir() -> Path:
    env = os.environ.get("LMEC_KG_DATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2] / "data"
    return repo if repo.is_dir() else Path("data")


#: the project's data folder (the repository's ``data/``; ``LMEC_KG_DATA`` overrides it)
DATA_DIR = _data_dir()
DEFAULT_DIR = DATA_DIR / "gazetteer"


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


@dataclass(frozen=True, slots=True)
class OrgRow:
    key: str
    name_zh: str
    aliases_zh: tuple[str, ...]
    name_en: str
    aliases_en: tuple[str, ...]
    acronym: str
    type: str
    country: str
    parent: str
    wikidata: str
    source: str
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name_zh, *self.aliases_zh, *((self.name_en,) if self.name_en else ()),
                *self.aliases_en, *((self.acronym,) if self.acronym else ()))


@dataclass(frozen=True, slots=True)
class CountryRow:
    key: str
    name_zh: str
    aliases_zh: tuple[str, ...]
    name_en: str
    aliases_en: tuple[str, ...]
    kind: str
    members: tuple[str, ...]
    wikidata: str
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name_zh, *self.aliases_zh, self.name_en, *self.aliases_en)


@dataclass(frozen=True, slots=True)
class Link:
    """A name matched to a gazetteer row, and how."""

    row: OrgRow
    how: str  # "name", "alias", "english", "acronym", "country-prefix", "without-country", "without-parent"
    name: str


def _rows(path: Path, columns: tuple[str, ...]) -> Iterable[tuple[int, dict[str, str]]]:
    text = read_utf8(path, InputError, "gazetteer")
    numbered = [(i, line) for i, line in enumerate(text.splitlines(), 1)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise InputError(f"{path}: no header row")
    reader = csv.reader([line for _, line in numbered])
    header = tuple(next(reader))
    if header != columns:
        raise InputError(f"{path}:{numbered[0][0]}: header must be {','.join(columns)}")
    for (lineno, _), cells in zip(numbered[1:], reader):
        if len(cells) != len(columns):
            raise InputError(f"{path}:{lineno}: {len(cells)} cells, expected {len(columns)}")
        yield lineno, dict(zip(columns, (c.strip() for c in cells)))


def read_organizations(path: str | os.PathLike) -> list[OrgRow]:
    """Rows of an organisations CSV, checked: unique keys, known types, QIDs well formed."""
    path = Path(path)
    out: list[OrgRow] = []
    seen: dict[str, int] = {}
    for lineno, r in _rows(path, ORG_COLUMNS):
        if not r["key"] or not r["name_zh"]:
            raise InputError(f"{path}:{lineno}: key and name_zh are required")
        if r["key"] in seen:
            raise InputError(f"{path}:{lineno}: key {r['key']!r} repeats line {seen[r['key']]}")
        if r["type"] not in ORG_TYPES:
            raise InputError(f"{path}:{lineno}: unknown type {r['type']!r}")
        if r["wikidata"] and not (r["wikidata"][0] == "Q" and r["wikidata"][1:].isdigit()):
            raise InputError(f"{path}:{lineno}: wikidata must be a QID like Q7768, not {r['wikidata']!r}")
        seen[r["key"]] = lineno
        out.append(OrgRow(r["key"], r["name_zh"], _split(r["aliases_zh"]), r["name_en"],
                          _split(r["aliases_en"]), r["acronym"], r["type"], r["country"],
                          r["parent"], r["wikidata"], r["source"], lineno))
    keys = set(seen)
    for row in out:
        if row.parent and row.parent not in keys:
            raise InputError(f"{path}:{row.line}: parent {row.parent!r} is not a key of this file")
    return out


def read_countries(path: str | os.PathLike) -> list[CountryRow]:
    path = Path(path)
    out: list[CountryRow] = []
    seen: set[str] = set()
    for lineno, r in _rows(path, COUNTRY_COLUMNS):
        if r["key"] in seen:
            raise InputError(f"{path}:{lineno}: key {r['key']!r} repeats")
        if r["wikidata"] and not (r["wikidata"][0] == "Q" and r["wikidata"][1:].isdigit()):
            raise InputError(f"{path}:{lineno}: wikidata must be a QID, not {r['wikidata']!r}")
        seen.add(r["key"])
        out.append(CountryRow(r["key"], r["name_zh"], _split(r["aliases_zh"]), r["name_en"],
                              _split(r["aliases_en"]), r["kind"] or "country", _split(r["members"]),
                              r["wikidata"], lineno))
    return out


class Gazetteer:
    """Countries and organisations with name indexes for linking."""

    def __init__(self, orgs: Iterable[OrgRow] = (), countries: Iterable[CountryRow] = ()):
        self.orgs: dict[str, OrgRow] = {r.key: r for r in orgs}
        self.countries: dict[str, CountryRow] = {c.key: c for c in countries}
        self._exact: dict[str, list[tuple[str, str]]] = defaultdict(list)  # name key -> (row, how)
        self._no_country: dict[str, list[str]] = defaultdict(list)  # bare foreign name -> rows
        self._no_parent: dict[str, list[str]] = defaultdict(list)  # department name -> rows
        self._country_names: list[tuple[str, str]] = []  # (Chinese name, ISO), longest first
        for c in self.countries.values():
            if c.kind == "country":
                for n in (c.name_zh, *c.aliases_zh):
                    if not n.endswith("方"):
                        self._country_names.append((n, c.key))
        self._country_names.sort(key=lambda t: (-len(t[0]), t[0]))
        self._stripped: dict[str, tuple[str | None, str]] = {}  # resolution asks about a name often
        self._country_keys: dict[str, str] = {}  # name key -> ISO of the first country so named
        for c in self.countries.values():
            if c.kind == "country":
                for n in c.names:
                    if n:
                        self._country_keys.setdefault(name_key(n), c.key)
        for r in self.orgs.values():
            self._index(r)

    def _add(self, table, name: str, value) -> None:
        k = name_key(name)
        if k and value not in table[k]:
            table[k].append(value)

    def _index(self, r: OrgRow) -> None:
        self._add(self._exact, r.name_zh, (r.key, "name"))
        for a in r.aliases_zh:
            self._add(self._exact, a, (r.key, "alias"))
        for a in (r.name_en, *r.aliases_en):
            if a:
                self._add(self._exact, a, (r.key, "english"))
        if r.acronym:
            self._add(self._exact, r.acronym, (r.key, "acronym"))
        if r.country and r.country in self.countries:
            cname = self.countries[r.country].name_zh
            for n in (r.name_zh, *r.aliases_zh):
                bare = self.strip_country(n)[1]
                if bare != n:
                    self._add(self._no_country, bare, r.key)
                elif r.country == "CN" or not n.startswith(cname):
                    self._add(self._exact, cname + n, (r.key, "country-prefix"))
        parent = self.orgs.get(r.parent)
        while parent is not None:
            for pn in (parent.name_zh, *parent.aliases_zh):
                for n in (r.name_zh, *r.aliases_zh):
                    for form in {n, self.strip_country(n)[1]}:
                        pform = self.strip_country(pn)[1]
                        for p in {pn, pform}:
                            if form.startswith(p) and len(form) > len(p):
                                self._add(self._no_parent, form[len(p):], r.key)
            parent = self.orgs.get(parent.parent)

    # ------------------------------------------------------------------ names
    def strip_country(self, name: str) -> tuple[str | None, str]:
        """("LA", "自然资源与环境部") for "老挝自然资源与环境部"; (None, name) without a prefix."""
        hit = self._stripped.get(name)
        if hit is None:
            hit = self._stripped[name] = next(
                ((iso, name[len(n):]) for n, iso in self._country_names
                 if name.startswith(n) and len(name) > len(n)), (None, name))
        return hit

    def country_of_name(self, name: str) -> str | None:
        """ISO code of a country (not a group) named exactly so, else None."""
        return self._country_keys.get(name_key(name))

    def ambiguous(self, name: str) -> bool:
        """A name that cannot be linked without context (several rows, or a short form)."""
        k = name_key(name)
        return len(self._exact.get(k, ())) > 1 or (k not in self._exact and (k in self._no_country or k in self._no_parent))

    def is_short_form(self, name: str) -> bool:
        """A form that only names one body in context: foreign body without country, department
        without ministry (and not itself a row's full name)."""
        k = name_key(name)
        return (k in self._no_country or k in self._no_parent) and not any(
            how in ("name",) for _, how in self._exact.get(k, ()))

    # ------------------------------------------------------------------ linking
    def link(self, name: str, *, country: str | None = None, parents: Iterable[str] = ()) -> Link | None:
        """The row this name denotes, or None when none or several fit.

        ``country``: the organisation's ISO code when known; ``parents``: keys of rows linked
        by the organisations named with it (the same briefing, or a part_of fact).
        """
        k = name_key(name)
        if not k:
            return None
        parents = set(parents)
        cands = [(self.orgs[key], how) for key, how in self._exact.get(k, ())]
        if country:
            cands = [(r, h) for r, h in cands if not r.country or r.country == country]
        if len(cands) > 1 and parents:
            narrowed = [(r, h) for r, h in cands if r.parent in parents or r.key in parents]
            cands = narrowed or cands
        if len(cands) > 1 and country:
            narrowed = [(r, h) for r, h in cands if r.country == country]
            cands = narrowed or cands
        if len({r.key for r, _ in cands}) == 1:
            return Link(cands[0][0], cands[0][1], name)
        if cands:
            return None
        if country:
            rows = [self.orgs[key] for key in self._no_country.get(k, ()) if self.orgs[key].country == country]
            if len(rows) == 1:
                return Link(rows[0], "without-country", name)
        if parents:
            rows = [self.orgs[key] for key in self._no_parent.get(k, ())
                    if self._ancestors(key) & parents and (not country or self.orgs[key].country == country)]
            if len({r.key for r in rows}) == 1:
                return Link(rows[0], "without-parent", name)
        return None

    def _ancestors(self, key: str) -> set[str]:
        out: set[str] = set()
        row = self.orgs.get(key)
        while row is not None and row.parent and row.parent not in out:
            out.add(row.parent)
            row = self.orgs.get(row.parent)
        return out

    def ancestors(self, key: str) -> set[str]:
        """Keys of the rows above this one (its ministry, the ministry's parent, ...)."""
        return self._ancestors(key)

    def country_row(self, iso: str) -> CountryRow | None:
        return self.countries.get(iso)


@lru_cache(maxsize=8)
def _load(directory: str, stamp: tuple) -> Gazetteer:
    d = Path(directory)
    orgs = read_organizations(d / "organizations.csv") if (d / "organizations.csv").is_file() else []
    countries = read_countries(d / "countries.csv") if (d / "countries.csv").is_file() else []
    return Gazetteer(orgs, countries)


def load_gazetteer(directory: str | os.PathLike | None = None) -> Gazetteer:
    """The gazetteer in ``directory`` (default ``data/gazetteer``); an absent folder is empty."""
    d = Path(directory) if directory is not None else DEFAULT_DIR
    stamp = tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size)
        for p in (d / "organizations.csv", d / "countries.csv") if p.is_file()
    )
    return _load(str(d), stamp)
