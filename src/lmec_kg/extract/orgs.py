"""Organisation names: lexicon heads, country/place prefixes, sub-unit chains, A/B names.

An organisation mention is a chain of units ("老挝" + "自然资源与环境部" + "水资源司"):
a head (a lexicon organisation, a country name, or a province/city) followed by sub-units
that end in an organisation suffix (部/司/处/中心/…). Each prefix of the chain that ends
in a unit is an organisation of its own ("老挝自然资源与环境部" is the parent of
"老挝自然资源与环境部水资源司"). Two names joined by "/" are one institution.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from .lexicon import OrgEntry, alternation, lexicon

__all__ = ["OrgSpan", "Unit", "find_orgs", "standalone_org", "title_spans", "DASHES", "hyphens", "SELF_REF", "city_of"]

CJK = "\u4e00-\u9fff"
_DASH_VARIANTS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D"
DASHES = str.maketrans({c: "-" for c in _DASH_VARIANTS})
_DASH_VARIANT = re.compile("[" + _DASH_VARIANTS + "]")


def hyphens(s: str) -> str:
    """``s.translate(DASHES)``: every dash variant as "-" (same length). A regex substitution
    gives the same string many times faster than str.translate with a dict, which looks up
    every character of a Chinese text one by one."""
    return _DASH_VARIANT.sub("-", s)

# a sub-unit may not start with these (conjunctions, prepositions, quantifiers)
_BAD_UNIT_START = re.compile(r"^(-|—|新一届|本届|上届|上一届|下届|下一届|历届|新任|[一二两三四五六七八九十]+届|联合|共同|携手|会同|配合|协助|陪同|联手|协同|偕同|委托|邀请|组织|支持|指导|主办|承办|协办|访问|参观|考察|会见|拜会|拜访|看望|出席|参加|举办|召开|前往|赴|设立|成立|抵达|率|代表团|与|和|及|以及|并|在|由|受|经过|据悉|向|对|为|的|等|相关|有关|各|下属|直属|其他|其|部分|所属|主管|同|于|是|将|已|从|地方|该"
                             # "泰国今年完成政府机构调整": a time word opens a clause, not a name
                             r"|今年|去年|明年|前年|近年|当年|同年|目前|当前|正在|已经|曾经|即将|此前|随后"
                             # "某省愿与某厅合作": a modal verb or adverb opens a predicate, not a name
                             r"|愿|希望|同意|决定|也|还|又|均|亦|一直|始终|一致"
                             # "某部感谢某国政府", "某司经与部领导研究": a verb or "经" opens a clause
                             r"|感谢|致谢|祝贺|欢迎|经(?=与|过|研究|批准|协商|由)"
                             # "某国环境部便成为首个…": a linking adverb opens the clause's predicate
                             # (便民服务中心, 就业局 keep their names)
                             r"|便(?!民|利|捷)|就(?!业)|则|却|随即|立即"
                             # "在我校西校园国际交流中心举行": a campus and a building, a venue
                             r"|[东西南北中主新老]?校(?:园|区)"
                             # "甲、乙、丙三省林业厅": a count of provinces, one such body in each
                             r"|[一二两三四五六七八九十几多数各]+(?:个)?(?:省|市|州|县|国|地|区))")
# "某国学员、某部": a person noun listed before a body, never one of a name's fields
_PERSON_ITEM = re.compile(r"(?:学员|学生|学者|专家|官员|代表|嘉宾|记者|人员|同事|朋友)、")
# a unit may not contain these (function words that never occur inside a name)
# (等 ends a list, but not in 高等 "higher": "高等教育司")
_BAD_UNIT_CHAR = re.compile(r"[由兼的了是在于将把被受、，。；：:,;“”\"《》（）()\s/]|(?<![高平同均对])等")
# verbs of a clause, never inside a unit's name: "在某国某市设立子公司", "在某市拜会某部",
# "原甲部和乙部合并组建为丙部"
_VERB_INSIDE = re.compile(r"设立|成立|完成|建成|拜会|拜访|看望|合并|组建|更名|成为|签署|签订|重视|会见|会谈|出席|参加|率团|表示|举行|召开|获批|获得|荣获"
                          # "在金边援建一座监测站": building something, a clause
                          r"|援建|承建|捐建|修建|一座"
                          # "在我校某地校区学术交流中心举行": a building on a campus, a venue
                          r"|校区|校园")
# a suffix followed by these characters is part of a longer word, not a name's end
_BAD_FOLLOW = {
    "部": "门分署长委", "处": "理置于在长", "院": "所校长士率", "局": "面势长", "司": "长局法",
    "厅": "长局", "署": "长名", "系": "统列数", "中心": "城区", "团": "长队", "政府": "间",
}
_MAX_UNIT = 16
# "红河流域", "红河干流": a place name before these is the river's, not the place's
_RIVER_PART = re.compile(r"流域|干流|支流|上游|中游|下游|河口|河段|沿岸")
# "省环科院", "市环保局": a level of local government before a short form of a national body
_LOCAL_LEVEL = "省市州县"
# a newspaper named after its country: "《晨星报》", "《某某日报》"
# "各国驻某国外交使团", "各国国家水务委员会": one body in each of many countries
_MANY_COUNTRIES_POSTED = re.compile(r"(?:各国|多国|外国|有关国家|相关国家)驻$")
_EACH = re.compile(r"(?:各国|各)$")
_PAPER_AFTER = re.compile(r"《[\u4e00-\u9fff]{1,8}(?:日报|时报|晚报|早报|周报|邮报|导报|商报|报)》")
# (贵…: the body a letter is addressed to, "贵中心")
SELF_REF = re.compile(r"(?:我|本|贵)(?:部|厅|局|委|署|院|校|所|中心|会|司|办)(?![\u4e00-\u9fff]{0,1}(?:门|分|长|员|队|落|份))")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z&]{1,9}$")
_COMPOUND_PARTNER = re.compile(r"-(?:东盟|湄公河|东南亚|南亚|中亚|东北亚|阿拉伯|非洲|拉美|中东欧|太平洋岛国|上海合作组织|"
                               r"柬埔寨|老挝|缅甸|泰国|越南|中国|印度尼西亚|印尼|马来西亚|新加坡|菲律宾|文莱|日本|韩国|德国|法国|英国|美国|澳大利亚|印度)")
_MINISTRY_LIST_GAP = re.compile(r"(?:、[\u4e00-\u9fff]{2,16}?部)+、")
# the first half of "农业、畜牧与灌溉部" is a noun, never a predicate ("联合主办、…")
_ENUM_VERB = re.compile(r"主办|承办|协办|支持|指导|举办|组织|联合|共同|参加|出席|负责|牵头|委托|代表")
_LATIN_ORG_HEAD = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z&]{1,9})(?=[\u4e00-\u9fff])")
_GLOSS = re.compile(r"[（(][A-Za-z][A-Za-z&\-. ]{0,15}[)）]")
_QUOTED = re.compile(r"《[^《》\n]{1,80}》|“[^“”\n]{1,40}”")
_ENUM_UNIT = re.compile(r"([\u4e00-\u9fff]{2,6})、([\u4e00-\u9fff]{2,10}?(?:部|司|局|署|厅|处|办公室|委员会))")
# after such a name another 、 or ， would make it an item of a list ("甲、乙部、丙部"), unless
# the next item opens with a country ("缅甸农业、畜牧与灌溉部、泰国农业与合作社部")
_ENUM_LIST_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,2}[、，]")
# ordinary words that end like an organisation ("地处", "内部", "格局")
_NOT_ORG = re.compile(r"(?:(?<!湿)地处|之处|交汇处|汇合处|交界处|入口处|出口处|各处|此处|到处|住处|好处|长处|难处|用处|相处|本部|全部|内部|外部|东部|西部|南部|北部|中部|"
                      r"局部|干部|基部|(?<!区域)(?<!地区)总部|上司|当局|报告厅|会议厅|会议中心|会展中心|展览中心|博览中心|大厅|(?<!发)展厅|餐厅|客厅|多功能厅|演播厅|宴会厅|到达厅|出发厅|候机厅|候车厅|贵宾厅|休息厅|格局|布局|结局|大局|全局|开局|僵局|时局|出院|入院|住院|医院|法院|庭院|签署|部署|体系|关系|联系|水系|派系|星系|谱系|语系|直系|母系|父系|维系|干系|世系|院系)$"
                      # "某省一处保护区", "多处": a quantifier, not an office
                      r"|^(?:省|市|州|县|区)?[一二两三四五六七八九十几多数某每另各]处$"
                      # "赴某市市郊一处园区": a place's outskirts or part, then a quantifier
                      r"|^(?:省|市|州|县|区|城)?(?:郊|郊区|郊外|近郊|远郊|内|外|境内|辖区|附近|周边|[东西南北中]部)"
                      r"[一二两三四五六七八九十几多数某每另各]处$"
                      # "我国第一部专门…法规": an ordinal and a measure word, not a body
                      r"|^第[一二三四五六七八九十百千\d]+(?:部|处|局|院|所)$"
                      # "在某国选定一处湿地": a verb, then a quantifier (an office "综合一处" keeps its name)
                      r"|(?:选取|选择|选定|确定|设立|设置|建设|建立|新建|开辟|划定|发现|找到|寻找|考察|参观|走访|"
                      r"还有|已有|共有|另有|保留|修复|恢复|布设|挑选|遴选)(?:了)?[一二两三四五六七八九十几多数某每另各]处$"
                      # "察看了某河排污口和一处泵站": a conjunction, then a quantifier
                      r"|(?:和|与|及|以及|或|、)[一二两三四五六七八九十几多数某每另各]处$"
                      # "某国政府和农业部": the government and one of its ministries, two bodies
                      r"|^(?:人民)?政府(?:和|与|及|以及|、)"
                      # "中国多所大学": a number of bodies, none named
                      r"|(?:多|数|几|[一二两三四五六七八九十\d]+)所(?:大学|高校|学院|研究所)$"
                      # "老挝中央和地方政府", "驻对方国家使馆": governments or missions in general
                      r"|(?:中央|地方|各级)(?:和|与|及)(?:地方|中央|各级)?政府$|(?:对方|各|有关|相关)国家?(?:使馆|大使馆|领事馆)$"
                      # "推进某国省级监测站建设": a class of bodies by their level, none named
                      r"|(?<!国家)(?:省级|市级|县级|州级|乡级|各级|基层)[\u4e00-\u9fff]{0,4}(?:站|中心|机构|部门|单位)$")


# the words a second name in parentheses may open with ("（亚洲…中心）"), no function word
_GLOSS_LEAD = re.compile(r"(?:(?![的在设由与和及])[\u4e00-\u9fff])*")
@dataclass
class Unit:
    text: str  # the unit as written ("水资源司"); the first unit may carry a country prefix
    subtype: str
    entry: OrgEntry | None = None
    skip: int = 0  # characters of a gloss between the previous unit and this one


@dataclass
class OrgSpan:
    start: int
    end: int
    surface: str
    country: str | None  # ISO code, None = unknown/international
    units: list[Unit]
    prefix: str = ""  # country or place prefix as written ("老挝", "云南省")
    restored: str = ""  # an elided parent put back in front ("生态环境部")
    alt: "OrgSpan | None" = None  # the B of an "A/B" name
    international: bool = False
    lead: int = -1  # characters of the surface before the first unit (a country/place prefix)
    is_alias: bool = False  # a short form ("中心", "博世科") standing for the named body
    gloss: "OrgSpan | None" = None  # "A（B）": B, another name of A given in parentheses
    acronym: str = ""  # "GIZ" of "GIZ中国代表处": a body known by its Latin abbreviation

    @property
    def chain(self) -> list[str]:
        """Full names of every organisation in the chain, outermost first."""
        out, acc = [], self.restored + self.prefix
        for u in self.units:
            acc += posted_short(u.text)
            out.append(acc)
        return out

    @property
    def name(self) -> str:
        n = self.chain[-1]
        if self.alt is not None:
            n = n + "/" + self.alt.chain[-1]
        return n

    @property
    def subtype(self) -> str:
        return self.units[-1].subtype


def _posted_abroad(text: str, sp: OrgSpan, start: int) -> OrgSpan:
    """"驻柬埔寨使馆" with no sending country named: in Chinese prose China's embassy in that
    country, not that country's own."""
    lex = lexicon()
    if not (sp.start > start and text[sp.start - 1] == "驻" and sp.prefix and len(sp.units) == 1
            and sp.units[0].subtype == "diplomatic_mission" and not sp.restored and sp.alt is None):
        return sp
    c = lex.countries.get(sp.prefix)
    china = lex.countries.get("中国")
    if c is None or c[2] != "country" or c[0] == "CN" or china is None:
        return sp
    if sp.start - 1 > start and lex.country_re.search(text, max(start, sp.start - 9), sp.start - 1):
        return sp  # a sending country named before 驻 ("老挝驻…")
    kind = "大使馆" if sp.units[0].text in ("使馆", "大使馆") else sp.units[0].text
    return replace(sp, start=sp.start - 1, surface=text[sp.start - 1:sp.end], country=china[0],
                   units=[Unit("驻" + c[1] + kind, "diplomatic_mission")], prefix=china[1], lead=0)


def posted_short(unit: str) -> str:
    """"驻泰王国大使馆" -> "驻泰国大使馆": the country a mission is posted to by its short name,
    as the sending country's formal name is shortened ("中华人民共和国" -> "中国")."""
    if "驻" not in unit:
        return unit
    return _POSTED_FORMAL().sub(lambda m: "驻" + _posted_to(m.group(1)), unit)


def _posted_to(formal: str) -> str:
    """The short name a mission's name gives the country it is posted to (China's is 华:
    "老挝驻华大使馆")."""
    key, short, _ = lexicon().countries[formal]
    return "华" if key == "CN" else short


@lru_cache(maxsize=1)
def _POSTED_FORMAL() -> re.Pattern:
    lex = lexicon()
    formal = [c for c, v in lex.countries.items()
              if v[2] == "country" and c != v[1] and not c.endswith("方") and c != "我国"]
    return re.compile("驻(" + alternation(formal).pattern + ")")


@lru_cache(maxsize=1)
def _MISSION_DELEGATION() -> re.Pattern:
    """"驻某国代表团": a permanent delegation posted to a country, the UN or a body."""
    lex = lexicon()
    where = alternation([c for c, v in lex.countries.items() if v[2] == "country" and not c.endswith("方")]
                        + ["华", "联合国", "东盟", "日内瓦", "纽约"]).pattern
    return re.compile("常?驻(?:" + where + ")代表团")


class SpanCover:
    """Whether a position lies strictly inside one of some spans (x < pos < y): a bisect on
    the sorted starts and the running maximum of the ends, where a scan of every span for
    every position was quadratic in a briefing's length."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [x for x, _ in spans]
        self._max_end = list(accumulate((y for _, y in spans), max))

    def strictly_inside(self, pos: int) -> bool:
        i = bisect.bisect_left(self._starts, pos)  # the spans that start before pos
        return i > 0 and self._max_end[i - 1] > pos


@lru_cache(maxsize=8)
def dash_norm(text: str) -> str:
    """``text`` with every dash variant as "-" (same length, so offsets hold)."""
    return hyphens(text)


def _suffix_of(text: str):
    lex = lexicon()
    m = lex.org_suffix_re.search(text)
    return m.group(0) if m else None


def _suffix_ok(text: str, end: int, suffix: str) -> bool:
    nxt = text[end:end + 1]
    if not nxt:
        return True
    bad = _BAD_FOLLOW.get(suffix[-1:], "") + _BAD_FOLLOW.get(suffix[-2:], "") + _BAD_FOLLOW.get(suffix[-3:], "")
    if nxt == "长" and text.startswith(_LONG_PLACES, end):
        return True  # "农业农村部长江流域…": the body, then a place opening with 长
    return nxt not in bad


@lru_cache(maxsize=4096)
def title_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of titles in ``text`` (not inside an organisation word such as 代表处)."""
    return titles_starting_before(text, len(text))


_ADMIN_END = re.compile(r".?[省市县州区]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


# places whose name opens with 长 (a body's name may run on into them: "某部长江…")
_LONG_PLACES = ("长江", "长沙", "长春", "长白山", "长城")
# "某部长江流域…", "水利部长江水利委员会": a ministry's body on the Yangtze, not 部长 and a name
_YANGTZE_BODY = re.compile(r"长江(?:流域|水利|经济带|委|办|口|航道|生态|中下游|上游|下游|中游|三峡|沿线|干流|水产|渔政|水文|水资源|保护)")


def titles_starting_before(text: str, stop: int) -> list[tuple[int, int]]:
    """The spans of ``title_spans(text)`` that start before ``stop`` (the scan ends there)."""
    lex = lexicon()
    out = []
    suf = lex.unit_any_re
    for m in lex.full_title_re.finditer(text):
        a, b = m.span()
        if a >= stop:
            break
        if text[a] == "系" and a > 0 and text[a - 1] != "系" and _CJK_CHAR.match(text, a - 1):
            a += 1  # "某大学环境科学系主任A": one 系 ends the department, the title is 主任
        x = suf.match(text, a)
        if x and x.end() > b:
            continue
        x = suf.match(text, b)
        if x and (len(x.group()) > 1 or x.group() in "处团会"):
            continue
        if text[b:b + 1] == "会":  # 常委会, 理事会: a body, not a title
            continue
        if text[b - 1:b] == "长" and text[b:b + 1] and text[b] in "期久远效达":
            continue  # "某部长期以来", "某司长远规划": 长期, 长远 are words, no 部长 or 司长
        if text[b - 2:b] == "部长" and _YANGTZE_BODY.match(text, b - 1):
            continue  # "农业农村部长江流域…办公室": the 长 opens 长江, no 部长
        if text[b:b + 1] == "团" and text[a:b].endswith("代表"):  # 代表团: a delegation, no one's title
            continue
        if any((x := suf.match(text, j)) and x.end() > b for j in range(max(a, b - 3), b)):
            continue
        if any((x := suf.match(text, j)) and x.end() > a and not _suffix_before_title(text, j, a)
               for j in range(max(0, a - 4), a)):
            continue  # "…委员会长江科学院": the title's first character ends a body's name
        if (x := lex.place_re.match(text, b - 1)) and x.end() > b and _ADMIN_END.match(text, x.end() - 1):
            continue  # "湖南省长沙市": the title's last character opens a city's name ("处长沙某" stays)
        out.append((a, b))
    return out


def _suffix_before_title(text: str, j: int, a: int) -> bool:
    """The body's name ends before the title too ("某中心站长": 中心 then 站长, where 中心站
    would take the title's first character; "某中心站站长" writes the station in full)."""
    return text[j:a] in lexicon().org_suffixes


def _enum_list_goes_on(text: str, pos: int, seg_end: int, limit: int) -> bool:
    """``text[pos:seg_end]`` goes on with a list separator whose next item (read up to
    ``limit``) opens with no country."""
    for k in range(3):
        la = _ENUM_LIST_GOES_ON.fullmatch(text, pos, min(seg_end, pos + k + 1))
        if la is None:
            continue
        c = lexicon().country_re.match(text, la.end(), limit)
        if c is None or lexicon().countries[c.group()][2] != "country" or c.group().endswith("方"):
            return True
    return False


def _next_unit(text: str, pos: int, limit: int, blocked: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The sub-unit starting at ``pos``: shortest run ending in a unit suffix."""
    lex = lexicon()
    seg = text[pos:min(limit, pos + _MAX_UNIT)]
    if not seg or _BAD_UNIT_START.match(seg):
        return None
    # titles near pos (``blocked`` is sorted by start)
    i = bisect.bisect_right(blocked, (pos, 1 << 60))
    if i and blocked[i - 1][0] <= pos < blocked[i - 1][1]:
        return None
    nxt_title = blocked[i][0] if i < len(blocked) else 1 << 60
    m = _ENUM_UNIT.match(seg)
    if m and _enum_list_goes_on(text, pos + m.end(), pos + len(seg), limit):
        m = None
    if (m and not _suffix_of(m.group(1)) and not _ENUM_VERB.search(m.group(1))
            and not nxt_title < pos + m.end()):
        inner = _next_unit(text, pos + m.end(1) + 1, limit, blocked)
        if inner and inner[0] == pos + m.end():
            return inner
    # a unit never runs into a title
    stop = min(len(seg), nxt_title - pos)
    m_bad = _BAD_UNIT_CHAR.search(seg[:stop])
    if m_bad:
        stop = m_bad.start()
    # "甲市水务集团与某国能源部": 与/和 before a country name joins a second party, never a name
    m_and = _AND_COUNTRY().search(seg, 1, stop)
    if m_and:
        stop = m_and.start()
    seg = seg[:stop]
    for m in lex.unit_re.finditer(seg):
        end = m.end()
        if end < 2:
            continue
        # prefer the longest suffix ending at this point ("秘书处" over "处")
        cand = seg[:end]
        suf = _suffix_of(cand)
        if suf is None:
            continue
        if not _suffix_ok(text, pos + end, suf):
            continue
        if _NOT_ORG.search(cand) or _VERB_INSIDE.search(cand):
            continue
        if len(cand) == len(suf) and suf in ("部", "司", "处", "局", "院", "厅", "署", "中心", "政府", "系", "学系"):
            continue
        return pos + end, lex.org_suffixes[suf][0]
    return None


# associations, foundations and companies (no sub-units of a parent, but parents of their
# own units: "中国电力企业联合会国际合作部", "越南电力集团可持续发展部")
_ASSOCIATION = re.compile(r"联合会|协会|学会|商会|基金会|集团(?:大众|控股|股份)?(?:股份有限公司|有限责任公司|有限公司|公司)?"
                          r"|(?:股份有限|有限责任|有限)?公司")
_PARTY_BEFORE = re.compile(r"(?:共青团|中国共产党|中共)$")
_CJK_GLOSS = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]")


# a township or district of the place before a body's name: "某县某镇"
_FINER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道|区|县)")


def _national_after(norm: str, b: int, country_starts: set[int], org_at: dict[int, str]) -> bool:
    """A body named by its country (a country head, or a known body whose name opens with
    the country) right after the place, or after a township of it: the place is where the
    body's site is, not a part of its name."""
    lex = lexicon()
    at = [b]
    m = _FINER_PLACE.match(norm, b)
    if m:
        at.append(m.end())
    for p in at:
        if p in country_starts and lex.country_re.match(norm, p) and lex.countries[lex.country_re.match(norm, p).group()][0] == "CN":
            return True
        if (w := org_at.get(p)) and lex.country_re.match(w) and not lex.place_re.match(w):
            return True
    return False


def _country_gloss(text: str, pos: int, end: int):
    """"世界自然基金会（瑞士）北京代表处": the country of a body's seat in parentheses."""
    m = _CJK_GLOSS.match(text, pos, end)
    if m:
        c = lexicon().countries.get(m.group(1))
        if c and c[2] == "country":
            return m
    return None


def _country_before(text: str, pos: int) -> tuple[int, str] | None:
    lex = lexicon()
    for n in (5, 4, 3, 2):
        if pos - n < 0:
            continue
        w = text[pos - n:pos]
        c = lex.countries.get(w)
        if c and c[2] == "country" and not w.endswith("方"):
            return pos - n, c[0]
    return None


def _place_country(name: str) -> str | None:
    lex = lexicon()
    e = lex.places.get(name)
    seen = 0
    while e is not None and seen < 4:
        if len(e.parent) == 2 and e.parent.isupper():
            return e.parent
        e = lex.places.get(e.parent)
        seen += 1
    return None


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    """The lexicon's country names (not "中方"-like sides)."""
    return tuple(c for c, v in lexicon().countries.items() if v[2] == "country" and not c.endswith("方"))


@lru_cache(maxsize=1)
def _AND_COUNTRY() -> re.Pattern:
    return re.compile("[与和](?=" + alternation(_country_names()).pattern + ")")


@lru_cache(maxsize=1)
def _COUNTRY_LIST_END() -> re.Pattern:
    """A bare country name closing a stretch (the previous item of a list of countries)."""
    return re.compile("(?:" + alternation(_country_names()).pattern + ")$")


def find_orgs(text: str, start: int = 0, end: int | None = None, titles: list[tuple[int, int]] | None = None) -> list[OrgSpan]:
    """Organisation mentions headed by a lexicon organisation, a country or a place."""
    lex = lexicon()
    end = len(text) if end is None else end
    if titles is None:
        # only titles that start before ``end`` can block a head or a unit in the stretch; the
        # masthead's organisations need no scan of the whole briefing for titles
        titles = titles_starting_before(text, end)
    norm = dash_norm(text)
    org_at: dict[int, str] = {}
    for m in lex.org_re.finditer(norm, start, end):
        suf = _suffix_of(m.group()) or ""
        if suf and not _suffix_ok(norm, m.end(), suf) and not (norm.startswith("在", m.end()) and len(m.group()) >= 6):
            continue  # ("某某办事处在大会举办": a known body's full name, then 在; no verb 处在)
        org_at[m.start()] = m.group()
    heads: list[tuple[int, int, str, object]] = []
    for a, w in org_at.items():
        heads.append((a, a + len(w), "org", None))
    for m in lex.country_re.finditer(norm, start, end):
        key, _, kind = lex.countries[m.group()]
        if kind == "country" and not m.group().endswith("方"):
            # "中国-东盟博览会秘书处", "中国-老挝…中心": a joint body named by both partners
            c = _COMPOUND_PARTNER.match(norm, m.end(), end)
            if c:
                heads.append((m.start(), c.end(), "country", (key, text[m.start():c.end()])))
                continue
            heads.append((m.start(), m.end(), "country", key))
    for m in lex.place_re.finditer(norm, start, end):
        heads.append((m.start(), m.end(), "place", m.group()))
    # "IUCN淡水专家委员会": a unit of a body known by its Latin abbreviation (not its office
    # in a country, "GIZ中国代表处", which the country head reads)
    for m in _LATIN_ORG_HEAD.finditer(norm, start, end):
        if m.group(1) in lex.latin_orgs and not lex.country_re.match(norm, m.end()) and not lex.place_re.match(norm, m.end()):
            heads.append((m.start(), m.end(), "latin", m.group(1)))
    # "我部国际合作司" in a ministry's own notice: the publisher speaking of itself
    for m in SELF_REF.finditer(norm, start, end):
        heads.append((m.start(), m.end(), "self", m.group()))
    heads.sort(key=lambda h: (h[0], -h[1]))
    in_other_head = SpanCover((h[0], h[1]) for h in heads if h[2] != "org")
    in_title = SpanCover(titles)
    country_starts = {h[0] for h in heads if h[2] == "country"}
    place_ends = {h[1] for h in heads if h[2] == "place"}
    place_at = {h[0]: h[3] for h in heads if h[2] == "place"}
    spans: list[OrgSpan] = []
    shared_after: set[int] = set()
    for a, b, kind, payload in heads:
        if spans and a < spans[-1].end:
            continue
        if kind != "org" and in_title.strictly_inside(a):
            continue  # the 泰国 of "驻泰国大使" belongs to the title
        if kind == "country" and _MANY_COUNTRIES_POSTED.search(text[max(start, a - 6):a]):
            continue  # "各国驻某国外交使团": missions of many countries, no one body
        if kind == "country" and text[max(start, a - 2):a] in ("集团", "控股") and _LEGAL_FORM.match(text, b, end):
            continue  # "某某投资集团缅甸有限公司": a group's company in that country, one name
        if kind == "place" and text[a - 1:a] == "驻" and a > start:
            continue  # "湄公河国家驻昆明总领事馆": where a mission is posted, not whose it is
        if kind == "org" and _EACH.search(text[max(start, a - 2):a]):
            continue  # "各国国家水务委员会": one such body in each country
        if kind == "country" and text[a - 1:a] == "、" and a - 1 > start and _COUNTRY_LIST_END().search(norm, max(start, a - 9), a - 1):
            shared_after.add(b)
            continue  # "甲国、乙国国家水务委员会": one such body in each listed country, not only the last's
        if kind == "org" and a in shared_after:
            continue
        if kind == "org" and in_other_head.strictly_inside(a):
            continue
        if (kind == "org" and a > start and text[a - 1] in _LOCAL_LEVEL and a not in place_ends
                and org_at[a] != lex.orgs[org_at[a]].name):
            continue  # "省环科院": a province's own institute by its short form, not the national one
        if kind == "place" and b in country_starts:
            continue  # "在金边柬埔寨环境部大楼": the city where the country's body is, not its name
        if kind == "place" and b in org_at and lex.orgs[org_at[b]].subtype == "ministry" and lex.orgs[org_at[b]].countries:
            continue  # "在曼谷自然资源与环境部总部": the capital where a national ministry sits
        if kind == "place" and _national_after(norm, b, country_starts, org_at):
            continue  # "在某县某镇中国科学院某植物园": where a national body's site is, not its name
        if kind == "place" and b in place_at and city_of(payload, place_at[b]):
            continue  # "在昆明云南大学": the city where the province's body is, not its name
        if kind == "place" and _RIVER_PART.match(norm, b):
            continue  # "红河流域水质监测站": the river named like the prefecture, no place's body
        party = _PARTY_BEFORE.search(text, max(start, a - 6), a) if kind == "place" else None
        prefix, country, kind_only = "", None, False
        if kind == "org":
            b = a
        compound = False
        acro = _ACRONYM_BEFORE.search(text, max(start, a - 12), a) if kind in ("country", "place") else None
        if kind == "country" and isinstance(payload, tuple):
            payload, compound = payload[0], True
        if kind == "country":
            prefix, country = text[a:b], payload
            km = _KIND_BEFORE_NAME.match(norm, b, end)
            if km is not None and km.end() + 4 <= end:
                # "老挝本土环保组织某某中心": the country and the kind of body, then its own
                # name, which neither is part of
                a = b = km.end()
                prefix, kind_only = "", True
        elif kind == "place":
            prefix, country = text[a:b], _place_country(payload)  # type: ignore[arg-type]
            if party is not None:
                # "共青团某省委员会", "中共某镇委员会": the party or youth league committee of the place
                a = party.start()
                prefix = text[a:b]
        units: list[Unit] = []
        pos = b
        if kind == "self":
            units.append(Unit(text[a:b], lex.org_suffixes.get(text[a + 1:b], ("other", True))[0]))
            prefix = ""
        if kind == "latin":
            le = lex.latin_orgs[payload]  # type: ignore[index]
            prefix, country = text[a:b], (le.countries[0] if len(le.countries) == 1 else None)
        paper = _PAPER_AFTER.match(text, b, end) if kind == "country" else None
        if paper:
            # "某国《晨星报》": a newspaper of that country; its desks (国际部) are no bodies
            units.append(Unit(paper.group(), "other"))
            pos = paper.end()
        if kind == "place" and norm.startswith("政府", b) and b + 2 <= end and _suffix_ok(norm, b + 2, "政府"):
            # "琅南塔省政府将…": a province's or city's government, named by the place alone
            units.append(Unit(text[b:b + 2], "local_government"))
            pos = b + 2
        if (kind == "place" and not units and norm.startswith("委", b) and text[b - 1:b] in ("省", "市", "州", "县", "区")
                and (lex.title_re.match(norm, b + 1)
                     # "共青团某省委支持": the party's or league's committee, whatever follows
                     or party is not None and not norm.startswith(("员", "托", "会", "屈", "婉"), b + 1))):
            # "共青团某省委副书记", "某市委书记": the place's (party or youth league) committee
            units.append(Unit(text[b:b + 1], "other"))
            pos = b + 1
        person = _PERSON_ITEM.match(norm, pos, end) if kind == "country" else None
        if person is not None and (org_at.get(person.end()) or _next_unit(norm, person.end(), end, titles)):
            # "某国学员、某部某司司长A": the country names the trainee and the body listed after
            pos = b = person.end()
        while pos < end and not paper:
            skip = 0
            if units:
                g = _GLOSS.match(norm, pos, end) or _country_gloss(norm, pos, end)  # "世界自然基金会（WWF）北京代表处"
                if g and (org_at.get(g.end()) or _next_unit(norm, g.end(), end, titles)):
                    skip = g.end() - pos
                    pos = g.end()
            if units or kind == "country":
                dm = _MISSION_DELEGATION().match(norm, pos, end)
                if dm is not None:
                    # "欧盟驻柬埔寨代表团", "某国常驻联合国代表团": a mission, not a travelling delegation
                    units.append(Unit(text[pos:dm.end()], "diplomatic_mission", None, skip))
                    pos = dm.end()
                    break
            lw = org_at.get(pos)
            nu = _next_unit(norm, pos, end, titles)
            if lw and nu is not None and nu[0] > pos + len(lw):
                # "某国工业联合会环境产业俱乐部": a known body whose name ends in no unit
                # suffix (联合会), then a unit of it; not one unit over both
                nu2 = _next_unit(norm, pos + len(lw), end, titles)
                if nu2 is not None and nu2[0] == nu[0]:
                    nu = None
            if lw and (nu is None or nu[0] <= pos + len(lw)):
                e = lex.orgs[lw]
                if not units and lw != e.name and lw.endswith(e.name) and lw[: len(lw) - len(e.name)] in ("中国", "中华人民共和国"):
                    # "中国水利部": the alias is the country plus the canonical name
                    k = len(lw) - len(e.name)
                    prefix, country, kind, b = "", "CN", "country", pos + k
                    pos += k
                    lw = e.name
                units.append(Unit(text[pos:pos + len(lw)], e.subtype, e, skip))
                pos += len(lw)
            elif nu is not None and (_LETTER_CLAUSE.search(norm, pos, nu[0]) or kind == "self" and (
                    _SELF_CLAUSE.search(norm, pos, nu[0]) or norm[pos:pos + 1] in _SELF_LINK)):
                break  # "我司建议与贵中心…", "某司谨向某中心…": the body speaks; no unit of it follows
            elif nu is not None:
                # "中国电力企业联合会国际合作部": an association named by its country, then its unit
                am = _ASSOCIATION.search(norm, pos, nu[0]) if not units and kind in ("country", "place") else None
                if am is not None and am.end() - pos >= 4 and _next_unit(norm, am.end(), end, titles) == nu:
                    units.append(Unit(text[pos:am.end()], lex.org_suffixes[am.group()][0], None, skip))
                    pos = am.end()
                    continue
                units.append(Unit(text[pos:nu[0]], nu[1], None, skip))
                pos = nu[0]
            else:
                pos -= skip
                break
        if not units:
            continue
        first = units[0]
        intl = False
        if first.entry is not None:
            if country is None or kind == "place":
                if len(first.entry.countries) > 1 and country is None and "CN" not in first.entry.countries:
                    pass  # a kind of body several foreign countries have, named without its country
                elif first.entry.countries:
                    country = country or first.entry.countries[0]
                else:
                    intl = True
                    country = None
        # "中国水利部" is 水利部: a prefix naming the body's own country is not part of its name
        if kind == "country" and country == "CN" and first.entry is not None and first.entry.countries and first.entry.countries[0] == country:
            prefix_in_name = ""
        elif kind == "country" and compound:
            prefix_in_name = prefix
        elif kind == "country" and kind_only:
            prefix_in_name = ""
        elif kind == "country":
            prefix_in_name = lex.country_names.get(country, prefix)  # 老挝人民民主共和国 -> 老挝
        else:
            prefix_in_name = prefix
        lead = b - a if kind not in ("org", "self") else 0
        if kind == "latin" and (units[0].entry is not None or len(units[0].text) < 3):
            continue  # "IUCN中心": too short to be a unit's name
        if (kind == "country" and country == "CN" and not compound and units[0].entry is None
                and (pm := lex.place_re.match(units[0].text)) and _place_country(pm.group()) == "CN"):
            # "中国北京某某大学": 中国 qualifies a body named by its Chinese city or province
            # (for foreign readers); it is no part of the name
            a, prefix_in_name, lead = b, "", 0
        if acro is not None and (units[0].entry is None or not units[0].entry.countries):
            # "GIZ中国代表处": the office in China of the body abbreviated GIZ, not a Chinese body
            prefix_in_name = text[acro.start():b] if kind != "country" or not compound else text[acro.start():b]
            a, country, kind = acro.start(), None, "acronym"
            le = lex.latin_orgs.get(acro.group())
            if le is not None and len(le.countries) == 1:
                country = le.countries[0]  # "GIZ中国代表处": GIZ is German
        if kind == "place":
            for u in units[:1]:
                if u.entry is None and u.subtype in ("department", "agency", "ministry", "other"):
                    u.subtype = "local_government"
        if kind == "latin":
            intl = country is None
        spans.append(OrgSpan(a, pos, text[a:pos], country, units, prefix_in_name, international=intl, lead=lead,
                             acronym=acro.group() if kind == "acronym" else (payload if kind == "latin" else "")))
    spans += _units_of_that_body(text, norm, start, end, titles, spans)
    spans.sort(key=lambda o: o.start)
    # names inside book-title marks or quotation marks belong to that title, and a body
    # followed by a year ("联合国2030年…议程") is part of another name
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]
    spans = [sp for sp in spans
             if not any(x < sp.start and sp.end < y for x, y in quoted)
             and not (sp.end < len(text) and text[sp.end].isdigit())]
    # "泰国外交部、自然资源部": a list of one government's ministries names the country once
    for prev, sp in zip(spans, spans[1:]):
        sep = text[prev.end:sp.start]
        if ((sep in ("、", "和", "及", "与") or _MINISTRY_LIST_GAP.fullmatch(sep)) and prev.country and prev.country != "CN" and prev.prefix
                and not sp.prefix and sp.lead == 0 and sp.units[0].entry is not None
                and sp.units[0].subtype == "ministry" and not sp.international):
            sp.prefix = lex.country_names.get(prev.country, prev.prefix)
            sp.country = prev.country
    # "泰国青年环保组织“绿色之手”": a body named in quotes after its kind and its country
    spans = sorted(spans + _quoted_bodies(text, norm, start, end, spans), key=lambda o: o.start)
    # "某某行动联盟（ABC）": a network or alliance known by its own acronym is a body
    spans = sorted(spans + _glossed_collectives(text, norm, start, end, spans), key=lambda o: o.start)
    # "华能柬埔寨公司": a company's brand before the country it works in opens its name
    for sp in spans:
        if sp.subtype == "company" and sp.prefix and not sp.restored and sp.start > start:
            brand = _BRAND_BEFORE.search(text, max(start, sp.start - 4), sp.start)
            if (brand is not None and (brand.start() == start or text[brand.start() - 1] in _PIECE_BOUNDARY)
                    and not lex.title_re.search(brand.group()) and not _BAD_UNIT_START.match(brand.group())
                    and not _VERB_INSIDE.search(brand.group()) and not _ENUM_VERB.search(brand.group())):
                sp.start, sp.surface, sp.prefix = brand.start(), text[brand.start():sp.end], brand.group() + sp.prefix
    # "A/B": one institution with two names
    out: list[OrgSpan] = []
    for sp in spans:
        sp = _posted_abroad(text, sp, start)
        if out and out[-1].alt is None and out[-1].end + 1 == sp.start and text[out[-1].end] in "/／":
            out[-1].alt = sp
            out[-1].end = sp.end
            out[-1].surface = text[out[-1].start:sp.end]
            continue
        # "A（B）": the second name of the same institution in parentheses
        if (out and out[-1].alt is None and out[-1].end + 1 == sp.start and text[out[-1].end] in "（("
                and text[sp.end:sp.end + 1] in ("）", ")") and len(out[-1].units) == 1 and len(sp.units) == 1
                and out[-1].subtype == sp.subtype and out[-1].units[0].entry is not None and sp.units[0].entry is not None):
            out[-1].gloss = sp
            continue
        # "某大学某研究院（亚洲某某中心）": one institution with two names ("一个机构、两块
        # 牌子"), the second in parentheses filling them (a region word may open it)
        if out and out[-1].alt is None and out[-1].gloss is None and text[out[-1].end:out[-1].end + 1] in "（(" \
                and text[sp.end:sp.end + 1] in ("）", ")") and 0 <= sp.start - (out[-1].end + 1) <= 3 \
                and _GLOSS_LEAD.fullmatch(text, out[-1].end + 1, sp.start) \
                and sp.country in (None, out[-1].country) and out[-1].country is not None:
            inner = text[out[-1].end + 1:sp.end]
            out[-1].gloss = OrgSpan(out[-1].end + 1, sp.end, inner, out[-1].country, [Unit(inner, sp.subtype)])
            continue
        out.append(sp)
    return out


# "该部林业司": a unit of the body of that kind named just before
THAT_BODY = re.compile(r"(?:该|此)(部|局|厅|署|委员会|中心|研究院|大学|学院|公司)")


def _units_of_that_body(text: str, norm: str, start: int, end: int, titles, spans: list[OrgSpan]) -> list[OrgSpan]:
    """"缅甸某部环境保护司司长A率团，成员包括该部林业司副司长B": the unit (林业司) of the
    last body of that kind (部) named before in the paragraph, with that body's country."""
    out: list[OrgSpan] = []
    for m in THAT_BODY.finditer(norm, start, end):
        if any(o.start <= m.start() < o.end for o in spans):
            continue
        nu = _next_unit(norm, m.end(), end, titles)
        if nu is None or lexicon().country_re.search(norm, m.end(), nu[0]) or lexicon().place_re.search(norm, m.end(), nu[0]):
            continue
        para = text.rfind("\n", start, m.start()) + 1
        prior = [o for o in spans if para <= o.start and o.end <= m.start() and o.alt is None and not o.is_alias]
        for o in sorted(prior, key=lambda o: o.end, reverse=True):
            k = next((k for k in range(len(o.units), 0, -1) if o.chain[k - 1].endswith(m.group(1))), 0)
            if k:
                out.append(OrgSpan(m.start(), nu[0], text[m.start():nu[0]], o.country, [Unit(text[m.end():nu[0]], nu[1])],
                                   restored=o.chain[k - 1], international=o.international, lead=m.end() - m.start()))
                break
    return out


# kinds of body that may stand before the body's own name in quotes, and the subtype each gives
_QUOTED_KINDS = {"非政府组织": "ngo", "民间组织": "ngo", "公益组织": "ngo", "组织": "ngo", "协会": "ngo",
                 "学会": "ngo", "联合会": "ngo", "联盟": "ngo", "团体": "ngo", "社团": "ngo", "俱乐部": "ngo",
                 "基金会": "foundation", "智库": "research_institute", "公司": "company"}
# what may follow the closing quote of such a name: a boundary, 的, a conjunction, a verb
# of taking part ("…“绿色河流”共同发起"), a title (checked apart)
_AFTER_QUOTED_BODY = re.compile(r"[的、，。；：,;:和与及等（(）)]|$|共同|联合|主办|承办|协办|支持|指导|发起|组织|成员|代表")


@lru_cache(maxsize=1)
def _QUOTED_BODY() -> re.Pattern:
    """A country or place, a few describing characters (no function word), a kind of body,
    then the body's name in quotation marks."""
    lex = lexicon()
    heads = [*_country_names(), *(p for p in lex.places if len(p) > 1)]
    return re.compile("(" + alternation(heads).pattern + r")(?:(?![的在和与及等])[\u4e00-\u9fff]){0,10}?(?:"
                      + alternation(_QUOTED_KINDS).pattern + r")“([^“”\n，。、；]{2,16})”")


# a verb with a direction complement closes a slogan ("走出去", "请进来"), never a body's name
_SLOGAN_VERB = re.compile(r"(?:出去|进来|出来|起来|下去|回来|进去|上去)$")


def _quoted_bodies(text: str, norm: str, start: int, end: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """"来自泰国青年环保组织“绿色之手”的…": the quoted name is the body's (its country the one
    named before its kind); the mention runs from the country to the closing quote."""
    lex = lexicon()
    out: list[OrgSpan] = []
    for m in _QUOTED_BODY().finditer(norm, start, end):
        if not (_AFTER_QUOTED_BODY.match(norm, m.end()) or lex.title_re.match(norm, m.end())) or any(o.start < m.end() and m.start() < o.end for o in spans):
            continue
        head = m.group(1)
        c = lex.countries.get(head)
        country = c[0] if c is not None and c[2] == "country" else _place_country(head)
        if country is None:
            continue
        kind = norm[m.start(2) - 1 - max(len(k) for k in _QUOTED_KINDS):m.start(2) - 1]
        sub = next((v for k, v in sorted(_QUOTED_KINDS.items(), key=lambda kv: -len(kv[0])) if kind.endswith(k)), "ngo")
        name = text[m.start(2):m.end(2)]
        if any(name.endswith(h) for h in (*lex.initiative_heads, *lex.event_heads)):
            continue  # "某组织“某某行动计划”": a programme the body runs, not its name
        if _SLOGAN_VERB.search(name):
            continue  # "环保组织“走出去”的尝试": a slogan of what the bodies do, no name
        out.append(OrgSpan(m.start(), m.end(), text[m.start():m.end()], country, [Unit(name, sub)],
                           lead=m.start(2) - m.start()))
    return out


# a network or alliance followed by its own Latin acronym in parentheses ("…行动联盟（ABC）")
_GLOSSED_COLLECTIVE = re.compile(r"(?:网络|联盟)(?=[（(]\d?[A-Z][A-Za-z0-9&]{1,11}[)）])")
# the kind of body set before its name ("某国本土社会组织某某网络"): an apposition, no part of it
_KIND_BEFORE = re.compile(r"^.*?(?:组织|机构)(?=.{4})")


def _glossed_collectives(text: str, norm: str, start: int, end: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """"某国本土社会组织甲河保护网络（ABC）", "乙行动联盟（DEF）": a network or alliance that
    gives itself an acronym is a member body (an NGO), not a programme; the kind of body
    before it is an apposition, and a body that names no country (nor a region) belongs to the
    non-Chinese country named last before it in the sentence (a local civil-society body)."""
    out: list[OrgSpan] = []
    for m in _GLOSSED_COLLECTIVE.finditer(norm, start, end):
        if any(o.start < m.end() and m.start() < o.end for o in spans):
            continue
        sp = standalone_org(text, m.end(), start)
        if sp is None or sp.start > m.start() - 2:
            continue
        k = _KIND_BEFORE.match(sp.surface)
        if k is not None:
            a = sp.start + k.end()
            sp = OrgSpan(a, sp.end, text[a:sp.end], sp.country, [Unit(text[a:sp.end], sp.subtype)])
        if text[sp.start - 1:sp.start] == "”" or len(sp.surface) < 4:
            continue  # "“某某研究网络”（ABC）框架下": a named programme
        if sp.country is None and not _INTL.search(sp.surface):
            sp.country = _local_country_before(text, sp.start, text.rfind("。", 0, sp.start) + 1)
        out.append(sp)
    return out


# function words that cannot be inside a name: the piece starts after the last one
_CUT_WORD = re.compile(r"由|在|受|为|得到|经过|据悉|根据|按照|依照|依据|来自|其中|包括|以及|了|听取|会见|拜会|看望|到访|访问|走访|参观|考察|来到|抵达|前往|陪同|会同|邀请|感谢|谢谢|致谢|祝贺|欢迎|建议|请联系"
                       # "某国家公园周边的某社区合作社": where the body is, a phrase before its name
                       r"|(?:周边|附近|周围|一带|沿岸|沿线|境内|当地)的"
                       # "回顾了两年来网络组织…": a span of time, no part of a name
                       r"|[一二两三四五六七八九十多\d]+年(?:来|间)|以来")
_QUOTED_OPENING = re.compile(r"^“[^“”]{1,10}”")
_PARTY_JOIN = re.compile(r"与|和|及|联合(?!国)|携手|会同")  # "中心联合某大学编写"


_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司|分公司|公司")
_PARTY_ROLE_OPENING = re.compile(r"(?:项目|工程)?(?:总承包方|总承包商|承包方|承包商|业主方|业主单位|投资方|建设方|施工方|运营方|出资方|甲方|乙方)")


def _after_first_party(text: str, a: int, end: int) -> tuple[int, str]:
    """"我校与某大学", "甲学院和乙大学": 与/和/及 right after a body's own name (a unit suffix,
    or 我校/本院 …) joins a second body, whose name starts after it ("生态与环境学院": 生态
    ends in no suffix, so the 与 is inside one name). The start and the piece after the cut."""
    piece = text[a:end]
    for m in _PARTY_JOIN.finditer(piece):
        k = m.start()
        if k < 2 or m.end() > len(piece) - 2:
            continue
        left = hyphens(piece[:k])
        suf = _suffix_of(left)
        self_ref = SELF_REF.search(left)
        # (or a bare body before a country's: "中心与泰国某大学")
        if ((suf is not None and len(left) > len(suf) and not _NOT_ORG.search(left)) or (self_ref and self_ref.end() == k)
                or left.endswith(_PARTY_WORDS)  # "代表团与某司": the delegation, then the body met
                or left in ("中心", "该中心", "本中心")  # "中心与某大学…签署": the centre by its short name
                or _person_named_before(text, a, left)  # "某某与某司司长某某代表双方签字"
                or (suf is not None and m.group() != "及" and _AND_COUNTRY().match(piece, k))):
            return _after_first_party(text, a + m.end(), end)
    return a, piece


_HAN3 = re.compile(r"[\u4e00-\u9fff]{3}")


def _person_named_before(text: str, a: int, left: str) -> bool:
    """A three-character name with a surname that the text has already given (after a
    title: "中心主任某某"): a person, the first party of "某某与某司司长…", no part of a name."""
    if not (len(left) == 3 and _HAN3.fullmatch(left) and left[0] in lexicon().surnames):
        return False
    k = text.rfind(left, 0, a)
    return k >= 0 and text[k + 3:k + 4] != "与"


# a company's brand: two to four characters, no function word, no body's suffix
_BRAND_BEFORE = re.compile(r"(?:(?![的和与及在等由为是了、])[\u4e00-\u9fff]){2,4}$")
_PARTY_WORDS = ("代表团", "访问团", "考察团", "双方", "中方", "外方", "各方")
# what a body speaking of itself does next ("我司建议与…", "我部谨向…", "我司期待与…")
_SELF_CLAUSE = re.compile(r"建议|期待|希望|谨|愿|[与向和对](?:贵|我|本)")
_SELF_LINK = frozenset("与向和对及把将为在")
# a letter's formulas after its sender's name ("某司谨向某中心致以问候")
_LETTER_CLAUSE = re.compile(r"谨向|谨代表|谨以|致以")
_PIECE_BOUNDARY = frozenset("，。、；：:,;“”\"《》（）()【】 \t\n\u3000/")


#: what joins two items of one list of bodies ("A司、B司", "A学院及B学院")
LIST_JOIN = re.compile(r"、|以及|及|和")


def elided_parent(prev: OrgSpan, sp: OrgSpan) -> str | None:
    """The parent a bare unit listed after ``prev`` shares with it ("某部甲司、乙司": 某部;
    a third item shares the parent the second had restored), or None when ``sp`` names a
    body of its own (a country or place in it, a known body, another kind of unit)."""
    lex = lexicon()
    if (len(sp.units) == 1 and sp.units[0].entry is None and not prev.alt
            and (len(prev.units) >= 2 or prev.restored)
            and sp.units[0].subtype == prev.units[-1].subtype
            and not lex.country_re.search(sp.surface) and not lex.place_re.search(sp.surface)):
        return prev.chain[-2] if len(prev.units) >= 2 else prev.restored
    return None


_SEAT_LEGAL = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?)(?:股份有限公司|有限责任公司|有限公司|公司|集团)$")


def _is_seat(name: str) -> bool:
    lex = lexicon()
    c = lex.countries.get(name)
    return (c is not None and c[2] == "country" and not name.endswith("方")) or name in lex.places


def _former_of(s: str, pos: int) -> bool:
    """Whether ``s[pos:]`` opens like a body's name: a known body, a country, a place, a level."""
    lex = lexicon()
    return bool(lex.org_re.match(s, pos) or lex.country_re.match(s, pos) or lex.place_re.match(s, pos)
                or s.startswith(("国家", "自治区", "省", "市"), pos))


_COUNTY_OPENING = re.compile(r"[\u4e00-\u9fff]{1,4}?[县区](?=[\u4e00-\u9fff])")
# the kind of a local body written before its name ("本土社会组织", "当地环保组织", "民间环保机构", "本土企业")
_KIND_BEFORE_NAME = re.compile(r"(?:本土|当地|民间|基层)(?:社会|环保|环境|公益|社区|青年|妇女|非政府)?(?:组织|机构|企业|团体)")


def city_of(city: str, province: str) -> bool:
    """Whether ``city`` lies in ``province`` (a city written before its own province's name
    is where something is: "昆明云南大学", not a body of Kunming)."""
    lex = lexicon()
    c, p = lex.places.get(city), lex.places.get(province)
    return c is not None and p is not None and c.kind == "city" and p.kind == "province" and c.parent == p.name


def county_country(text: str, name: str, before: int) -> str | None:
    """The country of a county the gazetteer does not know: that of the province or city the
    briefing names it under ("老挝丰沙里省约乌县" … "约乌县县长"), else None."""
    lex = lexicon()
    # "木姐县": a town the gazetteer knows under its bare name, abroad
    e = lex.places.get(name[:-1]) if len(name) >= 3 else None
    if e is not None and len(e.parent) == 2 and e.parent.isupper() and e.parent != "CN":
        return e.parent
    i = text.find(name)
    while 0 <= i < before:
        for k in range(2, 8):
            e = lex.places.get(text[max(0, i - k):i])
            if e is not None and i - k >= 0:
                return e.parent if len(e.parent) == 2 and e.parent.isupper() else "CN"
        i = text.find(name, i + 1)
    return None


def _kind_opening(s: str) -> tuple[int, str | None] | None:
    """Where the kind of a local body opening ``s`` ends ("老挝本土社会组织…": first, or after
    its country, not "某国际民间组织合作促进会"), and the country it names."""
    m = _KIND_BEFORE_NAME.search(s)
    if m is None:
        return None
    if m.start() == 0:
        return m.end(), None
    lex = lexicon()
    c = lex.country_re.match(s)
    if c is None or c.end() != m.start():
        return None
    key, _, kind = lex.countries[c.group()]
    return m.end(), (key if kind == "country" else None)


def names_kind(s: str) -> bool:
    """``s`` is only the kind of a local body, with its country ("老挝本土社会组织"): what
    :func:`standalone_org` reads past before the body's name."""
    k = _kind_opening(s)
    return k is not None and k[0] == len(s)


def standalone_org(text: str, end: int, start_limit: int) -> OrgSpan | None:
    """An organisation without a known head that ends at ``end`` (right before a title or a
    role verb): the run back to the previous boundary, if it ends in an organisation suffix."""
    lex = lexicon()
    sm = lex.org_suffix_re.search(text, max(0, end - 4), end)
    if sm is not None and not _suffix_ok(text, end, sm.group()):
        return None  # "某办事处生态系统协调员": 系 opens the word 系统, ends no department
    a = end
    lo = max(start_limit, end - 24)
    while a > lo and text[a - 1] not in _PIECE_BOUNDARY:
        a -= 1
    # "华澜能源（老挝）有限公司": a company's country or city of registration in parentheses
    seat = _CJK_GLOSS.search(text, max(0, lo - 8), a) if text[a - 1:a] in ("）", ")") else None
    if seat is not None and seat.end() == a and _SEAT_LEGAL.match(text, a, end) and _is_seat(seat.group(1)):
        a = seat.start()
        while a > lo - 8 and a > 0 and text[a - 1] not in _PIECE_BOUNDARY:
            a -= 1
        if a == seat.start():
            seat, a = None, seat.end()
    else:
        seat = None
    piece = text[a:end]
    # cut at the last function word that cannot be inside a name
    a0, piece0 = a, piece
    for m in _CUT_WORD.finditer(piece0):
        if m.end() < len(piece0) - 1:
            a = a0 + m.end()
            piece = text[a:end]
    a, piece = _after_first_party(text, a, end)
    # "老挝本土社会组织某某协会承办": the kind of body, then its name; the kind's country is
    # the body's
    # "总承包方某某工程有限公司": the party's part in a contract, then its name
    pm = _PARTY_ROLE_OPENING.match(piece)
    if pm is not None and len(piece) - pm.end() >= 4:
        a += pm.end()
        piece = piece[pm.end():]
    kind_country = None
    k = _kind_opening(piece)
    if k is not None and len(piece) - k[0] >= 4:
        kind_country = k[1]
        a += k[0]
        piece = piece[k[0]:]
    # "“一带一路”绿色发展国际联盟": a quoted name opening the body's name
    if text[a - 1:a] == "”":
        q = text.rfind("“", max(0, a - 12), a - 1)
        if q >= 0 and q >= start_limit:
            a = q
            piece = text[a:end]
    while piece[:1] in ("及", "和", "与", "、", "并") and len(piece) > 1:
        a += 1
        piece = piece[1:]
    # "原环境保护部对外合作中心": a body under its former name; 原 is no part of the name
    if piece[:1] == "原" and _former_of(hyphens(piece), 1):
        a += 1
        piece = piece[1:]
    a_cjk = a
    a = _latin_place_opening(text, a, max(start_limit, end - 40))
    piece = text[a:end]
    piece_n = hyphens(piece)
    if len(piece) < 2:
        return None
    suf = _suffix_of(piece_n)
    if suf is None or len(piece) == len(suf):
        return None
    core = _QUOTED_OPENING.sub("", piece)
    if seat is not None:
        core = core.replace(seat.group(), "")
    c = lex.country_re.match(piece)
    if c and c.group().endswith("方"):
        return None  # "越方中心": the partner's centre named before, not a name
    chk = core[a_cjk - a:]  # the Latin place opening the name has its spaces
    if _BAD_UNIT_START.match(chk) or _BAD_UNIT_CHAR.search(chk) or _NOT_ORG.search(piece):
        return None
    # decompose into units where possible ("河海大学" + "国际合作处")
    units, pos = [], a
    while pos < end:
        nu = _next_unit(dash_norm(text), pos, end, [])
        if nu is None:
            break
        units.append(Unit(text[pos:nu[0]], nu[1]))
        pos = nu[0]
    if pos != end or not units or core != piece:
        units = [Unit(piece, lex.org_suffixes[suf][0])]
    country = guess_country(seat.group(1) if seat is not None else units[0].text) or guess_country(units[0].text)
    if kind_country is not None and not lex.country_re.match(piece) and not lex.place_re.match(piece):
        country = kind_country
    cm = _COUNTY_OPENING.match(piece) if country == "CN" and not lex.place_re.match(piece) else None
    if cm is not None:
        country = county_country(text, cm.group(), a) or country  # "某国某省甲县…甲县政府"
    if _LATIN_PLACE_WORD.match(piece) and not lex.country_re.search(piece) and not lex.place_re.search(piece):
        country = _local_country_before(text, a)
    if piece[:1] in "省市州县" and not lex.place_re.match(piece):
        # "某国甲省副省长…和省环境厅厅长": 省/市 alone is the province or city last named,
        # and its department belongs to that place's country
        last = None
        for pm in lex.place_re.finditer(text, max(0, a - 400), a):
            last = pm
        if last is not None:
            country = _place_country(last.group()) or country
    return OrgSpan(a, end, piece, country, units, lead=0)


# "Koh Snaeng社区渔业委员会": a local body named after its village or district in Latin script;
# title-case words (a place), not an acronym (GIZ, WWF), open its name
_LATIN_PLACE_WORD = re.compile(r"[A-Z][a-z\u00E0-\u024F\u1E00-\u1EFF]+(?=[ \u00A0]|[\u4e00-\u9fff])")
_LATIN_PLACE_RUN = re.compile(r"(?:[A-Z][a-z\u00E0-\u024F\u1E00-\u1EFF]+[ \u00A0]){1,3}$")


def _latin_place_opening(text: str, a: int, lo: int) -> int:
    """Where a body's name opens when a Latin place name of several words ends right before
    ``a`` ("Koh Snaeng社区…": the walk back stopped at the space inside it)."""
    if not _LATIN_PLACE_WORD.match(text, a) or text[a - 1:a] not in (" ", "\u00A0"):
        return a
    m = _LATIN_PLACE_RUN.search(text, lo, a)
    if m is None or (m.start() > 0 and text[m.start() - 1] not in _PIECE_BOUNDARY - {" ", "\u00A0"}):
        return a
    return m.start()


def _local_country_before(text: str, a: int, lo: int | None = None) -> str | None:
    """The country of a body named in Latin script: a Chinese body is never so named, so the
    country or Mekong place named last before it (not China), from ``lo`` on."""
    lex = lexicon()
    best = None
    for rx in (lex.country_re, lex.place_re):
        for m in rx.finditer(text, max(0, a - 600) if lo is None else lo, a):
            c = (lex.countries[m.group()][0] if lex.countries[m.group()][2] == "country" else None) \
                if rx is lex.country_re else _place_country(m.group())
            if c and c != "CN" and (best is None or m.start() > best[0]):
                best = (m.start(), c)
    return best[1] if best else None


_INTL = re.compile(r"国际|世界|全球|亚洲|亚太|联合国|东盟|湄公河|澜湄|欧洲|非洲|美洲|太平洋|大自然|自然保护")


# what a national body does, not where it belongs: "国家某某战略研究和国际合作中心"
_INTL_ACTIVITY = re.compile(r"国际(?:合作|交流)")


def guess_country(name: str) -> str | None:
    """Country of an organisation no lexicon knows: a country or place named in it, else
    China for a Chinese-named government, academic or business body without an
    international marker."""
    lex = lexicon()
    m = lex.country_re.search(name)
    if m and lex.countries[m.group()][2] == "country":
        return lex.countries[m.group()][0]
    m = lex.place_re.search(name)
    if m:
        c = _place_country(m.group())
        if c:
            return c
    if name.startswith(("中华", "全国")):
        return "CN"  # "中华环保联合会", "全国某某协会": a national body of China
    suf = _suffix_of(name)
    if suf in ("股份有限公司", "有限责任公司", "有限公司"):
        return "CN"  # a company of Chinese company law ("某某国际工程有限公司"), whatever its name says
    if _INTL.search(_INTL_ACTIVITY.sub("", name)):
        return None
    if suf and lex.org_suffixes[suf][0] in ("ministry", "department", "agency", "local_government",
                                             "research_institute", "company", "cooperation_center", "other"):
        return "CN"
    return None

