"""Name keys for entity resolution: two surface forms with the same key name the same thing.

Pure functions, no I/O. The keys follow the contract's matching (NFKC, no whitespace, one
dash, no quotes or book-title marks, Latin lower-cased, 澜沧江-湄公河 read as 澜湄) and add
what resolution needs beyond it: traditional characters read as simplified, Latin diacritics
folded ("Nguyễn" = "Nguyen"), and helpers for Latin personal names.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import zhconv

__all__ = [
    "name_key",
    "simplified",
    "is_latin",
    "has_han",
    "fold_latin",
    "latin_tokens",
    "edit_distance",
    "one_edit_apart",
    "split_slash",
    "SHORT_FORMS",
]

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u30FC_~\uFF5E]")
_DROP = re.compile(r"[\s《》〈〉“”\"'‘’「」『』·•・]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_SLASH = re.compile(r"\s*[/／]\s*")

#: (full form, short form): names of one thing in this field's prose; the key uses the short
SHORT_FORMS = (("澜沧江-湄公河", "澜湄"),)


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional characters as simplified (NFC otherwise unchanged)."""
    return zhconv.convert(unicodedata.normalize("NFC", text), "zh-cn")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The matching key of a name: equal keys mean "the same name".

    >>> name_key("澜沧江—湄公河環境合作中心") == name_key("澜湄环境合作中心")
    True
    >>> name_key("HENG Chan Thoeun") == name_key("Heng Chan Thoeun")
    True
    """
    t = unicodedata.normalize("NFKC", text or "")
    t = simplified(t)
    t = _DASHES.sub("-", t)
    t = _DROP.sub("", t)
    t = fold_latin(t)
    for full, short in SHORT_FORMS:
        t = t.replace(full, short)
    return t


def has_han(text: str) -> bool:
    return bool(_HAN.search(text or ""))


def is_latin(text: str) -> bool:
    """True for a name written in Latin script only (no Han characters)."""
    return bool(_LATIN.search(text or "")) and not has_han(text)


@lru_cache(maxsize=65536)
def fold_latin(text: str) -> str:
    """Lower-case and strip diacritics of Latin letters (đ -> d); other characters kept."""
    t = text.replace("đ", "d").replace("Đ", "D")
    out = []
    for ch in unicodedata.normalize("NFD", t):
        if unicodedata.category(ch) == "Mn" and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).lower()


@lru_cache(maxsize=65536)
def latin_tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens of a Latin name: "HENG Chan Thoeun" -> ("heng", "chan", "thoeun")."""
    return tuple(t for t in re.split(r"[\s\-.,]+", fold_latin(text)) if t)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit`` (returns limit + 1)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=65536)
def one_edit_apart(a: str, b: str) -> bool:
    """Latin names that differ by one letter (after folding case and diacritics), with the
    same number of words and long enough that one letter is a typo, not another name."""
    ta, tb = latin_tokens(a), latin_tokens(b)
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    ja, jb = " ".join(ta), " ".join(tb)
    if ja == jb:
        return True
    if min(len(ja), len(jb)) < 8:
        return False
    # the letter must be inside one word, not a whole different word
    diffs = [(x, y) for x, y in zip(ta, tb) if x != y]
    return len(diffs) == 1 and min(len(diffs[0][0]), len(diffs[0][1])) >= 4 and _one_edit(ja, jb)


def _one_edit(a: str, b: str) -> bool:
    """``edit_distance(a, b, 1) == 1`` in one pass: one substitution, insertion or deletion."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    n = len(a)
    while i < n and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def split_slash(name: str) -> tuple[str, ...]:
    """"A/B" -> ("A", "B"); a name without a slash -> ()."""
    if not re.search(r"[/／]", name or ""):
        return ()
    parts = tuple(p.strip() for p in _SLASH.split(name) if p.strip())
    return parts if len(parts) > 1 else ()
