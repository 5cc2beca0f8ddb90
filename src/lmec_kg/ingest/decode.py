"""Bytes -> str for text briefings: BOMs, strict UTF-8, then GB18030/Big5 scored by common CJK.

Chinese text files come as UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16. Single-byte
legacy codecs decode almost any bytes, and GB18030 decodes almost any byte pairs, so "it decoded"
proves nothing: each candidate decoding is scored by the share of its non-ASCII characters that are
common Chinese characters or punctuation, and the best one wins if it reads like Chinese.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from ._problem import ReadProblem

__all__ = ["DecodeProblem", "decode_bytes", "sniff_binary_kind"]


class DecodeProblem(ReadProblem):
    """The bytes are not text in a supported encoding; the message is the one-line problem."""


#: magic numbers of formats someone may save with a .txt/.html name by mistake
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

#: control characters that never occur in a text briefing (\t \n \v \f \r are fine)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: the share of non-ASCII characters that must be common CJK for a decoding to count as Chinese
_MIN_SCORE = 0.6


def sniff_binary_kind(raw: bytes) -> str | None:
    """Name the file type if ``raw`` starts with a well-known binary signature."""
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return name
    return None


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode a text briefing's bytes.

    Returns ``(text, encoding)``, the encoding being a Python codec name ("utf-8", "utf-8-sig",
    "gb18030", "big5", "utf-16", ...). The text still has its line ends as stored; a leading
    BOM is removed. Raises :class:`DecodeProblem` with a one-line reason when the bytes are
    binary or in no supported encoding.
    """
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise DecodeProblem(
                    f"starts with a {name.upper()} byte-order mark but is not valid {name.upper()} (byte {e.start})"
                ) from None
            _check_controls(text)
            return text, name
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _nearly_utf8(raw)
    if text is not None:
        if "\x00" in text:
            return _decode_nul(raw)
        _check_controls(text)
        return text, "utf-8"
    if b"\x00" in raw:
        return _decode_nul(raw)
    kind = sniff_binary_kind(raw)
    if kind:
        raise DecodeProblem(f"binary file ({kind}), not text")
    return _decode_legacy(raw)


def _nearly_utf8(raw: bytes) -> str | None:
    # A UTF-8 file cut inside its last character, or with a stray damaged byte or two, is
    # still UTF-8: keep it, with U+FFFD for the damage, rather than reject the briefing.
    lenient = raw.decode("utf-8", "replace")
    damaged = lenient.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    if 0 < damaged <= max(1, len(raw) // 2000) and len(_NON_ASCII.findall(lenient)) >= 20 * damaged:
        return lenient
    return None


def _check_controls(text: str) -> None:
    n = len(_CONTROL.findall(text))
    if n and n > max(2, len(text) // 200):
        raise DecodeProblem("binary file (control characters), not text")


def _decode_nul(raw: bytes) -> tuple[str, str]:
    # NUL bytes: UTF-16 without a BOM (ASCII-heavy text has NULs on one side of each pair)
    # or a binary file.
    kind = sniff_binary_kind(raw)
    if kind:
        raise DecodeProblem(f"binary file ({kind}), not text")
    if len(raw) % 2 == 0 and len(raw) >= 4:
        best: tuple[float, str, str] | None = None
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(_CONTROL.findall(text)) > 2:
                continue
            score = _score(text, allow_ascii=True)
            if best is None or score > best[0]:
                best = (score, text, codec)
        if best is not None and best[0] >= _MIN_SCORE:
            return best[1], best[2]
    raise DecodeProblem("binary file (contains NUL bytes), not text")


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    candidates: dict[str, str] = {}
    codecs_ = ["gb18030", "big5hkscs", "cp950"]
    if len(raw) % 2 == 0:
        codecs_ += ["utf-16-le", "utf-16-be"]  # BOM-less UTF-16 of pure CJK has no NUL byte
    for codec in codecs_:
        try:
            candidates[codec] = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "gb18030" and _score(candidates[codec]) >= 0.95 and not _CONTROL.search(candidates[codec]):
            return candidates[codec], codec  # Big5 or UTF-16 read as GB18030 never scores this high
    if not candidates:
        guess = _charset_normalizer_guess(raw)
        if guess:
            candidates[guess[0]] = guess[1]
    scored = sorted(
        ((_score(text), -i, codec, text) for i, (codec, text) in enumerate(candidates.items())
         if not _CONTROL.search(text)),  # a wrong codec turns byte pairs into control characters
        reverse=True,
    )
    if scored and scored[0][0] >= _MIN_SCORE:
        _, _, codec, text = scored[0]
        _check_controls(text)
        return text, _CODEC_NAMES.get(codec, codec)
    latin = _latin_fallback(raw)
    if latin is not None:
        return latin, "cp1252"
    raise DecodeProblem("not in a supported encoding (tried UTF-8, UTF-16, GB18030/GBK, Big5)")


_CODEC_NAMES = {"big5hkscs": "big5", "cp950": "big5"}


def _charset_normalizer_guess(raw: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(raw[:200_000]).best()
    if best is None:
        return None
    try:
        return best.encoding, raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _latin_fallback(raw: bytes) -> str | None:
    # English reports from Windows: few non-ASCII bytes, and those decode to letters/punctuation.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    odd = _NON_ASCII.findall(text)
    if len(odd) > len(text) * 0.05:
        return None
    good = sum(1 for c in odd if c.isalpha() or c in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\xa0\xb0\u20ac\xa3\xa9")
    return text if good >= 0.9 * len(odd) else None


def _score(text: str, allow_ascii: bool = False) -> float:
    """Share of the non-ASCII characters (all characters for UTF-16 guesses) that are common."""
    common = _common_chars()
    sample = text[:20000]
    chars = _NON_ASCII.findall(sample)
    hits = sum(map(common.__contains__, chars))
    total = len(chars)
    if allow_ascii:  # printable ASCII counts as plausible too
        ascii_ok = len(_PRINTABLE_ASCII.findall(sample))
        hits, total = hits + ascii_ok, len(sample)
    return hits / total if total else 0.0


_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e\t\n\r]")


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 level 1 (the 3,755 most used hanzi) in simplified and traditional form,
    plus CJK and full-width punctuation."""
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    try:
        import zhconv

        simp = "".join(sorted(chars))
        chars.update(zhconv.convert(simp, "zh-hant"))
        chars.update(zhconv.convert(simp, "zh-tw"))
    except ImportError:  # pragma: no cover - a declared dependency
        pass
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width forms
    chars.update("\u2014\u2026\u2018\u2019\u201c\u201d\u00b7\u2022\u00a0\u2013\u25cf\u25a0\u00d7")
    return frozenset(chars)
