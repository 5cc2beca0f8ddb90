"""Decoded text -> the text extraction reads: NFC, ``\\n`` line ends, simplified characters,
full-width punctuation inside Chinese.

Nothing else changes: offsets into the result are provenance, so inner whitespace and blank lines
are kept as they are. Traditional -> simplified conversion and widening a half-width comma,
colon or bracket that a translation puts between Chinese words ("对话由A与B共同主办,C承办") each
keep the length, so an offset into ``text`` is also an offset into ``original``.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize_text", "to_simplified", "has_traditional", "widen_punctuation"]

_NEWLINES = re.compile(r"\r\n?")


def normalize_text(raw: str) -> tuple[str, str | None]:
    """Return ``(text, original)``; ``original`` is None unless simplification changed the text.

    >>> normalize_text("澜湄合作\\r\\n環境合作中心")
    ('澜湄合作\\n环境合作中心', '澜湄合作\\n環境合作中心')
    """
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if "\r" in raw:
        raw = _NEWLINES.sub("\n", raw)
    if not unicodedata.is_normalized("NFC", raw):
        raw = unicodedata.normalize("NFC", raw)
    text = widen_punctuation(raw)
    if has_traditional(text):
        text = to_simplified(text)
    return (text, raw) if text != raw else (raw, None)


_WIDE = str.maketrans(",:;!?()", "，：；！？（）")
# a half-width comma, colon, semicolon, ! or ? (spaces before it allowed), and a bracketed aside
_MARK = re.compile(r"[,:;!?]")
_PAIR = re.compile(r"\(([^()\n]{0,80})\)")


def _chinese(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def _chinese_side(c: str) -> bool:
    """Chinese, or its own punctuation ("。", "」", "）")."""
    return _chinese(c) or "\u3001" <= c <= "\u3011" or c in "（），：；"


def widen_punctuation(text: str) -> str:
    """Half-width punctuation that a translation or a partner's keyboard put into Chinese text,
    made full-width one for one (the rules read Chinese clauses by their full-width marks):
    a mark with Chinese on one side, never between digits ("1,000", "10:30") nor inside English
    ("Director-General, Department"); a bracketed aside opened next to Chinese or holding it.

    >>> widen_punctuation("对话由A部主办,B厅承办。副部长(Vice Minister) Somphone,程立平。约1,000人, 10:30开幕")
    '对话由A部主办，B厅承办。副部长（Vice Minister） Somphone，程立平。约1,000人， 10:30开幕'
    """
    if not any(c in text for c in ",:;!?("):
        return text
    wide: dict[int, str] = {}
    for m in _MARK.finditer(text):
        z = m.start()
        before = text[max(0, z - 2):z].rstrip(" \t")[-1:]
        after = text[z + 1:z + 3].lstrip(" \t")[:1]
        if (before and _chinese_side(before)) or (after and _chinese(after)):
            wide[z] = text[z].translate(_WIDE)
    for m in _PAIR.finditer(text):
        a = m.start()
        if (a > 0 and _chinese_side(text[a - 1])) or any(_chinese(c) for c in m.group(1)):
            wide[a], wide[m.end() - 1] = "（", "）"
    if not wide:
        return text
    out = list(text)
    for k, c in wide.items():
        out[k] = c
    return "".join(out)


def has_traditional(text: str) -> bool:
    """True when ``text`` holds a character used only in traditional Chinese.

    Fast path: GB2312 (simplified only) encodes in C; only characters it lacks reach the error
    handler, which looks them up in zhconv's traditional-only table.
    """
    trad, in_gb2312 = _tables()
    if not trad:
        return True  # no table: let zhconv decide
    try:
        text.encode("gb2312", _HANDLER)
    except _Traditional:
        return True
    return any(c in text for c in in_gb2312)


class _Traditional(Exception):
    pass


def _trad_handler(exc: UnicodeError):
    if isinstance(exc, UnicodeEncodeError):
        if not _tables()[0].isdisjoint(exc.object[exc.start:exc.end]):
            raise _Traditional
        return "", exc.end
    raise exc


_HANDLER = "lmec-kg-traditional"
codecs.register_error(_HANDLER, _trad_handler)


def to_simplified(text: str) -> str:
    """Traditional -> simplified with zhconv, keeping the length character for character.

    zhconv converts phrase by phrase (乾隆 stays, 乾燥 -> 干燥). Its tables map equal lengths,
    but that is checked rather than trusted: a line whose conversion changes length, or changes
    an ASCII or whitespace character, is converted one character at a time instead.
    """
    import zhconv

    whole = zhconv.convert(text, "zh-hans")
    if len(whole) == len(text) and _aligned(text, whole):
        return whole
    out = []
    for line in text.split("\n"):
        conv = zhconv.convert(line, "zh-hans")
        if len(conv) != len(line) or not _aligned(line, conv):
            conv = "".join(_char_simplified(c) for c in line)
        out.append(conv)
    return "\n".join(out)


def _aligned(a: str, b: str) -> bool:
    # Characters change one for one: Han for Han, 「」 for “”; ASCII and whitespace never
    # change (a moved line break or digit would mean the conversion shifted the text).
    # Masking every other character keeps the check in C: equal masks, equal ASCII skeleton.
    return a == b or _OTHER.sub("\x01", a) == _OTHER.sub("\x01", b)


_OTHER = re.compile(r"[^\x00-\x7f\s]")


@lru_cache(maxsize=8192)
def _char_simplified(c: str) -> str:
    import zhconv

    s = zhconv.convert(c, "zh-hans")
    return s if len(s) == 1 and _aligned(c, s) else c


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], str]:
    """zhconv's traditional-only characters, and those of them GB2312 also has (於, 後, ...)."""
    try:
        import zhconv.zhconv as zz

        zz.loaddict()
        trad = frozenset(zz.zhcdicts["TRADONLY"])
    except Exception:  # pragma: no cover - zhconv internals moved; fall back to converting
        return frozenset(), ""
    return trad, "".join(sorted(c for c in trad if c.encode("gb2312", "ignore")))
