"""Layout of a briefing: sentences with offsets, masthead, articles, contact block, background.

A briefing is a masthead (publisher, series, issue, publication date), then one or more
articles (a headline line, then paragraphs), then optionally a contact block ("联系我们")
and a background paragraph about the publisher ("X：X是…" / "关于我们").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Sentence", "Article", "Layout", "split_sentences", "layout", "ERA", "western_year"]

# "佛历2567年6月11日": a Thai source's Buddhist-era year, 543 years ahead of the Western one
ERA = r"(?:佛历|佛元|佛纪)\s*"


def western_year(year: int) -> int:
    """The Western year of a date's year. A year from 2400 to 2699 with a month after it is
    Buddhist-era (marked "佛历" or not): no briefing dates an event centuries ahead."""
    return year - 543 if 2400 <= year < 2700 else year

_SENT_END = re.compile(r"[。！？!?]+[”’」』）)]*|\n+")
_FULL_DATE_LINE = re.compile(r"^\s*(?:佛历|佛元|佛纪)?\d{4}年\d{1,2}月\d{1,2}日\s*$")
# a labelled date of a web page's source line: "发布时间：2024-01-02", "发布日期：2024年1月2日"
# (or after another labelled field: "来源：…　发布时间：…", "发布者：某中心　发布时间：…　浏览次数：…")
_SOURCE_LABEL = re.compile(r"^\s*(?:发布时间|发布日期)\s*[:：]\s*\d{4}[-/.年]"
                           r"|(?:来源|信息来源|发布者|发布人|发布单位|作者|供稿|撰稿|编辑)\s*[:：].*(?:发布时间|发布日期)\s*[:：]\s*\d{4}")
# "会议时间：2024年6月18日": the date of the meeting a notice announces, not of the masthead
_MEETING_TIME_LABEL = re.compile(r"^\s*[^：:\n]{0,8}(?:会议|活动|培训|举办|召开|举行|报到|报名|截止)[^：:\n]{0,4}(?:时间|日期)\s*[:：]")
_MONTH_LINE = re.compile(r"^\s*(?:\d{4}年\d{1,2}月|[（(]\d{4}年\d{1,2}月[)）])\s*$")
_ISSUE_LINE = re.compile(r"^\s*\d{4}年\s*第\s*\d+\s*期")
# a WeChat push's byline "公众号名  2024-11-08 11:30  云南": a date stamped with its time of day
_MASTHEAD_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日|(?:^\s*|(?:发布时间|发布日期|时间|日期)\s*[:：]\s*|(?<=\s)(?=\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?!\d)))(?:(?:发布时间|发布日期|时间|日期)\s*[:：]\s*)?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
# "相关链接：…", "背景链接：…": background about a body or programme, not an event report
_LINK_PARA = re.compile(r"^\s*[【\[]?(?:相关链接|背景链接|资料链接|链接|背景资料|背景|延伸阅读|小知识|名词解释)[】\]]?\s*[:：]")
# "（二）5月16日至18日，某培训班在万象举办。": an item of a review listing the year's events,
# each opening with its own date (an item of decisions or tasks opens with no date)
_DATED_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]{1,3}[)）]\s*(?=(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[至到\-—～~]\s*(?:\d{1,2}月)?\d{1,2}日)?(?:上旬|中旬|下旬|上午|下午)?[，,在于])")
# "又讯 …", "另讯：…": a further short news item in the same article
_MORE_NEWS = re.compile(r"^\s*[【\[]?(?:又讯|另讯|又訊|另訊)[】\]]?\s*[:：]?")
_CONTACT_HEAD = re.compile(r"^\s*(联系我们|联系方式|联系信息|联系人)\s*[:：]?\s*$")
_CONTACT_LINE = re.compile(
    r"^\s*(地址|通讯地址|邮编|邮政编码|电话|联系电话|传真|电子邮箱|邮箱|E-?mail|网址|网站|微信公众号|微信|Tel|Fax)\s*[:：]"
    r"|^\s*[\w.+-]+@[\w.-]+\s*$|^\s*<?https?://|^\s*\S{2,6}(市|省)\S*?(路|街|胡同|号|大道|巷)\S*\s*$",
    re.I,
)
_BACKGROUND_HEAD = re.compile(r"^\s*(关于我们|中心简介|机构简介|背景介绍)\s*[:：]?\s*$|^\s*[^，。：:\n]{4,40}[：:]\s*\S")
# numbered section headings, captions and bylines are not article headlines
_SECTION = re.compile(r"^(?:\d{1,2}\s*[|｜]|(?:发布时间|发布日期|时间|日期)\s*[:：]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[【\[](?:纠错|责任编辑)|[▲△▼■□◆◇●○★☆]|图为|图片|（图|\(图|照片|摄影|记者|通讯员|来源|责任编辑|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|第[一二三四五六七八九十]+部分|图\s*\d*[:：]|（?(?:来源|供稿|编辑|审核|摄影|图片)[:：])")
# (or "1. 某某论坛在昆明举行", "2、…": items numbered in Arabic figures)
_NUMBERED = re.compile(r"[一二三四五六七八九十]+、\s*|（[一二三四五六七八九十]+）\s*|\d{1,2}[.、．](?!\d)\s*")
_RELATED_HEAD = re.compile(r"^\s*[【\[]?(?:往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|相关新闻|相关文章|相关报道|延伸阅读|"
                           r"热门推荐|热点推荐|精彩推荐|猜你喜欢|更多阅读|参考文献|参考资料|References)[】\]]?\s*[:：]?\s*$")
# "一、出席人员": a minutes' list of who attended, no event ("出席" names who, not what)
_ROSTER_SECTION = re.compile(r"(?:出席|参加|参会|与会|列席)(?:人员|单位|情况|名单|嘉宾|代表)")
_DATE_SOON = re.compile(r"\d{1,2}月(\d{1,2}日)?|^\d{1,2}日|近日|日前")
_EVENTISH = re.compile(r"举行|召开|举办|签约|开幕|闭幕|启动|开班|开营|闭营|结营|开课|开讲|结业|完成|签署|会见|会谈|访问|考察|调研|发布|"
                       r"开展|成功|顺利|圆满|出席|参加|欢迎|落幕|揭牌|上线|通过")
_DAYTIME = r"(?:上午|下午|晚上|晚间|早上|中午|傍晚)?"
_STARTS_WITH_DATE = re.compile(r"^\s*((?:佛历|佛元|佛纪)?\d{4}年)?\d{1,2}月(\d{1,2}日)?(至\d{1,2}[月日])?" + _DAYTIME + r"[，,]"
                               r"|^\s*\d{1,2}日(至\d{1,2}日)?" + _DAYTIME + r"[，,]|^\s*(近日|日前|同日|当日|次日)[，,]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (block between line breaks)


@dataclass
class Article:
    headline: Sentence | None
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Layout:
    sentences: list[Sentence]
    articles: list[Article]
    masthead_end: int
    contact: tuple[int, int] | None  # span of the contact block
    background: list[Sentence]  # sentences about the publisher, not events
    published: str | None  # ISO date printed in the masthead
    # a web page's headline above its date or source line (in the masthead, after the site's
    # name and its breadcrumb "首页 > …"): the headline of a first article printed without one
    page_headline: Sentence | None = None
    # the body that signs a release at its foot, on the line above the date ("某某大使馆")
    signatory: tuple[int, int] | None = None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` (ending in 。！？ or a line break), stripped of
    surrounding whitespace; offsets point into ``text``."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    para = 0
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        _add(text, pos, m.end() if not m.group().startswith("\n") else m.start(), para, out)
        if "\n" in m.group():
            para += 1
        pos = m.end()
    _add(text, pos, end, para, out)
    return out


def _add(text: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b], para))


# a news byline before the first sentence: "【香港文汇报讯】（记者 某某）", "本报讯（记者 某某）"
_BYLINE = re.compile(r"^\s*(?:[【\[][^】\]\n]{2,16}[讯訊][】\]]|[【\[]本[报報]记者[^】\]\n]{2,16}[报報]道[】\]]|[\u4e00-\u9fff]{2,8}[讯訊])\s*(?:[（(][^）)\n]{0,40}[)）])?")
BYLINE = _BYLINE  # (the name the event reader uses: a lead's byline is no part of the event's name)


# a whole line in parentheses: a translator's or editor's note
_NOTE_LINE = re.compile(r"[（(][^（）()\n]{4,120}[)）]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


_SENTENCE_PUNCT = re.compile(r"[。！？；;]$|[。；]")
_COMMA = re.compile(r"[，。,]")
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3})")
_PLACE_DATE_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[，,]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
# "X：X是…": a paragraph about the publisher, named before the colon
_NAMED_PARAGRAPH = re.compile(r"^\s*([^，。：:\n]{4,40})[：:]\s*(\S.*)$")
_ABOUT_US = re.compile(r"^\s*(关于我们|中心简介|机构简介|背景介绍)")
# "关于某某中心" on a line of its own, over a paragraph about that body
_ABOUT_BODY = re.compile(r"^\s*关于([^，。：:、\s]{4,30})\s*$")
# "四、近期工作安排" on a line of its own, over the plans listed under it
_PLAN_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s*)?(?:近期|下一步|下阶段|下步|今后|\d{4}年)?"
                        r"(?:工作)?(?:安排|计划|打算|重点工作)\s*$")
_PLAN_ITEM_END = re.compile(r"[。；;：:]\s*$|。")
# "背景链接" on a line of its own, over the paragraphs it labels
_LINK_HEAD = re.compile(r"^\s*[【\[]?(?:相关链接|背景链接|资料链接|背景资料|延伸阅读|小知识|名词解释)[】\]]?\s*$")


def _about_body(ln: str, nxt: str | None) -> bool:
    """"关于X" heading a paragraph that names X near its start (X's background, no event)."""
    m = _ABOUT_BODY.match(ln)
    return bool(m and nxt and "。" in nxt and m.group(1) in nxt[:60])


# "一、开幕致辞", "三、闭幕式": a section of a report named by the part of the meeting it
# covers, not a new event ("二、X在某地召开" is one)
_SPEECH_SECTION = re.compile(r"^(?:开幕|闭幕|开班|结业|开营|闭营|欢迎)(?:[和与及、](?:开幕|闭幕|开班|结业|开营|闭营))?"
                             r"(?:致辞|辞|词|式|仪式)$")
# the header block of a report, notice or minutes under its headline ("培训时间：…",
# "地点：…", "主办单位：…", "主持：…")
_BLOCK_LABEL = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}(?:时间|日期|地点)|主持人?|(?:指导|主办|承办|协办|支持)单位)\s*[:：]\s*\S")
# "一、会议时间", "三、组织单位", "五、会议议程（拟）": a part of a meeting notice (its date,
# place, organisers, agenda, requirements), not a new event ("2025年9月16日至18日" under it
# dates the notice's meeting)
_NOTICE_SECTION = re.compile(r"^(?:会议|活动|培训|论坛|研修|研讨|报名|报到)?(?:时间|日期|地点|时间(?:和|与|及)?地点|议程|日程|安排|"
                             r"议程安排|日程安排|组织单位|组织机构|主办单位|参会人员|参加人员|参会对象|招生对象|有关要求|"
                             r"其他事项|其他|联系方式|报名方式|费用)(?:[（(][^）)]{0,4}[)）])?$")
# a labelled line of the header block of minutes or a notice ("主持：某某（…）", "出席：…",
# "记录：某某（某处）", "地点：…"): it lists who took part, never a headline
_HEADER_LABEL = re.compile(r"^(?:主持人?|出席(?:人员|领导)?|列席(?:人员)?|参加(?:人员)?|参会(?:人员|单位)?|与会(?:人员)?|"
                           r"记录人?|记录员|整理|地点|缺席|请假|(?:指导|主办|承办|协办|支持|资助|赞助|组织)单位)\s*[:：]\s*\S")
# a line of a form to fill in ("姓名：＿＿＿＿"): never a headline
_FORM_FIELD = re.compile(r"[＿_]{3,}")
# an English translation of the headline under it ("China and Cambodia Sign …")
_LATIN_LINE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\s,.'’&:;()\-–—/]{3,240}$")


# an interview's subject after a dash ("…——访某部某司司长某某")
_INTERVIEW_OF = r"——(?:访|专访)"
# a feature's headline: its column in brackets ("【人物专访】…"), or an interview's
_FEATURE_HEAD = re.compile(r"^[【\[][^】\]]{2,8}[】\]]\S|" + _INTERVIEW_OF)
#: an interview's headline: it reports what someone said, no event
INTERVIEW_HEAD = re.compile(_INTERVIEW_OF + r"|^[【\[](?:人物)?(?:专访|访谈)[】\]]")


def _over_header_block(line: str, nxt: str) -> bool:
    """A report's or minutes' headline over its header block ("时间：…", "主办单位：…"): not a
    part of a notice ("会议议程") nor an agenda's time slot ("10月22日上午　开幕式")."""
    return (_BLOCK_LABEL.match(nxt) is not None and not _NOTICE_SECTION.match(_SPACES.sub("", line))
            and not _SLOT_START.match(line))  # ("会 议 议 程": spaced out to fill the line)


_SPACES = re.compile(r"\s+")
_SLOT_START = re.compile(r"^\s*(?:\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}|第[一二三四五六七八九十\d]+天)")


def _headline_like(s: str) -> bool:
    """A short line without sentence punctuation that is not a date or issue line, nor a
    table's row (cells apart by tabs, an agenda's time slot first: "09:00—09:10	开幕致辞	…")."""
    return (4 <= len(s) <= 70 and not _SENTENCE_PUNCT.search(s) and not _STARTS_WITH_DATE.match(s)
            and not _FULL_DATE_LINE.match(s) and not _ISSUE_LINE.match(s) and "\t" not in s.strip()
            and not _CLOCK_SLOT.match(s))


_CLOCK_SLOT = re.compile(r"^\s*\d{1,2}[:：]\d{2}\s*(?:[-—–~～至到]\s*\d{1,2}[:：]\d{2})?\s")


_TIME_LABEL = re.compile(r"^\s*(?:时间|日期)\s*[:：]")
_VENUE_LABEL = re.compile(r"^\s*(?:地点|会址|地址)\s*[:：]")


def _time_before_venue(lines, i: int) -> bool:
    """Whether line ``i`` is "时间：…" over a "地点：…" line: an agenda's header giving when and
    where its meeting is held, not the date the page was published."""
    if not _TIME_LABEL.match(lines[i][2]):
        return False
    nxt = next((ln for _, _, ln in lines[i + 1:] if ln.strip()), "")
    return _VENUE_LABEL.match(nxt) is not None


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def layout(text: str) -> Layout:
    lines = list(_lines(text))
    masthead_end = 0
    published = None
    page_headline = None
    # masthead: up to the publication date line (or issue line) near the top
    for i, (a, b, line) in enumerate(lines[:40]):
        if _is_prose(line):
            break  # the body has begun: a date further down is no masthead's
        m = _MASTHEAD_DATE.search(line)
        # a date line, or a source line "来源：…　发布时间：2023-03-17 16:40"
        # (a web page's source line "发布日期：2025年1月2日　来源：…　撰稿：…　浏览次数：…" may be long)
        limit = 80 if not m or _SOURCE_LABEL.search(line) else (40 if m.group(1) or m.start() == 0 else 80)
        # ("某某处编　　　　2026年4月15日": the editor and the date spaced apart on one line)
        # ("万象，2023年12月18日": a letter's place and date line, its comma no sentence's)
        # (a page's view count "浏览次数：1,284" has a comma of no sentence either)
        if m and len(_SPACES.sub(" ", line.strip())) <= limit and (not _COMMA.search(_DIGIT_GROUP.sub("", line))
                                                                   or _PLACE_DATE_LINE.match(line)) \
                and not _MEETING_TIME_LABEL.match(line) \
                and not _time_before_venue(lines, i):
            masthead_end = b
            y, mo, d = (int(x) for x in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
            published = f"{western_year(y):04d}-{mo:02d}-{d:02d}"
            page_headline = _page_headline(lines[:i])
            break
    if not masthead_end:
        # a monthly issue dated by its month only ("2025年3月" on a line of its own)
        for a, b, line in [x for x in lines if x[2].strip()][:10]:
            if _is_prose(line):
                break
            if _MONTH_LINE.match(line):
                masthead_end = b
                break
    if not masthead_end:
        for a, b, line in lines[:40]:
            if _is_prose(line):
                break
            if _ISSUE_LINE.match(line):
                masthead_end = b
                break

    body_end = len(text)
    contact = None
    background: list[Sentence] = []
    # contact block: from its heading over the contact lines (and the org names among them)
    for i, (a, b, line) in enumerate(lines):
        if a < masthead_end or not _CONTACT_HEAD.match(line):
            continue
        j = i + 1
        last = b
        while j < len(lines):
            la, lb, ln = lines[j]
            s = ln.strip()
            if not s:
                j += 1
                continue
            if _CONTACT_LINE.search(ln) or (len(s) <= 30 and "。" not in s and "：" not in s and ":" not in s):
                last = lb
                j += 1
                continue
            break
        contact = (a, last)
        body_end = min(body_end, a)
        break
    # "往期推荐", "相关阅读": other articles' headlines after this one (a saved WeChat or news
    # page), none of them this briefing's; "参考文献": a commentary's works cited
    for i, (a, b, line) in enumerate(lines):
        if a >= masthead_end and _RELATED_HEAD.match(line):
            # (unless a whole story follows, headline and prose: a wire page printing the
            # related dispatch in full)
            after = [ln for _, _, ln in lines[i + 1:] if ln.strip()][:2]
            if len(after) == 2 and _headline_like(after[0].strip()) and _is_prose(after[1]) and _EVENTISH.search(after[0]):
                continue
            body_end = min(body_end, a)
            break
    # a release signed at its foot ("某某大使馆\n2022年8月30日"): the date it was issued,
    # and the signature no part of the body
    signed = _signature(lines, masthead_end)
    signatory = None
    if signed is not None:
        sig_start, sig_date, signatory = signed
        if published is None:
            published = sig_date
        body_end = min(body_end, sig_start)
    # background paragraph(s): "X：X是…" about the publisher, after the body
    non_empty = [(a, b, ln) for a, b, ln in lines if ln.strip() and a >= masthead_end]
    for k, (a, b, ln) in enumerate(non_empty):
        if contact and contact[0] <= a < contact[1]:
            continue
        m = _NAMED_PARAGRAPH.match(ln)
        if m and ("。" in ln) and (m.group(1).strip() in m.group(2)[:60] or m.group(2).startswith(("中心", "本中心"))):
            background.extend(split_sentences(text, a, b))
            body_end = min(body_end, a) if not contact or a > contact[0] else body_end
        elif (_BACKGROUND_HEAD.match(ln) and _ABOUT_US.match(ln)
              or _about_body(ln, non_empty[k + 1][2] if k + 1 < len(non_empty) else None)):
            background.extend(split_sentences(text, a, len(text)))
            body_end = min(body_end, a)
            break

    # "相关链接：…" paragraphs inside the body: background, the body goes on after them
    # (a label on a line of its own labels the paragraphs under it, up to the next short line)
    for k, (a, b, ln) in enumerate(non_empty):
        if a < body_end and _LINK_PARA.match(ln) and not any(x.start <= a < x.end for x in background):
            background.extend(split_sentences(text, a, b))
        elif a < body_end and (_LINK_HEAD.match(ln) or _PLAN_HEAD.match(ln)) and not any(x.start <= a < x.end for x in background):
            # (and "四、近期工作安排" over the plans listed under it: no events yet)
            for la, lb, nl in non_empty[k + 1:]:
                if la >= body_end or not _PLAN_ITEM_END.search(nl):
                    break  # (items of a plan may end in "；")
                background.extend(split_sentences(text, la, lb))
    background.sort(key=lambda s: s.start)

    # articles: a headline is a short line without sentence-final punctuation, not a date
    # line, followed by a body paragraph
    body_lines = [(a, b, ln) for a, b, ln in lines if a >= masthead_end and b <= body_end and ln.strip()]
    bg_starts = {s.start for s in background}
    heads: list[tuple[int, int]] = []
    subheads: set[int] = set()  # start offsets of subheadings under a headline
    for k, (a, b, ln) in enumerate(body_lines):
        s = ln.strip()
        if a in bg_starts or any(x.start <= a < x.end for x in background):
            continue
        if a in subheads or _NOTE_LINE.fullmatch(s) or _FORM_FIELD.search(s) or _HEADER_LABEL.match(s):
            continue  # "（本文译自某机构新闻稿，仅供参考）": a note under a headline, never one
        if _CONTACT_LINE.search(s) or _BLOCK_LABEL.match(s):
            continue  # "电子邮箱：…", "会议地点：…": a contact or header line, never a headline
        # "二、X在某地召开": a numbered section heading that reports an event is a headline
        num = _NUMBERED.match(s)
        # (or one whose paragraph opens with the event's date: "三、某某交流营" / "5月3日，…")
        if num and (_EVENTISH.search(s, num.end()) or k + 1 < len(body_lines)
                    and _STARTS_WITH_DATE.match(body_lines[k + 1][2].strip())) and not _SECTION.match(s, num.end()) \
                and not _SPEECH_SECTION.match(s[num.end():].strip()) and not _NOTICE_SECTION.match(s[num.end():].strip()) \
                and not _ROSTER_SECTION.match(s[num.end():].strip()):
            lead = num.end()
        elif _SECTION.match(s):
            continue
        else:
            lead = 0
        # a headline, then a subheading line, then the first paragraph
        # (a subheading reports no event of its own: else it is the next headline of a list)
        sub = (k + 2 < len(body_lines) and "。" not in body_lines[k + 1][2] and _headline_like(body_lines[k + 1][2].strip())
               and not _EVENTISH.search(body_lines[k + 1][2]) and not _SECTION.match(body_lines[k + 1][2].strip())
               and "。" in body_lines[k + 2][2] and _EVENTISH.search(s) is not None)
        sub = sub or (k + 2 < len(body_lines) and _LATIN_LINE.fullmatch(body_lines[k + 1][2].strip()) is not None
                      and _CJK_RE.search(s) is not None and _EVENTISH.search(s) is not None and _headline_like(s))
        sub = sub or (k + 2 < len(body_lines) and _NOTE_LINE.fullmatch(body_lines[k + 1][2].strip()) is not None
                      and "。" in body_lines[k + 2][2] and _EVENTISH.search(s) is not None and _headline_like(s))
        if (
            _headline_like(s)
            and k + 1 < len(body_lines)
            and ("。" in body_lines[k + 1][2] or sub or _over_header_block(s, body_lines[k + 1][2]))
        ):
            nxt = body_lines[k + 2 if sub else k + 1][2].strip()
            nxt = _BYLINE.sub("", nxt, count=1)
            if not (_STARTS_WITH_DATE.match(nxt) or _DATE_SOON.search(nxt[:40]) or _EVENTISH.search(s)
                    or _FEATURE_HEAD.search(s)):
                continue  # a caption or subheading, not a new article
            off = a + (len(ln) - len(ln.lstrip()))
            heads.append((off + lead, off + len(s)))
            if sub:
                subheads.add(body_lines[k + 1][0])
    sentences = split_sentences(text, masthead_end, body_end)
    # "又讯 …" paragraphs open an article of their own, without a headline
    breaks: list[tuple[int, int, bool]] = [(ha, hb, True) for ha, hb in heads]
    for a, b, ln in body_lines:
        m = _MORE_NEWS.match(ln) or _DATED_ITEM.match(ln)
        if m and m.end() < len(ln) and (m.re is _MORE_NEWS or _EVENTISH.search(ln) or "主办" in ln):
            off = a + (len(ln) - len(ln.lstrip()))
            if not heads or off > heads[0][0]:
                breaks.append((off, off, False))
    # subheadings, and whole lines in parentheses (an editor's or translator's note)
    sub_lines = [(a, b) for a, b, ln in body_lines if a in subheads or _NOTE_LINE.fullmatch(ln.strip())]
    in_bg = lambda s: (any(x.start <= s.start < x.end for x in background)  # noqa: E731
                       or any(x <= s.start < y for x, y in sub_lines))
    # (a web page's own headline above its date line heads the text under it, up to the next)
    block = bool(heads) and _opens_with_header_block(body_lines, heads[0][0])
    if block and page_headline is None:
        # the minutes' title above the page's date line names the meeting its header block sets out
        title = next(((a, b, ln) for a, b, ln in lines if b <= masthead_end and ln.strip() and _headline_like(ln.strip())
                      and not _BREADCRUMB.search(ln)), None)
        if title is not None:
            off = title[0] + len(title[2]) - len(title[2].lstrip())
            page_headline = Sentence(off, off + len(title[2].strip()), title[2].strip(), -1)
    if not heads or page_headline is not None or _dated_lead_before(text, sentences, masthead_end, heads[0][0], in_bg):
        breaks.append((masthead_end, masthead_end, False))
    breaks.sort()
    articles: list[Article] = []
    for i, (ha, hb, is_head) in enumerate(breaks):
        nxt = breaks[i + 1][0] if i + 1 < len(breaks) else body_end
        head = Sentence(ha, hb, text[ha:hb], -1) if is_head else None
        arts = [s for s in sentences if hb <= s.start < nxt and not in_bg(s)]
        if not is_head and not arts:
            continue
        articles.append(Article(head, ha, nxt, arts))
    if not articles:
        articles.append(Article(None, masthead_end, body_end, [s for s in sentences if not in_bg(s)]))
    return Layout(sentences, articles, masthead_end, contact, background, published, page_headline, signatory)


def _opens_with_header_block(body_lines, first_head: int) -> bool:
    """Whether the body opens, above its first heading, with a meeting's header block ("会议时间：…",
    "主办单位：…"; after a section line "一、会议概况" at most): minutes under the page's title,
    whose first article is that meeting."""
    lines = [ln.strip() for a, _, ln in body_lines if a < first_head][:2]
    if lines and _NUMBERED.match(lines[0]) and not _BLOCK_LABEL.match(lines[0]):
        lines = lines[1:]
    return bool(lines) and _BLOCK_LABEL.match(lines[0]) is not None


# the emoji or symbols a push opens its paragraphs with ("📢 ", "▶ ")
_LEAD_MARKS = re.compile(r"^[^\w（(]+")


def _dated_lead_before(text: str, sentences: list[Sentence], start: int, end: int, in_bg) -> bool:
    """Whether a paragraph under the masthead, above the first section heading, reports the
    event ("📢 11月5日至7日，…论坛在某地举行" in a WeChat push whose page title heads it):
    it opens the first article, without a headline of its own."""
    lead = [s for s in sentences if start <= s.start < end and not in_bg(s)]
    return any(_STARTS_WITH_DATE.match(_BYLINE.sub("", _LEAD_MARKS.sub("", s.text), count=1)) and _EVENTISH.search(s.text)
               for s in lead)


# a web page's navigation line: "首页 > 新闻中心 > 工作动态", "当前位置：首页 › 学术交流"
_BREADCRUMB = re.compile(r"[>＞›»]|^\s*(?:首页|当前位置|您的位置|您现在的位置)")


def _is_prose(line: str) -> bool:
    """A paragraph of running text (long, with a full stop), which no masthead line is."""
    s = line.strip()
    return len(s) > 40 and "。" in s


# ("2022年3月31日于北京": where it was signed may follow the date)
_SIGNED_DATE = re.compile(r"\s*(\d{4})年(\d{1,2})月(\d{1,2})日(?:于[\u4e00-\u9fff]{2,8})?\s*")
_SIGNATORY = re.compile(r"[^，。；：:,;！？!?]{2,30}")
# an official letter's lines below its signature: a contact note, copies, attachments
_AFTER_SIGNATURE = re.compile(r"\s*(?:[（(]\s*(?:联系人|联系电话|联系方式|此件)[^\n]*[)）]|(?:联系人|联系电话|附件|抄送|分送|主送)\s*[:：][^\n]*)\s*$")


def _signature(lines, masthead_end: int) -> tuple[int, str, tuple[int, int] | None] | None:
    """The foot of a release or notice: its last line a date on its own, after the body's
    prose, with the issuing body's name on the line above if there is one. Returns where the
    signature starts, the date (ISO) and the span of the signing body's line."""
    rest = [(a, b, ln) for a, b, ln in lines if ln.strip() and a >= masthead_end]
    while rest and _AFTER_SIGNATURE.match(rest[-1][2]):
        rest.pop()  # "（联系人：某处 某某，电话：…）" or "抄送：…" printed under the date
    if len(rest) < 2:
        return None
    a, b, ln = rest[-1]
    m = _SIGNED_DATE.fullmatch(ln)
    if m is None or not any(_is_prose(x[2]) for x in rest[:-1]):
        return None
    start, signatory = a, None
    pa, pb, prev = rest[-2]
    if _SIGNATORY.fullmatch(prev.strip()) and not _is_prose(prev):
        start = pa
        lead = len(prev) - len(prev.lstrip())
        signatory = (pa + lead, pa + lead + len(prev.strip()))
    y, mo, d = (int(x) for x in m.groups())
    return start, f"{western_year(y):04d}-{mo:02d}-{d:02d}", signatory


def _page_headline(lines) -> Sentence | None:
    """The last non-empty line before the masthead's date line when it reads as an event's
    headline (not the site's name, not a breadcrumb)."""
    for a, b, line in reversed(lines):
        s = line.strip()
        if not s:
            continue
        if _BREADCRUMB.search(s) or not _headline_like(s) or not _EVENTISH.search(s):
            return None
        off = a + (len(line) - len(line.lstrip()))
        return Sentence(off, off + len(s), s, -1)
    return None
