"""Plain text as partners really send it -> one paragraph per line, words unspaced.

Two shapes of .txt lose what extraction reads if taken as they come:

- a PDF's text layer saved as text (``pdftotext -layout``): every paragraph hard-wrapped at
  about forty characters, a running head and a folio on every page, a page break in the middle
  of a sentence. A name or a body broken over two lines would be two strings, so the lines are
  joined back into paragraphs and the page furniture is dropped, as the PDF reader does with
  the geometry it has (here only the text's own layout is left to go by);
- a translation with a space between every two words ("老挝 自然资源与环境部 国际合作司"):
  on such lines a single space between two Chinese characters is dropped; its dates written
  the way its country writes them ("2023/5/17", "17/5/2023", "2023.5.17") are written the way
  Chinese prose does ("2023年5月17日"), which is what the extractor reads as a day.

Text of neither shape is returned unchanged, so ordinary briefings keep their offsets.
"""
from __future__ import annotations

import re
from collections import Counter

# a folio, a running head's key (digits and blanks ignored) and the marks that may close a
# paragraph: as the PDF reader knows them from a page's geometry
from .pdftext import _CLOSERS, _PAGE_NUMBER, _key

__all__ = ["reflow", "unspace_words", "chinese_dates", "han_numeral_dates"]

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"
# one space (not two: a layout gap) between two Chinese characters or marks
_WORD_SPACE = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_HAN = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_MARK = re.compile(r"[，。、；,]")
# a function word standing alone between spaces ("在 万象 举办"): prose, not a list of names
_FUNCTION_WORD = re.compile(r"(?<= )[在的由和与了是将于对把从为有](?= )")
# a line that opens a new item whatever came before: a numbered heading, a list mark, a label
_OPENS_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]\s*\S|[-•·●■◆▲]\s"
                         r"|[^，。：:\s]{2,8}[：:])")
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def unspace_words(text: str) -> str:
    """Drop the spaces between words in text written with a space between every two words.

    >>> unspace_words("本次 研讨会 由 老挝 自然资源与环境部 主办。\\n王某 某部副司长")
    '本次研讨会由老挝自然资源与环境部主办。\\n王某 某部副司长'
    """
    if " " not in text:
        return text
    lines = text.split("\n")
    spaced = [_word_spaced(ln) for ln in lines]
    if sum(spaced) >= 3:
        # a whole translation written so: its roster lines and headings too
        # ("Sengdao V，厅长，琅南塔省 农业与环境厅")
        return "\n".join(_WORD_SPACE.sub("", ln) for ln in lines)
    return "\n".join(_WORD_SPACE.sub("", ln) if sp else ln for ln, sp in zip(lines, spaced))


def _word_spaced(line: str) -> bool:
    """A line with a space between every few characters, and punctuation or a function word
    standing alone: prose written word by word. A roster line ("王某 某部副司长"), a byline
    ("记者 甲 通讯员 乙 丙") or a name and its title are not."""
    spaced = len(_WORD_SPACE.findall(line))
    return spaced >= 3 and spaced * 8 >= len(_HAN.findall(line)) and bool(
        _SENTENCE_MARK.search(line) or _FUNCTION_WORD.search(line))


# the wide characters (East Asian Width W or F) a Chinese text holds: two columns each
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _width(s: str) -> int:
    """Display columns: wide (CJK) characters take two."""
    return len(s) + len(_WIDE.findall(s))


def _indent(s: str) -> int:
    return _width(s) - _width(s.lstrip())


def reflow(text: str) -> str:
    """Hard-wrapped text (a PDF's text layer) -> one paragraph per line, page furniture dropped.

    Text that is not hard-wrapped comes back unchanged.
    """
    lines = text.replace("\f", "\n\f\n").split("\n")
    body = [ln for ln in lines if _HAN.search(ln)]
    if len(body) < 12:
        return text
    chars = sorted(len(ln.rstrip()) for ln in body)
    if chars[int(0.9 * (len(chars) - 1))] > 130:  # a column is at least a character wide
        return text
    widths = sorted(_width(ln.rstrip()) for ln in body)
    wide = widths[int(0.9 * (len(widths) - 1))]
    if not 40 <= wide <= 130:  # one paragraph per line runs far wider
        return text
    base = Counter(_indent(ln) for ln in body).most_common(1)[0][0]
    wrapped = sum(1 for a, b in zip(lines, lines[1:])
                  if _HAN.search(a) and b.strip() and _width(a.rstrip()) >= 0.8 * wide
                  and not a.rstrip().endswith(_CLOSERS) and _indent(b) <= base + 1)
    if wrapped < 5 or wrapped < 0.2 * len(body):
        return text
    lines = _drop_furniture(lines)
    return "\n".join(_paragraphs(lines, base, wide, chars[int(0.9 * (len(chars) - 1))]))


_BREAK = "\f"


def _drop_furniture(lines: list[str]) -> list[str]:
    """Folios and running heads and feet -> one page-break mark each."""
    marks = [i for i, ln in enumerate(lines) if ln == "\f" or _PAGE_NUMBER.match(ln) and ln.strip()]
    if not marks:
        return lines
    # the lines next to a page break (two on each side, blank lines skipped) that repeat there
    edges: dict[int, str] = {}
    for m in marks:
        for step in (-1, 1):
            i, seen = m + step, 0
            while 0 <= i < len(lines) and seen < 2:
                if lines[i].strip() and i not in marks:
                    edges[i] = _key(lines[i])
                    seen += 1
                i += step
    counts = Counter(edges.values())
    furniture = {i for i, k in edges.items() if counts[k] >= 2 and _width(k) <= 80}
    out = []
    for i, ln in enumerate(lines):
        if i in marks:
            out.append(_BREAK)
        elif i not in furniture:
            out.append(ln)
    return out


def _paragraphs(lines: list[str], base: int, wide: int, longest: int) -> list[str]:
    """Join each paragraph's lines; paragraphs come back apart, with a blank line between.

    A line ran on to the margin if it is about as wide as the longest, or (text wrapped at a
    number of characters, not at a width: Latin letters are narrower) about as long."""
    out: list[str] = []
    para = ""
    prev = None  # the last non-blank line of ``para``
    gap = False  # a blank line since it
    page = False  # a page break since it
    in_masthead = True
    for ln in lines:
        if ln == _BREAK:
            page = True
            continue
        if not ln.strip():
            gap = True
            continue
        text = ln.strip()
        if prev is None:
            joins = False
        else:
            centred = _indent(ln) > base + 8 and _indent(prev) > base + 8
            full = _width(prev.rstrip()) >= 0.8 * wide or len(prev.strip()) >= 0.9 * longest
            if centred:
                # a headline wrapped in the middle (not the masthead's lines, one name each)
                joins = not gap and not in_masthead and not prev.rstrip().endswith(_CLOSERS)
            elif _indent(ln) > base + 1 or _OPENS_ITEM.match(text) or _indent(prev) > base + 8:
                joins = False  # an indented first line, an item, or after a centred line
            elif gap and not page:
                joins = False
            else:
                # the next line of this paragraph, here or over a page break: the line before
                # ran on to the margin (a short one ended its paragraph)
                joins = full
        if joins:
            sep = " " if re.search(r"[A-Za-z0-9.,]$", para) and re.match(r"[A-Za-z(]", text) else ""
            para += sep + text
        else:
            if para:
                out.append(para)
                out.append("")
            para = text
        if in_masthead and _FULL_DATE.search(text):
            in_masthead = False
        prev, gap, page = ln, False, False
    if para:
        out.append(para)
    return out


# 2023/5/17, 2023.5.17 (not 2023-05-17, an ISO date the readers take as it is) and 17/5/2023
_YMD = re.compile(r"(?<![\d/.])((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.]|\.\d)")
_DATE_HINT = re.compile(r"\d[/.]\d{1,2}[/.]\d")
_DMY = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.])")
# "11-15/10/2021": days of one month, day first
_DDMY = re.compile(r"(?<![\d/.\-])(\d{1,2})-(\d{1,2})([/.])(\d{1,2})\3((?:19|20)\d{2})(?![\d/.])")
# "2023年10月5日-06" (after the rewrite of "2023.10.05-06"): the range's last day
_DAY_TAIL = re.compile(r"(\d{4}年\d{1,2}月\d{1,2})日-(\d{1,2})(?![\d/.年月日])")


_HAN_YEAR = "[〇零一二三四五六七八九]{4}"
_HAN_MONTH = "十[一二]?|[一二三四五六七八九]"
_HAN_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_HAN_DATE = re.compile(rf"({_HAN_YEAR})年({_HAN_MONTH})月(?:({_HAN_DAY})日)?"
                       rf"(?:(至|到|—|-|～|~)(?:({_HAN_MONTH})月)?({_HAN_DAY})日)?")
_HAN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _han_int(s: str) -> int:
    """"二十七" -> 27, "十一" -> 11, "〇一八" digit by digit (a year) -> 18."""
    if "十" not in s:
        return int("".join(str(_HAN_DIGIT[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_HAN_DIGIT[tens] if tens else 1) * 10 + (_HAN_DIGIT[ones] if ones else 0)


def han_numeral_dates(text: str) -> str:
    """Dates in Chinese numerals, as official letters and their translations date them
    ("二〇一八年十一月二十七日至二十八日") -> "2018年11月27日至28日".

    >>> han_numeral_dates("二〇二三年十月五日，会议召开；二〇一八年十一月二十七日至二十八日举行。")
    '2023年10月5日，会议召开；2018年11月27日至28日举行。'
    """
    if "〇" not in text and "零" not in text:
        return text

    def one(m: re.Match) -> str:
        out = f"{_han_int(m.group(1))}年{_han_int(m.group(2))}月"
        if m.group(3):
            out += f"{_han_int(m.group(3))}日"
        if m.group(6):
            out += m.group(4) + (f"{_han_int(m.group(5))}月" if m.group(5) else "") + f"{_han_int(m.group(6))}日"
        return out

    return _HAN_DATE.sub(one, text)


def chinese_dates(text: str) -> str:
    """Numeric dates -> "2023年5月17日". A day-first date ("17/5/2023", as the Mekong
    countries write it) is read day first unless its second number cannot be a month.

    >>> chinese_dates("2018/11/14 至 2018/11/15，研讨会举行；17/9/2020，会谈。")
    '2018年11月14日 至 2018年11月15日，研讨会举行；2020年9月17日，会谈。'
    >>> chinese_dates("11-15/10/2021，大会举行；2023.10.05-06，交流会举行。")
    '2021年10月11日至15日，大会举行；2023年10月5日至6日，交流会举行。'
    """
    if not _DATE_HINT.search(text):
        return text

    def ymd(y: int, mo: int, d: int, whole: str) -> str:
        return f"{y}年{mo}月{d}日" if 1 <= mo <= 12 and 1 <= d <= 31 else whole

    def days_dmy(m: re.Match) -> str:
        first, last, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5))
        one = ymd(y, mo, first, "")
        return f"{one}至{last}日" if one and first < last <= 31 else m.group()

    text = _DDMY.sub(days_dmy, text)
    text = _YMD.sub(lambda m: ymd(int(m.group(1)), int(m.group(3)), int(m.group(4)), m.group()), text)
    text = _DAY_TAIL.sub(lambda m: f"{m.group(1)}日至{int(m.group(2))}日", text)

    def dmy(m: re.Match) -> str:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d, mo = (b, a) if b > 12 >= a else (a, b)
        return ymd(y, mo, d, m.group())

    return _DMY.sub(dmy, text)
