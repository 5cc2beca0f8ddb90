"""Decoded text -> the text extraction reads: NFC, ``\\n`` line ends, simplified characters.

Nothing else changes: offsets into the result are provenance, so inner whitespace, blank lines and
punctuation are kept as they are. Traditional -> simplified conversion keeps the length, so an
offset into ``text`` is also an offset into ``original``.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize_text", "to_simplified", "has_traditional"]

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
    if not has_traditional(raw):
        return raw, None
    simplified = to_simplified(raw)
    return (simplified, raw) if simplified != raw else (raw, None)


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
