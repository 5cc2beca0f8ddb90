"""Putting one briefing's findings together: entity keys, merging of variants within the
briefing, mentions and facts with sentence spans."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import itemgetter

from ..model import Briefing, Entity, Extraction, Fact, Mention
from . import background as bg
from .events import (CLAUSE_PUNCT, DATELINE, dateline, duration_days, event_format, event_name, event_subtype, find_dates, find_place,
                     is_deadline, long_before, opening_day, parse_date, participants, roles, secondary_event, shift_date, topics, venue_place)
from .lexicon import lexicon, norm_name
from .mentions import find_documents, find_initiatives
from .orgs import LIST_JOIN, SELF_REF, OrgSpan, Unit, _next_unit, city_of, dash_norm, elided_parent, find_orgs, standalone_org, title_spans
from .people import LATIN_NAME, STRONG_STOP, after_honorific, find_posts, latin_key, parse_name, plausible_name, same_person
from .speakers import speakers_in_sentence, speech_type, statement
from .tables import table_posts
from .text import BYLINE, INTERVIEW_HEAD, Sentence, layout, split_sentences

__all__ = ["Builder", "build"]

# side events: "同日，…举办了X展", "同日，A与B共同启动“X”"
_DURING_DAY = re.compile(r"期间的$")
# "上半年，…先后举办了3期培训班": a part of the year opening the lead's sentence dates the
# event by its year only
_PART_OF_YEAR = re.compile(r"\s*(?:(\d{4})年)?(?:上半年|下半年|年初|年中|年底|年末|年内)[，,]")
_SIDE_EVENT = re.compile(r"^(?:同日|当日|同期|会议期间|论坛期间|期间)[^，,]{0,4}[，,]?(.+?)(?:举办|举行|召开)(?:了)?([^，。]{2,40})")
# "同日下午，某某论坛在某市举行": the side event named before its place and verb
_SIDE_SUBJECT = re.compile(r"^(?:同日|当日|同期|会议期间|论坛期间|期间)[^，,]{0,4}[，,]([^，。；]{2,40}?)(?:在|于)[^，。；]{1,20}?(?:举办|举行|召开|开幕)")
_SIDE_LAUNCH = re.compile(r"^(?:同日|当日|同期|会议期间|论坛期间|期间)[^，,]{0,4}[，,]?.+?启动(?:了)?[“\"]([^”\"]{2,60})[”\"]")
_PRONOUN_SPEECH = re.compile(r"^[他她](?:还|也|则|同时|进一步)?(?:在[^，。]{1,12}?中)?(表示|指出|强调|认为|介绍|说|称|提出|建议)")
_ROLE_SENTENCE = re.compile(r"由.+?(主办|承办|协办|指导|举办|组织|支持)|(?:联合|共同)(?:主办|举办)|的(大力)?支持下|(主办|承办|协办|支持|指导)(单位|方)"
                            # "中心支持的某项目在金边启动", "中心支持某部在某地举办…"
                            r"|^[^，。]{0,12}[，,][^，。的]{2,30}?支持(?:的[^，。]{2,60}?在[^，。]{2,12}?(?:正式)?(?:启动|举办|举行|召开|开幕)"
                            r"|[^，。的]{2,30}?在[\u4e00-\u9fff]{1,12}?(?:举办|召开|举行))")
_THAT_POST = re.compile(r"(?:该|这个|此)(司|处|局|部|中心|厅|院|所|委员会|办公室|秘书处|机构)(副?(?:司长|处长|局长|部长|主任|厅长|院长|所长|秘书长|负责人))")
_PAREN_ALIAS = re.compile(r"[（(]((?:[A-Z][A-Za-z&\-]{1,11})|(?:[\u4e00-\u9fff]{2,8}))[)）]"
                          # "…研究所（Some Growth Institute, SGI）": the English name, then the acronym
                          r"|[（(][A-Za-z][A-Za-z\s&\-.'’]{3,90}[,，]\s*([A-Z][A-Za-z&\-]{1,11})[)）]")


_ON_BEHALF = re.compile(r"代表[^，。；]{0,10}?(?:发言|致辞|讲话)")
# "A作为获奖者代表在开幕式上发言": the capacity one speaks in, then the speech
_AS_ROLE = re.compile(r"作为[^，。；]{1,14}?(?:发言|致辞|讲话)")
_AFTER_NAME = re.compile(r"[、，,和及与]|分别|先后|也|则|还|在|" + _ON_BEHALF.pattern + "|" + _AS_ROLE.pattern)
_ROLE_NOUN = re.compile(r"(?:青年|资深|年轻|知名)?(?:学员|学生|青年代表|代表|专家|学者|研究人员|技术人员)")

# patterns used at run time, compiled once here (re's own cache costs a lookup per call)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LINE = re.compile(r"[^\n]+")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}$")
# a transliterated name of two parts, each of two characters or more ("宋蓬·因塔翁")
_DOTTED_PARTS = re.compile(r"([\u4e00-\u9fff]{2,6})[·•・]([\u4e00-\u9fff]{2,6})")
# a Burmese honorific before a name of three syllables or more ("吴登貌纽", "杜妙妙丹")
_BURMESE_HONORIFIC = re.compile(r"(?:吴|杜|道)(?=[\u4e00-\u9fff]{3,})")


def _short_forms(persons: list[dict], names: dict[str, str]) -> dict[str, str]:
    """Re-mentions of a transliterated name by one part of it: a Thai or Lao given name
    ("披猜·通素" … "披猜介绍说"), a Western family name ("哈特曼表示"), a Burmese name without
    its honorific ("吴登貌纽" … "登貌纽表示"). Only parts one person of the briefing has, and
    no other person's name."""
    found: dict[str, set[str]] = {}
    for p in persons:
        for n in [p["name"], *p["aliases"]]:
            parts = _DOTTED_PARTS.fullmatch(n)
            if parts:
                for part in parts.groups():
                    found.setdefault(part, set()).add(p["key"])
            elif _BURMESE_HONORIFIC.match(n) and _CJK_NAME.match(n) and len(n) >= 4:
                found.setdefault(n[1:], set()).add(p["key"])
    return {n: next(iter(ks)) for n, ks in found.items() if len(ks) == 1 and n not in names}
_NAME_DOT = re.compile(r"[·•・˙‧]")
_ISO2 = re.compile(r"[A-Z]{2}")
_CAPS_ACRONYM = re.compile(r"[A-Z]{2,8}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&\-.]*")
_SPACES = re.compile(r"\s+")
_DE = re.compile("的")
_FIRST_YEAR = re.compile(r"(20\d\d|19\d\d)年")
_FIRST_TIME_YEAR = re.compile(r"(20\d\d|19\d\d)年(?![后前以起至的议愿目])")
_FILE_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")
# "驻泰国大使" -> "大使": the title a surname is also called by
_POSTING = re.compile(r"^驻\S{1,3}?(?=大使|总领事|代表)")
# a company's short name: province prefix and industry/legal suffix dropped ("博世科")
_COMPANY_SHORT = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|市)?)?([\u4e00-\u9fff]{2,4}?)(?:环保|环境|科技|技术|能源|电力|水务|生态|投资|建设|工程|新能源)+.*(?:股份有限公司|有限责任公司|有限公司|公司|集团)$")
# a sentence opening with its day, and one opening with "the same day"
_DAY_OPENING = re.compile(r"\s*(?:[●•·\-]\s*|\d{1,2}[.．、]\s*)?((?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)")
_SAME_DAY_OPENING = re.compile(r"\s*(?:当天|当日|同日)")
_OPENS_WITH_DATE = re.compile(r"\s*(?:[（(]?\d{1,2}月)?\d{0,2}日?|\s*(?:此前一天|前一天|次日|第二天|翌日)")
# the close of an event already reported, or its closing ceremony ("研修班结业仪式在某地举行",
# "培训班举行结业典礼")
_CLOSES_EVENT = re.compile(r"[，,]?[^，,。；]{0,12}?(?:(?:结营|闭营|闭幕|结业|落幕|圆满结束|收官|闭班)[，,。；]|"
                           r"(?:结营|闭营|闭幕|结业|闭班)(?:仪式|式|典礼)"
                           # "…出境，结束在云南的访问": the end of the visit already reported
                           r"|结束[^，,。；]{0,10}?(?:访问|考察|行程|之行))")
_TRIP = re.compile(r"赴[\u4e00-\u9fff]{1,8}?[省市州县区]")
# the subject of a clause ending right before its verb: "，某某交流会在京" (a place phrase may follow)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_SUBJECT_EVENT = re.compile(r"(?:^|[，,；])([\u4e00-\u9fff“”《》（）、\d\-—]{2,40}?)(?:(?:在|于)[\u4e00-\u9fff]{1,14})?"
                            # "…会议以视频方式举行": the manner between the event and its verb
                            r"(?:以[\u4e00-\u9fff]{1,8}?(?:方式|形式))?$")
_SUBJECT_BY = re.compile(r"(?:本次|本期|该)?([\u4e00-\u9fff]{2,6}?)由")


def affiliated_name(text: str, i: int, end: int, org_ends: set[int]):
    """The name after "ORG的" at ``i`` (the 的), when it ends in a list separator or its
    predicate: "清华大学的陈某、…", "…大学的Ann LEE分别就…发言"."""
    if i not in org_ends:
        return None
    j = i + 1
    # "来自某国水利部的学生A代表各国学生讲话": a role word that is no title may come between
    r = _ROLE_NOUN.match(text, j, end)
    if r and text[max(0, i - 40):i].rfind("来自") >= 0 and LATIN_NAME.match(text, r.end(), end):
        j = r.end()
    pn = parse_name(text, j, end)
    if pn is None or not plausible_name(pn.name):
        return None
    if _CJK_CHAR.search(pn.name):
        # a Chinese name has 2-4 characters, a transliterated one ("宋帕·占塔拉") is longer
        if not (3 <= len(pn.name) <= 16 if _NAME_DOT.search(pn.name) else 2 <= len(pn.name) <= 4):
            return None
        if len(pn.name) == 4 and not _NAME_DOT.search(pn.name) and pn.name[:2] not in lexicon().surnames:
            return None  # "发挥面向东盟的区位优势": four characters after 的 with no two-character surname

    elif len(pn.name.split()) < 2:
        return None  # "中心的GEF项目": an acronym, not a person
    if text[pn.end:pn.end + 1] == "的" or (lexicon().title_re.match(text, pn.end)
                                          and not _ON_BEHALF.match(text, pn.end)):
        return None
    if not (_AFTER_NAME.match(text, pn.end) or STRONG_STOP.match(text, pn.end) or lexicon().speech_re.match(text, pn.end)):
        return None
    return pn


# what may stand before a participant's role noun: a boundary, 中方/老方, 的
_ROLE_OPENS = re.compile(r"[，。；、：,;:和与及]$|[\u4e00-\u9fff]方$|的$")
# (a Vietnamese given name may open with a capital beyond ASCII: "Đinh")
_GIVEN_NAME = re.compile(r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F][a-z\u00E0-\u024F]+"
                         r"(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F]+)*")
# role nouns of participants that are no posts: camp members, trainees, rangers, volunteers,
# students (研究生院 is a graduate school, not a student), photographers, artists and teachers
_PARTICIPANT = re.compile(r"(?:青年)?(?:营员|学员|巡护员|护林员|志愿者|留学生|学生|(?:研究|博士|硕士)生(?!院)|村民|摄影师|艺术家|画家|教师)"
                          r"(?=[A-Za-z\u00C0-\u024F\u4e00-\u9fff])")


def _after_unit(text: str, pos: int, start: int) -> bool:
    """A list item's bare unit ends at ``pos`` ("、林学院青年教师某某"): a body no head names,
    after a list separator."""
    sp = standalone_org(text, pos, max(start, pos - 12))
    return sp is not None and text[sp.start - 1:sp.start] in ("、", "，", ",")


def participant_name(text: str, m: re.Match, start: int, end: int, org_ends: set[int] = frozenset()):
    """The name right after a participant's role noun ("越南营员Ann发言"), when the role noun
    opens the phrase (after a boundary, a country or 中方/老方) or follows the body the person
    comes from ("某大学某学院研究生Ann LEE代表…发言"), and the name ends in a list separator or
    its predicate."""
    lex = lexicon()
    before = text[max(start, m.start() - 5):m.start()]
    if m.start() > start and not (_ROLE_OPENS.search(before) or m.start() in org_ends
                                  or lex.country_re.search(before) and lex.country_re.search(before).end() == len(before)
                                  or _after_unit(text, m.start(), start)):
        return None
    pn = parse_name(text, m.end(), end)
    if pn is None or not plausible_name(pn.name):
        return None
    if _CJK_CHAR.search(pn.name):
        if not 2 <= len(pn.name) <= 3:
            return None
    elif not _GIVEN_NAME.fullmatch(pn.name):
        return None  # "学员SAM": an acronym, or a word in capitals, is no given name alone
    if not (_AFTER_NAME.match(text, pn.end) or STRONG_STOP.match(text, pn.end) or lex.speech_re.match(text, pn.end)):
        return None
    return pn


# "林某（Ann LIN）表示，…": a Chinese name given with its Latin form, opening a clause
_GLOSSED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}（[A-Z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*)+）")
_SPEAKS_AFTER = re.compile(r"(?:在[^，。；]{0,15}?[上中])?")


def glossed_speaker(text: str, m: re.Match, start: int, end: int):
    """The person of a clause that opens with a name and its Latin form and goes on to speak
    ("林某（Ann LIN）表示", "…在发言中指出"): the gloss marks a person's name, so no title is needed."""
    if m.start() > start and text[m.start() - 1] not in "，。；：\n":
        return None
    pn = parse_name(text, m.start(), end)
    if pn is None or text[pn.end:pn.end + 1] != "（" or not pn.aliases or not plausible_name(pn.name):
        return None
    if lexicon().org_suffix_re.search(pn.name):
        return None
    after = _SPEAKS_AFTER.match(text, m.end(), end).end()
    return pn if lexicon().speech_re.match(text, after) else None


class Builder:
    def __init__(self, briefing: Briefing):
        self.b = briefing
        self.text = briefing.text
        self.entities: dict[str, dict] = {}
        self.facts: dict[tuple, Fact] = {}
        self.mentions: set[tuple[str, str, int, int]] = set()
        self._countries: set[str] = set()  # codes whose country entity is made

    # --- entities -------------------------------------------------------------------
    def entity(self, key: str, kind: str, name: str, subtype: str | None = None,
               aliases=(), attrs=()) -> str:
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = {"kind": kind, "name": name, "subtype": subtype,
                                      "aliases": set(), "attrs": dict(attrs)}
        elif subtype and not e["subtype"]:
            e["subtype"] = subtype
        for a in aliases:
            if a and a != e["name"]:
                e["aliases"].add(a)
        for k, v in attrs:
            e["attrs"].setdefault(k, v)
        return key

    def mention(self, key: str, start: int, end: int, alias: bool = True) -> None:
        if 0 <= start < end <= len(self.text):
            self.mentions.add((key, self.text[start:end], start, end))
            surf = self.text[start:end]
            e = self.entities.get(key)
            if alias and e is not None and surf != e["name"]:
                e["aliases"].add(surf)

    def fact(self, kind: str, subject: str, obj: str | None = None, value: str | None = None,
             span: tuple[int, int] = (0, 0), confidence: float = 1.0, extra=()) -> None:
        k = (kind, subject, obj, value)
        if k in self.facts:
            return
        self.facts[k] = Fact(kind, subject, obj, value, self.b.id, span[0], span[1], confidence, tuple(extra))

    def country(self, iso: str) -> str:
        if iso in self._countries:  # made already: entity() would change nothing
            return f"country:{iso}"
        self._countries.add(iso)
        lex = lexicon()
        name = lex.country_names.get(iso, iso)
        iso2 = _ISO2.fullmatch(iso)
        return self.entity(f"country:{iso}", "country", name, "group" if not iso2 else "country",
                           attrs=(("iso", iso),) if iso2 else ())

    def result(self, version: str) -> Extraction:
        ents = []
        for key in sorted(self.entities):
            e = self.entities[key]
            ents.append(Entity(key, e["kind"], e["name"], e["subtype"], tuple(sorted(e["aliases"] - {e["name"]})),
                               tuple(sorted(e["attrs"].items()))))
        facts = sorted(self.facts.values(), key=lambda f: (f.start, f.end, f.kind, f.subject, f.object or "", f.value or ""))
        mentions = [Mention(k, s, self.b.id, a, z) for k, s, a, z in sorted(self.mentions, key=itemgetter(2, 3, 0))]
        return Extraction(self.b, tuple(ents), tuple(facts), tuple(mentions), version)


# --- organisations ------------------------------------------------------------------------
class OrgTable:
    """Organisation entities of one briefing: every surface form -> one key."""

    def __init__(self, bld: Builder):
        self.bld = bld
        self.by_norm: dict[str, str] = {}
        self.bare: dict[str, set[str]] = {}
        self.short: dict[str, OrgSpan] = {}  # short forms usable before a title ("博世科")
        self.done: dict[tuple, str] = {}
        self.tails: dict[str, set[str]] = {}  # a unit's own name -> keys of the chains it ends
        self.home: OrgSpan | None = None  # the university whose own news this is
        self.international: set[str] = set()  # keys of bodies named as international
        # the country of a foreign body that sends the report (its own departments, named bare)
        self.sender_country: str | None = None
        self.country_of: dict[str, str] = {}  # key -> the country its first country fact gave

    def _register(self, key: str, *names: str) -> None:
        for n in names:
            if n:
                self.by_norm.setdefault(norm_name(n), key)

    def prime(self, spans: list[OrgSpan]) -> None:
        """A/B names first, so that either half met alone maps to the pair."""
        for sp in spans:
            if sp.gloss is not None and sp.alt is None:
                key = f"organization:{sp.name}"
                g = sp.gloss
                for n in [g.name] + ([g.units[0].entry.name, *g.units[0].entry.aliases] if g.units[0].entry else []):
                    self.by_norm.setdefault(norm_name(n), key)
                self.by_norm.setdefault(norm_name(sp.name), key)
            if sp.alt is not None:
                key = f"organization:{sp.name}"
                names = [sp.chain[-1], sp.alt.chain[-1]]
                for part in (sp, sp.alt):
                    e = part.units[-1].entry
                    if e and len(part.units) == 1:
                        names += [e.name, *e.aliases]
                for n in names:
                    self.by_norm[norm_name(n)] = key

    def key_for(self, sp: OrgSpan, level: int | None = None) -> str:
        chain = sp.chain
        i = len(chain) - 1 if level is None else level
        name = chain[i]
        if sp.alt is not None and i == len(chain) - 1:
            name = sp.name
        k = self.by_norm.get(norm_name(name))
        if k:
            return k
        k = self._other_rendering(sp, i)
        if k:
            return k
        bare = _placed_bare(sp, name)
        if bare:
            k = self.by_norm.get(norm_name(bare))
            if k:
                return k
        if sp.acronym and name.startswith(sp.acronym):
            # "GIZ中国代表处" after "德国国际合作机构（GIZ）中国代表处": the same office
            ak = self.by_norm.get(norm_name(sp.acronym))
            if ak and ak in self.bld.entities:
                k = self.by_norm.get(norm_name(self.bld.entities[ak]["name"] + name[len(sp.acronym):]))
                if k:
                    return k
        u = sp.units[i]
        if u.entry is not None and i == 0:
            if not sp.prefix:
                k = self.by_norm.get(norm_name(u.entry.name))
                if k:
                    return k
                cands = self.bare.get(norm_name(u.entry.name), set())
                if len(cands) == 1 and (not u.entry.countries or u.entry.countries[0] != "CN" or len(u.entry.countries) > 1):
                    return next(iter(cands))
        if u.entry is None and i == 0 and not sp.prefix and not sp.restored and sp.alt is None:
            # "苏发努冯大学" after "老挝苏发努冯大学": the one body named before with its country
            cands = self.bare.get(norm_name(name), set())
            if len(cands) == 1:
                return next(iter(cands))
            if len(sp.units) > 1 and self._kind_word(name):
                # "使馆经商处" after "某国驻某国大使馆": the bare kind word opening a chain is
                # the one body of that kind named before, its unit of that body's country
                cands = {k for k, e in self.bld.entities.items() if k.startswith("organization:")
                         and len(e["name"]) > len(name) and e["name"].endswith(name)}
                if len(cands) == 1:
                    return next(iter(cands))
        if (u.entry is None and i == 0 and sp.prefix and sp.country and not sp.restored and sp.alt is None
                and lexicon().countries.get(sp.prefix, ("", "", ""))[2] == "country"):
            # "越南资环部" after "越南自然资源与环境部": a short form of the one body of that
            # country named before whose name it abbreviates (not "某省农林厅" after another
            # province's: the prefix a province's, the same name another body)
            cands = {k for n, ks in self.bare.items() if _abbreviates(u.text, n)
                     for k in ks if self.country_of.get(k) == sp.country}
            if len(cands) == 1:
                return next(iter(cands))
        if (u.entry is None and i == 0 and len(chain) == 1 and not sp.prefix and not sp.restored and sp.alt is None
                and not sp.acronym and 3 <= len(name) <= 4):
            # "管护局" after "某某自然保护区管护局": a short form, the end of the one longer
            # body's name written before
            short = norm_name(name)
            cands = {k for n, k in self.by_norm.items() if len(n) > len(short) + 1 and n.endswith(short)}
            if len(cands) == 1:
                return next(iter(cands))
        e0 = sp.units[0].entry
        if (i > 0 and e0 is not None and not sp.prefix and not sp.restored
                and (not e0.countries or e0.countries[0] != "CN" or len(e0.countries) > 1)):
            # "朱拉隆功大学亚洲研究所" after "泰国朱拉隆功大学亚洲研究所": the same unit
            cands = self.bare.get(norm_name(name), set())
            if len(cands) == 1:
                return next(iter(cands))
        return f"organization:{name}"

    def _other_rendering(self, sp: OrgSpan, i: int) -> str | None:
        """The body named before under another form of a well-known body in its chain
        ("越南资源环境部国际合作司" after "越南自然资源与环境部国际合作司", "国家林草局湿地司" after
        "国家林业和草原局湿地司"): one body in the briefing, under the form it was first given."""
        units = sp.units[:i + 1]
        j = next((n for n, u in enumerate(units) if u.entry is not None), None)
        if j is None:
            return None
        e = units[j].entry
        chain = sp.chain
        head = chain[j - 1] if j else sp.restored + sp.prefix
        tail = chain[i][len(chain[j]):]
        forms = {e.name, *e.aliases}
        forms |= {f.replace("与", "和") for f in forms} | {f.replace("和", "与") for f in forms}
        for f in sorted(forms - {units[j].text}):
            k = self.by_norm.get(norm_name(head + f + tail))
            if k:
                return k
        return None

    @staticmethod
    def _kind_word(name: str) -> bool:
        """A name that is only a kind of body ("使馆", "大使馆"), no name of its own."""
        return len(name) >= 2 and lexicon().org_suffixes.get(name, ("", False))[0] == "diplomatic_mission"

    def add(self, sp: OrgSpan, sent: Sentence) -> str:
        """Entities, mentions and facts for every level of the chain; the deepest key."""
        memo = (sp.start, sp.end, sp.name, sent.start)
        if memo in self.done:
            return self.done[memo]
        if (self.home is not None and len(sp.units) == 1 and not sp.prefix and not sp.restored and not sp.acronym
                and sp.alt is None and sp.country is None and not sp.international and sp.units[0].entry is None
                and _ACADEMIC_UNIT.search(sp.units[0].text)):
            # "国际学院院长A" in a university's own news: a school of that university, of its country
            sp = replace(sp, country=self.home.country)
        if (self.sender_country is not None and not sp.prefix and not sp.restored and not sp.acronym
                and sp.alt is None and not sp.international and sp.country in (None, "CN")
                and all(u.entry is None for u in sp.units) and not _names_a_place(sp.surface)):
            # "国际合作司", "国家可持续发展委员会总秘书处" in a Lao or Cambodian ministry's own
            # report: its own bodies, not China's (the default for a bare Chinese name)
            sp = replace(sp, country=self.sender_country)
        key = self._bare_unit(sp)
        if key is not None:
            # "环境知识与信息总司代理总司长A" after "某国环境部环境知识与信息总司": that department
            self.bld.mention(key, sp.start, sp.end)
        else:
            key = self._add(sp, sent)
        self.done[memo] = key
        return key

    def _bare_unit(self, sp: OrgSpan) -> str | None:
        """The key of the one department named before with its parent ("某部环境保护司") whose
        unit ``sp`` names bare ("环境保护司"): a bare department is that one, of its country, not
        a body of its own (which the default would make Chinese)."""
        if (len(sp.units) != 1 or sp.prefix or sp.restored or sp.alt is not None or sp.acronym
                or sp.units[0].entry is not None or sp.units[0].subtype not in ("department", "agency")):
            return None
        name = sp.units[0].text
        lex = lexicon()
        if lex.country_re.search(name) or lex.place_re.search(name) or norm_name(name) in self.by_norm:
            return None
        keys = self.tails.get(norm_name(name), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def _add(self, sp: OrgSpan, sent: Sentence) -> str:
        bld = self.bld
        chain = sp.chain
        span = (sent.start, sent.end)
        parent_key = None
        named_country = None  # the country of the body named before that level 0 turned out to be
        if sp.restored:
            parent_key = self.by_norm.get(norm_name(sp.restored)) or f"organization:{sp.restored}"
            if not sp.prefix and not sp.international:
                named_country = self.country_of.get(parent_key)  # a unit is of its parent's country
            # "中心项目管理处", "基金会国际合作部": the parent's short name opens the surface,
            # which is then this sentence's mention of the parent
            units_text = "".join(u.text for u in sp.units)
            short = sp.surface[:len(sp.surface) - len(units_text)] if sp.surface.endswith(units_text) else ""
            if len(short) >= 2 and parent_key in bld.entities and bld.text[sp.start:sp.start + len(short)] == short:
                bld.mention(parent_key, sp.start, sp.start + len(short))
        offset = sp.start
        key = None
        for i, full in enumerate(chain):
            last = i == len(chain) - 1
            u = sp.units[i]
            key = self.key_for(sp, i)
            if (i == 0 and not sp.prefix and not sp.restored and u.entry is None and not sp.international
                    and key != f"organization:{full}"):
                # "苏发努冯大学农林学院" after "老挝苏发努冯大学": its units are of that country,
                # not of the one guessed from a bare Chinese name
                named_country = self.country_of.get(key)
            elif (i == 0 and not sp.prefix and not sp.restored and u.entry is None and not sp.international
                    and key in self.country_of):
                # the body named again bare, after "老挝本土环保组织某某中心": of the country known
                named_country = self.country_of[key]
            sub = u.entry.subtype if u.entry is not None and (i > 0 or not sp.prefix or u.entry.countries) else u.subtype
            if u.entry is not None and i == 0 and sp.prefix and sub == "ministry":
                sub = "ministry"
            aliases = []
            if u.entry is not None and (not sp.prefix or (u.entry.countries and sp.country == u.entry.countries[0])):
                aliases += [u.entry.name, *u.entry.aliases] if not sp.prefix else []
            name = sp.name if (last and sp.alt is not None) else full
            if last and sp.alt is not None:
                aliases += [chain[-1], sp.alt.chain[-1]]
                for part in (sp, sp.alt):
                    e = part.units[-1].entry
                    if e and len(part.units) == 1:
                        aliases += [e.name, *e.aliases]
            if key != f"organization:{name}" and key in bld.entities:
                e = bld.entities[key]
                if not sp.restored and _country_qualified(e["name"], name):
                    # "金边皇家大学" after "柬埔寨金边皇家大学": the briefing's own bare name
                    e["aliases"].add(e["name"])
                    e["name"] = name
                aliases.append(name)
                name = e["name"]
            attrs = ()
            if u.entry is not None and u.entry.name_en and i == 0 and not sp.prefix:
                attrs = (("name_en", u.entry.name_en),)
            bld.entity(key, "organization", name, sub, aliases, attrs)
            self._register(key, name, full, _placed_bare(sp, full))
            if (i > 0 or sp.restored) and u.entry is None:
                self.tails.setdefault(norm_name(u.text), set()).add(key)
            if i == 0 and sp.prefix and not sp.restored:
                # "西双版纳傣族自治州人民政府" = "西双版纳州人民政府": one place, several spellings
                pe = lexicon().places.get(sp.prefix)
                if pe is not None:
                    rest = full[len(sp.prefix):]
                    for alias in (pe.name, *pe.aliases):
                        self._register(key, alias + rest)
            if sp.prefix and sp.country and (i == 0 or sp.units[0].entry is not None):
                # "泰国朱拉隆功大学亚洲研究所": its units are named without the country too
                bare = norm_name(full[len(sp.restored) + len(sp.prefix):])
                self.bare.setdefault(bare, set()).add(key)
            lead = sp.lead if sp.lead >= 0 else len(sp.prefix)
            if sp.units[i].skip and i > 0 and parent_key:
                # "德国国际合作机构（GIZ）中国代表处": GIZ abbreviates the body before it
                gm = _LATIN_WORD.search(bld.text[offset:offset + sp.units[i].skip])
                if gm:
                    self.by_norm.setdefault(norm_name(gm.group()), parent_key)
                    bld.entities[parent_key]["aliases"].add(gm.group())
            offset += sp.units[i].skip
            end = offset + len(sp.units[i].text) + (lead if i == 0 else 0)
            if last:
                # "两校", "该部林业司": a word pointing at bodies named before is a mention, no name
                bld.mention(key, sp.start, sp.end, alias=not ((sp.is_alias or sp.restored) and sp.surface.startswith(("两", "该", "此"))))
            elif not sp.is_alias:
                bld.mention(key, sp.start, min(end, sp.end))
            offset = end
            country = named_country or sp.country
            if sp.international:
                self.international.add(key)
            elif key in self.international and not sp.prefix:
                country = None  # "环境署" for an international body named before: no Chinese agency
            if country is None and not sp.international and parent_key:
                # "澜湄环境中心项目二处": a unit of a body named by its short form is of its country
                country = self.country_of.get(parent_key)
            if country and not sp.international:
                bld.fact("country", key, bld.country(country), span=span, extra=(("basis", "lexicon"),))
                self.country_of.setdefault(key, country)
            if parent_key:
                bld.fact("part_of", key, parent_key, span=span)
            parent_key = key
        # a lexicon parent written inside the name ("生态环境部对外合作与交流中心") or named
        # elsewhere in the briefing ("澜湄环境合作中心" -> 生态环境部)
        parts = [sp] + ([sp.alt] if sp.alt is not None else [])
        for part in parts:
            e = part.units[-1].entry
            if e is None or not e.parent or len(part.units) != 1:
                continue
            pk = self.by_norm.get(norm_name(e.parent))
            if pk is None and norm_name(part.units[0].text).startswith(norm_name(e.parent)):
                pe = lexicon().orgs.get(e.parent)
                pk = f"organization:{e.parent}"
                bld.entity(pk, "organization", e.parent, pe.subtype if pe else "ministry",
                           attrs=(("name_en", pe.name_en),) if pe and pe.name_en else ())
                self._register(pk, e.parent)
                i = bld.text.find(e.parent, part.start, part.end)
                if i >= 0:
                    bld.mention(pk, i, i + len(e.parent))
                if pe and pe.countries:
                    bld.fact("country", pk, bld.country(pe.countries[0]), span=span, extra=(("basis", "lexicon"),))
            if pk and pk != key:
                bld.fact("part_of", key, pk, span=span, confidence=0.8, extra=(("basis", "lexicon"),))
        # "A（B）": B is another name of A
        if sp.gloss is not None and not sp.is_alias:
            g = sp.gloss
            bld.entities[key]["aliases"].add(g.name)
            bld.mention(key, g.start, g.end)
        # an abbreviation in parentheses right after the name ("…委员会（亚太经社会）")
        pm = _PAREN_ALIAS.match(bld.text, sp.end)
        if pm and not sp.is_alias:
            abbr = pm.group(1) or pm.group(2)
            bld.entities[key]["aliases"].add(abbr)
            self.by_norm.setdefault(norm_name(abbr), key)
            # a Latin acronym may later stand for the body before a title ("ABC副秘书长某某")
            if _CAPS_ACRONYM.fullmatch(abbr):
                self.short.setdefault(abbr, sp)
        # company short name: province prefix and industry/legal suffix dropped ("博世科")
        m = _COMPANY_SHORT.match(sp.surface) if sp.subtype == "company" else None
        if m:
            short = m.group(1)
            self.short[short] = sp
            bld.entities[key]["aliases"].add(short)
            self.by_norm.setdefault(norm_name(short), key)
        return key


def _abbreviates(short: str, full: str) -> bool:
    """``short`` ("资环部") is an abbreviation of ``full`` ("自然资源与环境部"): a few characters
    taken from it in order, then the same last character (the kind of body)."""
    if not (3 <= len(short) <= 4 and len(full) >= len(short) + 2 and short[-1] == full[-1]):
        return False
    it = iter(full[:-1])
    return all(c in it for c in short[:-1])


def _placed_bare(sp: OrgSpan, full: str) -> str | None:
    """"孔敬大学人文学院" of "泰国孔敬大学人文学院": a body named by a city or province
    of its country is the same body with or without the country's name before it."""
    if not sp.prefix or sp.restored or sp.lead <= 0 or not full.startswith(sp.prefix):
        return None
    return _bare_of(sp.prefix, full)


def _country_qualified(full: str, bare: str) -> bool:
    """``full`` is ``bare`` with its country's name before it, ``bare`` named by a city or
    province of that country ("柬埔寨金边皇家大学"): the country qualifies a name that needs none."""
    return len(full) > len(bare) and full.endswith(bare) and _bare_of(full[:len(full) - len(bare)], full) == bare


def _bare_of(prefix: str, full: str) -> str | None:
    """``full`` without the country ``prefix`` when the rest opens with a place of that country."""
    lex = lexicon()
    c = lex.countries.get(prefix)
    if c is None or c[2] != "country":
        return None
    rest = full[len(prefix):]
    pm = lex.place_re.match(rest)
    if pm is None or len(rest) <= len(pm.group()) + 1:
        return None
    e = lex.places.get(pm.group())
    seen = 0
    while e is not None and seen < 4 and not (len(e.parent) == 2 and e.parent.isupper()):
        e, seen = lex.places.get(e.parent), seen + 1
    return rest if e is not None and e.parent == c[0] else None


def _year(b: Briefing, published: str | None) -> int | None:
    if b.year:
        return b.year
    if published:
        return int(published[:4])
    # no masthead: the first year the text names as a time (not a landmark:
    # "2020年后全球生物多样性框架", "2030年议程"), else a year in the file's name
    # ("xinhua-2021.txt"), else the first year named at all
    m = _FIRST_TIME_YEAR.search(b.text)
    if m:
        return int(m.group(1))
    if b.path:
        f = _FILE_YEAR.search(b.path.replace("\\", "/").rsplit("/", 1)[-1])
        if f:
            return int(f.group(1))
    m = _FIRST_YEAR.search(b.text)
    return int(m.group(1)) if m else None


def literal_matches(text: str, ranges: list[tuple[int, int]], words) -> list[tuple[int, int, str]]:
    """(start, end, word) for ``words`` in each range of ``ranges``: what the finditer of
    an alternation of the words, longest first, finds (left to right, at each position the
    longest word that fits in the range, no overlaps). The words are a briefing's names, so
    a regex would be compiled anew for every briefing (1 ms each); ``str.find`` needs none."""
    if not words or not ranges:
        return []
    lo, hi = min(a for a, _ in ranges), max(z for _, z in ranges)
    found = []  # (start, -length, word): at one start the longest first
    for w in words:
        i = text.find(w, lo, hi)
        while i >= 0:
            found.append((i, -len(w), w))
            i = text.find(w, i + 1, hi)
    found.sort()
    starts = [f[0] for f in found]
    out = []
    for a, z in ranges:
        pos = a
        for k in range(bisect.bisect_left(starts, a), len(found)):
            i, neg_len, w = found[k]
            if i >= z:
                break
            if i >= pos and i - neg_len <= z:
                out.append((i, i - neg_len, w))
                pos = i - neg_len
    return out


def build(briefing: Briefing, version: str) -> Extraction:
    text = briefing.text
    lay = layout(text)
    published = briefing.published or lay.published
    if briefing.published is None and published:
        # a date the layout reads and the masthead does not (a web page's byline "2021-11-18
        # 10:26 来源：…", a release's date at its foot): the briefing's own, for the graph too
        briefing = replace(briefing, published=published)
    bld = Builder(briefing)
    year = _year(briefing, published)
    lex = lexicon()

    # body sentences: headlines + article sentences
    body: list[Sentence] = []
    art_of: list[int] = []
    # sentences above the first headline that no article takes (an editor's note, a feature
    # with no event: "【人物专访】…", "…成果巡礼") name people and bodies too, in no event
    for s in preamble(lay):
        body.append(s)
        art_of.append(len(lay.articles))
    for ai, art in enumerate(lay.articles):
        if art.headline:
            body.append(art.headline)
            art_of.append(ai)
        for s in art.sentences:
            body.append(s)
            art_of.append(ai)

    # pass 1: titles, organisations, posts per sentence
    table = OrgTable(bld)
    per_sent: list[tuple[list, list]] = []
    all_spans: list[OrgSpan] = []
    all_titles: list[tuple[int, int]] = []
    sent_titles: list[list[tuple[int, int]]] = []
    for s in body:
        ts = [(a + s.start, b + s.start) for a, b in title_spans(s.text)]
        sent_titles.append(ts)
        all_titles += ts
    if body:
        lo, hi = min(s.start for s in body), max(s.end for s in body)
        all_spans = find_orgs(text, lo, hi, sorted(all_titles))
    # "我部…": the publishing body itself (a ministry's own notice)
    pub = publisher_span(briefing, text, lay.masthead_end, lay.signatory)
    table.sender_country = sender_country(text, pub)
    if pub is not None and pub.country is None and not pub.prefix and table.sender_country:
        # "自然资源与环境部" under "老挝人民民主共和国": the sender's ministry, by its full name
        pub = replace(pub, country=table.sender_country, prefix=lex.country_names.get(table.sender_country, ""))
    to = addressee_span(text)
    all_spans = [sp for sp in all_spans if resolve_self(sp, pub, to)]
    if pub is not None and pub.alt is None and _ACADEMIC_HOME.search(pub.name) and pub.country:
        table.home = pub
    bstarts = [s.start for s in body]
    buckets: list[list[OrgSpan]] = [[] for _ in body]
    for sp in all_spans:
        i = bisect.bisect_right(bstarts, sp.start) - 1
        if i >= 0 and sp.end <= body[i].end:
            buckets[i].append(sp)
    per_sent = list(zip(sent_titles, buckets))
    # the background paragraph names bodies too (not people or events)
    bg_orgs = []
    for s in lay.background:
        ts = [(a + s.start, b + s.start) for a, b in title_spans(s.text)]
        bg_orgs += [(sp, s) for sp in find_orgs(text, s.start, s.end, ts) if resolve_self(sp, pub, to)]
    table.prime(all_spans + [sp for sp, _ in bg_orgs])
    for s, (titles, orgs) in zip(body, per_sent):
        for sp in orgs:
            table.add(sp, s)
    for sp, s in bg_orgs:
        table.add(sp, s)
    # lists: "中国环境科学研究院、清华大学环境学院、北京师范大学环境学院等单位" name bodies
    # the lexicon does not know next to ones it does
    plain_of: list[list[OrgSpan]] = []  # per sentence, for "两校共同主办" below
    for s, (titles, orgs) in zip(body, per_sent):
        plain = plain_bodies(text, s, orgs, titles)
        plain_of.append(plain)
        for sp in plain:
            table.add(sp, s)
        for sp in list_neighbours(text, s, orgs + plain, titles):
            table.add(sp, s)

    # posts (second pass so that short names of companies are known)
    persons: list[dict] = []  # {"key", "name", "aliases"}

    def person_key(name: str, aliases=()) -> str:
        for p in persons:
            # ("黄某（Huang Mou）" after "Ms. Huang Mou (Deputy Director-General, …)": one person)
            if any(same_person(x, n) for x in (name, *aliases) for n in [p["name"], *p["aliases"]]):
                p["aliases"].update([name, *aliases])
                return p["key"]
        key = f"person:{name}"
        persons.append({"key": key, "name": name, "aliases": set(aliases)})
        return key

    # the publisher, which the text calls "中心"/"本中心"
    aliases = dict(table.short)
    if pub is not None and pub.name.endswith("中心"):
        aliases.setdefault("本中心", pub)
        aliases.setdefault("中心", pub)
        # "联合研究中心" for "澜湄水环境治理联合研究中心": a tail of the publisher's name
        for k in range(4, len(pub.name) - 1):
            aliases.setdefault(pub.name[-k:], pub)
    elif pub is not None and pub.name.endswith("使馆"):
        # an embassy's own release: "使馆公使衔参赞X" is of the publisher
        for word in ("本馆", "我馆", "使馆", "大使馆"):
            aliases.setdefault(word, pub)
    elif pub is not None and _ACADEMIC_HOME.search(pub.name):
        # a university's own news: "校党委书记X", "学校国际交流处" are the university's
        for word in ("我校", "本校", "学校", "校"):
            aliases.setdefault(word, pub)
    elif pub is not None and pub.name[-1] in "厅局委署司" and pub.alt is None:
        # a department's own report: "厅党组成员、副厅长X" is of the publisher
        aliases.setdefault(pub.name[-1], pub)
    elif pub is not None and pub.subtype == "company":
        # a company's own news: "公司董事长X" is the publisher's chairman
        aliases.setdefault("本公司", pub)
        aliases.setdefault("公司", pub)
    elif "中心" not in aliases:
        # "中心副主任X" in a report about one centre: that centre
        centres = {sp.name: sp for sp in all_spans if sp.name.endswith("中心") and not sp.is_alias}
        if len(centres) == 1:
            aliases["中心"] = next(iter(centres.values()))
    # "某某联合研究中心（以下简称“联合研究中心”）": a short name the text defines for a body,
    # also in an editor's note printed above the first numbered item (no article's sentence)
    for s in body:
        for m in _SHORT_NAME_DEF.finditer(text, s.start, s.end):
            long_sp = next((sp for sp in all_spans if sp.end == m.start() and not sp.is_alias), None)
            if long_sp is None:
                long_sp = standalone_org(text, m.start(), s.start)
            if long_sp is None or long_sp.end != m.start():
                continue
            k = table.add(long_sp, s)
            table._register(k, m.group(1))
            aliases.setdefault(m.group(1), long_sp)
    art_starts = [art.start for art in lay.articles]

    def antecedent(word: str, pos: int) -> OrgSpan | None:
        """The one body whose name ends with ``word`` (委员会, 秘书处 …) named in the article
        before ``pos``: what the bare word stands for; None when none or several."""
        ai = bisect.bisect_right(art_starts, pos) - 1
        a0 = art_starts[ai] if ai >= 0 else lay.masthead_end
        found: list[OrgSpan] = []
        for o in all_spans:
            if o.start < a0 or o.end > pos or o.is_alias or o.alt is not None:
                continue
            for k in range(len(o.units), 0, -1):
                if o.chain[k - 1].endswith(word) and len(o.chain[k - 1]) > len(word):
                    found.append(replace(o, units=o.units[:k]))
                    break
        if not found:
            # a body no head names ("澜湄某某专家咨询委员会2025年会…"): the run before the word
            i = text.find(word, a0, pos)
            while i >= 0:
                sp = standalone_org(text, i + len(word), a0)
                if sp is not None and sp.end == i + len(word) and len(sp.surface) > len(word):
                    found.append(sp)
                i = text.find(word, i + 1, pos)
        if not found:
            return None
        # the last named; the sentence naming it must name no other body of that kind
        last = max(found, key=lambda o: o.end)
        k = bisect.bisect_right(bstarts, last.start) - 1
        lo, hi = (body[k].start, body[k].end) if k >= 0 else (a0, pos)
        return last if all(o.name == last.name for o in found if lo <= o.start < hi) else None

    for s, (titles, orgs) in zip(body, per_sent):
        if not titles and not ("(" in s.text and _LATIN_LETTER.search(s.text)):
            continue  # (a name with its English title in brackets has no Chinese title)
        for post in find_posts(text, s.start, s.end, aliases, orgs, antecedent):
            pn = post.person
            if post.org is None and not plausible_name(pn.name):
                continue
            pk = person_key(pn.name, pn.aliases)
            bld.entity(pk, "person", next(p["name"] for p in persons if p["key"] == pk))
            if post.org is None:
                continue
            ok = table.add(post.org, s)
            bld.fact("post", pk, ok, post.title, span=(s.start, s.end))
    # a participants' list or an agenda pasted as a table: rows of cells, not sentences
    rows = [(m.start(), m.end()) for m in _LINE.finditer(text, lay.masthead_end)]
    for tp in table_posts(text, rows):
        pn = tp.post.person
        pk = person_key(pn.name, pn.aliases)
        bld.entity(pk, "person", next(p["name"] for p in persons if p["key"] == pk))
        bld.mention(pk, pn.start, pn.end)
        ok = table.add(tp.post.org, Sentence(tp.row[0], tp.row[1], text[tp.row[0]:tp.row[1]], -1))
        bld.fact("post", pk, ok, tp.post.title, span=tp.row)
    # "会议选举A为网络2023—2024年度轮值主席", "A当选网络新一届主席": a chair elected
    for s in body:
        for pk, sp, title in elected_chairs(text, s, persons, antecedent):
            bld.fact("post", pk, table.add(sp, s), title, span=(s.start, s.end))
    # people named without a title, each pass by its own cue:
    # "中国环境科学研究院的刘某、清华大学的陈某分别…作了发言": by the body they come from;
    # "越南营员A发言", "老方护林员B和中方护林员C分别介绍": by their role (no post: the role is
    # no title in a body); "林某（Ann LIN）表示": by the Latin form of their name, speaking
    org_ends = {z for k, _, a, z in bld.mentions if k.startswith("organization:")}
    untitled = (
        (_DE, lambda m, s: affiliated_name(text, m.start(), s.end, org_ends)),
        (_PARTICIPANT, lambda m, s: participant_name(text, m, s.start, s.end, org_ends)),
        (_GLOSSED_NAME, lambda m, s: glossed_speaker(text, m, s.start, s.end)),
    )
    for cue, person in untitled:
        for s in body:
            for m in cue.finditer(text, s.start, s.end):
                pn = person(m, s)
                if pn is not None:
                    pk = person_key(pn.name, pn.aliases)
                    bld.entity(pk, "person", next(p["name"] for p in persons if p["key"] == pk))

    # person mentions anywhere in the body (re-mentions, variants, bare surnames)
    person_mentions: list[tuple[int, int, str]] = []
    chinese = {}
    latin = []
    for p in persons:
        for n in [p["name"], *p["aliases"]]:
            if _CJK_CHAR.search(n):
                chinese[n] = p["key"]
            else:
                latin.append((n, p["key"]))
    for n, k in _short_forms(persons, chinese).items():
        chinese.setdefault(n, k)
    body_ranges = [(s.start, s.end) for s in body]
    for a, z, n in literal_matches(text, body_ranges, chinese):
        person_mentions.append((a, z, chinese[n]))
    if latin:
        for a, z in body_ranges:
            for m in LATIN_NAME.finditer(text, a, z):
                seq = m.group().rstrip(" .-")
                ms = after_honorific(text, m.start(), m.start() + len(seq))  # "Dr. A B": A B
                seq = seq[ms - m.start():]
                key = None
                for n, k in latin:
                    if same_person(seq, n):
                        key = k
                        break
                if key is None:
                    toks = [t for t in _SPACES.split(seq) if len(t) >= 4]
                    if len(toks) == 1:
                        hits = {k for n, k in latin if any(latin_key(toks[0]) == latin_key(t) for t in n.split())}
                        if len(hits) == 1:
                            key = hits.pop()
                if key:
                    person_mentions.append((ms, ms + len(seq), key))
    # "马主任介绍", "王副部长表示": surname + title re-mentions of a person with that post
    short_forms: dict[str, set[str]] = {}
    for f in bld.facts.values():
        if f.kind != "post" or not f.value:
            continue
        name = bld.entities[f.subject]["name"]
        parts = _DOTTED_PARTS.fullmatch(name)
        if parts:
            # "宋蓬院长" for "宋蓬·因塔翁": a Lao or Thai name's given name (or a Western
            # name's family name, "哈特曼主任") with the title
            sns = {parts.group(1), parts.group(2)}
        elif _CJK_NAME.match(name):
            sns = {name[:2] if name[:2] in lex.surnames else name[:1]}
        else:
            continue
        for sn in sns:
            for t in {f.value, _POSTING.sub("", f.value)}:
                short_forms.setdefault(sn + t, set()).add(f.subject)
    # "该司司长在总结时表示": the holder of that post named earlier
    for a, z in body_ranges:
        for m in _THAT_POST.finditer(text, a, z):
            unit, title = m.group(1), m.group(2)
            best = None
            for f in bld.facts.values():
                if (f.kind == "post" and f.value == title and f.start < m.start()
                        and bld.entities.get(f.object, {}).get("name", "").endswith(unit)):
                    if best is None or f.start > best.start:
                        best = f
            if best is not None:
                person_mentions.append((m.start(), m.end(), best.subject))
    taken = [(a, z) for a, z, _ in person_mentions]
    titled: set[int] = set()
    for a, z, n in literal_matches(text, body_ranges, short_forms):
        keys = short_forms[n]
        if len(keys) == 1 and not any(x <= a < y for x, y in taken):
            # only the surname is the person's mention; the title follows it
            person_mentions.append((a, z, next(iter(keys))))
            titled.add(a)
    person_mentions.sort()
    for a, z, k in person_mentions:
        bld.mention(k, a, z, alias=a not in titled)

    starts = [s.start for s in body]

    def sent_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    body_index = {s.start: i for i, s in enumerate(body)}
    pm_sorted = sorted((a, z) for a, z, _ in person_mentions)
    pm_starts = [a for a, _ in pm_sorted]
    pm_ends = [z for _, z in pm_sorted]
    # the bodies each article names, for "两部共同主办" (the two ministries named before)
    art_spans: dict[int, list[OrgSpan]] = {}
    for si, (s, (_, orgs)) in enumerate(zip(body, per_sent)):
        art_spans.setdefault(art_of[si], []).extend(orgs + plain_of[si])

    def art_orgs(ai: int, before: int) -> list[OrgSpan]:
        return [o for o in art_spans.get(ai, []) if o.end <= before]

    # events, one per article
    events: list[str | None] = []
    sent_event: dict[int, str] = {}  # sentence start -> the event reported further on in the article that it is about
    doc_ry = chronicle_year(text, lay)
    year_heads = year_headings(text)
    used_names: set[str] = set()
    prev_art_date: str | None = None
    for ai, art in enumerate(lay.articles):
        sents = art.sentences
        if not sents:
            events.append(None)
            continue
        # "2025年度大事记" published in January 2026: its entries' months are of 2025
        a_pub, a_year = published, year
        hy = heading_year(year_heads, art.start)
        if art.headline is not None and _YEAR_HEADING.fullmatch(art.headline.text):
            art = replace(art, headline=None)  # "2020年" over a chronology's entries names none of them
        ry = hy or review_year(art) or doc_ry
        if ry and (a_pub is None or int(a_pub[:4]) > ry):
            a_pub, a_year = None, ry
        first_para = lead_paragraph(text, sents)
        lead0 = first_para[0] if art.headline is None else sents[0]
        dl0 = DATELINE.match(text, lead0.start, lead0.end)
        first_text = text[dl0.end():lead0.end] if dl0 else BYLINE.sub("", lead0.text, count=1)
        name = event_name(art.headline.text if art.headline else None, first_text)
        if not name or (art.headline and INTERVIEW_HEAD.search(art.headline.text)) or _PUBLISHED_ONLY.search(name):
            events.append(None)
            continue
        # date
        # the event's date: in the first paragraph, a date that opens a clause or follows 于
        # ("3月5日，…", "…于2019年3月20日在昆明开幕") beats one inside a phrase ("为落实2023年12月发布的…")
        date = None
        cands = []
        dl_sent = sents[0]
        dl = dateline(text, sents[0].start, sents[0].end, a_pub, a_year)
        if dl is None and first_para[0] is not sents[0]:
            # "编者按：…" above "越通社河内10月17日电　10月16日上午，…": the lead's dateline
            dl_sent = first_para[0]
            dl = dateline(text, dl_sent.start, dl_sent.end, a_pub, a_year)
        for si, s in enumerate(first_para + ([art.headline] if art.headline else [])):
            if _PAGE_BYLINE.match(s.text):
                continue  # "发布时间：2023年6月21日　来源：…": the day the page went up
            for m in find_dates(text, s.start, s.end):
                if dl and m.start() < dl[2] and s is dl_sent:
                    continue  # the dateline: the day the report was filed
                if is_deadline(text, m):
                    continue  # "请于3月10日前报名": the day something is due
                # ("当天下午，…" opening an article: the day of the one reported above it)
                st, en = parse_date(m, a_pub, a_year, dl[0] if dl else prev_art_date)
                if not st:
                    continue
                before = text[max(s.start, m.start() - 1):m.start()]
                after = text[m.end():m.end() + 2]
                good = (m.start() == s.start or before in ("，", "于", "、", ",") or after[:1] in ("，", ",")
                        or after.startswith(("在", "于", "以")))
                # "大会期间的11月12日，…举办边会": a day named inside a longer event's span is
                # the day of the event reported, more precise than the span's first day
                rank = -1 if _DURING_DAY.search(text, max(s.start, m.start() - 6), m.start()) else 0 if good else 1
                cands.append((rank, si, m.start(), (st, en, s), m))
        if cands:
            best = min(cands, key=lambda c: c[:3])
            date = best[3]
            if best[4].group(9) in ("近日", "日前"):
                # "近日，X在某地举行。…17日上午举行的开幕式…": the vague word dates the report,
                # the opening ceremony's day dates the event
                od = opening_day(text, sents, a_pub, a_year)
                # ("近日，某代表团结束考察。…率团于11月18日至24日来华": a day the lead gives itself)
                exact = [c for c in cands if c[0] <= 0 and not c[4].group(9) and len(c[3][0]) == 10]
                if od:
                    date = (od[0], None, od[1])
                elif exact:
                    date = min(exact, key=lambda c: c[:3])[3]
        elif dl:
            date = (dl[0], None, dl_sent)
        else:
            date = _part_of_year(text, first_para, a_pub, a_year)
        # a meeting notice states the dates on a labelled line ("会议时间：9月16日至18日", or
        # under the heading "一、会议时间"): more precise than "定于9月在昆明召开"
        lab = labelled_line(text, sents, _TIME_LABEL)
        if lab:
            dm = next(find_dates(text, lab[0], lab[1].end), None)
            st, en = parse_date(dm, a_pub, a_year) if dm is not None and dm.start() == lab[0] and not dm.group(9) else (None, None)
            # (or a header block's "时间：…" over the minutes of a meeting: its date, not a
            # day the minutes go on to plan)
            if st and (date is None or len(st) > len(date[0]) and st.startswith(date[0])
                       or lab[1].start < date[2].start and len(st) >= len(date[0])):
                date = (st, en, lab[1])
        if date and long_before(date[0], published) and not (hy and date[0].startswith(str(hy))):
            # "2016年3月，…首次领导人会议在三亚举行" in a review published in 2019: an article
            # recalling what happened years before reports no event of its own
            events.append(None)
            continue
        name = _unique_name(name, used_names)
        ek = bld.entity(f"event:{name}", "event", name, event_subtype(name))
        events.append(ek)
        for s in ([art.headline] if art.headline else []) + [lead0]:
            if name in s.text:
                i = s.text.index(name)
                bld.mention(ek, s.start + i, s.start + i + len(name))
                break
        if date and not date[1] and len(date[0]) == 10:
            # "活动为期三天": the event's last day, so that its own days report no new event
            n = duration_days(" ".join(x.text for x in sents if x.paragraph <= sents[0].paragraph + 1))
            if n and n > 1:
                date = (date[0], shift_date(date[0], n - 1), date[2])
        if date:
            prev_art_date = date[0]
            bld.fact("event_date", ek, value=date[0], span=(date[2].start, date[2].end))
            if date[1]:
                bld.fact("event_end", ek, value=date[1], span=(date[2].start, date[2].end))
        # place (a first article printed without a headline has the web page's: "…研讨会在
        # 昆明举行" above the date line, where the lead names only the venue "在某大学举行")
        head = art.headline or (lay.page_headline if ai == 0 else None)
        place = None
        for s in first_para + ([head] if head else []):
            pl = find_place(text, s.start, s.end)
            if pl and (date is None or s is not date[2]) and _PLANNED_CLAUSE.search(text, _clause_start(text, s.start, pl[1]), pl[1]):
                continue  # "双方还商定，今年下半年在暹粒联合举办…": where the next one will be
            if pl:
                place = (pl, s)
                break
        if not place:
            for s in first_para + ([head] if head else []):
                pl = venue_place(text, s.start, s.end)
                if pl:
                    place = (pl, s)
                    break
            if place and dl and dl[1] and city_of(dl[1], place[0][0]):
                # "中新网昆明4月17日电 …在云南省社会科学院举行": the venue names its province,
                # the dateline the city
                i = text.find(dl[1], dl_sent.start, dl[2])
                place = ((dl[1], i, i + len(dl[1])), dl_sent)
        if not place:
            # "会议地点：某会议中心（云南省昆明市…）": the city the labelled line names
            lab = labelled_line(text, sents, _PLACE_LABEL)
            pl = labelled_place(text, lab[0], lab[1].end) if lab else None
            if pl:
                place = (pl, lab[1])
        if not place and dl and dl[1]:
            i = text.find(dl[1], dl_sent.start, dl[2])
            place = ((dl[1], i, i + len(dl[1])), dl_sent)
        if place:
            (pname, ps, pe), s = place
            # "访问某国。在某市期间，…": the city may be named in a later sentence, which the
            # fact's span then reaches to
            span = (min(s.start, ps), max(s.end, next((x.end for x in body if x.start <= pe <= x.end), pe)))
            pk = add_place(bld, pname, span)
            bld.mention(pk, ps, pe)
            bld.fact("event_place", ek, pk, span=span)
        # format
        fp_text = "".join(s.text for s in first_para)
        fp_starts = {s.start for s in first_para}
        fmt = event_format(fp_text + (art.headline.text if art.headline else ""))
        if fmt is None and place:
            fmt = "offline"
        if fmt:
            s0 = first_para[0]
            bld.fact("event_format", ek, value=fmt, span=(s0.start, s0.end))
        for s in first_para:
            pc = participants(s.text)
            if pc:
                extra = (("qualifier", pc[1]),) if pc[1] else ()
                bld.fact("participants", ek, value=pc[0], span=(s.start, s.end), extra=extra)
                if pc[2]:
                    bld.fact("participant_category", ek, value=pc[2], span=(s.start, s.end))
                break
        for s in sents:
            for t in topics(s.text):
                tk = bld.entity(f"topic:{t}", "topic", t)
                i = s.text.find(t)
                if i >= 0:
                    bld.mention(tk, s.start + i, s.start + i + len(t))
                bld.fact("topic", ek, tk, span=(s.start, s.end))
        # organiser roles: the first paragraph, and any "由…主办" sentence of the article; a
        # later sentence's roles wait: if it opens an event of its own (below), they are its
        later_roles: dict[int, list[tuple[str, str, Sentence]]] = {}
        for s in sents:
            si = body_index.get(s.start)
            if not (s.start in fp_starts or _ROLE_SENTENCE.search(s.text)):
                continue
            if _PLANNED.match(s.text):
                continue  # "（二）计划于明年5月在河内举办…，由中心与越方共同组织": a plan's organisers
            spans = [(s.start, s.end)]
            if pm_starts and _has_person(pm_starts, pm_ends, s.start, s.end):
                # "…由A、B共同主办，C指导，该司副司长某某出席并致辞": the clauses before the
                # first person's still state the organisers
                p0 = pm_starts[bisect.bisect_left(pm_starts, s.start)]
                s_end = max(text.rfind(c, s.start, p0) for c in "，；,;")
                spans = []
                if s_end > s.start and _ROLE_SENTENCE.search(text, s.start, s_end):
                    spans.append((s.start, s_end))
                # and so does a later clause naming the roles and no person ("…，交流会由A主办")
                spans += [(x, y) for x, y in _clauses(text, max(s.start, s_end), s.end)
                          if not _has_person(pm_starts, pm_ends, x, y) and _ROLE_CLAUSE.search(text, x, y)]
            found_roles = []
            for x, y in spans:
                sent_orgs = per_sent[si][1] if si is not None else None
                if sent_orgs is not None and (x, y) != (s.start, s.end):
                    sent_orgs = [o for o in sent_orgs if x <= o.start and o.end <= y]
                found_roles += roles(text, x, y, aliases, sent_orgs, earlier=art_orgs(ai, s.start))
            for sp, role in found_roles:
                ok = table.add(sp, s)
                if s.start in fp_starts:
                    bld.fact("event_role", ek, ok, role, span=(s.start, s.end))
                else:
                    later_roles.setdefault(s.start, []).append((ok, role, s))
        # side events: "同日，…举办/启动…"
        for s in sents:
            m = _SIDE_EVENT.match(s.text)
            launch = _SIDE_LAUNCH.match(s.text) if not m else None
            subj = _SIDE_SUBJECT.match(s.text) if not (m or launch) else None
            if m or launch or subj:
                sub_name = (m.group(2).lstrip("的").strip("“”") if m else
                            launch.group(1) + "启动仪式" if launch else subj.group(1).strip("“”"))
                if any(sub_name.endswith(h) for h in lex.event_heads) and sub_name not in used_names:
                    used_names.add(sub_name)
                    sk = bld.entity(f"event:{sub_name}", "event", sub_name, event_subtype(sub_name))
                    i = s.text.find(sub_name)
                    if i >= 0:
                        bld.mention(sk, s.start + i, s.start + i + len(sub_name))
                    bld.fact("sub_event", sk, ek, span=(s.start, s.end))
                    if date:
                        bld.fact("event_date", sk, value=date[0], span=(s.start, s.end))
                    # "同日下午，…在某市举办…": the place the side event is said to be held in
                    spl = find_place(text, s.start, s.end)
                    if spl:
                        pk = add_place(bld, spl[0], (s.start, s.end))
                        bld.mention(pk, spl[1], spl[2])
                        bld.fact("event_place", sk, pk, span=(s.start, s.end))

        # further events with dates of their own later in the article ("此前一天，…举办了…",
        # "据介绍，…其中5月20日在万象开班的…", "4月中旬，…开展了联合采样")
        main_date = date[0] if date else None
        seen_dates = {main_date}
        main_sent = date[2] if date else sents[0]
        prev_sub: tuple[int, str] | None = None  # (sentence index, date) of the last one found
        # the day the last sentence opening with one named ("8日上午，代表团抵达老街。"), and where
        day_ctx: tuple[int, str] | None = None
        for k, s in enumerate(sents):
            dm = _DAY_OPENING.match(text, s.start, s.end)
            if dm is not None:
                d0 = next(find_dates(text, dm.start(1), dm.end(1)), None)
                st0 = parse_date(d0, a_pub, a_year, main_date)[0] if d0 is not None and not d0.group(9) else None
                day_ctx = (k, st0) if st0 and len(st0) == 10 else day_ctx
            if s is main_sent or s is sents[0]:
                continue
            ref = prev_sub[1] if prev_sub and prev_sub[0] in (k - 1, k - 2) else None
            if day_ctx and _SAME_DAY_OPENING.match(text, s.start, s.end) and (not prev_sub or day_ctx[0] > prev_sub[0]):
                ref = day_ctx[1]  # "当天下午，某某会见…": the day named just before
            r = secondary_event(text, s.start, s.end, a_pub, a_year, main_date, ref, issued=None if hy else published)
            if not r or r[0] in seen_dates:
                continue
            in_fp = s.start in fp_starts
            if in_fp and s.start < main_sent.start:
                continue
            if in_fp and not _OPENS_WITH_DATE.match(text[s.start:r[1] + 1]):
                continue  # in the report's own paragraph only a sentence opening with its date
            if in_fp and r[1] != s.start:
                continue
            st, ds, vs = r
            if (main_date and date and date[1] and len(st) == 10 and main_date <= st <= date[1]
                    and text.startswith(("考察", "参观", "调研", "察看", "走访", "开展", "签署", "签订"), vs)):
                # "5日至6日…研讨会…；6日，代表们参观了附近的…", "…开展湿地调查", "双方签署了
                # 《…纪要》": a visit, field work or a signing within the event's own days is
                # part of it (one that goes elsewhere, "赴某市考察", stays an event; a ceremony
                # of a side event, "参加了开营仪式", too)
                own = find_place(text, ds, s.end) or venue_place(text, ds, s.end)
                # "赴剑川县开展了调研": a trip to another county or city (not to a site nearby)
                trip = _TRIP.search(text, ds, vs)
                if (own is None and not trip) or (own is not None and place is not None and own[0] == place[0][0]):
                    continue
            if _CLOSES_EVENT.search(text[ds:min(s.end, vs + 16)]):
                # "5日至9日…研修班…；9日，研修班在某市结业": the close of an event already reported
                continue
            seen_dates.add(st)
            prev_sub = (k, st)
            sub_name = None
            hm = None
            for hm in lex.event_head_re.finditer(text, vs, s.end):
                break
            if hm is not None and hm.start() == vs:
                # "…青年对话在昆明举办": the verb found is the event's own head word (对话,
                # 研讨 …), which the words before it in the clause name
                pm = _SUBJECT_EVENT.search(text, ds, hm.end())
                if pm and len(pm.group(1)) > len(hm.group()):
                    sub_name = pm.group(1).strip("“”")
            if sub_name is None and hm is not None and hm.start() - vs <= 30 and not CLAUSE_PUNCT.search(text, vs, hm.start()):
                a0 = vs
                while a0 < hm.start() and text[a0] in "举行召开举办了开展签署会谈在于的":
                    a0 += 1
                sub_name = text[a0:hm.end()].strip("，。 ")
                if sub_name.count("“") == sub_name.count("”") + 1 and sub_name.startswith("“"):
                    sub_name = sub_name[1:]  # (a quote opening the clause, closed after the head)
            if not sub_name or len(sub_name) < 2:
                # "17日上午，某某交流会在京举行": the event named before its verb
                pm = _SUBJECT_EVENT.search(text, ds, vs)
                if pm and any(pm.group(1).endswith(h) for h in lex.event_heads):
                    sub_name = pm.group(1)
            if not sub_name or len(sub_name) < 2:
                sub_name = text[vs:min(s.end, vs + 12)].rstrip("，。")
            base = sub_name
            sub_name = _unique_name(base, used_names)
            sk = bld.entity(f"event:{sub_name}", "event", sub_name, event_subtype(sub_name))
            i = text.find(base, s.start, s.end)
            if i >= 0:
                bld.mention(sk, i, i + len(base))
            else:
                bld.mention(sk, vs, min(s.end, vs + 2))
            bld.fact("event_date", sk, value=st, span=(s.start, s.end))
            pl = find_place(text, ds, s.end) or venue_place(text, ds, s.end)
            if pl and place and city_of(place[0][0], pl[0]):
                pl = None  # "…工作坊在云南省社会科学院举行": in the city of the article's event
                pk = add_place(bld, place[0][0], (s.start, s.end))
                bld.fact("event_place", sk, pk, span=(min(s.start, place[1].start), max(s.end, place[1].end)))
            if pl:
                pk = add_place(bld, pl[0], (s.start, s.end))
                bld.mention(pk, pl[1], pl[2])
                bld.fact("event_place", sk, pk, span=(s.start, s.end))
            # "9月19日，A与B在某地共同举办X交流会": the organisers of this event, not the article's
            for ok, role, _ in later_roles.pop(s.start, ()):
                bld.fact("event_role", sk, ok, role, span=(s.start, s.end))
            # "2. 3月下旬，某对话在昆明举办。活动由A指导，B主办。某某致辞。": the rest of its
            # paragraph is about it (an annual review's numbered entries, a digest's items)
            for s2 in sents[k + 1:]:
                if s2.paragraph != s.paragraph or s2.start in fp_starts:
                    break
                sent_event[s2.start] = sk
        for _, found in sorted(later_roles.items()):
            for ok, role, s in found:
                bld.fact("event_role", sent_event.get(s.start, ek), ok, role, span=(s.start, s.end))

    # a preamble before the first headline (a call for applications, an editor's note) may
    # state the organisers of an event an article below reports: "…定于5月在某地举办“某某
    # 培训班”。培训班由A指导，B主办，C承办。" The event is the one the paragraph names, or
    # the one whose name ends with the sentence's subject ("培训班由…").
    preamble_roles(bld, table, text, lay, events, aliases)

    # speeches
    pm_by_sent: dict[int, list[tuple[int, int, str]]] = {}
    for a, z, k in person_mentions:
        pm_by_sent.setdefault(sent_of(a), []).append((a, z, k))
    for si, pms in sorted(pm_by_sent.items()):
        if si < 0:
            continue
        s = body[si]
        ek = events[art_of[si]] if art_of[si] < len(events) else None
        if ek is None:
            continue
        ek = sent_event.get(s.start, ek)
        for key, verb, vpos in speakers_in_sentence(text, s.start, s.end, pms):
            st = speech_type(verb, s.text)
            said = statement(text, vpos + len(verb), s.end) if verb in ("表示", "指出", "强调", "认为", "介绍", "说", "称") else ""
            bld.fact("speech", key, ek, said, span=(s.start, s.end), extra=(("speech_type", st), ("verb", verb)))

    # a meeting agenda: "致辞：某部某司司长　王某" and the lines indented under it, "报告人：…"
    agenda_speeches(bld, text, body, art_of, events, pm_by_sent)
    # "代表团团长为：甲；乙。各代表团团长在会上作了发言": everyone listed spoke
    listed_speeches(bld, text, body, art_of, events, pm_by_sent)

    # "他指出…" / "她表示…": the person last named in the sentence before
    for si, s in enumerate(body):
        pm = _PRONOUN_SPEECH.match(s.text)
        if not pm or si == 0 or art_of[si - 1] != art_of[si] or si in pm_by_sent:
            continue
        ek = events[art_of[si]] if art_of[si] < len(events) else None
        prev = pm_by_sent.get(si - 1)
        if ek is None or not prev:
            continue
        key = max(prev)[2]
        verb = pm.group(1)
        p0 = body[si - 1]
        said = statement(text, s.start + pm.end(), s.end)
        bld.fact("speech", key, ek, said, span=(p0.start, s.end),
                 extra=(("speech_type", speech_type(verb, s.text)), ("verb", verb)))

    # countries and country groups the text names ("缅甸", "澜湄六国", "湄公河国家")
    norm_text = dash_norm(text)
    for s in body:
        for m in lex.country_re.finditer(norm_text, s.start, s.end):
            key, name, kind = lex.countries[m.group()]
            a0 = m.start()
            if key == "MEKONG5" and norm_text.endswith("澜沧江-", s.start, a0):
                key, a0 = "LMC6", a0 - 4  # "澜沧江-湄公河各国": all six, China included
            ck = bld.country(key)
            bld.mention(ck, a0, m.end(), alias=False)

    # initiatives and documents
    org_ranges = sorted((m[2], m[3]) for m in bld.mentions if m[0].startswith("organization:"))
    bg_start = len(body)
    # a newsletter titled after its programme ("“绿色澜湄计划”工作动态") names it in the masthead
    masthead = split_sentences(text, 0, lay.masthead_end)
    # and a preamble before the first headline (a call for applications) names them too
    scan = body + [x for x in lay.background if x.start < (lay.contact or (len(text),))[0]] + masthead
    found_docs = [find_documents(text, s.start, s.end) for s in scan]
    # "某某行动框架（2023-2027）" and the same name without its years are one document
    # (but two plans of different years are two documents: "…五年行动计划（2023-2027）" and
    # "…（2028-2032）" keep their own names, and the name without years stands for neither)
    by_canon: dict[str, str] = {}
    dated: dict[str, set[str]] = {}
    for d in (d for ds in found_docs for d in ds):
        c = _doc_canon(d.name)
        if _YEARS.search(dash_norm(d.name)):
            dated.setdefault(c, set()).add(d.name)
        if len(d.name) > len(by_canon.get(c, "")):
            by_canon[c] = d.name
    for c, names in dated.items():
        if len(names) > 1:
            del by_canon[c]
    # "《联合声明》" after "《某某会议联合声明》": a short form naming only the document's kind
    # is the one longer document of the briefing whose name ends with it
    # ("《框架》" after one framework, before another: the one named before it)
    short_of_many: set[str] = set()
    for c in list(by_canon):
        if len(c) > 8:
            continue
        longer = {v for k, v in by_canon.items() if k != c and _YEAR_TAIL.sub("", k).endswith(c)}
        if len(longer) == 1:
            by_canon[c] = next(iter(longer))
        elif longer:
            short_of_many.add(c)
    named_before: list[tuple[str, str]] = []  # (canonical name, name) of each document, in order
    for si, s in enumerate(scan):
        # background paragraphs name programmes and documents too (no event mentions them)
        ek = (events[art_of[si]] if art_of[si] < len(events) else None) if si < bg_start else None
        docs = found_docs[si]
        for d in docs:
            c = _doc_canon(d.name)
            dname = by_canon.get(c, d.name)
            if c in short_of_many:
                before = {n for k, n in named_before if k != c and _YEAR_TAIL.sub("", k).endswith(c)}
                if len(before) == 1:  # (after two such, it stays a name of its own)
                    dname = before.pop()
            else:
                named_before.append((c, dname))
            dk = bld.entity(f"document:{dname}", "document", dname, d.subtype)
            bld.mention(dk, d.start, d.end)
            if ek:
                bld.fact("mentions", ek, dk, span=(s.start, s.end))
        lo_i, hi_i = bisect.bisect_left(org_ranges, (s.start, -1)), bisect.bisect_left(org_ranges, (s.end, -1))
        excl = [(d.start - 1, d.end + 1) for d in docs] + org_ranges[lo_i:hi_i]
        for it in find_initiatives(text, s.start, s.end, excl):
            ik = bld.entity(f"initiative:{it.name}", "initiative", it.name, it.subtype)
            bld.mention(ik, it.start, it.end)
            if ek:
                bld.fact("mentions", ek, ik, span=(s.start, s.end))

    # publisher: contact block and background
    pub_key = publisher_key(bld, table, briefing, lay)
    if pub_key:
        if lay.contact:
            for kind, value, a, z in bg.contacts(text, *lay.contact):
                bld.fact("contact", pub_key, value=value, span=(a, z), extra=(("kind", kind),))
        for s in lay.background:
            d = bg.founded(s.text)
            if d:
                bld.fact("founded", pub_key, value=d, span=(s.start, s.end))
                break
    return bld.result(version)


_AND_UNIT = re.compile(r"[与和][\u4e00-\u9fff]{1,8}?(?:部|总司|司|局|厅|处|委员会|中心|研究院|研究所|学院)(?=[、，。；等的])")
_LIST_ITEM = re.compile(r"[^、，。；：:,;“”《》（）()\s等和及与]{2,20}")


# a year or years closing a name: "…展望报告（2020）", "…行动框架（2023-2027）"
_YEAR_TAIL = re.compile(r"[（(]\s*\d{4}(?:\s*[-—–~～至到]\s*\d{4})?\s*年?\s*[)）]$")
_YEARS = re.compile(r"[（(]\s*\d{4}\s*[-—–~～至到]\s*\d{4}\s*年?\s*[)）]$")


# the verb of an election and the chair's titles it fills
_ELECTED = re.compile(r"(?:选举|推选|推举|选出)(?=[^，。；]{2,60}?为)|当选(?:为)?")
_CHAIR = re.compile(r"(?:轮值|联合|共同|执行)?(?:副)?(?:主席|理事长|会长|秘书长)(?:[，。；、,;]|$)")
# what stands between the body and the title: a term of office
_TERM = re.compile(r"(?:\d{4}\s*[—–\-－~～至]\s*\d{4}\s*年度?|\d{4}\s*年度?|新一届|下一届|本届|首任|新任|"
                   r"第[一二三四五六七八九十\d]+届)$")


def elected_chairs(text: str, s: Sentence, persons: list[dict], antecedent):
    """(person key, body, title) for each chair a sentence says was elected: "选举A为B主席"
    (A the last person named before 为), "A当选B主席" (A right before 当选). B is a body
    named in full, or its kind alone ("网络", "联盟") standing for the one named before."""
    for m in _ELECTED.finditer(text, s.start, s.end):
        if m.group().startswith("当选"):
            who_end, rest = m.start(), m.end()
        else:
            wei = text.find("为", m.end(), s.end)
            who_end, rest = wei, wei + 1
        key = None
        for p in persons:
            for n in (p["name"], *p["aliases"]):
                if n and text.startswith(n, who_end - len(n)):
                    key = p["key"]
        c = _CHAIR.search(text, rest, min(s.end, rest + 40))
        if key is None or c is None or any(ch in text[rest:c.start()] for ch in "，。；、,;"):
            continue
        title = c.group().rstrip("，。；、,;")
        body = text[rest:c.start()]
        t = _TERM.search(body)
        if t:
            body = body[:t.start()]
        if not body:
            continue
        sp = antecedent(body, rest) if len(body) <= 3 else None
        if sp is not None:  # the kind word here is this sentence's mention of the body
            sp = replace(sp, start=rest, end=rest + len(body), surface=body, is_alias=True)
        if sp is None:
            sp = standalone_org(text, rest + len(body), rest)
            if sp is None or sp.start != rest:
                continue
        yield key, sp, title


def _doc_canon(name: str) -> str:
    """A document's name for merging: years in parentheses at its end dropped, the full
    river name read as 澜湄 ("…行动框架（2023-2027）" = "…行动框架")."""
    return norm_name(_YEARS.sub("", dash_norm(name)).replace("澜沧江-湄公河", "澜湄"))


# "《某某案例集》出版", "【发布】《某某年度报告》发布": a document put out, no meeting
# (its launch, "《某某》发布会", is one)
_PUBLISHED_ONLY = re.compile(r"《[^《》]{2,60}》(?:正式)?(?:出版|发布|印发|上线|出炉|问世)$")
_SHORT_NAME_DEF = re.compile(r"[（(]"
                             # after the body's English name: "（Some Solar Co., Ltd.，以下简称“某某”）"
                             r"(?:[A-Za-z\u00C0-\u024F][^（）()“”\n]{1,90}?[，,]\s*)?"
                             r"(?:以下|下文|下)?(?:简称|称)[为：:]?[“\"「]([^”\"」，。]{2,16})[”\"」][)）]")
_LABEL_LINE = re.compile(r"^[^，。：:,]{2,8}[：:]")
_LEAD_VERB = re.compile(r"举行|召开|举办|开幕|开班|开营|开课|签署|签订|启动|落幕|闭幕")
_FOUNDED = re.compile(r"成立|设立|建立|组建|挂牌")


# the title of a review of one year: "某中心2025年度大事记", "2022年工作回顾", "回望2024｜某网络
# 年度大事记"
_REVIEW_TITLE = re.compile(r"(?<!\d)(\d{4})(?:\s*年度?|(?=\s*[|｜:：—\-]))[^，。\n]{0,24}?"
                           r"(?:大事记|工作回顾|年度回顾|工作总结|年度报告|年报|纪事|工作纪要|进展一览|工作综述)$")


def review_year(art) -> int | None:
    """The year an article reviews, from its headline (or its first line, a title without a
    sentence's punctuation): its entries' dates without a year are of that year."""
    head = art.headline.text if art.headline else (art.sentences[0].text if art.sentences else "")
    if art.headline is None and ("。" in head or len(head) > 40):
        return None
    m = _REVIEW_TITLE.search(head.strip())
    return int(m.group(1)) if m else None


def chronicle_year(text: str, lay) -> int | None:
    """The year a chronicle reviews, from its title on a line of its own above its first
    entry ("回望2024｜某网络年度大事记" over "一、某会议在昆明召开"): every entry, each an
    article of its own, is of that year, whatever year the issue is published in."""
    if not lay.articles:
        return None
    # (the title may be the masthead's own line: "某中心 / 2020年度工作纪要 / 2021年1月20日")
    for line in text[:lay.articles[0].start].split("\n"):
        s = line.strip()
        m = _REVIEW_TITLE.search(s) if s and "。" not in s and len(s) <= 40 else None
        if m:
            return int(m.group(1))
    return None


# a line that is only a year: "2020年", "2021年度", "二〇二一年"
_YEAR_HEADING = re.compile(r"^[ \t\u3000]*((?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年度?[ \t\u3000]*$", re.M)
_HAN_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")


def year_headings(text: str) -> list[tuple[int, int]]:
    """(offset, year) of each line holding only a year: a chronology's headings, under which
    entries give only month and day ("2020年" over "1月14日，…")."""
    return [(m.start(), int(m.group(1).translate(_HAN_DIGIT))) for m in _YEAR_HEADING.finditer(text)]


def heading_year(heads: list[tuple[int, int]], pos: int) -> int | None:
    """The year of the last year heading before ``pos``."""
    k = bisect.bisect_right(heads, (pos, 1 << 30))
    return heads[k - 1][1] if k else None


def _part_of_year(text: str, para: list[Sentence], published: str | None, year: int | None):
    """(year, None, sentence) of a lead sentence opening with a part of the year and no
    date ("上半年，…"): the year written, else the briefing's (a chronicle's reviewed year)."""
    for s in para:
        m = _PART_OF_YEAR.match(s.text)
        if m:
            y = m.group(1) or (published[:4] if published else (f"{year:04d}" if year else None))
            return (y, None, s) if y else None
    return None


def lead_paragraph(text: str, sents: list[Sentence]) -> list[Sentence]:
    """The paragraph that reports the article's event: the first one, unless it states no
    date or is a labelled header line ("会议时间：…", "点击上方蓝字，关注我们" in a WeChat
    article, a teaser line); then the first of the next few that holds a sentence with a
    date and a verb of holding ("…于6月12日至13日在某地召开")."""
    paras: list[list[Sentence]] = []
    for s in sents:
        if not paras or paras[-1][0].paragraph != s.paragraph:
            paras.append([])
        paras[-1].append(s)
    first = paras[0]

    def dated(p):
        return any(next(find_dates(text, s.start, s.end), None) is not None for s in p)

    if dated(first) and not (len(first) == 1 and _LABEL_LINE.match(first[0].text)):
        return first
    for p in paras[1:16]:
        if any(next(find_dates(text, s.start, s.end), None) is not None and _LEAD_VERB.search(s.text)
               and not _FOUNDED.search(s.text) for s in p):
            return p
    return first


# "会议时间：…", "一、会议时间" (then the date on the next line); "会议地点：…"; both on one
# line ("时间地点：3月21日至23日在南宁举办")
_LABEL_HEAD = r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*(?:会议|活动|培训|论坛|研讨会|研修班|交流会)?(?:举办|召开|举行)?"
_TIME_LABEL = re.compile(_LABEL_HEAD + r"(?:时间|日期)(?:(?:和|与|及|、)?地点)?\s*(?:[:：]\s*|$)")
_PLACE_LABEL = re.compile(_LABEL_HEAD + r"(?:(?:时间|日期)(?:和|与|及|、)?)?地点\s*(?:[:：]\s*|$)")


def labelled_line(text: str, sents: list[Sentence], label: re.Pattern) -> tuple[int, Sentence] | None:
    """(offset of the value, its sentence) of the first line labelled by ``label``: the text
    after "会议时间：" on the same line, or the next line under a heading "一、会议时间"."""
    for k, s in enumerate(sents):
        m = label.match(s.text)
        if m is None:
            continue
        if m.end() < len(s.text):
            return s.start + m.end(), s
        if k + 1 < len(sents) and sents[k + 1].paragraph == s.paragraph + 1:
            return sents[k + 1].start, sents[k + 1]
    return None


_PAGE_BYLINE = re.compile(r"^\s*(?:发布时间|发布日期|发稿时间|更新时间|来源)\s*[:：]")
# a sentence about what is planned ("计划于2025年5月…", "（三）拟于…", "下一步将…")
_PLANNED = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])?\s*(?:计划|拟|将|预计|下一步(?:将|拟)?)(?:于|在)")
_PLACE_LIST_SEP = re.compile(r"[、，,;；/]|和|与|及")


def labelled_place(text: str, a: int, b: int):
    """(place name, start, end) of a labelled place line: its most specific place (a city
    before a province, the last one written), else a country."""
    lex = lexicon()
    best = None
    for m in lex.place_re.finditer(text, a, b):
        e = lex.places[m.group()]
        if best is not None and _PLACE_LIST_SEP.search(text, best[2], m.start()):
            break  # "培训地点：北京、云南昆明": where it opened, the first of a list
        if best is None or e.kind == "city" or best[0].kind != "city":
            best = (e, m.start(), m.end())
    if best is not None:
        return best[0].name, best[1], best[2]
    for m in lex.country_re.finditer(text, a, b):
        key, name, kind = lex.countries[m.group()]
        if kind == "country" and not m.group().endswith("方"):
            return name, m.start(), m.end()
    return None


# an agenda line naming who speaks: "致辞：…", "闭幕式　总结讲话：…", "会议总结：…", "报告人：…"; and the
# lines of other roles, which end the speakers' list ("主持：…", "召集人：…")
_SPEECH_WORD = (r"((?:开幕|闭幕|欢迎|嘉宾|领导)?致辞|致(?:开幕|欢迎|闭幕)(?:辞|词)|"
                r"(?:总结|主旨)?讲话|(?:会议|闭幕)?总结(?:发言)?|(?:主旨|专题|大会)?报告人?|(?:主旨|大会|专题)?发言人?|(?:主旨)?演讲人?|主讲人?)")
_AGENDA_SPEECH = re.compile(r"^(?:[^\s：:，。]{1,10}[ \u3000]+)?" + _SPEECH_WORD + r"\s*[:：]")
# a time slot whose session is a speech ("09:50—11:30　主旨报告"): the people under it speak
_SLOT_SPEECH = re.compile(r"^\d{1,2}[:：]\d{2}\s*[—–\-~～至]+\s*\d{1,2}[:：]\d{2}[ \u3000]+" + _SPEECH_WORD + r"\s*$")
_AGENDA_LABEL = re.compile(r"^(?:[^\s：:，。]{1,10}[ \u3000]+)?[^\s：:，。]{1,8}\s*[:：]")


def agenda_speeches(bld: Builder, text: str, body: list[Sentence], art_of: list[int], events: list[str | None],
                    pm_by_sent: dict[int, list[tuple[int, int, str]]]) -> None:
    """The speakers of a meeting agenda: the people on a line labelled with a speech
    ("致辞：…", "报告人：…", a time slot "09:50—11:30　主旨报告") and on the lines indented
    under it; a line with another label ("主持：", "召集人：") or no indent ends the list."""
    verb = None
    for si, s in enumerate(body):
        line_start = text.rfind("\n", 0, s.start) + 1
        indented = s.start > line_start and text[line_start:s.start].isspace()
        m = _AGENDA_SPEECH.match(s.text) or _SLOT_SPEECH.match(s.text)
        if m:
            verb, after = m.group(1), s.start + m.end()
        elif verb and indented and not _AGENDA_LABEL.match(s.text):
            after = s.start
        else:
            verb = None
            continue
        ek = events[art_of[si]] if art_of[si] < len(events) else None
        if ek is None:
            continue
        for a, z, key in pm_by_sent.get(si, ()):
            if a >= after:
                bld.fact("speech", key, ek, "", span=(s.start, s.end),
                         extra=(("speech_type", speech_type(verb, s.text)), ("verb", verb)))


# "各代表团团长在会上作了国别发言", "与会部长分别致辞": a group of people spoke, each of them
_GROUP_SPOKE = re.compile(r"^(?:各|与会各?|各国|各方)(?:国?代表团团长|团长|部长|大臣|代表团长)(?:们)?")
_SPEECH_IN_CLAUSE = re.compile(r"作(?:了)?[\u4e00-\u9fff]{0,4}?(?:发言|致辞|讲话|报告)|发言|致辞|讲话")
# "出席会议的代表团团长为：", "与会部长名单如下：": the line that opens a list of that group
_GROUP_LIST = re.compile(r"(?:代表团团长|团长|部长|大臣|代表团长)[^，。；]{0,6}[:：]$")


def listed_speeches(bld: Builder, text: str, body: list[Sentence], art_of: list[int], events: list[str | None],
                    pm_by_sent: dict[int, list[tuple[int, int, str]]]) -> None:
    """A group that spoke ("各代表团团长在会上作了国别发言") right after a list of its members,
    one a line under a line ending in a colon ("代表团团长为："): each person listed spoke."""
    for si, s in enumerate(body):
        m = _GROUP_SPOKE.match(s.text)
        if not m or si in pm_by_sent:
            continue
        clause = re.split(r"[，,；]", s.text[m.end():], maxsplit=1)[0]
        verb = _SPEECH_IN_CLAUSE.search(clause)
        if not verb:
            continue
        items = []
        j = si - 1
        while j >= 0 and art_of[j] == art_of[si] and j in pm_by_sent and not _GROUP_LIST.search(body[j].text):
            items.append(j)
            j -= 1
        if not items or j < 0 or art_of[j] != art_of[si] or not _GROUP_LIST.search(body[j].text):
            continue
        ek = events[art_of[si]] if art_of[si] < len(events) else None
        if ek is None:
            continue
        for k in sorted(items):
            for _, _, key in pm_by_sent[k]:
                bld.fact("speech", key, ek, "", span=(body[k].start, s.end),
                         extra=(("speech_type", speech_type(verb.group(), s.text)), ("verb", verb.group())))


def preamble(lay) -> list[Sentence]:
    """Sentences before the first headline that belong to no article (an editor's note, a
    call for applications) and are no background."""
    if not lay.articles:
        return []
    first = min(art.start for art in lay.articles)
    inside = {s.start for art in lay.articles for s in art.sentences}
    bg = {s.start for s in lay.background}
    return [s for s in lay.sentences if s.start < first and s.start not in inside and s.start not in bg]


def preamble_roles(bld: Builder, table, text: str, lay, events: list[str | None], aliases) -> None:
    """Organiser roles stated in sentences outside every article, for the event they name."""
    orphans = preamble(lay)
    if not orphans:
        return
    named = {ek: bld.entities[ek]["name"] for ek in events if ek}
    for s in orphans:
        if not _ROLE_SENTENCE.search(s.text):
            continue
        para = " ".join(o.text for o in orphans if o.paragraph == s.paragraph)
        cands = [ek for ek, n in named.items() if len(n) >= 6 and n in para]
        if not cands:
            m = _SUBJECT_BY.match(s.text)
            if m:
                cands = [ek for ek, n in named.items() if n.endswith(m.group(1))]
        if len(cands) != 1:
            continue
        for sp, role in roles(text, s.start, s.end, aliases):
            ok = table.add(sp, s)
            bld.fact("event_role", cands[0], ok, role, span=(s.start, s.end))


_LIST_OPENER = re.compile(r"以及|及|和|与|并")


def list_neighbours(text: str, s: Sentence, orgs: list[OrgSpan], titles) -> list[OrgSpan]:
    """Unknown bodies enumerated with 、 next to recognised ones (same list, same kind)."""
    out: list[OrgSpan] = []
    known = sorted(orgs, key=lambda o: o.start)
    spans = [(o.start, o.end) for o in known]
    frontier = list(known)
    while frontier:
        o = frontier.pop(0)
        cands = []
        sep = LIST_JOIN.match(text, o.end, s.end)
        if sep:  # the next item ("A司、B司", "A学院及B学院")
            m = _LIST_ITEM.match(text, sep.end(), s.end)
            if m:
                # "…、某某管理局以及项目所在地社区": 以及 ends the item
                cands.append((m.start(), m.end() - (1 if text.startswith("以及", m.end() - 1) else 0)))
                # "某国环境部、渔业与林业部等部门", "…总司、环境知识与信息总司的": a unit named "X与Y…"
                j = _AND_UNIT.match(text, m.end(), s.end)
                if j:
                    cands.append((m.start(), j.end()))
                # "…、国际关系研究院的专家": the item ends with its suffix before 的/等
                for k in range(m.start() + 2, m.end()):
                    if text[k] in "的等" and lexicon().org_suffix_re.search(text, m.start(), k):
                        cands.append((m.start(), k))
                        break
        if o.start - 1 >= s.start and text[o.start - 1] == "、":  # the item before
            a = o.start - 1
            b = a
            while a > s.start and text[a - 1] not in "、，。；：:,;“”《》（）() \n":
                a -= 1
            lead = _LIST_OPENER.match(text, a, b)
            if lead:  # "以及林学院、国际合作处负责人": the conjunction opens the list, no name
                a = lead.end()
            if 2 <= b - a <= 20:
                cands.append((a, b))
        for a, b in cands:
            if any(x < b and a < y for x, y in spans) or any(x < b and a < y for x, y in titles):
                continue
            sp = standalone_org(text, b, a)
            if sp is None or sp.start != a or sp.end != b:
                continue
            # "云南大学生态与环境学院、国际关系研究院": the second unit is also of 云南大学
            # (and a third item shares the parent the second one had restored: "…部甲司、乙司、丙司")
            parent = elided_parent(o, sp) if a > o.start else None
            if parent is not None:
                sp.restored, sp.country = parent, o.country
            # "某国外交部、渔业与林业部": a ministry listed after a foreign ministry is of its country
            if (a > o.start and o.country and o.country != "CN" and o.prefix and o.subtype == "ministry"
                    and len(sp.units) == 1 and sp.surface.endswith("部") and not sp.prefix
                    and not lexicon().country_re.search(sp.surface) and not lexicon().place_re.search(sp.surface)):
                sp.prefix = lexicon().country_names.get(o.country, o.prefix)
                sp.country = o.country
            spans.append((a, b))
            out.append(sp)
            frontier.append(sp)
    return out


_PLAIN_BODY = re.compile(r"(?:大学|出版集团|出版社|科学院)(?!生|城|路|站|校区|堂)|股份有限公司|有限责任公司|有限公司")


def plain_bodies(text: str, s: Sentence, orgs: list[OrgSpan], titles) -> list[OrgSpan]:
    """Universities, publishers and companies named in passing ("由中国环境出版集团出版",
    "听取了某某水电股份有限公司技术人员的介绍")."""
    out = []
    for m in _PLAIN_BODY.finditer(text, s.start, s.end):
        if any(o.start <= m.start() < o.end for o in orgs) or any(x <= m.start() < y for x, y in titles):
            continue
        sp = standalone_org(text, m.end(), s.start)
        if sp is None or len(sp.surface) < 4 or sp.surface.startswith(("各", "多所", "有关", "相关", "该", "这")):
            continue
        if any(o.start <= sp.start < o.end for o in out):
            continue
        # "清华大学环境学院": the university's units follow it
        pos = sp.end
        blocked = sorted(titles)
        while pos < s.end:
            nu = _next_unit(dash_norm(text), pos, s.end, blocked)
            if nu is None:
                break
            sp.units.append(Unit(text[pos:nu[0]], nu[1]))
            pos = nu[0]
        if pos != sp.end:
            sp.end, sp.surface = pos, text[sp.start:pos]
        out.append(sp)
    return out


def add_place(bld: Builder, name: str, span: tuple[int, int], named: bool = True) -> str:
    """The place entity; its province/country from the gazetteer. Facts about a parent the
    sentence does not name ("昆明" -> 云南 -> 中国) stop at the parent: the sentence is
    evidence for the child's containment only."""
    lex = lexicon()
    e = lex.places.get(name)
    if e is None:
        c = lex.countries.get(name)
        if c:
            return bld.entity(f"place:{c[1]}", "place", c[1], "country")
        return bld.entity(f"place:{name}", "place", name, "city")
    key = bld.entity(f"place:{e.name}", "place", e.name, e.kind, aliases=[a for a in e.aliases])
    if not named:
        return key
    if _ISO2.fullmatch(e.parent):
        bld.fact("country", key, bld.country(e.parent), span=span, extra=(("basis", "lexicon"),))
    elif e.parent:
        sent = bld.text[span[0]:span[1]]
        pe = lex.places.get(e.parent)
        parent_named = pe is not None and any(w in sent for w in (pe.name, *pe.aliases))
        pk = add_place(bld, e.parent, span, parent_named)
        bld.fact("located_in", key, pk, span=span, extra=(("basis", "lexicon"),))
    return key


# a clause that states a role by itself: "由A主办", "A与B共同主办"
_ROLE_CLAUSE = re.compile(r"由.+?(?:主办|承办|协办|指导)|(?:联合|共同)主办")
_CLAUSE_PUNCT = re.compile(r"[，；,;。]")


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[a:b] (split at commas and semicolons)."""
    out, x = [], a
    for m in _CLAUSE_PUNCT.finditer(text, a, b):
        out.append((x, m.end()))
        x = m.end()
    if x < b:
        out.append((x, b))
    return out


def _has_person(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    """Some person mention (sorted by start) lies inside [a, b)."""
    i = bisect.bisect_left(starts, a)
    while i < len(starts) and starts[i] < b:
        if ends[i] <= b:
            return True
        i += 1
    return False


# a publisher whose bare schools and offices are its own ("国际学院" in a university's news)
_ACADEMIC_HOME = re.compile(r"(?:大学|学院)$")
_ACADEMIC_UNIT = re.compile(r"(?:学院|研究生院|研究院|研究中心|学系|系|实验室)$")
# what a body calling itself 我校, 我院 … may be named ("广西某大学" is 我校)
_SELF_ENDINGS = {"校": ("大学", "学院", "学校", "校"), "院": ("学院", "研究院", "科学院", "院")}


def resolve_self(sp: OrgSpan, pub: OrgSpan | None, addressee: OrgSpan | None = None) -> bool:
    """"我部国际合作司" -> the publisher's 国际合作司: the first unit becomes the publisher
    ("贵中心": the body the letter is addressed to). False when the text speaks of itself but
    the publisher is unknown or of another kind."""
    u0 = sp.units[0].text if sp.units else ""
    if not SELF_REF.fullmatch(u0):
        return True
    if u0.startswith("贵"):
        pub = addressee
    if pub is None or pub.alt is not None:
        return False
    # the publisher, or the body it belongs to ("我部" in a letter of a ministry's department)
    endings = _SELF_ENDINGS.get(u0[1:], (u0[1:],))
    chain = pub.chain
    k = next((i for i in range(len(chain) - 1, -1, -1) if chain[i].endswith(endings)), None)
    if k is None:
        return False
    unit = pub.units[k]
    sp.units[0] = Unit(chain[k], unit.subtype, unit.entry if len(pub.units) == 1 or k == 0 and chain[0] == unit.text else None)
    sp.country, sp.international, sp.prefix, sp.restored = pub.country, pub.international, "", ""
    return True


# a report's head naming its sender: "发件：某国某部", "报送单位：…", or a kingdom's or
# republic's formal name on the first line ("柬埔寨王国", "老挝人民民主共和国")
_SENDER_LABEL = re.compile(r"^\s*(?:发件(?:人|单位|方)?|来文单位|报送单位|From)\s*[:：]\s*", re.I)


def _names_a_place(s: str) -> bool:
    lex = lexicon()
    return bool(lex.country_re.search(s) or lex.place_re.search(s) or s.startswith(("中国", "中华", "全国")))


_TO_LINE = re.compile(r"^[ \t\u3000]*(?:致|收件(?:人|单位|方)?|主送(?:单位)?)\s*[:：]\s*(\S[^\n]{1,40}?)[ \t\u3000]*$", re.M)


def addressee_span(text: str) -> OrgSpan | None:
    """The body a letter is addressed to ("致：澜沧江-湄公河环境合作中心"), near its head."""
    m = _TO_LINE.search(text, 0, min(len(text), 1500))
    if m is None:
        return None
    a, z = m.span(1)
    found = [o for o in find_orgs(text, a, z) if o.start == a]
    if found:
        return found[0]
    sp = standalone_org(text, z, a)
    return sp if sp is not None and sp.start == a else None


def sender_country(text: str, pub: OrgSpan | None) -> str | None:
    """The country of the foreign body that sends or publishes the text, or None (a Chinese
    one, or none named): its bare departments are its own."""
    if pub is not None and (pub.country or pub.international):
        return pub.country if pub.country and pub.country != "CN" else None
    # (a publisher named bare, "自然资源与环境部" under "老挝人民民主共和国": the head says whose)
    lex = lexicon()
    lines = [ln for ln in text[:1000].split("\n") if ln.strip()][:8]
    for i, ln in enumerate(lines):
        m = _SENDER_LABEL.match(ln)
        rest = ln[m.end():] if m else (ln.strip() if i == 0 else None)
        if rest is None:
            continue
        c = lex.country_re.match(rest)
        if c is not None:
            iso, _, kind = lex.countries[c.group()]
            return iso if kind == "country" and iso != "CN" else None
    return None


def publisher_span(b: Briefing, text: str, masthead_end: int, signatory: tuple[int, int] | None = None
                   ) -> OrgSpan | None:
    spans = find_orgs(text, 0, masthead_end)
    if not spans and signatory is not None:
        # no masthead names it: a release signed at its foot is the signing body's
        sa = standalone_org(text, signatory[1], signatory[0])
        if sa is not None and sa.start == signatory[0]:
            spans = [sa]
    if b.publisher:
        ps = find_orgs(b.publisher, 0, len(b.publisher))
        want = {norm_name(b.publisher)} | ({norm_name(ps[0].name)} if ps else set())
        for sp in spans:
            if norm_name(sp.name) in want:
                return sp
        if ps:
            return None  # named only in metadata: no span in the text
        i = text.find(b.publisher, 0, masthead_end)
        if i >= 0:
            sp = standalone_org(text, i + len(b.publisher), i)
            if sp is not None and sp.start == i:
                return sp
    # a company's own page: its name alone on the first line ("某某科技股份有限公司"), above a
    # headline that may name other bodies ("某某能源与老挝能源与矿产部签署…")
    first = text[:masthead_end].strip().split("\n", 1)[0].strip()
    i = text.find(first) if first else -1
    if i >= 0 and _ALL_NAME.fullmatch(first) and not any(sp.start == i for sp in spans):
        sp = standalone_org(text, i + len(first), i)
        if sp is not None and sp.start == i and sp.subtype == "company":
            return sp
    if spans:
        return _with_department_line(text, spans[0], masthead_end)
    return None


_ALL_NAME = re.compile(r"[\u4e00-\u9fff（）()]{4,30}")


def _with_department_line(text: str, sp: OrgSpan, masthead_end: int) -> OrgSpan:
    """A letterhead naming a ministry, then on the next line one of its departments
    ("越南自然资源与环境部" / "国际合作司"): the letter is the department's."""
    eol = text.find("\n", sp.end, masthead_end)
    if eol < 0 or text[sp.end:eol].strip():
        return sp
    a = eol + 1
    while a < masthead_end and text[a] in " \t\u3000\n":
        a += 1
    z = text.find("\n", a, masthead_end)
    z = masthead_end if z < 0 else z
    line = text[a:z].strip()
    if not (2 <= len(line) <= 12) or not _DEPARTMENT_LINE.fullmatch(line):
        return sp
    nu = _next_unit(dash_norm(text), a, a + len(line), [])
    if nu is None or nu[0] != a + len(line):
        return sp
    return replace(sp, end=a + len(line), units=[*sp.units, Unit(line, nu[1])])


_DEPARTMENT_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:司|局|厅|处|办公室|中心)")


def publisher_key(bld: Builder, table: OrgTable, b: Briefing, lay) -> str | None:
    text = bld.text
    if not (lay.contact or lay.background):
        return None
    names = []
    if b.publisher:
        names.append(b.publisher)
    for sp in find_orgs(text, 0, lay.masthead_end):
        names.append(sp.name)
    for n in names:
        k = table.by_norm.get(norm_name(n))
        if k:
            return k
    for n in names:
        e = lexicon().orgs.get(n.translate(str.maketrans({"—": "-", "－": "-"})))
        if e:
            k = table.by_norm.get(norm_name(e.name))
            if k:
                return k
    if not names:
        return None
    n = names[0]
    sps = find_orgs(n, 0, len(n))
    key = f"organization:{n}"
    e = sps[0].units[-1].entry if sps else None
    bld.entity(key, "organization", n, e.subtype if e else "other",
               aliases=([e.name, *e.aliases] if e else []))
    i = text.find(n)
    if i >= 0:
        bld.mention(key, i, i + len(n))
    if e and e.countries:
        s = (i, i + len(n)) if i >= 0 else (0, 0)
        bld.fact("country", key, bld.country(e.countries[0]), span=s, extra=(("basis", "lexicon"),))
    table.by_norm[norm_name(n)] = key
    return key


# a clause about what is to come: "商定/计划/将于…在某地举办"
_PLANNED_CLAUSE = re.compile(r"商定|计划|拟于|拟在|将于|将在|定于|下半年|明年|下一届|下次")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens (after the last comma or semicolon before it)."""
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in "，；,;"))


def _unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``name（2）``, ``name（3）``, …: the first one not yet used (now used)."""
    out, n = name, 2
    while out in used:
        out = f"{name}（{n}）"
        n += 1
    used.add(out)
    return out
