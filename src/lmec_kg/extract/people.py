"""People: names after titles, posts (person, title, organisation), name variants.

The genre introduces a person as "ORG TITLE NAME" ("生态环境部国际合作司处长周军"), in
chains joined by 、 where later links may drop the parent ("、应对气候变化司处长陈志华"),
sometimes as "ORG NAME TITLE" ("…部黎功成副部长"), with two posts for one person
("外交部亚洲司参赞兼处长、澜沧江-湄公河合作中国秘书处国家协调员曹静"), and diplomats
as "COUNTRY驻华大使NAME" (their organisation is the embassy).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, replace

from .lexicon import lexicon
from .orgs import _ACRONYM_BEFORE, OrgSpan, Unit, county_country, find_orgs, standalone_org, title_spans

__all__ = ["Post", "PersonName", "after_honorific", "find_posts", "parse_name", "latin_key", "same_person", "LATIN_NAME"]

_L = "A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
LATIN_NAME = re.compile(rf"[{_L}][{_L}'’\-.]*(?:[ \u00A0]+[{_L}][{_L}'’\-.]*){{0,5}}")
# honorifics before a Latin name, one or more ("H.E. Dr. Some NAME")
_HONORIFIC_WORD = r"(?:H\.\s?E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Asst\.?|Assoc\.?|Dato'?|Datuk)"
_HONORIFIC = re.compile(rf"(?:{_HONORIFIC_WORD}\s+)+")
# a transliterated name joined by dots ("宋帕·占塔拉"): no part holds 的 or a conjunction
# ("来自某大学的宋帕·占塔拉", "坎蓬·丰萨万与维莱·占塔冯": two names, the 的 of the body)
_NOT_IN_DOTTED = "的与及和"
# Han characters: the basic block and the rare ones of the extensions A to F, which some given
# names use ("王䶮")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef"
_DOTTED_PART = rf"(?:(?![{_NOT_IN_DOTTED}])[{_HAN}]){{1,8}}"
_DOTTED = re.compile(rf"{_DOTTED_PART}(?:[·•・˙‧]{_DOTTED_PART})+")
_CJK = re.compile(rf"[{_HAN}]+")
_CJK_CHAR = re.compile(rf"[{_HAN}]")
_SPACED = re.compile(rf"([{_HAN}])[ \u3000\u00A0]{{1,2}}([{_HAN}])")
# words that follow a name (its predicate or a connective): the name ends before them
STRONG_STOP = re.compile(
    r"博士|先生|女士|阁下|夫人|勋爵|教授|院士|出席|致辞|致词|致开幕|致欢迎|讲话|发言|主持|表示|介绍|指出|强调|认为|宣布|宣读|通过|参加|"
    r"分别|共同|先后|相继|围绕|会见|见证|一行|陪同|应邀|受邀|到会|莅临|发表|回顾|提出|希望|"
    r"感谢|负责|揭牌|签署|带队|阐述|通报|分享|呼吁|一致|普遍|纷纷|"
    r"主旨|视频|线上|进行|参与|考察|调研|访问|会晤|听取|总结|欢迎|积极|一同|一起|当选|担任|"
    r"参观|视察|察看|走访|观看|巡视|出访|签约|接受|获得|荣获|率领|带领|代表学员|代表中方|代表各方|代表双方|"
    r"举行|举办|召开|会谈|交谈|座谈|签字|签订|签署|率团|一同|组织|开展|推动|派出|邀请|选派|赴|建议|倡议|认为|说明|补充|"
    r"设宴|宴请|招待|设工作|接见|会晤|颁发|颁奖|授予|致函|致信|发来|高度|评价|赞扬|赞赏|肯定|祝贺|回答|答复|谈到|提到|关于|发布|"
    r"宣介|解读|演示|展示|作了|做了|主讲|剖析|讲解|讲授|结合|讲述|汇报|授课|报告了|率代表团|率队|被聘|受聘|被任命|被选为|被推选|被授予|专程|亲自|特地|特意"
    # "某某率考察团赴…", "某某率工作组…": leading a group
    r"|率[\u4e00-\u9fff]{0,3}?(?:团|队|组)"
)
NAME_STOP = re.compile(
    STRONG_STOP.pattern + r"|致|代表|作|与|和|及|以及|等|也|还|则|在|对|为|向|就|率|说|称|同|将|从|于|是|们|均|都|亦|又|即|出|并|曾|已|正|"
    r"做|感|祝|据|任|兼|之|的|给|"
    # "某某告诉记者", "某某指着…说": a name before telling or showing (no speech at the event)
    r"告诉|指着|带着|领着|拿着|回忆|谈起|说起"
)
# one-character verbs that may stand between a name and its predicate ("周立新作主旨发言")
_VERB_STOP = re.compile(r"[作致做在向对为就]")
# adverbs between a name and its predicate ("吴某也表示", "阮某则指出", "王某进一步强调"),
# and adverbs of manner ("钱某系统介绍了…", "孙某详细阐述"); plural ones (均, 都) follow
# lists, not one name, and are common given-name characters
_ADVERB = re.compile(r"也还|还特别|进一步|同样|随后|随即|同时|特别|再次|首先|最后|接着|率先|也|则|还|又|亦|更|便|将"
                     r"|系统|详细|简要|扼要|全面|重点|着重|具体|深入|逐一|专门|生动")
# surnames that are also function words ("主任任某", "处长曾某", "司长于某", "局长祝某"):
# they start a name unless the first two characters read as a word
_STOP_SURNAMES = {"任": "职期命内上务何", "曾": "经多先参获赴与在任是为", "于": "会此今日近当年月昨前上下本次线是",
                  "祝": "贺愿福",
                  # "处长和志强": 和 is a surname (common in Yunnan) only before a given name,
                  # never before what a conjunction joins ("和平", "和各国", "和副处长")
                  "和": "平谐睦美国各其有相与来部司处局厅长副正主总省市县区州中外全本该他我你她它们社企学专代嘉媒青妇地政人经合生环发"}
_GENERIC = {"一致", "普遍", "纷纷", "们", "等", "代表", "嘉宾", "专家", "官员", "人员", "学员", "各方", "双方", "中方",
            "参会", "与会", "列席", "在线", "出席", "参加", "团", "团队", "们的",
            "依次", "先后", "分别", "相继", "轮流", "一同", "共同"}  # "五国代表依次发言": adverbs


def plausible_name(name: str) -> bool:
    """A name read after a title with no organisation: Latin, transliterated with a dot, or
    a Chinese name with a common surname."""
    if not _CJK_CHAR.search(name) or "·" in name:
        return True
    sn = lexicon().surnames
    return name[:1] in sn or name[:2] in sn


@dataclass
class PersonName:
    name: str
    start: int
    end: int
    aliases: tuple[str, ...] = ()


@dataclass
class Post:
    person: PersonName
    title: str
    org: OrgSpan | None
    title_start: int
    title_end: int


# "代表全体营员发言": 代表 as a verb, on behalf of a group
_ON_BEHALF = re.compile(r"全体|各|与会|学员|营员|中方|外方|双方|主办方|承办方|本国|该")
_ROLE_NOUN = re.compile(r"(?:学生|学员|营员|志愿者|村民|青年|研究生|博士生|留学生)(?=[\u4e00-\u9fff]{2})")


def after_honorific(text: str, pos: int, end: int) -> int:
    """Where a Latin name opens past its honorifics ("H.E. Dr. A B" -> A)."""
    m = _HONORIFIC.match(text, pos, end)
    return m.end() if m else pos


def parse_name(text: str, pos: int, end: int) -> PersonName | None:
    """The person's name starting at ``pos`` (after a title), or None."""
    if pos >= end:
        return None
    m = _HONORIFIC.match(text, pos, end)
    if m:
        pos = m.end()
    m = LATIN_NAME.match(text, pos, end)
    if m:
        name = m.group().rstrip(" .-")
        if len(name) >= 2:
            return _with_gloss(text, PersonName(name, pos, pos + len(name)), end)
        return None
    m = _DOTTED.match(text, pos, end)
    if m:
        rm = _ROLE_NOUN.match(m.group())
        if rm is not None:
            # "某大学学生宋帕·占塔拉代表营员发言": the role noun before the name is no part of it
            pos += rm.end()
            m = _DOTTED.match(text, pos, end)
            if not m:
                return None
        name = m.group()
        tm = None
        for tm in lexicon().title_re.finditer(name[: max(name.find(c) for c in "·•・˙‧" if c in name)]):
            pass
        if tm is not None:  # "国务部长贴宛·立巴潘洛": the title was not read before the name
            return None
        dot = max(name.rfind(c) for c in "·•・˙‧")
        tail = name[dot + 1:]
        for k in range(1, len(tail)):
            if STRONG_STOP.match(tail, k) or (k >= 2 and (NAME_STOP.match(tail, k) or _adverb_before_predicate(tail, k)
                                                          or lexicon().full_title_re.match(tail, k))):
                name = name[: dot + 1 + k]
                break
        return _with_gloss(text, PersonName(name, pos, pos + len(name)), end)
    m = _CJK.match(text, pos, end)
    if not m:
        return None
    run = m.group()
    sp = _SPACED.match(text, pos, end)
    if sp and len(run) == 1:
        # "周 明 教授": a two-character name set with a space between its characters (to
        # align it with three-character names); the surname must be a known one
        after = sp.end()
        while after < end and text[after] in " \u3000\u00A0":
            after += 1
        nm = sp.group(1) + sp.group(2)
        if (nm[:1] in lexicon().surnames and not NAME_STOP.match(sp.group(2))
                and (after >= end or not "\u4e00" <= text[after] <= "\u9fff" or after > sp.end()
                     or STRONG_STOP.match(text, after) or lexicon().title_re.match(text, after))):
            return _with_gloss(text, PersonName(nm, pos, sp.end(), (text[pos:sp.end()],)), end)
    if 2 <= len(run) <= 4 and _LATIN_GLOSS_OF_NAME.match(text, pos + len(run), end) and run[:1] in lexicon().surnames \
            and not lexicon().title_re.search(run):
        # "阮文和（Nguyễn Văn Hòa）": the name's own Latin form closes it ("和" no conjunction)
        return _with_gloss(text, PersonName(run, pos, pos + len(run)), end)
    cut = len(run)
    for k in range(2, min(len(run), 4) + 1):
        if (STRONG_STOP.match(run, k) or (_VERB_STOP.match(run, k) and (STRONG_STOP.match(run, k + 1) or lexicon().title_re.match(run, k + 1)))
                or lexicon().title_re.match(run, k) or run[k:k + 1] == "等"
                or (run[k:k + 1] in ("任", "兼") and lexicon().title_re.match(run, k + 1))  # "某某任首席专家"
                or (run[k:k + 1] in ("在", "于") and STRONG_STOP.search(run, k + 1, k + 9))
                or _adverb_before_predicate(run, k) or _coverb_before_object(text, pos, run, k)):
            cut = k
            break
    else:
        for k in range(2, min(len(run), 6) + 1):
            if NAME_STOP.match(run, k) and not _object_word_ends_name(text, pos, run, k):
                cut = k
                break
    if cut > 4:
        # no predicate right after the name: accept a 2-3 character name only when the
        # rest of the run reads as a predicate the stop list does not know
        return None
    name = run[:cut]
    if len(name) < 2 or name in _GENERIC or (NAME_STOP.match(name) and not _stop_surname(name)):
        return None
    if len(name) >= 3 and _UNIT_END.search(name):
        return None  # "代表项目一处汇报": on behalf of a unit, no person named
    return _with_gloss(text, PersonName(name, pos, pos + cut), end)


# one-character stops that need a word after them (a particle, a coverb, a conjunction):
# as the last character before a punctuation mark they close a given name ("副校长王敏之，")
_NEEDS_OBJECT = "之与和及对为向就从于同给"


def _object_word_ends_name(text: str, pos: int, run: str, k: int) -> bool:
    """``run[k]`` is a stop that needs an object, but it is the run's last character and a
    punctuation mark follows: it is the name's last character, not a word of its own."""
    end = pos + len(run)
    return (k == len(run) - 1 == 2 and run[k] in _NEEDS_OBJECT
            and text[end:end + 1] in "，。；、：,;:）)")


def _adverb_before_predicate(run: str, k: int) -> bool:
    """``run[k:]`` is an adverb, then the predicate: the name ends at ``k``."""
    m = _ADVERB.match(run, k)
    if not m:
        return False
    j = m.end()
    return bool(STRONG_STOP.match(run, j) or lexicon().speech_re.match(run, j) or _VERB_STOP.match(run, j))


# coverbs that open the object of the name's predicate: "李某以“水与城市”为题作报告",
# "王某以视频方式致辞", "陈某以观察员身份发言", "赵某以某地的做法为例讲解…"; 就/对/向/为/从/代表
# are already name stops
_COVERB_OBJECT = re.compile(r"以(?:[“\"《「]|[^，。；“”《》]{1,24}?(?:为题|为主题|为例|的?案例|身份|方式|形式|名义))")


def _coverb_before_object(text: str, pos: int, run: str, k: int) -> bool:
    """``run[k:]`` is the coverb 以 opening a quoted topic or a manner phrase ("…为题",
    "…方式", "…身份"): the name ends at ``k``. "王以宁表示" keeps its given name (k >= 2)."""
    if run[k:k + 1] != "以":
        return False
    return bool(_COVERB_OBJECT.match(text, pos + k))


_APPOINTED = re.compile(r"(?:同志)?(?:共同|分别)?(?:被任命为|任命为|担任|出任|调任|任)$")
_APPOINTEE_LIST = re.compile(r"[、和与及]")
# "中心由…", "由…": the subject the appointees' clause may open with
_BY_SUBJECT = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?)?由(?=[^，。；]{2,40}?(?:共同|分别)?(?:担任|出任))")


def _appointees(text: str, start: int, org_start: int, ta: int) -> list[PersonName]:
    """A staff notice: "…决定，赵某同志任某某中心副主任。" The name opens the clause (after
    由) and the verb of appointment stands right before the body; "由A和B共同担任某中心主任":
    each person of the list holds the post."""
    cs = max([start] + [text.rfind(c, start, org_start) + 1 for c in "，,；;：:。"])
    by = _BY_SUBJECT.match(text, cs, org_start)
    if by:
        cs = by.end()
    m = _APPOINTED.search(text, cs, org_start)
    if m is None or text[ta - 1:ta] == "的":
        return []
    if _APPOINTEE_LIST.search(text, cs, m.start()):
        names, a = [], cs
        for sep in [*_APPOINTEE_LIST.finditer(text, cs, m.start()), None]:
            z = sep.start() if sep else m.start()
            nm = text[a:z]
            if not ((LATIN_NAME.fullmatch(nm) or (_CJK.fullmatch(nm) and 2 <= len(nm) <= 4)) and plausible_name(nm)):
                names = []
                break
            names.append(PersonName(nm, a, z))
            a = sep.end() if sep else z
        if len(names) >= 2:
            return names
    pn = parse_name(text, cs, m.end())  # the verb in view: "担任" ends the name
    if pn is None or pn.end != m.start() or not plausible_name(pn.name):
        return []
    return [pn]


def _stop_surname(name: str) -> bool:
    """A 2-3 character name whose surname is also a function word ("任某某", "曾某")."""
    first = name[:1]
    return (first in _STOP_SURNAMES and (2 if first != "和" else 3) <= len(name) <= 3 and name[1:2] not in _STOP_SURNAMES[first]
            and not NAME_STOP.match(name, 1) and not STRONG_STOP.match(name)
            and not (first == "和" and name[1] in lexicon().surnames))  # "处长和李明": two people


_LATIN_GLOSS_OF_NAME = re.compile(r"[（(]\s*(" + LATIN_NAME.pattern + r")\s*[)）]")


def _with_gloss(text: str, p: PersonName, end: int) -> PersonName:
    """A name glossed in parentheses ("陈红河（Trần Hồng Hà）") keeps the gloss as alias."""
    m = _LATIN_GLOSS_OF_NAME.match(text, p.end, end)
    if m:
        p.aliases = (m.group(1).strip(),)
    return p


_NAME_PUNCT = re.compile(r"[\s.·•・˙‧'’\-]")


@lru_cache(maxsize=8192)
def latin_key(name: str) -> str:
    """Comparison form of a name: no diacritics, no spaces or dots, lower case."""
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _NAME_PUNCT.sub("", s).lower()


_ALL_LATIN = re.compile(rf"[{_L}\s'’\-.]+")


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@lru_cache(maxsize=8192)
def same_person(a: str, b: str) -> bool:
    """Two spellings of one person's name in one briefing (case, diacritics, one letter)."""
    ka, kb = latin_key(a), latin_key(b)
    if ka == kb:
        return True
    latin = _ALL_LATIN.fullmatch(a) and _ALL_LATIN.fullmatch(b)
    return bool(latin and min(len(ka), len(kb)) >= 6 and _one_edit(ka, kb))


# titles that are also common nouns: the name after them must look like one
_GENERIC_TITLE = re.compile(r"(?:负责人|代表|官员|专家|研究人员)$")
_DEPT_SUFFIX = re.compile(r"(司|处|局|办公室|研究院|研究所|中心|委员会|厅|室|学院)$")
# "…环境学院教授A、水科学研究院副教授B，以及某学院某所副研究员C": after a comma, 以及 opens
# a new group of the list, whose body is named in full (no parent elided from the item before)
_NEW_GROUP = re.compile(r"[，,](?:以及|及)$")
# "A（某部甲司副司长，线上）、B（乙司处长）": from the end of the item before, its parenthesis
# closed, a list mark, the next name and its parenthesis opened (a list of attendees' posts)
_PAREN_ITEM_GAP = re.compile(r"[^（）()]*[)）][、，,]\s*[^、，,。；;：:（）()]{1,40}[（(]")


def _proper(text: str) -> bool:
    lex = lexicon()
    return bool(lex.country_re.search(text) or lex.place_re.search(text)) or any(p in text for p in lex.proper_elements)


# "驻华大使", "驻东盟代表": a diplomat posted somewhere
_POSTED_TITLE = re.compile(r"驻(华|东盟|联合国|[\u4e00-\u9fff]{1,4}?)(代|副|首席)?(大使|公使|参赞|总领事|领事|代表|首席代表|临时代办|武官|一等秘书|二等秘书|三等秘书)")


def _bare_posted(title: str, org: OrgSpan | None) -> str:
    """"驻琅勃拉邦总领事" in the consulate -> "总领事": where a mission abroad is posted is in the
    mission's name, not its head's title ("驻华大使", the usual form, stays). A party
    committee's posts are named with it: "某省委书记" holds 省委书记, "某市委常委" 市委常委."""
    if org is not None and title in _COMMITTEE_POSTS and _COMMITTEE.search(org.surface) and "团" not in org.surface:
        # (not the youth league's: "共青团某省委副书记" is its 副书记)
        return org.surface[-2:] + title
    m = _POSTED_TITLE.fullmatch(title)
    if m is None or org is None or m.group(1) == "华" or org.subtype != "diplomatic_mission":
        return title
    return (m.group(2) or "") + m.group(3)


_COMMITTEE_POSTS = ("书记", "副书记", "常委")
_COMMITTEE = re.compile(r"[省市州县区]委$")


def _government_of(committee: OrgSpan) -> OrgSpan:
    """"某市委常委、副市长": the mayor's post is in the place's government, not its committee."""
    place = committee.surface[:-1]
    return replace(committee, end=committee.start + len(place), surface=place, prefix=place,
                   lead=len(place), units=[Unit("人民政府" if committee.country == "CN" else "政府", "local_government")])


def _embassy(text: str, title: str, ta: int, orgs: list[OrgSpan]) -> OrgSpan | None:
    """"缅甸驻华大使" -> the sending country's embassy (or consulate, mission)."""
    lex = lexicon()
    m = _POSTED_TITLE.match(title)
    if not m:
        return None
    where = m.group(1)
    full_where = lex.city_abbrev.get(where, where)
    kind = "总领事馆" if "领事" in m.group(3) else ("代表处" if "代表" in m.group(3) else "大使馆")
    if where == "东盟" or where == "联合国":
        kind = "使团"
    name_tail = "驻" + full_where + kind
    for n in range(10, 1, -1):
        w = text[max(0, ta - n):ta]
        c = lex.countries.get(w)
        if c and c[2] == "country" and not w.endswith("方") and ta - n >= 0:
            return OrgSpan(ta - n, ta + 1 + len(where), text[ta - n:ta + 1 + len(where)], c[0],
                           [Unit(name_tail, "diplomatic_mission")], prefix=c[1], lead=n)
    # "驻柬埔寨大使A": in Chinese prose a diplomat posted abroad with no country named is
    # China's; one posted to China ("驻华大使") or to a city stays without a body
    posted = lex.countries.get(where)
    if (posted and posted[2] == "country" and posted[0] != "CN") or where in ("东盟", "联合国"):
        china = lex.countries.get("中国")
        # (China named as the prefix of the mission's name: a country, not a parent body)
        return OrgSpan(ta, ta + 1 + len(where), text[ta:ta + 1 + len(where)], china[0] if china else "CN",
                       [Unit(name_tail, "diplomatic_mission")], prefix=china[1] if china else "中国", lead=0)
    return None


# staff titles a field or region word may qualify ("区域协调员", "湿地名录培训官",
# "亚太区淡水项目负责人")
_STAFF_TITLE = re.compile(r"^(?:协调员|官员|[\u4e00-\u9fff]{1,2}官|专员|顾问|经理|主管|总监|干事|专家|负责人|项目(?:主任|官员|经理|主管|协调员|专员|助理))$")
_REGION_BEFORE_TITLE = re.compile(r"(?:亚太|亚洲|东南亚|大湄公河|湄公河|全球)$")
# a world region a staff title covers ("亚太区淡水项目负责人"): no proper name of a body or place
_REGION_OF_POST = re.compile(r"^(?:亚太|亚洲|东南亚|全球)区?")
# a committee or council named by its nation or region opens a body of its own, not a unit
_OWN_COUNCIL = re.compile(r"(?:国家|全国|澜湄|澜沧江-湄公河|湄公河|东盟|中国-东盟|亚洲|亚太|国际|全球)"
                          r"[\u4e00-\u9fff\-]*(?:委员会|理事会)$")
def _place_region(gap: str) -> bool:
    """"腊戍区域", "北部地区": the region a field post covers, named by its place."""
    m = lexicon().place_re.match(gap)
    return m is not None and gap[m.end():] in ("区域", "地区", "片区")


# (与 may join the fields a staff post covers: "某办事处化学品与污染行动协调员")
_DESCRIPTOR_BAD = re.compile(r"[的和及由在为是了等兼、]|主任|[长员]")
_PAREN_GLOSS = re.compile(r"\s*[（(][^（）()\n]{1,16}[)）]")
_GLOSS_BEFORE = re.compile(r"[（(][^（）()\n]{1,16}[)）]$")
_CLAUSE_BREAK = re.compile(r"[，。；：,;:]")
_BOUNDARY = set("，。、；：“”（）《》 \n与和及同由")
_LOCAL_TITLE = re.compile(r"(副)?(市长|省长|州长|县长|区长|府尹|主席)")
_ADMIN_SUFFIX = "省市州县区"  # the last character of a Chinese province's, city's or county's name


def _city_government(text: str, title: str, ta: int) -> OrgSpan | None:
    """"桂林市副市长" -> 桂林市人民政府 (the government the mayor heads)."""
    lex = lexicon()
    if not _LOCAL_TITLE.fullmatch(title):
        return None
    e = name = None
    for i in range(max(0, ta - 12), ta - 1):
        w = text[i:ta]
        e = lex.places.get(w) or (lex.places.get(w[:-1]) if w[-1:] in "市省州县区府" else None)
        if e is not None:
            name = w
            break
    if e is None:
        return None
    a = ta - len(name)
    country = e.parent if len(e.parent) == 2 and e.parent.isupper() else "CN"
    if country != "CN" and name.endswith("府"):
        # "清迈府副府尹": a Thai province (府) is the body its governor heads, by its own name,
        # or as the briefing names its government ("清莱府府政府提供支持")
        for gov in ("府政府", "政府"):
            if name + gov in text:
                return OrgSpan(a, ta, name, country, [Unit(gov, "local_government")], prefix=name, lead=len(name))
        return OrgSpan(a, ta, name, country, [Unit(name, "local_government")])
    full = name
    if country == "CN" and name[-1] not in _ADMIN_SUFFIX:  # "广东省长": the title took the 省 of 广东省
        full = next((x for x in e.aliases if x.startswith(name) and x[-1] in _ADMIN_SUFFIX), name)
    return OrgSpan(a, ta, name, country, [Unit("人民政府" if country == "CN" else "政府", "local_government")],
                   prefix=full, lead=len(name))


# a Latin gloss of a body's name between it and a title: "某国湄公河委员会（Some National
# Mekong Committee，SNMC）秘书长助理"
_LATIN_GLOSS = re.compile(r"\s*[（(][A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9\s,，.&'’\-]{1,90}[)）]")
# a Latin gloss right before a title: "某某科技股份有限公司（Some Tech Co., Ltd.）董事长"
_LATIN_GLOSS_END = re.compile(r"[（(][A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9\s,，.&'’\-]{1,90}[)）]$")
_DOT_GIVEN = re.compile(r"[·•・]([\u4e00-\u9fff]{1,4})$")
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(" + LATIN_NAME.pattern + r")$")


# a roster line ends with the title (and a note in parentheses: "（视频参会）")
_ROSTER_TAIL = re.compile(r"(?:[（(][^（）()\n]{1,30}[)）])?[ \u3000\t]*(?:\n|$)")


def _roster_name(text: str, start: int, org_start: int) -> PersonName | None:
    """A roster line "王某 某部某司副司长", "Ann LEE 某组织项目官员" (an agenda, minutes'
    attendance, a list of participants): the name opens the line (or follows its label
    "主持人："), then spaces, then the body and the title."""
    ls = max(start, text.rfind("\n", 0, org_start) + 1, text.rfind("：", start, org_start) + 1,
             text.rfind(":", start, org_start) + 1)
    seg = text[ls:org_start]
    if not seg or seg[-1] not in _SPACE_GAP:
        return None
    nm = seg.strip()
    lead = ls + len(seg) - len(seg.lstrip())
    if not nm or any(c in _SPACE_GAP for c in nm) and not LATIN_NAME.fullmatch(nm):
        return None
    return PersonName(nm, lead, lead + len(nm)) if whole_name(nm) else None


def whole_name(nm: str, latin_words: int = 1) -> bool:
    """A whole item that is a person's name and nothing else (a roster's or a table's cell, an
    apposition's first item): a Latin name of ``latin_words`` words or more, a dotted
    transliteration or two to four Chinese characters that read as a name, with no title or
    body in it."""
    lex = lexicon()
    if lex.title_re.search(nm) or lex.org_suffix_re.search(nm):
        return False
    if LATIN_NAME.fullmatch(nm):
        return len(nm.split()) >= latin_words
    return bool(_DOTTED.fullmatch(nm) or (_CJK.fullmatch(nm) and 2 <= len(nm) <= 4 and plausible_name(nm)))


def _bare_name_before(text: str, ta: int, lo: int) -> PersonName | None:
    """A name alone between a clause boundary and a title ("，某某研究员（…）")."""
    m = _LATIN_BEFORE.search(text, lo, ta)
    if m and (m.start() == lo or text[m.start() - 1] in _BOUNDARY):
        nm = m.group().strip()
        return PersonName(nm, m.start(), m.start() + len(nm))
    a = ta
    while a > lo and _CJK.fullmatch(text[a - 1]):
        a -= 1
    nm = text[a:ta]
    if (2 <= len(nm) <= 4 and (a == lo or text[a - 1] in _BOUNDARY) and plausible_name(nm)
            and not lexicon().org_suffix_re.search(nm) and not lexicon().title_re.search(nm)):
        return PersonName(nm, a, ta)
    return None


def _name_before_title(text: str, ta: int, lo: int) -> PersonName | None:
    """A transliterated (dotted) or Latin name right before a title and right after a body
    ending in an organisation suffix: "…国际合作司欧·明副司长", "…规划处Dara KEO处长"."""
    lex = lexicon()
    seg = text[lo:ta]
    m = _DOT_GIVEN.search(seg)
    if m:
        dot = lo + m.start()
        for k in (1, 2, 3):  # the part before the dot: the shortest after a body's suffix
            p = dot - k
            if p - 1 <= lo or not _CJK.fullmatch(text[p:dot]) or text[p] in _NOT_IN_DOTTED:
                break  # "…大学的宋帕·占塔拉": the 的 of the body is no part of the name
            if lex.org_suffix_re.search(text[max(lo, p - 12):p]):
                return PersonName(text[p:ta], p, ta)
        return None
    m = _LATIN_BEFORE.search(seg)
    if m and "\u4e00" <= text[lo + m.start() - 1:lo + m.start()] <= "\u9fff" and " " in m.group().strip():
        p = lo + m.start()
        if lex.org_suffix_re.search(text[max(lo, p - 12):p]):
            return PersonName(m.group().strip(), p, p + len(m.group().strip()))
        return None
    # a Chinese name the same way, where no known head opens the body ("某大学水利系郑某教授",
    # "某学院王某副教授"): 2-4 characters with a known surname, no suffix or title in them
    for k in (3, 2, 4):
        p = ta - k
        if p - 2 < lo:
            continue
        nm = text[p:ta]
        if (not _CJK.fullmatch(nm) or not plausible_name(nm) or (k == 4 and nm[:2] not in lex.surnames)
                or lex.org_suffix_re.search(nm) or lex.title_re.search(nm) or STRONG_STOP.search(nm)
                or _NOT_IN_NAME.search(nm)):
            continue
        if lex.org_suffix_re.search(text[max(lo, p - 12):p]):
            return PersonName(nm, p, ta)
    return None


_NOT_IN_NAME = re.compile(r"[的和与及在等之]")

# surnames that are also conjunctions ("和"): read as a surname only where what follows is no
# full name by itself ("某省人民政府和晓燕副省长": 晓燕 has no surname, so 和 is hers)
_CONJ_SURNAMES = "和"


def _conj_surname_name(text: str, a: int, ta: int) -> PersonName | None:
    """The name ``text[a:ta]`` between a body and its title, opening with a surname that is
    also a conjunction, when the rest does not start with a known surname."""
    nm = text[a:ta]
    if not (len(nm) == 3 and nm[0] in _CONJ_SURNAMES and _CJK.fullmatch(nm)):
        return None
    rest = nm[1:]
    lex = lexicon()
    # ("某厅和社区代表": a conjunction before a noun, no surname)
    if (plausible_name(rest) or rest[:1] in _STOP_SURNAMES[nm[0]]
            or lex.org_suffix_re.search(rest) or lex.title_re.search(rest) or lex.place_re.search(rest) or lex.country_re.search(rest)
            or STRONG_STOP.search(rest) or NAME_STOP.match(rest) or _NOT_IN_NAME.search(rest)):
        return None
    return PersonName(nm, a, ta)


def _local_head_name(text: str, title: str, ta: int, lo: int) -> tuple[OrgSpan, PersonName] | None:
    """"某省Anna BELL副省长", "某州王某副州长": a province or city, the name, then the title of
    its government's head: a post in that government."""
    if not _LOCAL_TITLE.fullmatch(title):
        return None
    lex = lexicon()
    m = _LATIN_BEFORE.search(text, lo, ta)
    if m and m.end() == ta and " " in m.group().strip():
        nm = m.group().strip()
        cands = [(ta - len(nm), nm)]
    else:
        cands = [(ta - k, text[ta - k:ta]) for k in (3, 2) if ta - k - 2 >= lo]
        cands = [(p, nm) for p, nm in cands
                 if _CJK.fullmatch(nm) and plausible_name(nm) and not lex.place_re.search(nm)
                 and not lex.org_suffix_re.search(nm) and not lex.title_re.search(nm)
                 and not STRONG_STOP.search(nm) and not _NOT_IN_NAME.search(nm)]
    for p, nm in cands:
        gov = _city_government(text, title, p)
        if gov is not None:
            return gov, PersonName(nm, p, ta)
    return None


# "某某县县长": the county (city, district) named right before the head of its government
_COUNTY_HEAD = re.compile(r"(副)?([县市区旗镇乡府])长")
_NOT_PLACE = re.compile(r"(?:该|本|各|全|每|此|那|某|两|邻|附近)")


def _county_government(text: str, title: str, ta: int, start: int) -> OrgSpan | None:
    """"青松县县长", "白沙区副区长" -> 青松县人民政府 (a place not in the gazetteer: its name is
    the 2-4 characters before the repeated unit, back to a boundary)."""
    m = _COUNTY_HEAD.fullmatch(title)
    if not (m and text[ta - 1:ta] == m.group(2) or title == "行政长官" and text[ta - 1:ta] in "县区市"):
        return None  # "木姐县行政长官A": a township's administrator heads its government too
    a = ta - 1
    while a > max(start, ta - 5) and "\u4e00" <= text[a - 1] <= "\u9fff" and text[a - 1] not in _BOUNDARY:
        a -= 1
    name = text[a:ta]
    if not (3 <= len(name) <= 5) or (a > start and text[a - 1] not in _BOUNDARY and "\u4e00" <= text[a - 1] <= "\u9fff") \
            or _NOT_PLACE.match(name) or NAME_STOP.search(name[:-1]):
        return None
    if name.endswith("府"):
        # "孔敬府副府长": a Thai province (府) is the body its governor heads, by its own name
        e = lexicon().places.get(name)
        country = e.parent if e is not None and len(e.parent) == 2 and e.parent.isupper() else "TH"
        return OrgSpan(a, ta, name, country, [Unit(name, "local_government")])
    cm = lexicon().country_re.match(name)
    if cm is not None and len(name) - cm.end() >= 2 and lexicon().countries[cm.group()][2] == "country":
        # "缅甸木姐县行政长官": the country, then its county
        country = lexicon().countries[cm.group()][0]
        a += cm.end()
        name = name[cm.end():]
    else:
        country = county_country(text, name, a) or "CN"
    return OrgSpan(a, ta, name, country, [Unit("人民政府" if country == "CN" else "政府", "local_government")],
                   prefix=name, lead=len(name))


# "王某（某部某司副司长）", "——赵某（某中心主任）": the post in parentheses after the name,
# in minutes, attendee lists and signed forewords; the name opens its clause or list item
_PAREN_NAME_BOUNDARY = set("，。、；：:,;\n—　 ")


_LIST_CONJ = re.compile(r"以及|及|和|与")


# "某某（某部某司司长，线上）": how an attendee took part, after the post in an attendee list
_PAREN_NOTE = re.compile(r"[，,](?:线上|线下|视频|在线|远程|书面|特邀|列席|代)(?:参会|出席|连线|发言)?[)）]")


def _name_before_paren(text: str, ta: int, tb: int, start: int, org_ends=()) -> PersonName | None:
    """The name before "（…TITLE）" when the title closes the parentheses, or a note on how
    the person took part does ("（…司长，线上）"), after a boundary or right after a body
    ("某司王某（副司长）")."""
    if text[tb:tb + 1] not in ("）", ")") and not _PAREN_NOTE.match(text, tb):
        return None
    p = max(text.rfind("（", start, ta), text.rfind("(", start, ta))
    if p <= start or any(c in text[p + 1:ta] for c in "（）()，。；"):
        return None
    lo = max([start, p - 24] + [e for e in org_ends if e < p - 1])
    conj = False
    m = _LATIN_BEFORE.search(text, lo, p)
    if m and m.end() == p:
        a = m.start()
        name = m.group().strip()
    else:
        a = p
        while a > lo and text[a - 1] not in _PAREN_NAME_BOUNDARY and text[a - 1] not in "（）()":
            a -= 1
        # "…、B（…）以及C（…）": the conjunction before the last item of the list
        cj = _LIST_CONJ.match(text, a, p)
        conj = bool(cj and p - cj.end() >= 2 and (a == lo or text[a - 1] in "）)"))
        if conj:
            a = cj.end()
        # "会议由A（…司长）、B（…主任）共同主持": the first item of a list opened by 由
        by = text.rfind("由", a, p)
        if by >= 0 and 2 <= p - by - 1 <= 4 and (p - a > 4 or not plausible_name(text[a:p])):
            a, conj = by + 1, True
        # "轮值主席某某（…）": the name starts after a title that runs into it
        for tm in lexicon().title_re.finditer(text, a, p):
            if 2 <= p - tm.end() <= 4 and not conj:
                a = tm.end()
        name = text[a:p]
        if not (_DOTTED.fullmatch(name) or (_CJK.fullmatch(name) and 2 <= len(name) <= 4 and plausible_name(name))):
            return None
    if (a > start and text[a - 1] not in _PAREN_NAME_BOUNDARY and a not in org_ends and not conj
            and not _title_ends_at(text, a, start)):
        return None
    if len(name) < 2 or name in _GENERIC or lexicon().title_re.search(name) or lexicon().org_suffix_re.search(name):
        return None
    return PersonName(name, a, a + len(name))


def _title_ends_at(text: str, a: int, start: int) -> bool:
    """A title right before ``a`` ("轮值主席某某（某院副院长）": a post held, then the one in
    parentheses)."""
    title_re = lexicon().title_re
    return any(title_re.fullmatch(text, a - k, a) for k in range(2, min(8, a - start) + 1))


# an agenda or programme line: "致辞：某部某司司长　王某", the name set off by spaces
_SPACE_GAP = " \u3000\u00A0\t"
_AFTER_SPACED_NAME = set(_SPACE_GAP) | set("；;，,、。")


def _spaced_name(text: str, tb: int, end: int) -> PersonName | None:
    """The name after a title and one to three spaces ("…司长　李某", "…首席执行官　Anna BELL"),
    in the layout of a meeting agenda, when a space, a list separator or the line's end closes it."""
    j = tb
    while j < end and j - tb < 3 and text[j] in _SPACE_GAP:
        j += 1
    if j == tb or j >= end:
        return None
    pn = parse_name(text, j, end)
    if pn is None or not plausible_name(pn.name) or lexicon().org_suffix_re.search(pn.name):
        return None
    if pn.end < end and text[pn.end] not in _AFTER_SPACED_NAME:
        return None
    return pn


_THAT_UNIT = re.compile(r"(?:该|此)(司|处|局|部|中心|厅|院|所|委员会|办公室|秘书处)")


# "该部常务秘书A": the body of that kind named just before
_DEICTIC = re.compile(r"该(部|司|局|厅|署|处|中心|委员会|研究院|研究所|大学|学院|公司|协会|园|院|所|校|馆|站)$")


def _deictic_body(text: str, ta: int, start: int, orgs: list[OrgSpan], antecedent=None) -> OrgSpan | None:
    """"…拜会某国环境部，与该部国务秘书A会谈": 该 + a suffix stands for the last body (or
    the last link of a body's chain) of that kind named before it in the sentence (else in the
    article: "…与某研究院签署备忘录。中心主任A与该研究院院长B…")."""
    m = _DEICTIC.search(text, max(start, ta - 6), ta)
    if m is None:
        return None
    suffix = m.group(1)
    for o in sorted(orgs, key=lambda o: o.end, reverse=True):
        if o.end > m.start() or o.alt is not None:
            continue
        for k in range(len(o.units), 0, -1):
            if o.chain[k - 1].endswith(suffix):
                return replace(o, start=m.start(), end=ta, surface=m.group(), units=o.units[:k], is_alias=True)
    if antecedent is not None and not any(o.end <= m.start() for o in orgs):
        o = antecedent(suffix, m.start())
        if o is not None:
            return replace(o, start=m.start(), end=ta, surface=m.group(), is_alias=True)
    return None


# "该部林业司": 该 + a body's kind, then a unit of that body
_DEICTIC_PARENT = re.compile(r"(?:该|此)(?:部|局|厅|署|委员会|研究院|大学|学院)(?=[\u4e00-\u9fff]{2,12}$)")


def _unit_of_deictic_body(text: str, ta: int, start: int, orgs: list[OrgSpan]) -> OrgSpan | None:
    """"…由某国某部某司司长A率领，成员包括该部林业司副司长B": a unit, named bare after 该部,
    of the body that 该部 stands for (its country too)."""
    m = _DEICTIC_PARENT.search(text, max(start, ta - 16), ta)
    if m is None:
        return None
    parent = _deictic_body(text, m.end(), start, orgs)
    sa = standalone_org(text, ta, m.end())
    if parent is None or sa is None or sa.start != m.end() or sa.prefix or sa.restored:
        return None
    return replace(sa, restored=parent.name, country=parent.country, international=parent.international)


def _alias_before(text: str, ta: int, start: int, doc_aliases: dict[str, OrgSpan] | None) -> OrgSpan | None:
    """A short name the briefing gave a body ("WWF", "本中心") ending at ``ta`` after a boundary."""
    for alias, sp in (doc_aliases or {}).items():
        a0 = ta - len(alias)
        if a0 >= start and text.startswith(alias, a0) and (a0 == start or text[a0 - 1] in _BOUNDARY):
            return replace(sp, start=a0, end=ta, surface=alias, is_alias=True)
    return None


_HEAD_OF_SCHOOL = re.compile(r"(?:常务|代理|代)?副?校长(?:助理)?")
_LATIN_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z\-]{1,22}$")


def _latin_body_before(text: str, ta: int, start: int) -> OrgSpan | None:
    """"UNDP副署长A", "ADB驻老挝代表B": a well-known body by its Latin abbreviation alone."""
    m = _ACRONYM_BEFORE.search(text, max(start, ta - 10), ta)
    e = lexicon().latin_orgs.get(m.group()) if m else None
    if e is None:
        return None
    return OrgSpan(m.start(), ta, m.group(), e.countries[0] if len(e.countries) == 1 else None,
                   [Unit(m.group(), e.subtype, e)], international=not e.countries)


_UNIT_END = re.compile(r"(?:处|司|局|厅|部|中心|委员会|办公室)$")


def _unit_of_alias(text: str, ta: int, start: int, doc_aliases: dict[str, OrgSpan] | None) -> OrgSpan | None:
    """"中心亚洲合作处处长A": a unit, named bare, of the body a short name ("中心") stands for."""
    for alias, body in (doc_aliases or {}).items():
        # (an embassy's own sections are read by _embassy, with their formal names)
        if not alias or len(alias) > 6 or body.subtype == "diplomatic_mission":
            continue
        a0 = text.rfind(alias, max(start, ta - 16 - len(alias)), ta)
        if a0 < 0 or not (a0 == start or text[a0 - 1] in _BOUNDARY):
            continue
        u0 = a0 + len(alias)
        if ta - u0 < 2:
            continue
        sa = standalone_org(text, ta, u0)
        if (sa is None or sa.start != u0 or sa.prefix or sa.restored or lexicon().country_re.match(text, u0)
                or not _DEPT_SUFFIX.search(sa.surface) or sa.subtype == "company"):
            continue  # a department of the body ("中心某某处"), not a body of its own ("某某国际工程有限公司")
        return replace(sa, start=a0, surface=text[a0:ta], restored=body.name, country=body.country,
                       international=body.international)
    return None


def _scene_body(text: str, ta: int, start: int, by_end: dict[int, OrgSpan], antecedent=None) -> OrgSpan | None:
    """"在某植物园，副主任A陪同参观": a clause "在 BODY" sets the scene, and a title opening
    the next clause with no body before it is a post in that body (the body named before in
    full when BODY is the tail of its name)."""
    if text[ta - 1:ta] not in ("，", ","):
        return None
    cs = max([start] + [text.rfind(c, start, ta - 1) + 1 for c in "，,；;。"])
    if text[cs:cs + 1] != "在" or ta - 1 - cs < 3:
        return None
    o = by_end.get(ta - 1)
    if o is None:
        o = standalone_org(text, ta - 1, cs + 1)
    if o is None or o.start != cs + 1:
        return None
    full = antecedent(o.surface, cs) if antecedent is not None and not o.prefix and not o.restored else None
    if full is not None:
        return replace(full, start=o.start, end=o.end, surface=o.surface, is_alias=True)
    return o


# the level of a government unit by its suffix: 部 > 厅/总局/总司 > 司/局 > 处 > 科
_UNIT_RANKS = (("总局", 1), ("总司", 1), ("厅", 1), ("司", 2), ("局", 2), ("处", 3), ("科", 4))


def _unit_rank(name: str) -> int:
    for suf, r in _UNIT_RANKS:
        if name.endswith(suf):
            return r
    return 0


# a list of guests, one a line: "Anna BERG，某国环境部水资源司副司长；"
_ITEM_END = re.compile(r"\s*(?:[；;。]|$)")


def _listed_name(text: str, start: int, org_start: int, tb: int, end: int) -> PersonName | None:
    """A list item "NAME，ORG TITLE；" (a programme's speakers, one a line): the name opens
    the clause, a comma parts it from the body, and the title closes the item. In an agenda
    the name is set off by spaces instead ("王某　某部某司司长", "A BELL（…）  某署官员")."""
    if not _ITEM_END.match(text, tb, end):
        return None
    sep = org_start
    while sep > start and sep > org_start - 4 and text[sep - 1] in _SPACE_GAP:
        sep -= 1
    if sep == org_start:
        if text[org_start - 1:org_start] not in ("，", ","):
            return None
        sep = org_start - 1
    elif sep < org_start - 1 or text[sep] == "\u3000":
        pass  # two spaces, or an ideographic one: a column gap, not a space within a name
    else:
        return None
    cs = max([start] + [text.rfind(c, start, sep) + 1 for c in "；;：:。\n"])
    while cs < sep and text[cs] in _SPACE_GAP:
        cs += 1
    pn = parse_name(text, cs, sep)
    if pn is None or not plausible_name(pn.name):
        return None
    gloss = _LATIN_GLOSS_OF_NAME.match(text, pn.end, sep)
    if pn.end != sep and (gloss is None or gloss.end() != sep):
        return None
    return pn


# a newspaper's desk between the paper and a title ("《晨星报》经济部主任")
_DESK = re.compile(r"[\u4e00-\u9fff]{1,6}部")


# a body's kind word standing alone for the one of that kind named before ("委员会主任委员",
# "秘书处技术支持司司长")
_BARE_BODY = re.compile(r"(?:委员会|秘书处|理事会|研究院|研究所|基金会|协会|学会|联合会|联盟|公司)$")

# units every body has, which name no one body
_GENERIC_UNIT = re.compile(r"办公室|办公厅|综合处|综合司|人事处|人事司|财务处|财务司|机关|总部|分部|本部")


# kinds of body whose name ends no unit of another: one written bare before a unit
# ("基金会国际合作部") is the body of that kind named before, then its unit
_ASSOCIATION_HEAD = re.compile(r"(?:基金会|协会|学会|联合会|促进会|商会)(?=[\u4e00-\u9fff]{2})")


def _split_association(sa: OrgSpan) -> OrgSpan:
    """"基金会国际合作部" read as one unit: the bare 基金会, then its unit (which the
    antecedent of 基金会 may then restore)."""
    if len(sa.units) != 1 or sa.prefix or sa.restored or sa.units[0].entry is not None:
        return sa
    u = sa.units[0]
    m = _ASSOCIATION_HEAD.match(u.text)
    if m is None or lexicon().org_suffix_re.search(u.text[m.end():]) is None:
        return sa
    head = Unit(u.text[:m.end()], lexicon().org_suffixes[m.group()][0])
    return replace(sa, units=[head, Unit(u.text[m.end():], u.subtype)])


def _named_unit(u) -> bool:
    """A unit with a name of its own ("污染控制厅", not "办公室"): no known body, no country
    or place in it, long enough to name one body only."""
    lex = lexicon()
    return (u.entry is None and len(u.text) >= 3 and not _GENERIC_UNIT.fullmatch(u.text)
            and not lex.country_re.search(u.text)
            and not lex.place_re.search(u.text))
# the titles of staff and experts a field word may qualify ("环境管理高级项目官员", "流域规划首席专家")
_SPECIALIST = re.compile(r"(?:官员|专家|顾问|研究员|工程师|协调员|经理|主管|专员|分析师|科学家)$")
# words before such a title that say how one is engaged, not in which field
_NOT_FIELD = re.compile(r"特邀|特聘|客座|荣誉|名誉|外籍|中方|外方|独立|知名|资深|青年|年轻|女性")


def _list_body(o: OrgSpan, orgs: list[OrgSpan]) -> OrgSpan | None:
    """The body a list of posts is about, after a link whose post was in ``o``: the parent of a
    department (or the parent a bare department was put under), else ``o``."""
    if o.restored:
        return next((x for x in orgs if x.name == o.restored and x.alt is None), None)
    if len(o.units) >= 2 and o.units[-1].subtype == "department":
        return replace(o, units=o.units[:-1], is_alias=True)
    return o


# a title written in English between a body and a Latin name: "某署区域办事处Deputy Regional
# Director Ms. A B" (the head word closes it; an honorific or a capitalised word follows)
_EN_TITLE_HEAD = (r"(?:Director|Representative|Coordinator|Officer|Secretary|Minister|Manager|Specialist"
                  r"|Adviser|Advisor|Chair|Chairman|Chairperson|President|Head|Ambassador|Counsellor"
                  r"|Counselor|Consul|Expert|Economist|Scientist|Lead|Leader|Analyst|Attach[ée])")
_EN_TITLE = re.compile(
    rf"(?<=[\u4e00-\u9fff）)])(?:[A-Z][a-z]+[ \u00A0])(?:(?:[A-Z][a-z]+|of|and|for|on)[ \u00A0]){{0,5}}"
    rf"{_EN_TITLE_HEAD}(?:[- ]General)?"
    rf"|(?<=[\u4e00-\u9fff）)]){_EN_TITLE_HEAD}(?:[- ]General)?")
_EN_TITLE_NAME = re.compile(rf"[ \u00A0]+(?:{_HONORIFIC_WORD}[ \u00A0]+)*[A-Z\u00C0-\u00DE]")


def _english_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of titles written in English right after a body and before a Latin name."""
    return [m.span() for m in _EN_TITLE.finditer(text, start, end) if _EN_TITLE_NAME.match(text, m.end(), end)]


def _latin_name_after(text: str, tb: int, end: int) -> bool:
    """A Latin name follows the title ending at ``tb`` ("某办事处ABC项目协调员（Project
    Coordinator）Mr. A B"): the Latin word before the title names no one."""
    pn = parse_name(text, _name_start(text, tb, end), end)
    return pn is not None and not _CJK_CHAR.search(pn.name)


# a note on the post between the title and the name: "副主任（主持工作）某某", "（正司级）"
_RANK_NOTE = re.compile(r"[（(](?:主持工作|主持全面工作|正[部厅司局处]级|副[部厅司局处]级|[部厅司局处]级)[)）]")


def _name_start(text: str, tb: int, end: int) -> int:
    """Where the name after the title ending at ``tb`` opens: past the title's English gloss
    ("主任（Director）Dr. A B") or the space after a title written in English."""
    m = _LATIN_GLOSS.match(text, tb, end) or _RANK_NOTE.match(text, tb, end)
    if m is not None:
        tb = m.end()
    elif not (tb > 0 and text[tb - 1].isascii() and text[tb - 1].isalpha()):
        return tb
    while tb < end and text[tb] in " \u00A0":
        tb += 1
    return tb


# "A，副部长，某部；", "A 博士，副院长，某大学某学院，作了…": a name, its title and its body
# in apposition, as translated rosters write them
_APPOSITION_SEP = "，,"
_NAME_OPENS = "：:；;。\n-•·、（("
_HONORIFIC_AFTER = re.compile(r"\s*(?:博士|先生|女士|阁下|夫人|勋爵)$")
#: what may open the clause before an apposition's name: who the name is (a country's expert, a
#: delegate) or the verb's agent marker
_APPOSITION_LEAD = re.compile(r"(?:.*?(?:由|请|邀请)|(?:[\u4e00-\u9fff]{1,6})?(?:专家|学者|代表|官员|嘉宾))\s*")


def _appositive_post(text: str, ta: int, tb: int, start: int, end: int, orgs: list[OrgSpan]) -> Post | None:
    # (or the title after the name and a space: "A 副教授，某大学某学院，作主旨发言")
    if not (text[ta - 1:ta] in _APPOSITION_SEP + " " and text[tb:tb + 1] in _APPOSITION_SEP):
        return None
    # the name: from the clause's opening back before the comma (or the space)
    a = ta - 1
    lo = max([start] + [text.rfind(c, start, a) + 1 for c in _NAME_OPENS + _APPOSITION_SEP])
    seg = text[lo:a]
    nm = _HONORIFIC_AFTER.sub("", seg).strip()
    if nm and not whole_name(nm, latin_words=2):
        # "由A，处长，某处，主持", "中国专家A，副研究员，某所，作报告": the clause's lead-in
        # before the name is no part of it
        m = _APPOSITION_LEAD.match(nm)
        if m is None:
            return None
        lo += seg.index(nm) + m.end()
        seg = text[lo:a]
        nm = _HONORIFIC_AFTER.sub("", seg).strip()
    if not nm or not whole_name(nm, latin_words=2):
        return None
    # the body: the whole next item, up to a comma, a semicolon or the sentence's end
    b = tb + 1
    while b < end and text[b] == " ":
        b += 1
    stop = min([end] + [i for i in (text.find(c, b, end) for c in "，,；;。\n") if i >= 0])
    z = stop
    while z > b and text[z - 1] == " ":
        z -= 1
    org = whole_body(text, b, z, orgs)
    if org is None:
        return None
    ns = lo + (len(seg) - len(seg.lstrip()))
    return Post(PersonName(nm, ns, ns + len(nm)), text[ta:tb], org, ta, tb)


def whole_body(text: str, b: int, z: int, orgs: list[OrgSpan]) -> OrgSpan | None:
    """The body ``text[b:z]`` names as a whole (an apposition's, a bracket's or a table cell's item), or None."""
    org = next((o for o in orgs if o.start == b and o.end == z), None)
    if org is None:
        org = standalone_org(text, z, b)
        if org is None or org.start != b:
            return None
    return org


def _parenthesized_post(text: str, ta: int, tb: int, start: int, end: int, orgs: list[OrgSpan]) -> Post | None:
    """"中方：A（副主任，某中心）；B（处长，某部某司）": an attendance list's name with its
    title and body in brackets after it."""
    if not (text[ta - 1:ta] in "（(" and text[tb:tb + 1] in "，,"):
        return None
    a = ta - 1
    lo = max([start] + [text.rfind(c, start, a) + 1 for c in _NAME_OPENS + _APPOSITION_SEP])
    seg = text[lo:a]
    nm = seg.strip()
    if not nm or not whole_name(nm, latin_words=2):
        return None
    b = tb + 1
    close = min([i for i in (text.find(c, b, end) for c in "）)") if i >= 0] or [-1])
    if close < 0 or any(c in text[b:close] for c in "，,；;。（("):
        return None
    org = whole_body(text, b, close, orgs)
    if org is None:
        return None
    ns = lo + (len(seg) - len(seg.lstrip()))
    return Post(PersonName(nm, ns, ns + len(nm)), text[ta:tb], org, ta, tb)


# "Dr. A B (Director-General, Pollution Control Department, Thailand)": a speakers' or
# participants' list written in English inside Chinese prose: the title, the body (then the
# bodies it belongs to) and the country, in parentheses after the name
_EN_PAREN_POST = re.compile(rf"(?:{_HONORIFIC_WORD}[ \u00A0]+)*({LATIN_NAME.pattern})[ \u00A0]*[（(]([^（）()\n]{{6,200}})[)）]")
_EN_TITLE_WORD = re.compile(r"\b(?:Director|Minister|Secretary|Officer|Representative|Coordinator|Manager|Specialist"
                            r"|Chair|Chairman|Chairperson|President|Head|Adviser|Advisor|Expert|Professor|Counsellor"
                            r"|Counselor|Ambassador|Governor|Commissioner|Chief|Dean|Lecturer|Researcher|Consul|Analyst)\b")
_EN_PART = re.compile(r"[^,，\s](?:[^,，]*[^,，\s])?")  # one comma-separated part, trimmed
_EN_BODY_KIND = (("Ministry", "ministry"), ("Department", "department"), ("University", "university"),
                 ("Embassy", "diplomatic_mission"), ("Consulate", "diplomatic_mission"), ("Institute", "research_institute"))


def english_paren_posts(text: str, start: int, end: int) -> list[Post]:
    """Posts of names followed by "(Title, Body[, Parent body …][, Country])" in English."""
    lex = lexicon()
    out = []
    for m in _EN_PAREN_POST.finditer(text, start, end):
        name = m.group(1).rstrip(" .-")
        if len(name.split()) < 2:
            continue
        parts = [x.span() for x in _EN_PART.finditer(text, m.start(2), m.end(2))]
        if len(parts) < 2 or not _EN_TITLE_WORD.search(text, *parts[0]):
            continue
        country = lex.countries_en.get(text[parts[-1][0]:parts[-1][1]].lower())
        bodies = parts[1:-1] if country else parts[1:]
        if not bodies or not text[bodies[0][0]].isupper():
            continue
        ba, bb = bodies[0]
        body = text[ba:bb]
        entry = lex.orgs_en.get(body.lower())
        if entry is not None and not entry.countries:
            intl, country = True, None
        else:
            intl = False
            country = country or (entry.countries[0] if entry is not None and len(entry.countries) == 1 else None)
        kind = next((k for w, k in _EN_BODY_KIND if w in body), "other")
        if entry is not None:
            # a body the lexicon knows: under its Chinese name, as the briefing names it elsewhere
            # ("Ministry of Foreign Affairs, Thailand" -> 泰国外交部)
            prefix = lex.country_names.get(country, "") if country and len(entry.countries) > 1 else ""
            org = OrgSpan(ba, bb, body, country, [Unit(entry.name, entry.subtype, entry)], prefix, international=intl)
        else:
            org = OrgSpan(ba, bb, body, country, [Unit(body, kind)], international=intl)
        ta, tb = parts[0]
        out.append(Post(PersonName(name, m.start(1), m.start(1) + len(name)), text[ta:tb], org, ta, tb))
    return out


def find_posts(text: str, start: int, end: int, doc_aliases: dict[str, OrgSpan] | None = None,
               orgs: list[OrgSpan] | None = None, antecedent=None) -> list[Post]:
    """Posts stated in the sentence ``text[start:end]``. ``antecedent(word, pos)``: the body of
    the kind ``word`` names (委员会, 秘书处 …) named before ``pos`` (in the article), or None."""
    titles = [(a, b) for a, b in title_spans(text[start:end])]
    titles = [(a + start, b + start) for a, b in titles]
    titles = sorted(titles + _english_titles(text, start, end))
    listed_en = english_paren_posts(text, start, end) if text.find("(", start, end) >= 0 or text.find("（", start, end) >= 0 else []
    if listed_en:
        # (their titles in English are read there, not as titles of a name after them)
        inside = [(p.title_start, p.org.end) for p in listed_en]
        titles = [t for t in titles if not any(a <= t[0] < b for a, b in inside)]
    if orgs is None:
        orgs = find_orgs(text, start, end, titles)
    by_end = {o.end: o for o in orgs}
    for o in orgs:  # "全球湄公河研究中心（中国中心）主任": a gloss between body and title
        m = _PAREN_GLOSS.match(text, o.end) or _LATIN_GLOSS.match(text, o.end)
        if m:
            by_end.setdefault(m.end(), o)
    posts: list[Post] = []
    pending: list[tuple[OrgSpan | None, str, int, int]] = []
    last_org: OrgSpan | None = None
    last_end = start
    for ta, tb in titles:
        title = text[ta:tb]
        org = by_end.get(ta)
        name = None
        if title == "记者" and org is None and standalone_org(text, ta, max(start, last_end)) is None:
            continue  # "（记者 某某）", "本报记者某某": a byline, no post; "某通讯社记者某某" is one
        if org is None:
            ap = _appositive_post(text, ta, tb, start, end, orgs) or _parenthesized_post(text, ta, tb, start, end, orgs)
            if ap is not None:
                posts.append(ap)
                last_end = tb
                continue
        if org is None:
            # "某联盟亚洲区域办公室亚洲区域主任A": the region the post covers between the body and
            # the title is part of the title
            rg = _REGION_BEFORE_TITLE.search(text, max(start, ta - 4), ta)
            if rg is not None and rg.start() in by_end:
                org, ta, title = by_end[rg.start()], rg.start(), rg.group() + title
        if org is None and _STAFF_TITLE.search(title):
            # "某署亚太办事处区域协调员", "某委员会湿地名录培训官": a field or region word
            # between the body and a staff title is part of the title
            for k in range(2, 9):
                gap = text[ta - k:ta]
                if ta - k <= start or not _CJK.fullmatch(gap) or _DESCRIPTOR_BAD.search(gap) \
                        or lexicon().org_suffix_re.search(gap) is not None \
                        or _proper(_REGION_OF_POST.sub("", gap)) and not _place_region(gap):
                    continue
                o = by_end.get(ta - k) or _alias_before(text, ta - k, start, doc_aliases)
                if o is None:
                    o = standalone_org(text, ta - k, max(start, last_end))
                    if o is not None and len(o.surface) < 3:
                        o = None
                if o is not None:
                    org, ta, title = o, ta - k, gap + title
                    break
            # "某办事处ABC项目协调员": a programme named in Latin letters between the two
            lw = _LATIN_WORD_BEFORE.search(text, max(start, ta - 24), ta) if org is None else None
            if lw is not None and lw.start() in by_end:
                org, ta, title = by_end[lw.start()], lw.start(), lw.group() + title
        if org is None:
            # "某国《晨星报》经济部主任": a newspaper's desk is part of the post, not a body
            for o in orgs:
                if o.surface.endswith("》") and o.end < ta and _DESK.fullmatch(text[o.end:ta]):
                    org, ta = o, o.end
                    title = text[ta:tb]
                    break
        if org is None and text[ta - 1:ta] == "的" and ta - 1 in by_end:
            o = by_end[ta - 1]
            if text[max(start, o.start - 2):o.start] == "来自":
                org = o  # "来自某国水利部某司的处长A代表学员讲话": the body A comes from
        if org is None and title.startswith("驻"):
            # "某署（ABC）…。ABC驻老挝代表A": the body's own office in that country, no embassy
            org = _alias_before(text, ta, start, doc_aliases)
        if org is None:
            org = _latin_body_before(text, ta, start)
        if org is None:
            org = _embassy(text, title, ta, orgs)
            if org is not None and title.startswith("驻") and org.units[0].subtype == "diplomatic_mission":
                pass
        if org is None:
            # "老挝某部水资源司指导，该司副司长A出席": the body of that kind named just before
            # (in this sentence, else in the article: "…参观了某某中心。该中心副主任A介绍…")
            tm = _THAT_UNIT.search(text, max(start, ta - 6), ta)
            if tm and tm.end() == ta:
                prior = [o for o in orgs if o.end <= tm.start() and o.name.endswith(tm.group(1))]
                if prior:
                    org = replace(max(prior, key=lambda o: o.end), is_alias=True)
                elif antecedent is not None and (tm.start() == start or text[tm.start() - 1] in _BOUNDARY):
                    o = antecedent(tm.group(1), tm.start())
                    if o is not None:
                        org = replace(o, start=tm.start(), end=ta, surface=tm.group(), is_alias=True)
        if org is None:
            org = _deictic_body(text, ta, start, orgs, antecedent)
        if org is None:
            org = _unit_of_deictic_body(text, ta, start, orgs)
        if org is None:
            org = _scene_body(text, ta, start, by_end, antecedent)
        if org is None:
            org = _alias_before(text, ta, start, doc_aliases)
        if (org is None and doc_aliases and "校" in doc_aliases and _HEAD_OF_SCHOOL.fullmatch(title)
                and (ta == start or text[ta - 1] in _BOUNDARY)):
            # "校长某某" in a university's own news: the head of that university
            org = replace(doc_aliases["校"], start=ta, end=ta + 1, surface="校", is_alias=True)
        if org is None:
            org = _unit_of_alias(text, ta, max(start, last_end), doc_aliases)
        if org is None and antecedent is not None:
            # "委员会主任委员、…教授某某主持会议": the committee the article named before
            bm = _BARE_BODY.search(text, max(start, ta - 4), ta)
            if bm and (bm.start() == start or text[bm.start() - 1] in _BOUNDARY):
                o = antecedent(bm.group(), bm.start())
                if o is not None:
                    org = replace(o, start=bm.start(), end=ta, surface=bm.group(), is_alias=True)
        if org is None:
            # "ORG NAME TITLE": an organisation, then a name, then the title
            for o in orgs:
                if o.end < ta and ta - o.end <= 30:
                    cand = parse_name(text, o.end, ta)
                    if (cand and cand.end == ta and plausible_name(cand.name) and not _latin_name_after(text, tb, end)
                            and not (title == "代表" and _ON_BEHALF.match(text, tb))):
                        org, name = o, cand
                        break
                    cand = _conj_surname_name(text, o.end, ta)
                    if cand:
                        org, name = o, cand
                        break
        pre = None
        if org is None and name is None:
            pre = _name_before_title(text, ta, max(start, last_end))
        if org is None and pending and text[ta - 1:ta] in ("、", "及", "和") and pending[-1][3] == ta - 1:
            org = pending[-1][0]  # "生态环境部党组成员、副部长": both posts in one body
            if _LOCAL_TITLE.fullmatch(title) and _COMMITTEE.search(org.surface) and not org.restored:
                org = _government_of(org)
        if org is None:
            org = _city_government(text, title, ta)
        if org is None:
            org = _county_government(text, title, ta, start)
        if org is None and name is None:
            lh = _local_head_name(text, title, ta, max(start, last_end))
            if lh is not None:
                org, name = lh
        if (org is None and last_org is not None and text[ta - 1:ta] == "、" and ta - 1 >= start
                and not _CLAUSE_BREAK.search(text, last_end, ta)):
            org = last_org  # "老挝驻华大使A、参赞B": the list shares the body
        if (org is None and last_org is not None and _SPECIALIST.search(title) and last_end > start
                and text[last_end:last_end + 1] == "、" and 2 <= ta - last_end - 1 <= 6):
            # "…司司长A、环境管理高级项目官员B、流域规划首席专家C": a field word, then a staff
            # title, in a list of one body's people: a post in that body (not in the department
            # of the link before), the field word part of the title
            gap = text[last_end + 1:ta]
            if (_CJK.fullmatch(gap) and not _DESCRIPTOR_BAD.search(gap) and not _NOT_FIELD.search(gap)
                    and lexicon().unit_any_re.search(gap) is None and not _proper(gap)):
                lb = _list_body(last_org, orgs)
                if lb is not None:
                    org, ta = lb, last_end + 1
                    title = text[ta:tb]
        if (org is None and posts and posts[-1].org is not None and text[ta - 1:ta] in ("，", ",")
                and title == "副" + posts[-1].title and ta - posts[-1].title_end <= 40
                and not _CLAUSE_BREAK.search(text, posts[-1].title_end, ta - 1)):
            # "某厅厅长A致欢迎辞，副厅长B介绍了…": the deputy of the head just named, same body
            org = posts[-1].org
        if (org is None and pending and text[last_end:last_end + 1] == "兼" and pending[-1][3] == last_end
                and ta > last_end + 2):
            # "某大学副校长兼研究生院院长A": the second post in a unit of the first post's body
            sa = standalone_org(text, ta, last_end + 1)
            po = pending[-1][0]
            if sa is not None and sa.start == last_end + 1 and sa.end == ta and not sa.prefix and not sa.restored and po.alt is None:
                # "某部国务秘书兼国家某某委员会秘书长": a national or regional council is a body
                # of its own (of the first body's country), no unit of the first post's body
                own = _OWN_COUNCIL.match(sa.units[0].text) is not None
                org = replace(sa, restored="" if own else po.name, country=po.country, international=po.international)
                if own and po.prefix and po.country:
                    # named by the country the first body's name gives ("泰国…部…兼国家…委员会")
                    org = replace(org, prefix=lexicon().country_names.get(po.country, po.prefix), lead=0)
        if org is None and name is None and text[tb:tb + 1] in ("（", "("):
            # "某某研究员（某某研究中心）作报告": the name, the title, then the body in parentheses
            po = next((o for o in orgs if o.start == tb + 1 and text[o.end:o.end + 1] in ("）", ")")), None)
            nm = (pre or _bare_name_before(text, ta, max(start, last_end))) if po is not None else None
            if nm is not None:
                org, name = po, nm
        if org is None:
            sa = standalone_org(text, pre.start, max(start, last_end)) if pre is not None else None
            if sa is not None:
                name = pre  # "…部国际合作司欧·明副司长": a department, the name, then the title
            else:
                sa = standalone_org(text, ta, max(start, last_end))
            if sa is None:
                g = (_GLOSS_BEFORE.search(text, max(start, ta - 20), ta)
                     or _LATIN_GLOSS_END.search(text, max(start, ta - 100), ta))
                if g and g.end() == ta:
                    sa = standalone_org(text, g.start(), max(start, last_end))
            if sa is not None:
                sa = _split_association(sa)
                org = sa
                if (antecedent is not None and len(sa.units) >= 2 and not sa.prefix and not sa.restored
                        and (_BARE_BODY.fullmatch(sa.units[0].text) or _named_unit(sa.units[0]))):
                    # "秘书处技术支持司司长A": a unit of the secretariat named before; "某局水务司
                    # 司长A" after "某国某部某局": a unit of that body (of its country), the
                    # body named bare by its own unit name
                    o = antecedent(sa.units[0].text, sa.start)
                    if o is not None and (_BARE_BODY.fullmatch(sa.units[0].text)
                                          or (o.units[-1].text == sa.units[0].text and len(o.chain) >= 2)):
                        sa.restored, sa.units, sa.country = o.name, sa.units[1:], o.country
                # a department after its parent's gloss: "某国水务委员会秘书处（Some Water
                # Committee Secretariat）规划司副司长A" belongs to the glossed body
                if text[sa.start - 1:sa.start] in ("）", ")") and _DEPT_SUFFIX.search(sa.surface) and not _proper(sa.surface):
                    for o in orgs:
                        gm = _LATIN_GLOSS.match(text, o.end)
                        if gm and gm.end() == sa.start:
                            sa.restored, sa.country = o.name, o.country
                            break
                # an elided parent: "…部国际合作司处长周军、应对气候变化司处长陈志华" (or 及, 和)
                before = text[max(start, sa.start - 1):sa.start]
                if before in ("（", "(") and last_end > start and _PAREN_ITEM_GAP.fullmatch(text, last_end, sa.start):
                    before = "、"  # the next item of a list of "name（body title）"
                # or "某国环境部国务秘书A、X总局副总局长B": the ministry itself
                # or "…甲司司长A介绍了…；乙司副司长B介绍了…": parallel clauses of one sentence
                # whose first department had its parent restored
                if (last_org is not None and (before in ("、", "及", "和") or before == "；" and last_org.restored)
                        and not _NEW_GROUP.search(text, max(start, sa.start - 4), sa.start)
                        and _DEPT_SUFFIX.search(sa.surface)
                        # "甲大学农学院院长A、工程学院副院长B": a school of the same university
                        # (not "乙大学林学院", a university of its own named in the list)
                        and (len(sa.units) == 1 or not sa.surface.endswith("学院"))
                        and not _proper(sa.surface)
                        and (len(last_org.chain) >= 2 or last_org.restored
                             or last_org.subtype == "ministry" and not last_org.is_alias)):
                    # a third link shares the parent the second one had restored
                    parent = (last_org.chain[-2] if len(last_org.chain) >= 2
                              else last_org.restored if last_org.restored else last_org.chain[-1])
                    if len(last_org.chain) >= 2 and _unit_rank(sa.surface) > _unit_rank(last_org.chain[-1]):
                        # "某部污染控制厅厅长A、废物管理局局长B": a lower unit (a 局 after a
                        # 厅, a 处 after a 司) belongs to the body just named, not beside it
                        parent = last_org.chain[-1]
                    sa.restored = parent
                    sa.country = last_org.country
        if name is None and org is not None:
            appointed = _appointees(text, start, org.start, ta)
            name = appointed[0] if appointed else None
            for other in appointed[1:]:  # "由A和B共同担任某中心主任"
                posts.append(Post(other, title, org, ta, tb))
        if (name is None and org is not None and text[tb:tb + 1] == "的"
                and text[max(start, org.start - 2):org.start] in ("现任", "时任")):
            # "现任某大学某学院副院长的A副教授": a post in a relative clause before the name
            name = parse_name(text, tb + 1, end) or _spaced_name(text, tb + 1, end)
        if name is None and org is not None and _ROSTER_TAIL.match(text, tb):
            name = _roster_name(text, start, org.start)
        if name is None:
            name = parse_name(text, _name_start(text, tb, end), end)
            if name is not None and _GENERIC_TITLE.search(title) and not plausible_name(name.name):
                name = None  # "有关负责人告诉记者": a title that is also a common noun
            if name is None:
                name = _spaced_name(text, tb, end)
        paren_name = False
        if name is None:
            name = _name_before_paren(text, ta, tb, start, by_end)
            paren_name = name is not None
            if paren_name and org is not None and org.start < name.end:
                org = None
            if paren_name and org is None and ta == text.rfind("（", start, ta) + 1:
                org = by_end.get(name.start)  # "某部某司王某（副司长）": the body before the name
        if name is None and org is not None:
            name = _listed_name(text, start, org.start, tb, end)
        if name is None and text[tb:tb + 1] in ("、", "及", "和", "兼") and org is not None:
            pending.append((org, title, ta, tb))
            last_org = org
            last_end = tb
            continue
        if name is None:
            pending = []
            last_end = tb
            continue
        for porg, ptitle, pa, pb in pending:
            posts.append(Post(name, _bare_posted(ptitle, porg), porg, pa, pb))
        pending = []
        posts.append(Post(name, _bare_posted(title, org), org, ta, tb))
        if org is not None:
            last_org = org
        last_end = tb + 1 if paren_name else name.end
    return posts + listed_en
