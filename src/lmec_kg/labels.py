"""Labels for readers who do not read Chinese: pinyin of personal names, English titles, and
a partner view of the graph that prefers English (and pinyin) labels.

- :func:`pinyin_name` -- 李永红 -> "Li Yonghong" (surname first and capitalised, given name
  joined; compound surnames such as 欧阳, and surnames read differently from the common
  reading: 单 Shan, 曾 Zeng, 解 Xie, 区 Ou).
- :func:`role_label_en` -- English label of a title (org:Role), from ``data/gazetteer/titles.csv``.
- :func:`partner_view` -- the graph's quads with English/pinyin preferred labels where there is
  one; every other label kept.
"""
from __future__ import annotations

import csv
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from pypinyin import Style, lazy_pinyin

from .gazetteer import DEFAULT_DIR

__all__ = ["pinyin_name", "latin_label", "role_label_en", "load_titles", "partner_view",
           "COMPOUND_SURNAMES", "SURNAME_READINGS"]

#: two-character surnames (the given name follows them)
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "钟离", "闻人", "澹台", "公冶", "太史", "端木", "申屠",
    "万俟", "呼延", "南宫", "独孤", "西门", "百里", "东郭", "赫连", "拓跋", "完颜",
})

#: surnames whose reading differs from the character's most common one
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "查": "zha", "朴": "piao",
    "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "翟": "zhai", "尉": "yu", "员": "yun",
    "種": "chong", "秘": "bi", "繁": "po", "隗": "wei", "召": "shao", "黑": "he", "折": "she",
    "过": "guo", "曲": "qu", "那": "na", "任": "ren", "薄": "bo", "宁": "ning", "长": "chang",
    "万俟": "moqi", "尉迟": "yuchi", "长孙": "zhangsun", "单于": "chanyu",
}

_HAN = re.compile(r"^[\u3400-\u9fff]+$")
_VOWEL_START = re.compile(r"^[aeo]")


def _syllables(text: str) -> list[str]:
    return lazy_pinyin(text, style=Style.NORMAL, v_to_u=True, errors="ignore")


def _join(syllables: list[str]) -> str:
    """Syllables of one word, with an apostrophe before a/e/o (Xi'an, Yong'an)."""
    out = ""
    for i, s in enumerate(syllables):
        if i and _VOWEL_START.match(s):
            out += "'"
        out += s
    return out


@lru_cache(maxsize=65536)  # names repeat across briefings; pypinyin costs ~50 µs a call
def pinyin_name(name: str) -> str | None:
    """Pinyin of a Chinese personal name: "Surname Givenname"; None if it is not all Han.

    >>> pinyin_name("李永红")
    'Li Yonghong'
    >>> pinyin_name("欧阳修")
    'Ouyang Xiu'
    >>> pinyin_name("单霁翔")
    'Shan Jixiang'
    """
    name = (name or "").strip()
    if "·" in name or "•" in name:
        parts = [p for p in re.split(r"[·•・]", name) if p]
        if not parts or not all(_HAN.match(p) for p in parts):
            return None
        return " ".join(_join(_syllables(p)).capitalize() for p in parts)
    if not _HAN.match(name) or len(name) < 2:
        return None
    if name[:2] in COMPOUND_SURNAMES and len(name) > 2:
        surname, given = name[:2], name[2:]
    else:
        surname, given = name[:1], name[1:]
    sur = SURNAME_READINGS.get(surname) or _join(_syllables(surname))
    giv = _join(_syllables(given))
    return f"{sur.capitalize()} {giv.capitalize()}".strip()


def latin_label(name: str) -> str | None:
    """A Latin-script label for a person's name: the name itself if Latin, else its pinyin."""
    if name and not re.search(r"[\u3400-\u9fff]", name):
        return name
    return pinyin_name(name)


# ---------------------------------------------------------------------------- titles
@lru_cache(maxsize=4)
def _titles(path: str, stamp: float) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    for r in csv.DictReader(rows):
        if r.get("title_zh") and r.get("title_en"):
            out[r["title_zh"].strip()] = r["title_en"].strip()
    return out


def load_titles(path: str | os.PathLike | None = None) -> dict[str, str]:
    """title_zh -> title_en from ``titles.csv`` (empty if the file is absent)."""
    p = Path(path) if path is not None else DEFAULT_DIR / "titles.csv"
    if not p.is_file():
        return {}
    return _titles(str(p), p.stat().st_mtime)


_POSTED = {"驻华": "in China", "驻昆": "in Kunming", "驻昆明": "in Kunming", "驻东盟": "to ASEAN",
           "驻老挝": "in Laos", "驻柬埔寨": "in Cambodia", "驻缅甸": "in Myanmar", "驻泰国": "in Thailand",
           "驻越南": "in Viet Nam"}
_REGIONS = {"亚太区": "Asia-Pacific", "亚太": "Asia-Pacific", "中国区": "China", "东亚": "East Asia"}


def role_label_en(title: str, titles: dict[str, str] | None = None) -> str | None:
    """English label of a title, or None when the lexicon cannot build one.

    >>> role_label_en("副主任")
    'Deputy Director'
    >>> role_label_en("参赞兼处长")
    'Counsellor and Division Director'
    >>> role_label_en("驻华大使")
    'Ambassador in China'
    """
    table = titles if titles is not None else load_titles()
    title = (title or "").strip()
    if not title:
        return None
    if title in table:
        return table[title]
    for sep in ("兼", "、", "和"):
        if sep in title:
            parts = [role_label_en(p, table) for p in title.split(sep) if p]
            return " and ".join(parts) if parts and all(parts) else None
    if title.startswith("代") and title[1:] in table:
        return "Acting " + table[title[1:]]
    for prefix, place in sorted(_POSTED.items(), key=lambda kv: -len(kv[0])):
        if title.startswith(prefix) and len(title) > len(prefix):
            rest = role_label_en(title[len(prefix):], table)
            return f"{rest} {place}" if rest else None
    for prefix, region in sorted(_REGIONS.items(), key=lambda kv: -len(kv[0])):
        if title.startswith(prefix) and len(title) > len(prefix):
            rest = role_label_en(title[len(prefix):], table)
            return f"{region} {rest}" if rest else None
    return None


# ---------------------------------------------------------------------------- partner view
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_COUNTRY = ox.NamedNode("https://w3id.org/lmec-kg/ontology#country")
_ORGANIZATION = ox.NamedNode("http://www.w3.org/ns/org#Organization")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _accepted(lit: ox.Literal, lang: str) -> bool:
    tag = (lit.language or "").lower()
    return tag == lang or tag.startswith(lang + "-") or "-latn" in tag


def _best_labels(quads: list[ox.Quad], lang: str) -> dict:
    """subject -> its rdfs:label in ``lang`` (exact tag first, then Latin transliterations;
    the smallest text on a tie, so the choice never depends on order)."""
    best: dict = {}
    for q in quads:
        lit = q.object
        if q.predicate == _RDFS_LABEL and isinstance(lit, ox.Literal) and _accepted(lit, lang):
            rank = (0 if (lit.language or "").lower() == lang else 1, lit.value)
            if q.subject not in best or rank < best[q.subject][0]:
                best[q.subject] = (rank, lit)
    return {s: lit for s, (_, lit) in best.items()}


def _told_apart(quads: list[ox.Quad], pref: dict, best: dict) -> dict:
    """The preferred labels of organisations of different countries that share one text
    (the Thai, Lao and Vietnamese "Ministry of Natural Resources and Environment"), each
    followed by its country's label: "... (Thailand)". Others are returned unchanged."""
    orgs = {q.subject for q in quads if q.predicate == _TYPE and q.object == _ORGANIZATION}
    country = {}
    for q in quads:
        if q.predicate == _COUNTRY and q.subject in orgs:
            country.setdefault(q.subject, set()).add(q.object)
    by_text: dict = defaultdict(list)
    for s, lit in pref.items():
        if s in orgs:
            by_text[(lit.value, lit.language)].append(s)
    out = dict(pref)
    for subjects in by_text.values():
        places = {frozenset(country.get(s, ())) for s in subjects}
        if len(subjects) < 2 or len(places) < 2:
            continue  # one body, or bodies the country cannot tell apart
        for s in subjects:
            names = sorted(best[c].value for c in country.get(s, ()) if c in best)
            if names:
                lit = pref[s]
                out[s] = ox.Literal(f"{lit.value} ({', '.join(names)})", language=lit.language)
    return out


def partner_view(store_or_quads: ox.Store | Iterable[ox.Quad], lang: str = "en") -> list[ox.Quad]:
    """The graph for partners who read ``lang``: the same statements, but each labelled
    entity's ``skos:prefLabel`` is its label in ``lang`` (or a Latin transliteration such as
    pinyin) where it has one.

    Only the preferred label changes, so nothing a Chinese reader needs is lost: the former
    Chinese ``skos:prefLabel`` becomes a ``skos:altLabel`` (its ``rdfs:label`` stays), an
    ``skos:altLabel`` equal to the new preferred label is dropped (SKOS forbids a preferred and
    an alternative label with the same text and language), and organisations of different
    countries sharing an English name get their country after it. Quads keep their named
    graphs. Deterministic order.
    """
    lang = lang.lower()
    if isinstance(store_or_quads, ox.Store):
        from .ontology import data_quads  # the data: the ontology's graph is no partner's export

        quads = list(data_quads(store_or_quads))
    else:
        quads = list(store_or_quads)
    best = _best_labels(quads, lang)
    has_pref = {q.subject for q in quads if q.predicate == _PREF_LABEL}
    pref = _told_apart(quads, {s: lit for s, lit in best.items() if s in has_pref}, best)
    out: list[ox.Quad] = []
    for q in quads:
        s = q.subject
        if s not in pref:
            out.append(q)
        elif q.predicate == _PREF_LABEL:
            if q.object != pref[s]:
                out.append(ox.Quad(s, _ALT_LABEL, q.object, q.graph_name))
            out.append(ox.Quad(s, _PREF_LABEL, pref[s], q.graph_name))
        elif not (q.predicate == _ALT_LABEL and q.object == pref[s]):
            out.append(q)
    return sorted(set(out), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
