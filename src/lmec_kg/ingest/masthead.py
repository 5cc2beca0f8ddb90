"""Briefing text -> masthead metadata (publisher, series, year, issue, date, first headline).

A briefing opens with a masthead::

    澜沧江-湄公河环境合作中心                          <- publisher (one line per publisher)
    Lancang-Mekong Environmental Cooperation Center   <- publisher_en
    简报                                               <- series
    2022年 第5期                                       <- year, issue
    2022年5月9日                                       <- published
    绿色澜湄计划：……圆桌对话顺利召开                    <- title (headline of the first article)

Everything is best effort: a piece that is not there stays None, and nothing here raises.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["Masthead", "parse_masthead", "parse_date"]

#: how far into the text the masthead may reach
_MAX_LINES = 40
_MAX_CHARS = 4000

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９]+|[〇零○一二三四五六七八九十百两]+"
_YEAR = r"[12][0-9]{3}|[12１２][０-９]{3}|[一二][〇零○一二三四五六七八九]{3}"

_TOTAL_ISSUE = re.compile(r"[（(]?\s*总\s*第\s*(?:" + _NUM + r")\s*期\s*[）)]?")
_ISSUE = re.compile(r"(?:(" + _YEAR + r")\s*年\s*[,，]?\s*)?第\s*(" + _NUM + r")\s*期")
_ISSUE_EN = re.compile(
    r"\b(?:Issue|No\.?)\s*(\d{1,3})\b(?:\s*[,/]?\s*(?:of\s+)?((?:19|20)\d{2})\b)?"
    r"|\b((?:19|20)\d{2})\s*[,/]?\s*(?:Issue|No\.?)\s*(\d{1,3})\b",
    re.I,
)
_DATE_CN = re.compile(r"(" + _YEAR + r")\s*年\s*(" + _NUM + r")\s*月\s*(" + _NUM + r")\s*[日号]")
_DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})(?!\d)")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_DATE_EN = re.compile(
    r"\b(?:(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+((?:19|20)\d{2})"
    r"|([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2}))\b"
)
#: what may stand on a date or issue line besides the date or issue itself
_LABEL = re.compile(r"^(?:出版|发布|印发|编印|刊发|发行)?(?:日期|时间)?$|^(?:Date|Published)$", re.I)
_SERIES = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:简报|简讯|通讯|快报|动态|周报|月报|专报|要情|信息|通报)$"
    r"|^(?:[A-Za-z\- ]{0,30}\s)?(?:Newsletter|Briefing|Bulletin|Brief|Update)s?$",
    re.I,
)
_PUBLISHER_LABEL = re.compile(r"^(?:主办|主办单位|编印|编印单位|编辑|编辑出版|出版单位)\s*[:：]\s*(.+)$")
_TOC = re.compile(r"^(?:本期)?(?:目\s*录|要目|导读|内容提要)$|^(?:Contents|In this issue)$", re.I)
_TOC_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*|^[（(][一二三四五六七八九十0-9]{1,3}[）)]\s*")
_TOC_PAGE = re.compile(r"\s*(?:[.·…．]{2,}|\s{2,})\s*[0-9]{1,3}$")
_PUNCT = re.compile(r"[\s　:：,，、/／|｜·•\-—–()（）\[\]【】]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
#: Markdown around a masthead line ("# 标题", "**简报**")
_MARKUP = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$|^__|__$")
#: a line without any of these cannot be a series, issue or date line (cheap pre-check)
_META_HINT = re.compile(
    r"[期年月日号报讯态息要0-9０-９]|Issue|No\b|Newsletter|Brief|Bulletin|Update",
    re.I,
)
_ORG_NAME = re.compile(
    r"(?:中心|部|局|厅|司|处|委员会|委|办公室|秘书处|院|所|协会|学会|理事会|商会|组织|基金会|署|银行|大学|学院|政府|"
    r"使馆|领事馆|站|集团|公司|联盟|网络|平台)$"
)
#: web-page bylines that share a line with the date ("发布时间：2022-05-09 来源：生态环境部")
# the body that edits the issue, beside its date: "某某中心编          2019年9月20日"
_EDITED_BY = re.compile(r"(?:^|(?<=\s))[\u4e00-\u9fff\-—/（）()]{2,40}?(?:编|编印|编发|印发)(?=\s|$)")
_BYLINE = re.compile(r"(?:来源|作者|编辑|责任编辑|文|图|浏览次数|点击数|阅读量|字号|发布者)\s*[:：]\s*\S*")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Masthead:
    """What the masthead says; every field may be None."""

    publisher: str | None = None
    publisher_en: str | None = None
    series: str | None = None
    year: int | None = None
    issue: int | None = None
    published: str | None = None
    title: str | None = None

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def parse_masthead(text: str) -> Masthead:
    """Read the masthead at the top of a briefing.

    When several publishers are printed one above the other, the last (nearest the series name)
    is taken, for the Chinese and the English name alike.

    >>> m = parse_masthead("澜湄环境合作中心\\nLMEC\\n\\n简报\\n2022年 第5期\\n2022年5月9日\\n\\n圆桌对话召开\\n\\n正文。")
    >>> (m.publisher, m.publisher_en, m.series, m.year, m.issue, m.published, m.title)
    ('澜湄环境合作中心', 'LMEC', '简报', 2022, 5, '2022-05-09', '圆桌对话召开')
    """
    try:
        return _parse(text)
    except Exception:  # best effort: metadata never stops a briefing from being read
        return Masthead()


def _parse(text: str) -> Masthead:
    head = text[:_MAX_CHARS]
    before: list[str] = []  # lines before the first series/issue/date line
    after_en: list[str] = []
    series = published = title = None
    year = issue = None
    seen_meta = False
    in_toc = False
    publisher_label = None
    for raw in head.split("\n", _MAX_LINES)[:_MAX_LINES]:
        line = _MARKUP.sub("", raw.strip(" \t\u3000\xa0")).strip()
        if not line:
            continue
        if _is_body(line):
            break
        m = _PUBLISHER_LABEL.match(line)
        if m:
            publisher_label = publisher_label or m.group(1).strip()
            continue
        meta = _meta_line(line) if _META_HINT.search(line) else None
        if meta is not None:
            s, y, i, d = meta
            series = series or s
            if i is not None and issue is None:
                issue, year = i, y if y is not None else year
            published = published or d
            seen_meta = True
            continue
        if _TOC.match(line):
            in_toc = True
            continue
        if not seen_meta:
            if not _STATE_HEADING.match(line):  # a state's letterhead: neither title nor publisher
                before.append(line)
            continue
        if _is_latin(line) and any(not _is_latin(b) for b in before):
            after_en.append(line)  # English line of a Chinese masthead, not the headline
            continue
        title = _clean_title(line) if in_toc else line
        break
    zh = [b for b in before if not _is_latin(b)]
    en = [b for b in before if _is_latin(b)] + ([] if title else after_en)
    if not seen_meta:
        # no masthead at all: a letter's subject line ("事由：关于…的报告") is its title, else
        # the first short line
        if zh and title is None:
            title = next((_SUBJECT.sub("", z) for z in zh if _SUBJECT.match(z)), zh[0])
        zh, en = [], []
    elif series is None and issue is None:
        # only a date: a news item ("标题\n2022年5月9日\n正文"), whose first line is the
        # headline unless it names an organisation (the issuing body)
        heads = [z for z in zh if not _ORG_NAME.search(z)]
        if heads and title is None:
            title = heads[0]
        zh = [z for z in zh if _ORG_NAME.search(z)]
    # Co-publishers stack in the masthead (生态环境部对外合作与交流中心 above
    # 澜沧江-湄公河环境合作中心); the line nearest the series name is the briefing's own publisher.
    publisher = zh[-1] if zh else publisher_label
    return Masthead(
        publisher=publisher or None,
        publisher_en=en[-1] if en else None,
        series=series,
        year=year,
        issue=issue,
        published=published,
        title=title,
    )


_SUBJECT = re.compile(r"^(?:事由\s*[:：]\s*)?(?=关于)")
#: the lines an official letter of a Mekong state opens with: the state's name and its motto
#: ("老挝人民民主共和国 / 和平 独立 民主 统一 繁荣", "越南社会主义共和国 / 独立—自由—幸福")
_STATE_HEADING = re.compile(r"^(?:[\u4e00-\u9fff]{1,10}(?:共和国|王国|联邦)|和平\W*独立\W*民主\W*统一\W*繁荣"
                            r"|独立\W*自由\W*幸福|民族\W*宗教\W*国王)$")


def _is_body(line: str) -> bool:
    return len(line) > 80 or (len(line) > 40 and line.endswith(("。", ".", "；")))


def _is_latin(line: str) -> bool:
    return not _CJK.search(line) and len(_LATIN.findall(line)) >= 2


def _clean_title(line: str) -> str:
    line = _TOC_PAGE.sub("", line)
    return _TOC_NUMBER.sub("", line).strip() or line


def _meta_line(line: str) -> tuple[str | None, int | None, int | None, str | None] | None:
    """(series, year, issue, date) when the line is a masthead line, else None."""
    rest = _BYLINE.sub(" ", _TOTAL_ISSUE.sub(" ", line))
    if _find_date(rest):
        rest = _EDITED_BY.sub(" ", rest)
    year = issue = date = None
    m = _ISSUE.search(rest)
    if m:
        issue = _number(m.group(2))
        year = _number(m.group(1)) if m.group(1) else None
        rest = rest[: m.start()] + " " + rest[m.end():]
    else:
        m = _ISSUE_EN.search(rest)
        if m:
            if m.group(1):
                issue = int(m.group(1))
                year = int(m.group(2)) if m.group(2) else None
            else:
                year, issue = int(m.group(3)), int(m.group(4))
            rest = rest[: m.start()] + " " + rest[m.end():]
    found = _find_date(rest)
    if found:
        date, (a, b) = found
        rest = rest[:a] + " " + rest[b:]
    parts = [p for p in _PUNCT.split(rest) if p]
    series = None
    leftovers = []
    for p in parts:
        if series is None and _SERIES.match(p):
            series = p
        elif not _LABEL.match(p):
            leftovers.append(p)
    if leftovers and date is not None and (all(len(p) <= 30 and _ORG_NAME.search(p) for p in leftovers)
                                           or line.startswith("原创") and len(line) <= 60):
        leftovers = []  # a web page's byline: the date and the office (or the account) that wrote it
    if leftovers:
        # a whole-line English series ("Work Briefing") splits on spaces; retry on the line
        whole = " ".join(parts)
        if issue is None and date is None and _SERIES.match(whole):
            return whole, None, None, None
        return None
    if series is None and issue is None and date is None:
        return None
    if year is not None and not 1900 <= year <= 2200:
        year = None
    return series, year, issue, date


def _find_date(s: str) -> tuple[str, tuple[int, int]] | None:
    for rx, order in ((_DATE_CN, "ymd"), (_DATE_ISO, "ymd"), (_DATE_EN, "en")):
        for m in rx.finditer(s):
            if order == "ymd":
                y, mo, d = (_number(g) for g in m.groups())
            elif m.group(1):
                d, mo, y = int(m.group(1)), _MONTHS.get(m.group(2)[:3].lower()), int(m.group(3))
            else:
                mo, d, y = _MONTHS.get(m.group(4)[:3].lower()), int(m.group(5)), int(m.group(6))
            iso = _iso(y, mo, d)
            if iso:
                return iso, m.span()
    return None


def parse_date(s: str) -> str | None:
    """The first full date in ``s`` as ISO "YYYY-MM-DD", or None.

    >>> parse_date("二〇二二年五月九日"), parse_date("2022/5/9"), parse_date("9 May 2022")
    ('2022-05-09', '2022-05-09', '2022-05-09')
    """
    found = _find_date(s)
    return found[0] if found else None


def _iso(y: int | None, mo: int | None, d: int | None) -> str | None:
    if y is None or mo is None or d is None:
        return None
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _number(s: str | None) -> int | None:
    """Arabic, full-width or Chinese numerals: "5", "５", "五", "十二", "二〇二二"."""
    if not s:
        return None
    s = s.translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    if "十" in s or "百" in s:
        total, cur = 0, 0
        for c in s:
            if c == "百":
                total += (cur or 1) * 100
                cur = 0
            elif c == "十":
                total += (cur or 1) * 10
                cur = 0
            elif c in _CN_DIGITS:
                cur = _CN_DIGITS[c]
            else:
                return None
        return total + cur
    digits = [_CN_DIGITS.get(c) for c in s]
    if None in digits:
        return None
    return int("".join(str(d) for d in digits))


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
