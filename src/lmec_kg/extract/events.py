"""Events: one per article (named from its headline or first sentence), side events, and
their date, place, format, participant count and categories, topics and organiser roles."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexicon import lexicon
from .mentions import find_initiatives
from .text import ERA, western_year
from .orgs import _GLOSS, LIST_JOIN, THAT_BODY, OrgSpan, _place_country, elided_parent, hyphens, find_orgs, names_kind, standalone_org, title_spans

__all__ = ["parse_date", "find_dates", "find_place", "event_format", "participants",
           "topics", "roles", "event_name", "event_subtype", "DATELINE", "CLAUSE_PUNCT", "dateline", "secondary_event", "venue_place", "opening_day", "duration_days", "shift_date", "is_deadline"]

_DATE = re.compile(
    # an era mark ("佛历2567年") is part of the date: the clause opens at it
    r"(?:" + ERA + r"(?=\d{4}年))?(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})(?:日|(?=\s*[至到\-—–~～]\s*\d{1,2}日)))?"
    r"(?:\s*(?:至|到|-|—|–|~|～)\s*(?:(?:" + ERA + r")?(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日)?"
    # ("昨（15）日": a newspaper's day in brackets after yesterday or today)
    r"|(?<![\d年])(?<![\d年]月)(\d{1,2})(?:(?:(?<=[（(]\d)|(?<=[（(]\d\d))[)）])?日(?:\s*(?:至|到|-|—|–|~|～)\s*(\d{1,2})日)?"
    r"|(近日|日前|同日|当日|当天|次日)"
)
_PREDICATE = re.compile(
    r"(?:(?:在|于|(?<=[会坛式展])假)[^，。]{1,14}?)?(?:以[^，。]{1,10}?(?:形式|方式))?(?:顺利|成功|隆重|正式|圆满)?"
    r"(?:召开|举行|举办|开幕|闭幕|开班|开营|闭营|结营|开课|结业|启动|完成|落幕|进行|结束|开展)$"
)


def _ym(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def parse_date(m: re.Match, published: str | None, default_year: int | None, prev: str | None = None):
    """(start ISO, end ISO or None) of a date match; year from the text, else the briefing."""
    py, pm = (int(published[:4]), int(published[5:7])) if published else (default_year, None)
    if m.group(9):
        word = m.group(9)
        if word in ("同日", "当日", "当天", "次日") and prev:
            return prev, None
        if published:
            return published[:7], None
        return (f"{default_year:04d}" if default_year else None), None
    if m.group(2):
        year = western_year(int(m.group(1))) if m.group(1) else py
        month, day = int(m.group(2)), int(m.group(3)) if m.group(3) else None
        if not m.group(1) and pm and year and month > pm + 1:
            year -= 1  # reported in January about December
        if year is None:
            return None, None
        start = _ym(year, month, day)
        end = None
        if m.group(6):
            ey = western_year(int(m.group(4))) if m.group(4) else year
            em = int(m.group(5)) if m.group(5) else month
            end = _ym(ey, em, int(m.group(6)))
        return start, end
    if m.group(7):
        day = int(m.group(7))
        if prev and len(prev) >= 7:
            ym = prev[:7]
        elif published:
            # a bare "17日" in news means this month (or last month when the day is still ahead)
            y, mo = int(published[:4]), int(published[5:7])
            if day > int(published[8:10] or 0):
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            ym = f"{y:04d}-{mo:02d}"
        else:
            return None, None
        start = ym + f"-{day:02d}"
        end = ym + f"-{int(m.group(8)):02d}" if m.group(8) else None
        return start, end
    return None, None


# "请于3月10日前报名", "申报截止时间为4月28日": a deadline, the day something is due, not the
# day an event is held ("3月10日前后" is about then; "前夕" the eve)
_DEADLINE_AFTER = re.compile(r"\s*(?:前(?![一夕后])|之前|以前|(?:为)?止(?!步))")
_DEADLINE_BEFORE = re.compile(r"(?:截止|截至)(?:时间|日期)?(?:为|是|到|至|[:：])?\s*$")


def is_deadline(text: str, m: re.Match) -> bool:
    """Whether the date match is a deadline (by the words around it), not an event's day."""
    return bool(_DEADLINE_AFTER.match(text, m.end()) or _DEADLINE_BEFORE.search(text, max(0, m.start() - 8), m.start()))


def find_dates(text: str, a: int, b: int):
    for m in _DATE.finditer(text, a, b):
        # "2019年度" / "2030年" are not dates; a bare "N日" must follow a month context
        yield m


# "17日上午举行的开幕式", "3月5日的开班仪式": the day of an event's opening ceremony
_OPENING_AFTER = re.compile(r"(?:上午|下午|晚上|晚间|晚)?(?:[^，。；]{0,8}?举行的|的)?"
                            r"(?:开幕式|开班式|开营式|开幕仪式|开班仪式|开营仪式|启动仪式)")
_DURATION = re.compile(r"为期([一二两三四五六七八九十]|\d{1,2})天")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def opening_day(text: str, sents, published: str | None, year: int | None):
    """(ISO day, sentence) of the first "N日…开幕式" in ``sents`` (an event first dated only
    "近日"), not after the publication date."""
    for s in sents:
        for m in find_dates(text, s.start, s.end):
            if m.group(9) or not (m.group(7) or m.group(3)):
                continue
            if not _OPENING_AFTER.match(text, m.end()):
                continue
            st, _ = parse_date(m, published, year)
            if st and len(st) == 10 and (published is None or len(published) < 10 or st <= published):
                return st, s
    return None


def duration_days(text: str) -> int | None:
    """N of "为期N天" ("活动为期三天")."""
    m = _DURATION.search(text)
    if not m:
        return None
    g = m.group(1)
    return int(g) if g.isdigit() else _CN_DIGIT.get(g)


def shift_date(iso: str, days: int) -> str:
    return _shift(iso, days)


# what may stay around the place names of "在X举行": administrative words and a district
_PLACE_REST = re.compile(r"(?:省|市|区|州|县|府|首都|首府|省会|[\u4e00-\u9fff]{1,4}?(?:区|县|镇|乡|村|新区)"
                         # "红河哈尼族彝族自治州", "某某彝族自治县": an autonomous prefecture or county
                         r"|[\u4e00-\u9fff]{1,6}?族(?:[\u4e00-\u9fff]{1,4}?族)*自治(?:州|县|区|旗))*"
                         # "在某县某镇南腊河畔": a river bank or lakeshore of the town named
                         r"(?:[\u4e00-\u9fff]{1,4}?(?:河畔|江畔|湖畔|河边|江边|湖边|河岸|江岸|湖岸|沿岸))?")


@lru_cache(maxsize=1)
def _PLACE_WORDS_LONGEST_FIRST() -> tuple[str, ...]:
    lex = lexicon()
    return tuple(sorted(set(lex.places) | set(lex.countries), key=lambda w: (-len(w), w)))


# "在X举行/召开…": the place X before the event's verb (or "以视频方式召开，在X设主会场")
# (adverbs of how often may stand before the verb: "在某国连续举办三期培训", "先后举办")
_HELD_VERB = r"(?=(?:连续|先后|陆续|相继|分别|组织|联合)?(?:举行|召开|举办|展开|开幕|闭幕|开班|开展|启动|进行|成功|顺利|隆重|正式|同步|开讲|拉开|落幕|会见|拜会|拜访|以|签署|签订|会谈|考察|调研|访问|参观|发布|揭牌|结业|开课|揭幕|落下帷幕|圆满|拉开|开营|通话|座谈|巡护|采样|联合|共同|参加|出席|设(?:主)?会场|(?:与|同)[^，。；]{1,40}?(?:举行|会谈|会见|会晤|座谈|签署)))"
# (正在/仍在 …: an adverb of time, not "at": "正在老挝访问的某部长在万象与…会谈"; 还在 is
# "also at" before a place and a verb of holding: "中心还在金边举办…培训班")
# (于 of a word, "基于自然的…对话在某地举行", "关于…", "致力于…", is no preposition)
_AT = r"(?:(?<![正现仍存])在|(?<![基由对关属等用力利善终])于|赴)"
_HELD_AT = re.compile(_AT + r"([\u4e00-\u9fff]{1,16}?)" + _HELD_VERB)
# "在某省、某省联合开展": a list of places before the verb
# ("先后在某市、某市两地开展", "在某市和某市就…开展交流": 和 joins two, 两地 counts them)
_HELD_AT_LIST = re.compile(_AT + r"([\u4e00-\u9fff]{1,12}?(?:[、和与及][\u4e00-\u9fff]{1,12}?)+)(?:[两三四五六等各]地)?"
                           r"(?:" + _HELD_VERB + r"|(?=就[^，。；]{1,24}?(?:开展|进行|举行|交流|会谈|座谈)))")
_LIST_SEP = re.compile(r"[、和与及]")
_EVENT_WORD = re.compile(r"活动|会议|论坛|研讨会|培训|交流会|对话|仪式|考察|调研")
_EACH_PLACE = re.compile(r"[两三四五六七八九十\d]+期|分别|各自|各举办")


CLAUSE_PUNCT = re.compile(r"[，。；,;]")


def _clause_end(s: str, pos: int) -> int:
    """Where the clause going on at ``pos`` ends."""
    m = CLAUSE_PUNCT.search(s, pos)
    return m.start() if m else len(s)


_TO_CAPITAL = re.compile(r"(?:来|抵|赴|到|进)(京)(?:访问|考察|调研|交流|参会|参加|出席|开展|会见|会谈|洽谈|拜会)"
                         # "在京就…座谈", "在京与…会谈": met in the capital over a matter, with someone
                         r"|(?<![正现仍还存])在(京)(?=就|与|同|和|会见|会谈|座谈|召开|举行|举办|签署)")
_VISITED = re.compile(r"(?:访问|赴|走进|来到|抵达)([\u4e00-\u9fff]{2,10}?)(?=[，。,；;]|期间)")
# "在巴西贝伦某某大会中国角举办", "赴某省项目场址开展踏勘": place words opening a venue or a
# site, then the event's verb in the same clause
_AT_CUE = re.compile(r"在|于|赴|前往")
_SITE_VERB = re.compile(r"举行|召开|举办|开幕|开班|开营|开展|启动|签署|签订|会谈|会见|考察|调研|踏勘|参观|发布|揭牌")
# "在某市某局的支持下", "在某某带领下": a role or a person, not a venue
_NOT_SITE = re.compile(r"的|指导|支持|帮助|协助|领导|带领|陪同|主持|资助|邀请|选|设|建|[，。；,;：:]")
# "在万象和琅勃拉邦选取…": a list of places or a clause, not a venue of one place
_SITE_OPENS_BAD = re.compile(r"[和与及同、对向就为将已]|共同|联合")


# "昆明官渡": two characters after a city, no function word among them
_DISTRICT = re.compile(r"(?:(?![的在和与及等])[\u4e00-\u9fff]){2}")


# "老挝南部占巴塞省": the part of a country a place named next is in ("广西南部" alone names none)
_PART_BEFORE_PLACE = re.compile(r"(?:东北|西北|东南|西南|东|西|南|北|中)部(?=\0)")


def _all_place_words(s: str) -> bool:
    """``s`` is place names and administrative words only ("云南昆明", "老挝南部某省")."""
    rest = s
    for w in _PLACE_WORDS_LONGEST_FIRST():
        if w in rest:
            rest = rest.replace(w, "\0")
    rest = _PART_BEFORE_PLACE.sub("", rest).replace("\0", "")
    return _PLACE_REST.fullmatch(rest) is not None


def find_place(text: str, a: int, b: int):
    """(canonical place name, start, end) of "在X举行/召开…" in text[a:b]."""
    lex = lexicon()
    # "在某省、某省联合开展": a list of places, each all place words, names the first as the venue
    # (not when each place had an event of its own: "在某省甲市、乙市两地先后举办了2期培训")
    listed = [m for m in _HELD_AT_LIST.finditer(text[a:b])
              if all(_all_place_words(it) for it in _LIST_SEP.split(m.group(1)))
              and not _EACH_PLACE.search(text[a:b], m.end(), _clause_end(text[a:b], m.end()))]
    for m in [*_HELD_AT.finditer(text[a:b]), *listed]:
        s = _LIST_SEP.split(m.group(1))[0] if m.re is _HELD_AT_LIST else m.group(1).split("、")[0]
        ps, pe = a + m.start(1), a + m.start(1) + len(s)
        if len(s) == 1 and s in lex.city_abbrev:
            return lex.city_abbrev[s], ps, pe
        found = []
        for pm in lex.place_re.finditer(s):
            found.append(lex.places[pm.group()])
        for cm in lex.country_re.finditer(s):
            key, name, kind = lex.countries[cm.group()]
            if kind == "country" and not found:
                found.append(name)
        if found:
            last = found[-1]
            name = last if isinstance(last, str) else last.name
            spans = [pm.span() for pm in lex.place_re.finditer(s)] or [cm.span() for cm in lex.country_re.finditer(s)]
            if spans:
                ps, pe = a + m.start(1) + spans[-1][0], a + m.start(1) + spans[-1][1]
                while pe < a + m.start(1) + len(s) and text[pe] in "省市州区县":
                    pe += 1
            # the whole run must be place words (云南昆明, 青海省玉树藏族自治州)
            if _all_place_words(s):
                return name, ps, pe
            # "在昆明官渡举行": a city, then one of its districts written without 区
            if (len(spans) == 1 and len(s) - spans[0][1] == 2 and not isinstance(last, str) and last.kind == "city"
                    and _PLACE_REST.fullmatch(s[:spans[0][0]]) and _DISTRICT.fullmatch(s, spans[0][1])):
                return name, ps, pe
        elif _TOWNSHIP.match(s):
            # "某县在某镇某村举办…": a township of the county (city) that holds the event
            own = _subject_county(text, a, a + m.start())
            if own is not None:
                return own
    # "在位于北京的某部会见了…": the place the venue is said to be in
    for m in _AT_LOCATED.finditer(text, a, b):
        s = m.group(1)
        if _all_place_words(s):
            spans = [pm.span() for pm in lex.place_re.finditer(s)]
            if spans:
                x, y = spans[-1]
                return lex.places[s[x:y]].name, m.start(1) + x, m.start(1) + y
    # "率代表团来京访问", "抵京开展交流": a visit to the capital by its one-character name
    m = _TO_CAPITAL.search(text, a, b)
    if m is not None:
        g = 1 if m.group(1) else 2
        return lex.city_abbrev[m.group(g)], m.start(g), m.end(g)
    # a visit: "率团访问某国某市，与…会谈" (the run between the verb and the comma is all place words)
    for m in _VISITED.finditer(text[a:b]):
        s = m.group(1)
        rest = s
        for w in _PLACE_WORDS_LONGEST_FIRST():
            if w in rest:
                rest = rest.replace(w, "")
        if rest == s or not _PLACE_REST.fullmatch(rest):
            continue
        spans = [pm.span() for pm in lex.place_re.finditer(s)]
        if spans:
            x, y = spans[-1]
            e = lex.places[s[x:y]]
            return (e if isinstance(e, str) else e.name), a + m.start(1) + x, a + m.start(1) + y
        for cm in lex.country_re.finditer(s):
            key, name, kind = lex.countries[cm.group()]
            if kind == "country":
                city = _stay_city(text, a + m.end(), key)
                if city is not None:
                    return city
                return name, a + m.start(1) + cm.start(), a + m.start(1) + cm.end()
    return _site_place(text, a, b)


_AT_LOCATED = re.compile(r"(?:在|于)位于([\u4e00-\u9fff]{2,12}?)的")
# a township, a village, a neighbourhood, a border port or a ranger station: a venue too small
# for the gazetteer
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|村|口岸|社区|管护站)")
_COUNTY_SUBJECT_TAIL = re.compile(r"(?:人民政府|政府)?$")


def _subject_county(text: str, a: int, at: int):
    """(city, start, end) of the county or city that opens the clause right before "在"
    ("某县在某镇…举办", "某县人民政府在某乡…"), or None."""
    lex = lexicon()
    cs = max([a] + [text.rfind(c, a, at) + 1 for c in "，,。；;：:"])
    head = _COUNTY_SUBJECT_TAIL.sub("", text[cs:at])
    e = lex.places.get(head)
    if e is None or isinstance(e, str) or e.kind != "city":
        return None
    return e.name, cs, cs + len(head)


# "访问某国。在某市期间，…": the city of the visited country where the visit was spent
_STAY_IN = re.compile(r"[。，,；;]?(?:在|于)([\u4e00-\u9fff]{2,6}?)(?:市)?期间")


def _stay_city(text: str, pos: int, country: str):
    """(city, start, end) a visit to ``country`` stayed in, named right after the visit's clause
    ("率团访问某国。在某市期间，…"); None when no such city of that country follows."""
    lex = lexicon()
    m = _STAY_IN.match(text, pos)
    if m is None:
        return None
    e = lex.places.get(m.group(1))
    if e is None or isinstance(e, str) or e.kind != "city" or _place_country(m.group(1)) != country:
        return None
    return e.name, m.start(1), m.end(1)


def _site_place(text: str, a: int, b: int):
    """(place, start, end) of "在/赴 PLACE… VENUE/SITE … VERB": the city that closes the run of
    place words right after the cue (a country or a province alone names no venue's city)."""
    lex = lexicon()
    for cue in _AT_CUE.finditer(text, a, b):
        j, last = cue.end(), None
        while j < b:
            m = lex.place_re.match(text, j) or lex.country_re.match(text, j)
            if m is None:
                break
            if m.group() in lex.places and lex.places[m.group()].kind == "city":
                last = m
            elif m.group() in lex.places:
                last = None  # "在云南某地": a province and a vague word name no city
            j = m.end()
            while j < b and text[j] in "省市州县区":
                j += 1
        if last is None or j >= b or text[j] == "驻" or not "\u4e00" <= text[j] <= "\u9fff" and text[j] not in "《“":
            continue
        v = _SITE_VERB.search(text, j, min(b, j + 40))
        if v is None or v.start() == j or _NOT_SITE.search(text, j, v.start()) or _SITE_OPENS_BAD.match(text, j):
            continue
        return lex.places[last.group()].name, last.start(), last.end()
    return None


_FORMAT_NOISE = re.compile(r"[“”\"+＋、]")
_HYBRID = re.compile(r"线上线下|线上与线下|线上和线下|线下与线上|线下线上|混合形式|混合方式|现场与视频|视频连线与现场|现场和视频")
_ONLINE = re.compile(r"以(视频|线上|网络|在线)(会议)?(形式|方式)|(视频|线上|网络|在线)(方式|形式)?(举行|召开|举办)|云端")


def event_format(text: str) -> str | None:
    text = _FORMAT_NOISE.sub("", text)
    if _HYBRID.search(text):
        return "hybrid"
    if _ONLINE.search(text):
        return "online"
    return None


_COUNT = re.compile(r"(近|约|共|超过|逾|多达)?(\d+)(余|多)?(?:名|人|位)")
_ATTENDING = re.compile(r"参加|参会|与会|出席|代表|人员|学员|嘉宾|参与|在线")
_COMING_FROM = re.compile(r"来自(.{2,60}?)的?$")
_WHO_BEFORE = re.compile(r"([^，。]{4,60}?)(?:等)?(?:的)?(?:代表|人员|官员)?$")
_CATEGORY_TRIM = re.compile(r"^(以及|及|和|与|包括)|(等|的|共|代表|人员|官员|等机构)+$")


def participants(text: str):
    """(count, qualifier, category) from "…的70余名代表" / "…代表近300人"."""
    for m in _COUNT.finditer(text):
        after = text[m.end():m.end() + 12]
        before = text[max(0, m.start() - 60):m.start()]
        if not _ATTENDING.search(after + text[max(0, m.start() - 8):m.start()]):
            continue
        q = (m.group(1) or "") + (m.group(3) or "")
        q = {"近": "近", "约": "约", "余": "余", "多": "余", "超过": "超过", "逾": "余", "多达": "约", "共": ""}.get(q, q)
        cat = None
        c = _COMING_FROM.search(before)
        if c:
            cat = c.group(1)
        else:
            c = _WHO_BEFORE.search(before)
            if c and "参加" not in c.group(1):
                cat = c.group(1)
        if cat:
            cat = _CATEGORY_TRIM.sub("", cat.strip("，、的 ")) or None
        return m.group(2), q, cat
    return None


_AROUND_TOPICS = re.compile(r"围绕([^，。；《》“”]{4,120}?)(?:[三四五六七八两二]大|[三四五六七八两二]个|等)?(?:议题|主题|话题|专题)")
_TOPIC_SEP = re.compile(r"[、，]|以及|和(?=[\u4e00-\u9fff]{4})")
_NOT_TOPIC = re.compile(r"[了着过]|进行|开展")
_THEME = re.compile(r"以[“\"]([^”\"]{2,40})[”\"]为主题|主题(?:为|是)[：:]?[“\"]([^”\"]{2,40})[”\"]")


def topics(text: str) -> list[str]:
    out: list[str] = []
    m = _AROUND_TOPICS.search(text)
    if m:
        out += [t for t in _TOPIC_SEP.split(m.group(1))
                if 2 <= len(t) <= 40 and not _NOT_TOPIC.search(t)]
    m = _THEME.search(text)
    if m:
        out.append(m.group(1) or m.group(2))
    return out


_ROLE = re.compile(r"(?:共同|联合)?(指导|主办|承办|协办|支持|资助|赞助|组织实施|举办|组织)(?:单位)?")
_ROLE_EN = {"指导": "guide", "主办": "host", "承办": "organizer", "协办": "co-organizer", "支持": "supporter",
            "资助": "supporter", "赞助": "supporter",
            "举办": "host", "组织": "organizer", "组织实施": "organizer"}


# (or a short name and an abbreviation: "亚洲开发银行（亚行，ADB）")
_LATIN_PAREN = re.compile(r"[（(][A-Za-z][A-Za-z0-9\s,，、.&'’\-]{1,90}[)）]"
                          r"|[（(][\u4e00-\u9fff]{1,8}[，,、]\s*[A-Za-z][A-Za-z0-9&.\-]{1,15}[)）]")


# the stretches of a sentence that name organisers of one role
# "在A的支持下", "在A指导下" (的 may be left out); the bodies follow the last 在 ("在某地举办的
# 培训班在A指导下…": not the place)
_SUPPORTED_BY = re.compile(r"在((?:(?!在)[^，。；])+?)的?(?:大力|积极|大力协助和)?(?:支持|资助)下")
# "展览…并得到某中心的支持": the body whose support the event had
_GOT_SUPPORT = re.compile(r"(?:得到|获得)(?:了)?((?:(?!得到|获得)[^，。；])+?)的?(?:大力|积极|鼎力|热情)?(?:支持|资助|赞助)")
_GUIDED_AND = re.compile(r"^(.+?)的?(?:精心|大力)?指导(?:和|与|、|及)")
_GUIDED_BY = re.compile(r"在((?:(?!在)[^，。；])+?)的?(?:精心|大力)?指导下")
_COMMISSIONED_BY = re.compile(r"受([^，。；]+?)(?:的)?委托")
_ROLE_UNITS_ARE = re.compile(r"(指导|主办|承办|协办|支持)(?:单位|方)(?:依次|分别)?(?:为|是|包括|有|：|:|】|\])([^，。；;]+)")
# these two open with a lazy run tried from every position: run only where their word is
_ACTS_AS = re.compile(r"([^，。；]+?)作为(?:本次\S{0,3}的)?(指导|主办|承办|协办|支持)(?:单位|方)")
_PROVIDED_SUPPORT = re.compile(r"([^，。；]+?)(?:为(?:本次)?(?:会议|活动|论坛|对话|培训|研讨会|项目)[^，。；]{0,4}?)?提供(?:了)?(?:大力|资金|技术|资金和技术)?支持")
_SUPPORTS_HOST = re.compile(r"(?:^|(?<=[，,；;]))([^，。；,;]{2,30}?)支持([^，。；,;的]{2,30}?)在[\u4e00-\u9fff]{1,12}?(?:举办|召开|举行)")
_LIST_PIECE = re.compile(r"[^、，和与及]+")
# "中国国际民间组织合作促进会协办": 组织 the noun inside a body's name, no role verb before it;
# "社会组织3S某某网络承办": the kind noun before a name that opens with digits or Latin letters
_ORG_NOUN = re.compile(r"组织(?=[\u4e00-\u9fffA-Za-z0-9])(?!实施|[的和与及])")
# blanks that part the items of a labelled line ("主办单位：A　B", "协办单位：A  B"): an
# ideographic space, a tab, two spaces or more, one space between two Chinese characters
# (a single space inside a Latin name parts nothing)
_BLANK_SEP = re.compile(r"[\u3000\t]+| {2,}|(?<=[\u4e00-\u9fff）)]) (?=[\u4e00-\u9fff])")
_GLOSS_COMMA = re.compile(r"[，,、；;]")


@lru_cache(maxsize=4)
def _glosses_masked(text: str) -> str:
    """``text`` with the commas inside Latin glosses ("某组织（Some Body，SB）") as "_", which
    bound no clause; same length. Once per briefing (bounded cache), not once per sentence."""
    return _LATIN_PAREN.sub(lambda g: _GLOSS_COMMA.sub("_", g.group()), text)


def _suffix_of_piece(piece: str):
    return lexicon().org_suffix_re.search(hyphens(piece))


# "两部", "两局": the two bodies of that kind named before
_DEICTIC_PAIR = re.compile(r"两(部|局|厅|院|中心|校)")
# "两校": the two universities (not one of their schools, so the outermost such name)
_PAIR_ENDINGS = {"校": ("大学", "学院", "学校")}


def _named_pair(piece: str, pa: int, pb: int, text: str, earlier: list[OrgSpan]) -> list[OrgSpan] | None:
    """"会议由两部共同主办": the last two bodies of that kind named before (for 部, the
    ministries); None when the piece is no such word, [] when it has no two antecedents."""
    m = _DEICTIC_PAIR.fullmatch(piece)
    if m is None:
        return None
    kind = m.group(1)
    ends = _PAIR_ENDINGS.get(kind, (kind,))
    seen: list[OrgSpan] = []
    for o in sorted(earlier, key=lambda o: o.start, reverse=True):
        for k in (range(1, len(o.units) + 1) if kind in _PAIR_ENDINGS else range(len(o.units), 0, -1)):
            name = o.chain[k - 1]
            if name.endswith(ends):
                cand = replace(o, start=pa, end=pb, surface=piece, units=o.units[:k], is_alias=True, alt=None)
                if all(c.name != cand.name for c in seen):
                    seen.append(cand)
                break
        if len(seen) == 2:
            break
    if len(seen) < 2:
        return []
    return sorted(seen, key=lambda o: o.name)


# "该部环境保护司": a unit of the body of that kind named just before
_THAT_BODY = re.compile(THAT_BODY.pattern + r"(?=[\u4e00-\u9fff]{2})")


def _unit_of_that_body(text: str, piece: str, pa: int, pb: int, earlier: list[OrgSpan]) -> OrgSpan | None:
    """"由某国某部主办，该部环境保护司承办": the unit (环境保护司) of the last body of that kind
    (部) named before, with that body's country."""
    m = _THAT_BODY.match(piece)
    if m is None:
        return None
    u = standalone_org(text, pb, pa + m.end())
    if u is None or u.start != pa + m.end() or u.prefix or lexicon().country_re.search(u.surface):
        return None
    for o in sorted(earlier, key=lambda o: o.end, reverse=True):
        if o.alt is not None:
            continue
        for k in range(len(o.units), 0, -1):
            if o.chain[k - 1].endswith(m.group(1)):
                return replace(u, start=pa, surface=piece, restored=o.chain[k - 1], country=o.country)
    return None


def roles(text: str, a: int, b: int, doc_aliases=None, orgs: list[OrgSpan] | None = None,
          earlier: list[OrgSpan] | None = None) -> list[tuple[OrgSpan, str]]:
    """Organiser roles stated in the sentence text[a:b]: "由A指导，B主办，C、D支持，E协办",
    "A与B共同主办", "由A主办、B协办的…", "在A的支持下"; ``earlier``: the bodies named
    before in the article, for "由两部共同主办"."""
    out: list[tuple[OrgSpan, str]] = []
    if orgs is None:
        titles = [(x + a, y + a) for x, y in title_spans(text[a:b])]
        orgs = find_orgs(text, a, b, titles)
    zones: list[tuple[int, int, str]] = []
    seg = text[a:b]
    for m in _SUPPORTED_BY.finditer(seg):
        # "在A的指导和B的支持下": A guides, B supports
        g = _GUIDED_AND.search(m.group(1))
        if g:
            zones.append((a + m.start(1), a + m.start(1) + len(g.group(1)), "guide"))
            zones.append((a + m.start(1) + g.end(), a + m.end(1), "supporter"))
            continue
        zones.append((a + m.start(1), a + m.end(1), "supporter"))
    for m in (_GOT_SUPPORT.finditer(seg) if "得" in seg else ()):
        zones.append((a + m.start(1), a + m.end(1), "supporter"))
    for m in _GUIDED_BY.finditer(seg):
        if "支持" not in m.group(1):
            zones.append((a + m.start(1), a + m.end(1), "guide"))
    inside = lambda pos: any(o.start <= pos < o.end for o in orgs)  # noqa: E731
    # commas inside a Latin gloss ("某组织（Some Body，SB）") bound no clause
    pt = _glosses_masked(text)
    commission = [(a + m.start(1), a + m.end(1)) for m in _COMMISSIONED_BY.finditer(seg)]
    for za, zb in commission:
        zones.append((za, zb, "guide"))
    for m in _ROLE.finditer(text, a, b):
        if m.group(1) not in _ROLE_EN or inside(m.start(1)):
            continue
        nxt = text[m.end():m.end() + 1]
        # "A与B在某地联合举办X研讨会": a joint verb may take the event as its object
        joint = m.group().startswith(("联合", "共同")) and m.group(1) in ("举办", "主办")
        # ("A承办了某段的活动": a part of the event's running, taken on by A)
        done = nxt == "了" and m.group(1) in ("主办", "承办", "协办") and _EVENT_WORD.search(text, m.end(), _clause_end(text, m.end()))
        if nxt and nxt not in "，。；、的,;（(" and not text.startswith(("举行", "举办", "召开"), m.end()) and not joint and not done:
            continue
        if text[m.start() - 1:m.start()] == "的" or text.startswith(("下", "单位"), m.end()):
            continue
        if m.group().endswith("单位") and text[max(a, m.start() - 2):m.start()] in ("技术", "资金", "财政", "后勤", "学术"):
            continue  # "…及技术支持单位的代表参加": a kind of participant, no one's role
        # "举办" names a host only in "由A举办" / "A与B联合举办"
        if m.group(1) in ("举办", "组织", "组织实施") and not (m.group().startswith(("联合", "共同")) or "由" in text[max(a, m.start() - 40):m.start()]):
            continue
        # the zone runs back to the previous clause boundary, role verb or 由
        za = a
        prev_punct = max(pt.rfind(c, a, m.start()) for c in "，；,;。")
        za = max(za, prev_punct + 1)
        for z0, z1, _ in zones:
            if z0 <= m.start() <= z1:
                za = max(za, z1)
        prev_roles = [r.end() for r in _ROLE.finditer(text, za, m.start())
                      if not inside(r.start(1)) and not _ORG_NOUN.match(text, r.start())]
        if prev_roles:
            za = max(za, prev_roles[-1] + 1)
        u = text.rfind("由", za, m.start())
        if u >= 0:
            za = u + 1
        zones.append((za, m.start(), _ROLE_EN[m.group(1)]))
    # "主办单位为A和B，承办单位为C", "支持单位包括A、B"
    for m in _ROLE_UNITS_ARE.finditer(seg):
        zones.append((a + m.start(2), a + m.end(2), _ROLE_EN[m.group(1)]))
    # "C作为承办单位负责…"
    for m in (_ACTS_AS.finditer(seg) if "作为" in seg else ()):
        zones.append((a + m.start(1), a + m.end(1), _ROLE_EN[m.group(2)]))
    # "A为会议提供了支持", "A提供资金支持"
    for m in (_PROVIDED_SUPPORT.finditer(seg) if "提供" in seg else ()):
        zones.append((a + m.start(1), a + m.end(1), "supporter"))
    # "中心支持某国某部在某地举办研讨会": A supports, B holds the event
    for m in (_SUPPORTS_HOST.finditer(seg) if "支持" in seg else ()):
        zones.append((a + m.start(1), a + m.end(1), "supporter"))
        zones.append((a + m.start(2), a + m.end(2), "host"))
    for za, zb, role in sorted(zones):
        found = [o for o in orgs if za <= o.start and o.end <= zb
                 and (role == "guide" or not any(x <= o.start and o.end <= y for x, y in commission))]
        covered = [(o.start, o.end) for o in found]
        prev_piece = None  # (start, end) of the previous piece when it named no organisation
        zone = _BLANK_SEP.sub(lambda g: "、" * len(g.group()), pt[za:zb])
        for pm in _LIST_PIECE.finditer(zone):
            pa, pb = za + pm.start(), za + pm.end()
            while pa < pb and text[pa].isspace():
                pa += 1
            while pb > pa and text[pb - 1].isspace():
                pb -= 1
            if pa == pb:
                continue
            g = _PIECE_GLOSS.search(text, pa, pb)
            if g is not None and g.start() > pa:
                pb = g.start()  # "某某运营中心（EOC）承办": the name without its abbreviation
            if any(x <= pa < y or x < pb <= y for x, y in covered):
                prev_piece = None
                continue
            piece = text[pa:pb]
            pair = _named_pair(piece, pa, pb, text, (earlier or []) + [o for o in orgs if o.end <= pa])
            if pair is not None:
                found += pair
                prev_piece = None
                continue
            sp = doc_aliases.get(piece) if doc_aliases else None
            if sp is not None:
                sp = replace(sp, start=pa, end=pb, surface=piece, is_alias=True)
            # "某遗址保护与开发管理处": the part before 与/和 is no body of its own (no suffix),
            # so the conjunction joins two nouns inside one name
            if sp is None and prev_piece and prev_piece[1] + 1 == pa and text[prev_piece[1]] in "与和":
                sp = standalone_org(text, pb, prev_piece[0])
                if sp is not None and sp.start != prev_piece[0]:
                    sp = None
                if sp is not None:
                    found.append(sp)
                    prev_piece = None
                    continue
            if sp is None:
                sp = _unit_of_that_body(text, piece, pa, pb, (earlier or []) + [o for o in orgs if o.end <= pa])
            if sp is None:
                sp = standalone_org(text, pb, pa)
            prev_piece = (pa, pb) if sp is None and _suffix_of_piece(piece) is None else None
            if sp is not None and (sp.start == pa or names_kind(text[pa:sp.start])):
                found.append(sp)
        found.sort(key=lambda o: o.start)
        found = _restore_elided_parents(text, found)
        for o in found:
            if not any(o.start == x.start and o.end == x.end and o.name == x.name and role == r for x, r in out):
                out.append((o, role))
    return out


_PIECE_GLOSS = re.compile(_GLOSS.pattern + "$")  # a body's Latin abbreviation closing a piece


def _restore_elided_parents(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """"由某部甲司、乙司承办": a bare department listed after one of a named body is of that
    body too (its country as well), as in a list of posts."""
    out = list(found)
    for i in range(1, len(out)):
        prev, o = out[i - 1], out[i]
        if o.restored or o.prefix or not LIST_JOIN.fullmatch(text[prev.end:o.start]):
            continue
        parent = elided_parent(prev, o)
        if parent is not None:
            out[i] = replace(o, restored=parent, country=prev.country)
    return out


def event_subtype(name: str) -> str:
    lex = lexicon()
    best = None
    for m in lex.event_head_re.finditer(name):
        best = m
    if best is None:
        return "meeting"
    return lex.event_heads[best.group()]


def _ends_with_head(s: str) -> bool:
    lex = lexicon()
    return any(s.endswith(h) for h in lex.event_heads)


_SPACES = re.compile(r"\s+")
# "中心召开…推进会": the object of the headline's verb
_HELD_OBJECT = re.compile(r"(?:召开|举办|举行|开展|组织|启动|主办|出席|参加|参与)(了)?(?P<obj>[^，。]{2,40})$")
_HELD_OBJECT_CLAUSE = re.compile(r"(?:召开|举办|举行|开展|组织|启动|主办|出席|参加|参与)(了)?(?P<obj>[^，。]{2,40})(?=[，。]|$)")
_DATE_CLAUSE = re.compile(r"^[^，]*?(?:\d+日|\d+月|近日|日前)[^，]*?，")
_HELD_VERB = re.compile(r"于(?=\d{4}年|\d{1,2}月)|(?:(?<![位关由对基至属等])于|在|以)[^，。]{0,20}?(?:举行|召开|举办|开幕|开班)|(?:举行|召开|举办|开幕|开班)")
_FIRST_CLAUSE = re.compile(r"^[^，]*，")
_MANNER_TAIL = re.compile(r"以[^，。]{1,16}?(?:方式|形式)$")
_HELD_VERB_END = re.compile(r"(?:举行|召开|举办|开幕|开班)，$")
_TRAILING_DAY = re.compile(r"\d{1,2}日(?:上午|下午|晚)?$")


def event_name(headline: str | None, first: str | None) -> str | None:
    cands: list[str] = []
    late: list[str] = []
    if headline:
        h = _PREDICATE.sub("", _SPACES.sub("", headline))
        # "中心召开…推进会", "…项目举办宣传活动", "专家赴西双版纳开展…联合调研": the object
        m = _HELD_OBJECT.search(h)
        if m and _ends_with_head(m.group("obj")) and m.start() > 0:
            if len(m.group("obj")) >= 6:
                cands.append(m.group("obj"))
            else:
                late.append(m.group("obj"))
        else:
            cands.append(h)
    if first:
        dc = _DATE_CLAUSE.match(first)
        # (not a clause that is the whole report: "某年会于6月28日至29日在昆明召开，会议采取…")
        s = first[dc.end():] if dc and not _HELD_VERB_END.search(dc.group()) else first
        # "A与B联合举办某某研讨会。": the event is the object of the verb, not its subject
        # (also when a clause follows: "A在金边举办某培训班，40余名技术人员参加")
        for mo in _HELD_OBJECT_CLAUSE.finditer(s.rstrip("。 ")):
            if _ends_with_head(mo.group("obj")) and len(mo.group("obj")) >= 6:
                cands.append(mo.group("obj"))
                break
        s = _HELD_VERB.split(s)[0]
        if "，" in s:
            rest = _FIRST_CLAUSE.sub("", s)
            # "某某揭牌仪式以线上线下相结合的方式，在两地同步举行": the first clause names it
            s = rest if rest.strip("，。 ") or not _MANNER_TAIL.search(s.split("，", 1)[0]) else \
                _MANNER_TAIL.sub("", s.split("，", 1)[0])
        cands.append(s)
    cands += late
    cands = [_TRAILING_DAY.sub("", c) for c in cands]
    for c in cands:
        c = c.strip("，。 ")
        if c and _ends_with_head(c) and len(c) <= 60:
            return c
    for c in cands:
        c = c.strip("，。 ")
        if c:
            return c[:60]
    return None


# --- datelines and secondary events -------------------------------------------------------

# "新华社昆明7月12日电（记者 某某）", "本报讯（记者…）", "中新网万象3月5日电"
DATELINE = re.compile(
    r"\s*(?:[【\[]\s*)?(?:新华社|中新社|中新网|人民网|新华网|央视网|国际在线|光明网|中国新闻网|本报|[\u4e00-\u9fff]{2,8}?(?:社|网|报|台|电视台))"
    r"(?:[\u4e00-\u9fff]{0,4}?)?"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:电|讯|消息)"
    r"(?:\s*[（(][^）)\n]{0,40}[)）])?(?:\s*[】\]])?"
)


def dateline(text: str, a: int, b: int, published: str | None, year: int | None):
    """(ISO date, place name or None, end offset) of a news-agency dateline opening text[a:b]."""
    m = DATELINE.match(text, a, b)
    if not m:
        return None
    y = int(published[:4]) if published else year
    if y is None:
        return None
    mo, d = int(m.group("m")), int(m.group("d"))
    if published and mo > int(published[5:7]) + 1:
        y -= 1
    place = None
    raw = m.group("place") or ""
    lex = lexicon()
    for k in range(len(raw)):
        w = raw[k:]
        if w in lex.places:
            place = w
            break
        if w in lex.countries and lex.countries[w][2] == "country":
            place = w
            break
    return f"{y:04d}-{mo:02d}-{d:02d}", place, m.end()


_SECONDARY_QUICK = re.compile(r"\d月|\d日|当天|当日|同日|前一[天日]|次日|第二天|翌日|隔天")
# a day counted from the event just reported, which the word may name ("会议前一日",
# "论坛次日", "开幕式前一天")
_REL_DAY = re.compile(r"((?:会议|论坛|会|活动|开幕式|开班式|研讨会|培训班|研修班|开幕|开班|此)?(?:前一天|前一日)|"
                      r"(?:会议|论坛|会|活动|开幕式|开班式|研讨会|培训班|研修班|闭幕|结业)?(?:后第二天|后一天|后一日|次日)|"
                      r"次日|第二天|翌日|隔天)")
_EVENT_VERB = re.compile(r"(?:举行|召开|举办|开幕|闭幕|开营|开班|开课|开讲|签署|签订|会谈|会见|会晤|通话|座谈|考察|参观|"
                         r"调研|访问|巡护|采样|启动|揭牌|落幕|结业|开展|研讨|对话|磋商)"
                         # "巡护员", "考察团", "调研组": a noun, not the verb
                         r"(?![员队团组])")
_ATTEND = re.compile(r"参加|出席|参与|列席")
# "双方曾在某地联合举办…": background recalled (when from an earlier year)
_PAST_REF = re.compile(r"曾(?:经)?(?:在|于|与|同|和|联合|共同|举办|举行|召开)")
_FUTURE = re.compile(r"将|拟|计划|预计|商定|准备|即将|届时|有望|筹备|下一步|明年|未来")
# a speaker's statement: "王某表示，…" (not "据介绍，…", the reporter's source)
_REPORTED = re.compile(r"(?!据)[^，。；,;]{1,30}?(?:表示|指出|强调|认为|说|称|介绍|回顾)[，,：:]")
_NOT_EVENT = re.compile(r"成立|设立|建立|出版|编写|撰写|印发|编制|完成了?《|发布了?《|挂牌")
# a meeting named by what it is about ("…战略编制工作启动会", "…成立大会"): the words above
# then name its topic, and it is an event
_NAMED_MEETING = re.compile(r"(?:启动|推进|研讨|座谈|论证|评审|成立|动员)?(?:会|大会|仪式)")


_CLAUSE_OPENER = re.compile(r"(?:又讯|另讯|据介绍|此前|今年|其中)[，,]?\s*$")
_QUOTED_NAME = re.compile(r"“[^“”]{1,30}”|《[^《》]{1,60}》")


@lru_cache(maxsize=1)
def _event_head_in_clause() -> re.Pattern:
    """An event head ("研讨会", "培训班") in the same clause."""
    return re.compile(r"[^，。]*?(?:" + "|".join(lexicon().event_heads) + r")")


def _shift(iso: str, days: int) -> str:
    import datetime as _dt
    d = _dt.date(int(iso[:4]), int(iso[5:7]), int(iso[8:10])) + _dt.timedelta(days=days)
    return d.isoformat()


def long_before(iso: str, published: str | None) -> bool:
    """``iso`` is in a year two or more before the briefing's publication date: what a
    briefing recalls from that long ago is background, not its news (last year's events are
    news of a January issue or an annual review)."""
    if not published or len(published) < 7 or len(iso) < 4:
        return False
    return int(published[:4]) - int(iso[:4]) >= 2


_DURING = re.compile(r"期间[，,]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff“”]*")
# "● 10月16日，…", "8. 10月24日，…": a list's bullet or number before the date that opens an entry
_BULLET_ONLY = re.compile(r"[\s●•·◆◇■□▪▶►★☆○◎※-]+|\s*(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])\s*")


def secondary_event(text: str, a: int, b: int, published: str | None, year: int | None, main: str | None,
                    ref: str | None = None, issued: str | None = None):
    """A further event reported in the sentence text[a:b] with a date of its own ("此前一天，A在
    昆明举办了…", "4月中旬，…在琅勃拉邦开展了联合采样", "其中5月20日在万象开班的培训班"):
    (ISO date, date start, verb start) or None. Future plans, foundings and publications are
    no events, nor is what happened two or more years before the briefing was ``issued`` (its
    publication date, where ``published`` may be None to date a review's entries by its year)."""
    if not _SECONDARY_QUICK.search(text, a, b):
        return None
    cands = []
    ref = ref or main  # "次日" counts from the date just reported
    for m in _REL_DAY.finditer(text, a, b):
        if ref and len(ref) == 10:
            w = m.group()
            ds = m.start()
            if not w.startswith(("前", "后", "次", "第", "翌", "隔", "此")):
                # "对话会前一天，…": the day counted from the event the clause opens by naming
                cs = max(a, max(text.rfind(c, a, ds) for c in "，,；;。") + 1)
                if ds - cs <= 8 and _HAN_RUN.fullmatch(text, cs, ds):
                    ds = cs
            cands.append((_shift(ref, -1 if "前" in w else 1), ds, m.end()))
    for m in find_dates(text, a, b):
        if m.group(9) in ("当天", "当日", "同日") and m.start() == a and ref and len(ref) == 10 and ref != main:
            cands.append((ref, m.start(), m.end()))  # "当天下午，…": the day just reported
            continue
        if m.group(9) or is_deadline(text, m):
            continue
        st, _ = parse_date(m, published, year, main)
        if st and not m.group(1) and m.group(2):
            # "去年5月", "前年": the year before the briefing's
            back = {"去年": 1, "前年": 2}.get(text[max(a, m.start() - 2):m.start()])
            if back and published:
                st = f"{int(published[:4]) - back:04d}" + st[4:]
        if st:
            cands.append((st, m.start(), m.end()))
    cands.sort(key=lambda c: c[1])
    for st, ds, de in cands:
        # the date opens a clause or stands before the place/verb
        before = text[max(a, ds - 2):ds]
        # ("开幕前一天即7日": the day restated after 即)
        if not (ds == a or _BULLET_ONLY.fullmatch(text, a, ds) or before[-1:] in "，,、：:；即" or before.endswith(("于", "在", "其中", "此前", "今年", "去年", "前年")) or
                _CLAUSE_OPENER.search(text[max(a, ds - 8):ds])):
            continue
        clause_end = b
        for c in "。；;":
            k = text.find(c, de, b)
            if k >= 0:
                clause_end = min(clause_end, k)
        v = _EVENT_VERB.search(text, de, min(clause_end, de + 70))
        during = _DURING.search(text, de, min(clause_end, de + 70))
        if v is not None and during is not None and v.start() < during.start():
            # "在某地举行的某大会期间，中心举办某边会": the event is the one held during the other
            v = _EVENT_VERB.search(text, during.end(), min(clause_end, during.end() + 60)) or v
        if v is not None and text.startswith(("会", "仪式"), v.end()):
            # "…启动会以视频方式召开": the verb inside the event's name; its own verb follows
            v = _EVENT_VERB.search(text, v.end(), min(clause_end, de + 70)) or v
        if not v:
            # "今年3月，中心派员参加了湄公河委员会峰会": attending a named meeting
            v = _ATTEND.search(text, de, min(clause_end, de + 70))
            if not v or not lexicon().event_head_re.search(text, v.end(), min(clause_end, v.end() + 30)):
                continue
        cs = max(text.rfind(c, a, ds) for c in "，,；;。")
        x0 = max(a, cs + 1)
        between = text[x0:v.start()]
        # "“某某计划”成果发布会": a future word inside a quoted name says nothing of time
        if _FUTURE.search(_QUOTED_NAME.sub("", between)):
            # nor inside a programme's name written bare ("…——绿色澜湄计划：…圆桌对话在昆明举行")
            for it in find_initiatives(text, x0, v.start(), []):
                between = between[:it.start - x0] + " " * (it.end - it.start) + between[it.end - x0:]
        between = _QUOTED_NAME.sub("", between)
        # "2021年5月，双方曾在某地举办首届…": recalled from an earlier year, background
        this_year = int(published[:4]) if published else year
        if _PAST_REF.search(between) and this_year and int(st[:4]) < this_year:
            continue
        if long_before(st, issued or published):
            continue
        if _FUTURE.search(between):
            continue
        ne = _NOT_EVENT.search(text, ds, v.end() + 4)
        # (not in an event's own name: "…战略编制工作启动会以视频方式召开")
        if ne is not None and not (ne.end() <= v.start() and _NAMED_MEETING.search(text, ne.end(), v.start())):
            continue
        # "签署的《…》": a verb modifying a noun is an event only when the noun is one
        if text.startswith("的", v.end()) or text.startswith("了的", v.end()):
            rest = text[v.end():min(clause_end, v.end() + 30)]
            if not _event_head_in_clause().search(rest):
                continue
        if main and st == main:
            continue
        if _REPORTED.match(text, a, ds + 1):
            continue  # "某某表示，今年2月两国签署了…": background in a speaker's words
        return st, ds, v.start()
    return None


_VENUE = re.compile(r"(?:大学|学院|校区|酒店|宾馆|饭店|中心|会堂|大厦|大楼|报告厅|公园|保护区|基地|总部|礼堂|会议厅|广场|博物馆|植物园|园区|国际会议中心|会展中心)$")


_HELD_IN_VENUE = re.compile(r"(?:在|于)([\u4e00-\u9fff]{3,20}?)(?=举行|召开|举办|开幕|开班|开营|开展|启动|进行|成功|顺利|隆重|正式|落下帷幕|圆满)")


# "在我校普洱校区某中心举行": the home's own venue, named by its place after the possessive
_OWN_VENUE = re.compile(r"(?:我校|本校|该校|我院|本院|该院|我所|本所)(?=[\u4e00-\u9fff]{3})")
# "在位于万象的某某总部召开": the place the venue is said to be in
_LOCATED_IN = re.compile(r"位于([\u4e00-\u9fff]{2,12}?)的")
# "某某校园行走进某国某市某大学": a touring event's stop at a venue
_VISITS_VENUE = re.compile(r"(?:走进|走入)([\u4e00-\u9fff]{3,20}?)(?=[，。；,;]|$)")


def venue_place(text: str, a: int, b: int):
    """"在香港中文大学举行": the place word that opens a venue's name ("位于万象的…总部": the
    place it is said to be in; "走进柬埔寨金边某大学": a country, then its city)."""
    lex = lexicon()
    for m in [*_HELD_IN_VENUE.finditer(text[a:b]), *_VISITS_VENUE.finditer(text[a:b])]:
        s, s0 = m.group(1), a + m.start(1)
        if not _VENUE.search(s):
            continue
        own = _OWN_VENUE.match(s)
        if own:
            s, s0 = s[own.end():], s0 + own.end()
        lm = _LOCATED_IN.match(s)
        if lm and _all_place_words(lm.group(1)):
            s, s0 = lm.group(1) + "的", s0 + lm.start(1)
        for w in _PLACE_WORDS_LONGEST_FIRST():
            if s.startswith(w) and len(s) > len(w) + (0 if lm else 1):
                if w in lex.places:
                    e = lex.places[w]
                    return e.name, s0, s0 + len(w)
                c = lex.countries.get(w)
                if c and c[2] == "country":
                    city = _city_after(s, len(w))
                    if city is not None:
                        return city[0], s0 + city[1], s0 + city[2]
                    return c[1], s0, s0 + len(w)
        return None
    return None


def _city_after(s: str, i: int):
    """(city, start, end) of the city named right at ``s[i:]`` with more of the venue's name after."""
    lex = lexicon()
    for w in _PLACE_WORDS_LONGEST_FIRST():
        if s.startswith(w, i) and len(s) > i + len(w) + 1 and w in lex.places and lex.places[w].kind == "city":
            return lex.places[w].name, i, i + len(w)
    return None
