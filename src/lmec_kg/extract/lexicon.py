"""Loading the lexicons in ``data/lexicons/`` and the country gazetteer, once per process.

Every file is plain text with ``#`` comment lines; tab-separated where it has columns.
``lexicon()`` returns one frozen :class:`Lexicon` built on first use (module-level cache).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Lexicon", "OrgEntry", "PlaceEntry", "lexicon", "data_dir", "alternation", "norm_name"]

_HERE = Path(__file__).resolve()


def data_dir() -> Path:
    """The project's ``data/`` folder (source checkout) or the packaged copy."""
    for base in (_HERE.parents[3] / "data", _HERE.parents[1] / "resources" / "data"):
        if (base / "lexicons").is_dir():
            return base
    return _HERE.parents[3] / "data"


def _rows(path: Path, ncols: int) -> list[list[str]]:
    rows = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (ncols - len(cols))
        rows.append([c.strip() for c in cols[:ncols]])
    return rows


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _trie_pattern(words: list[str]) -> str:
    """A regex for ``words`` factored as a trie (fast: one branch per first character);
    at every branch longer continuations are tried first, so the longest word wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    return build(trie)


def alternation(words, flags: int = 0) -> re.Pattern:
    """A compiled regex matching any of ``words`` (the longest where several match)."""
    words = sorted({w for w in words if w})
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(_trie_pattern(words), flags)


#: regional qualifiers that belong to a title ("亚太区首席投资官")
REGIONS = ("亚太区", "亚洲区", "东南亚区", "中国区", "大中华区", "亚太地区", "全球")

_DASH = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D—–-]")


@lru_cache(maxsize=16384)
def norm_name(name: str) -> str:
    """Comparison form of an organisation or initiative name (dashes unified, the long
    form 澜沧江-湄公河 read as 澜湄, spaces dropped, Latin lower-cased). Cached: the same
    names come back many times in a briefing and across briefings (bounded)."""
    s = _DASH.sub("-", name).replace(" ", "").lower()
    if s.endswith("委员会") and s[-4:-3] in ("省", "市", "州", "县", "区"):
        s = s[:-2]  # "共青团某省委员会" = "共青团某省委": a place's committee, written short
    return s.replace("澜沧江-湄公河", "澜湄")


@dataclass(frozen=True)
class OrgEntry:
    name: str
    subtype: str
    countries: tuple[str, ...]  # () = international
    parent: str
    aliases: tuple[str, ...]
    name_en: str


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str  # city | province
    parent: str  # province name or ISO code
    aliases: tuple[str, ...]


@dataclass
class Lexicon:
    titles: tuple[str, ...] = ()
    title_re: re.Pattern = None  # type: ignore[assignment]
    speech: dict[str, str] = field(default_factory=dict)
    speech_re: re.Pattern = None  # type: ignore[assignment]
    event_heads: dict[str, str] = field(default_factory=dict)
    event_head_re: re.Pattern = None  # type: ignore[assignment]
    city_abbrev: dict[str, str] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # any surface -> entry
    place_re: re.Pattern = None  # type: ignore[assignment]
    orgs: dict[str, OrgEntry] = field(default_factory=dict)  # any surface -> entry
    org_re: re.Pattern = None  # type: ignore[assignment]
    org_suffixes: dict[str, tuple[str, bool]] = field(default_factory=dict)
    org_suffix_re: re.Pattern = None  # type: ignore[assignment]
    unit_re: re.Pattern = None  # type: ignore[assignment]
    initiatives: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (name, subtype)
    initiative_re: re.Pattern = None  # type: ignore[assignment]
    initiative_heads: dict[str, tuple[str, bool]] = field(default_factory=dict)
    documents: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (name, subtype)
    latin_orgs: dict[str, "OrgEntry"] = field(default_factory=dict)  # "GIZ" -> its entry
    document_re: re.Pattern = None  # type: ignore[assignment]
    proper_elements: tuple[str, ...] = ()
    countries: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # surface -> (key, name, kind)
    country_re: re.Pattern = None  # type: ignore[assignment]
    country_names: dict[str, str] = field(default_factory=dict)  # ISO/group key -> Chinese name
    full_title_re: re.Pattern = None  # type: ignore[assignment]
    surnames: frozenset = frozenset()
    unit_any_re: re.Pattern = None  # type: ignore[assignment]
    countries_en: dict[str, str] = field(default_factory=dict)  # lower-cased English name -> key (countries only)
    orgs_en: dict[str, "OrgEntry"] = field(default_factory=dict)  # lower-cased English name -> entry


def _load() -> Lexicon:
    d = data_dir()
    lx = d / "lexicons"
    lex = Lexicon()
    lex.titles = tuple(r[0] for r in _rows(lx / "titles.txt", 1))
    lex.title_re = alternation(lex.titles)
    lex.speech = {r[0]: r[1] or "remarks" for r in _rows(lx / "speech_verbs.tsv", 2)}
    lex.speech_re = alternation(lex.speech)
    lex.event_heads = {r[0]: r[1] for r in _rows(lx / "event_types.tsv", 2)}
    lex.event_head_re = alternation(lex.event_heads)
    lex.city_abbrev = {r[0]: r[1] for r in _rows(lx / "city_abbreviations.tsv", 2)}
    for name, kind, parent, aliases in _rows(lx / "places.tsv", 4):
        e = PlaceEntry(name, kind, parent, _split(aliases))
        for s in (name, *e.aliases):
            lex.places.setdefault(s, e)
    lex.place_re = alternation(lex.places)
    for name, sub, countries, parent, aliases, en in _rows(lx / "organizations.tsv", 6):
        e = OrgEntry(name, sub, _split(countries), parent, _split(aliases), en)
        for s in (name, *e.aliases):
            if not re.search(r"[\u4e00-\u9fff]", s) and re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", s):
                lex.latin_orgs.setdefault(s, e)
            if re.search(r"[\u4e00-\u9fff]", s):
                lex.orgs.setdefault(s, e)
                # "自然资源与环境部" is also written "自然资源和环境部"
                if "与" in s:
                    lex.orgs.setdefault(s.replace("与", "和"), e)
    lex.org_re = alternation(lex.orgs)
    for e in {id(e): e for e in lex.orgs.values()}.values():
        if e.name_en:
            lex.orgs_en.setdefault(e.name_en.lower(), e)
    for suffix, sub, unit in _rows(lx / "org_suffixes.tsv", 3):
        lex.org_suffixes[suffix] = (sub, unit == "yes")
    lex.org_suffix_re = re.compile("(?:" + alternation(lex.org_suffixes).pattern + r")$")
    lex.unit_any_re = alternation(lex.org_suffixes)
    lex.unit_re = alternation([s for s, (_, unit) in lex.org_suffixes.items() if unit])
    for name, sub, aliases in _rows(lx / "initiatives.tsv", 3):
        for s in (name, *_split(aliases)):
            lex.initiatives[s] = (name, sub)
    lex.initiative_re = alternation(lex.initiatives)
    lex.initiative_heads = {r[0]: (r[1], r[2] == "yes") for r in _rows(lx / "initiative_heads.tsv", 3)}
    for name, sub, aliases in _rows(lx / "documents.tsv", 3):
        for s in (name, *_split(aliases)):
            lex.documents[_DASH.sub("-", s)] = (name, sub)
    lex.document_re = alternation(lex.documents)
    lex.proper_elements = tuple(r[0] for r in _rows(lx / "proper_elements.txt", 1))
    lex.surnames = frozenset(w for r in _rows(lx / "surnames.txt", 1) for w in r[0].split())
    gz = d / "gazetteer" / "countries.csv"
    if gz.exists():
        lines = [ln for ln in gz.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for row in csv.DictReader(lines):
            key, name, kind = row["key"], row["name_zh"], row["kind"]
            lex.country_names[key] = name
            for s in (name, *_split(row.get("aliases_zh", ""))):
                lex.countries.setdefault(s, (key, name, kind))
            if kind == "country":
                for s in (row.get("name_en", ""), *_split(row.get("aliases_en", ""))):
                    if s:
                        lex.countries_en.setdefault(s.lower(), key)
    lex.country_re = alternation(lex.countries)
    # a full title: optional posting (驻华, 驻昆, 驻老挝), optional region (亚太区), acting
    # (代理, 代), then titles joined by 兼 ("参赞兼处长")
    targets = ["华", "东盟", "联合国"] + list(lex.city_abbrev) + [c for c in lex.countries if not c.endswith("方")]
    targets += [p for p in lex.places if len(p) > 1]
    # descriptors before a title: "缅甸项目主任", "高级自然护理主任"
    cnames = alternation([c for c in lex.countries if not c.endswith("方") and lex.countries[c][2] == "country"]).pattern
    one = ("(?:(?:高级|首席|资深)[\u4e00-\u9fff]{0,4}?(?:专家|官员|顾问|经济学家|工程师|研究员|分析师|主任|经理|主管|讲师)"
           "|(?:" + cnames + "|湄公河|东南亚|亚洲|亚太|中国|区域|国别|国家)?项目(?:主任|总监|官员|经理|主管|协调员|专员|助理)"
           # an international body's head in one country: "中国首席代表", "老挝国别主任"
           "|(?:" + cnames + ")(?:首席代表|国别代表|国别主任|国家主任)"
           # acting (代理, 代; 署理 in Hong Kong and Macao), deputy, executive
           "|(?:代理|署理|代|常务副|执行副|常务|执行|副|助理)?(?:" + lex.title_re.pattern + ")(?:助理)?)")
    # a title starts with one of few characters: a cheap look-ahead spares the engine the
    # full alternation at every other position
    firsts = {"驻", "高", "首", "资", "项", "代", "常", "执", "副"} | {r[0] for r in REGIONS}
    firsts |= {c[0] for c in lex.countries if not c.endswith("方")} | {w[0] for w in lex.titles}
    lex.full_title_re = re.compile(
        "(?=[" + "".join(sorted(firsts)) + "])"
        "(?:驻(?:" + alternation(targets).pattern + "))?(?:" + alternation(REGIONS).pattern + ")?"
        + one + "(?:兼" + one + ")*"
    )
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return _load()
