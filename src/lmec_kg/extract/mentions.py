"""Named initiatives, programmes, platforms and mechanisms ("…计划", "…平台", quoted or
bare) and named documents (in 《》)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from .lexicon import alternation, lexicon
from .orgs import dash_norm, hyphens

__all__ = ["NamedThing", "find_documents", "find_initiatives", "document_subtype"]


@dataclass
class NamedThing:
    kind: str  # initiative | document
    name: str
    subtype: str
    start: int  # of the surface (inside the marks)
    end: int


_BOOK = re.compile(r"《([^《》\n]{2,80})》")
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,40})[”\"]")
# verbs and particles that precede a bare programme name; the name starts after them
_LEFT_STOP = re.compile(
    r".*(?:构建|共建|建设|建立|开通|实施|落实|推动|推进|启动|依托|通过|开展|加强|深化|参与|利用|借助|打造|搭建|"
    r"发布|成立|形成|提出|支持|举办|作为|围绕|基于|对接|加入|纳入|发起|设立|完善|充实|用好|扩大|扩展|拓展|拓宽|升级|结合|包括|涉及|聚焦|关于|关注|介绍|展示|申报|参加|制定|制订|编制|修订|审议|起草|更新|评估|执行|宣布|签订|共同|依靠|依赖|继续对|"
    r"召开|举行|开展|了|在|的|、|是|将|由|以及|以|把|还|并|即|同|就(?!业)|加快|加速|和(?![平谐睦美])|与|(?<![普涉危波惠顾以])及|(?<![平相对均])等(?!等)|承建|援建|参建|承接|承办|主办|协办|年起|获得|获|得到|受到|国家对(?!话|接|口)|国对(?!话|接|口)|争取|年来|以来|其中|例如|比如|特别是|尤其是|包括|以及|通过|借助|目前|同时|此外|已经|正在|首次|进一步|积极|如|框架下|框架内|来自|源自|资助的|支持的|"
    # "列入某某基金…项目", "资金来源于某某基金", "受益于…": a verb of listing or of a source
    r"列入|列为|归入|动用|使用|申请|于|"
    # "发挥某某平台作用", "出席某某基金项目交接仪式": a verb before its object
    r"发挥|出席|见证|考察|参观|访问|"
    # "征集2023年度某某专项基金项目", "数据统一汇入某某平台": a call for, a flow into
    r"征集|汇入|接入|录入|导入|上传至|上传到|已从|已|正从|标志着|进入|向|建议|希望|呼吁|透过|若能|如能|"
    # "双方考虑从某基金申请", "为某某培养提供实践平台", "某地区都有大量环境项目": a verb, a
    # source or an amount before a generic noun
    r"考虑|从|提供|都有|拥有|设有|还有|共有|已有|均有|大量|众多|诸多|许多|个(?!人)|继续|协调|(?<![认作成因以称视])为(?!期)|"
    # "介绍了该行某某项目": the body a demonstrative points back to owns it, no part of its name
    r"该(?:行|组织|机构|中心|部|局|署|会|委|院|校|所|司|处|厅|办|基金会|公司|银行|网络|联盟|平台)|其他|其余|其(?!中|间|实|次))"
)

_LAUNCH_BEFORE = re.compile(r"(?:实施|启动|推进|共建|建设|发起|打造|推动|落实|参与|加入|深化)(?:了)?$")
# an event named after what precedes ("…”论坛", "…研讨会", "…展"); not the verbs and nouns
# that merely contain 展 or 会 ("…平台开展合作", "…机制发展伙伴关系", "服务社会")
_EVENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:会议|(?<![社机体理领误])会|仪式|班|论坛|对话|展览"
                          r"|(?<![开发进拓扩伸施])展(?![开示望]))(?![\u4e00-\u9fff]{0,1}(?:员|长))")

_DOC_HEADS = (
    ("战略与行动框架", "Framework"), ("行动框架", "Framework"), ("框架", "Framework"),
    ("战略", "Strategy"), ("宣言", "Declaration"), ("声明", "Declaration"), ("公报", "Declaration"),
    ("倡议", "Declaration"), ("行动计划", "Plan"), ("计划", "Plan"), ("规划", "Plan"), ("议程", "Plan"),
)


_TRAILING_PAREN = re.compile(r"[（(][^）)]*[）)]$")
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]+")
_CJK_OR_DIGITS = re.compile(r"[\u4e00-\u9fff0-9]+")


def document_subtype(name: str) -> str | None:
    base = _TRAILING_PAREN.sub("", name)
    for head, sub in _DOC_HEADS:
        if base.endswith(head):
            return sub.lower()
    return None


_QUOTED_DOC = re.compile(r"(?:战略|宣言|声明|框架|规划|公报|议程|路线图|白皮书|纲要|备忘录|协定|公约)(?:[（(][^）)]*[）)])?$")


# newspapers and magazines in book-title marks; bulletins and reports ending in 报 are documents
_NEWSPAPER = re.compile(r"[\u4e00-\u9fff]{1,8}(?:日报|时报|晚报|早报|周报|邮报|导报|商报|画报|杂志)|[\u4e00-\u9fff]{1,4}报")
_BULLETIN = re.compile(r"(?:公报|简报|通报|年报|季报|月报|快报|情报|学报|汇报|预报|呈报|申报)$")


# "政府实施的“某某战略”": a strategy a government adopted or carries out is a document;
# so is one the government acts in ("王国政府在“某某战略”中把…列为优先")
_ADOPTED_BEFORE = re.compile(r"(?:政府|国家|当局|议会|内阁|部)(?:[\u4e00-\u9fff]{0,3}?(?:实施|推行|提出|发布|出台|制定|通过|颁布|推出)的|在)$"
                             # "某国政府“某某战略”把…列为": the government's own strategy
                             r"|(?:政府|内阁)$")


# "“某某战略”（Clear Sky Strategy）": a strategy given its English name is a proper document
_EN_DOC_GLOSS = re.compile(r"[（(][A-Z][A-Za-z'’\- ]{1,60}?\b(?:Strategy|Declaration|Statement|Framework|Plan|Agenda|"
                           r"Roadmap|Communiqu[eé]|Charter|Accord|Agreement|Convention)[）)]")


def _has_proper_element(s: str, lex) -> bool:
    """``s`` names a proper element of the region ("澜湄", "湄公河", ...)."""
    return any(p in s for p in lex.proper_elements)


# a talk's title: "作了题为《…》的专题讲座", "《…》的主旨演讲"
_TALK_TITLED = re.compile(r"(?:作|做)(?:了)?题为$")
_TALK_AFTER = re.compile(r"的(?:专题|主旨|主题|学术)?(?:讲座|演讲|授课|讲话)")


# a journal's issue after its title, and an article cited in one
_ISSUE_OF = re.compile(r"\s*(?:杂志|期刊|学报)?\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,3}\s*[期卷]")
_CITED_IN = re.compile(r"\s*[，,]\s*《[^《》\n]{1,40}》\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,3}\s*[期卷]")


# a name in English: capitalised words (small words between them), then perhaps its years
_LATIN_WORD = r"[A-Z][A-Za-z0-9'’]*(?:-[A-Z0-9][A-Za-z0-9'’]*)*"
_LATIN_DOC = re.compile(rf"({_LATIN_WORD}(?:[ \t]+(?:(?:and|for|of|the|to|in|on|&)[ \t]+)*{_LATIN_WORD})+)"
                        r"(?:[ \t]*(?:\((?:19|20)\d\d[-–—](?:19|20)?\d\d\)|(?:19|20)\d\d[-–—](?:19|20)?\d\d))?")
_FILE_NAME_END = re.compile(r"[ \t]*(?:[（(][^（）()\n]{1,20}[)）])?[ \t]*\.[A-Za-z]{2,4}\b")
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9.\-]")
_LATIN_DOC_HEAD = re.compile(r"\b(?:Strateg(?:y|ies)|Plan|Framework|Declaration|Agenda|Roadmap|Agreement|Convention"
                             r"|Guidelines?|Statement|Charter|Protocol|Blueprint)\b")


def find_documents(text: str, a: int, b: int) -> list[NamedThing]:
    """Documents in 《》, quoted names of strategies and declarations (“…战略”), and
    well-known documents written bare (澜湄环境合作战略)."""
    lex = lexicon()
    out = []
    taken = []
    for m in _BOOK.finditer(text, a, b):
        name = m.group(1).strip()
        paper_of_country = lex.country_re.search(text, max(0, m.start() - 6), m.start())
        if _NEWSPAPER.fullmatch(name) and (not _BULLETIN.search(name)
                                           or paper_of_country and paper_of_country.end() == m.start()):
            continue  # "据《某某日报》报道": a newspaper, not a document
        if _TALK_TITLED.search(text, max(a, m.start() - 6), m.start()) or _TALK_AFTER.match(text, m.end()):
            continue  # "作了题为《…》的专题讲座": the title of a talk, no document
        if _ISSUE_OF.match(text, m.end()) or _CITED_IN.match(text, m.end()):
            continue  # "某某：《文章》，《期刊》2024年第3期": a work cited and its journal, no document
        out.append(NamedThing("document", name, document_subtype(name) or "document", m.start(1), m.end(1)))
        taken.append(m.span())
    for m in _QUOTE.finditer(text, a, b):
        name = m.group(1).strip()
        adopted = (_ADOPTED_BEFORE.search(text, max(a, m.start() - 8), m.start())
                   or _EN_DOC_GLOSS.match(text, m.end(), b))
        if _QUOTED_DOC.search(name) and (len(name) >= 4 and _has_proper_element(hyphens(name), lex)
                                         or adopted and 3 <= len(name) <= 12 and _CJK_OR_DIGITS.fullmatch(name)):
            if text.startswith(("为主题", "主题"), m.end()):
                continue
            out.append(NamedThing("document", name, document_subtype(name) or "document", m.start(1), m.end(1)))
            taken.append(m.span())
    for m in _LATIN_DOC.finditer(text, a, b):
        if (_LATIN_DOC_HEAD.search(m.group(1)) and text[m.start() - 1:m.start()] not in ("（", "(")
                and not (m.start() and _LATIN_BEFORE.match(text, m.start() - 1)) and _free(taken, m.start(), m.end())
                and not _FILE_NAME_END.match(text, m.end())):  # "2. Joint Statement (English).pdf": an attachment
            # "老挝正在执行National Biodiversity Strategy and Action Plan 2016-2025": a plan
            # named in English inside Chinese prose (a gloss in brackets names one given before)
            out.append(NamedThing("document", m.group(), "document", m.start(), m.end()))
            taken.append(m.span())
    title = _title_line_document(text, a, b)
    if title is not None and not taken:
        out.append(title)
        taken.append((title.start, title.end))
    norm = dash_norm(text)
    for m in lex.org_re.finditer(norm, a, b):
        d = _BODY_DOC.match(norm, m.end(), b)
        if (d is None or lex.orgs[m.group()].subtype not in _DOC_BODIES
                or _BODY_DOC_VERB.search(d.group(1)) or not _free(taken, m.start(), d.end())):
            continue
        name = text[m.start():d.end()]
        out.append(NamedThing("document", name, document_subtype(name) or "document", m.start(), d.end()))
        taken.append((m.start(), d.end()))
    for m in lex.document_re.finditer(norm, a, b):
        if any(p <= m.start() < q for p, q in taken) or "\u4e00" <= norm[m.end():m.end() + 1] <= "\u9fff" and norm.startswith(("与行动", "与", "实施方案", "行动框架"), m.end()):
            continue
        name, sub = lex.documents[m.group()]
        out.append(NamedThing("document", name, sub, m.start(), m.end()))
    return out


# "介绍了湄委会干旱管理战略的实施情况": a strategy or plan of a well-known international body,
# named bare after the body; a verb inside ("湄委会积极推动区域战略") makes it a clause
_DOC_BODIES = frozenset({"international_organization", "secretariat"})
_BODY_DOC = re.compile(r"((?:(?![的在将与和及是了对为把被已])[\u4e00-\u9fff]){1,10}?"
                       r"(?:战略计划|战略|行动计划|规划|行动框架))(?=[的，。、；：和与及（(）)已将在于是由正]|实施|执行|$)")
_BODY_DOC_VERB = re.compile(r"推动|推进|实施|制定|编制|发布|通过|支持|参与|落实|积极|加强|开展|提出|启动|执行|更新|"
                            r"修订|对接|服务|围绕|根据|按照|正在|将|共同|联合|相关|有关|各国|成员国|新一轮|下一轮|新一期|下一期|新版|首个|本期|上一")


def _free(taken: list[tuple[int, int]], x: int, y: int) -> bool:
    """Whether ``[x, y)`` overlaps none of the spans already taken."""
    return all(y <= p or x >= q for p, q in taken)


# "首届某某部长会议联合声明" on a line of its own: the title of a statement printed below it
# (a headline that reports one has a verb: "部长会议发表联合声明")
_TITLE_DOC = re.compile(r"[\u4e00-\u9fff0-9\-－—–]{4,40}(?:联合声明|共同声明|联合宣言|宣言|联合公报)")
_REPORTING_VERB = re.compile(r"发表|通过|签署|发布|举行|召开|达成|共商")


def _title_line_document(text: str, a: int, b: int) -> NamedThing | None:
    """A line that is nothing but a declaration's name, about an event ("会议", "澜湄")."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if (a > 0 and text[a - 1] != "\n") or (b < len(text) and text[b] != "\n"):
        return None
    name = text[a:b]
    if not _TITLE_DOC.fullmatch(name) or _REPORTING_VERB.search(name):
        return None
    if not (_has_proper_element(hyphens(name), lexicon()) or lexicon().event_head_re.search(name)):
        return None
    return NamedThing("document", name, document_subtype(name) or "document", a, b)


@lru_cache(maxsize=1)
def _bare_head_re() -> re.Pattern:
    lex = lexicon()
    return alternation([h for h, (_, bare) in lex.initiative_heads.items() if bare])


@lru_cache(maxsize=1)
def _heads_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicon().initiative_heads, key=len, reverse=True))


def _init_head(name: str, quoted: bool):
    lex = lexicon()
    for head in _heads_longest_first():
        sub, bare = lex.initiative_heads[head]
        if name.endswith(head) and len(name) > len(head) + 1 and (quoted or bare):
            return head, sub
    return None


# "“某示范”启动会": the event launching a project, named by it
_LAUNCH_EVENT = re.compile(r"启动(?:会|仪式)|开工(?:仪式|典礼)")
# "“两廊一圈”框架下", "“某某”合作架构": a framework of cooperation; the framework may
# follow further quoted names ("在“甲乙”和“丙丁”框架下")
_FRAMEWORK_AFTER = re.compile(r"(?:[和与、及]“[^“”]{1,12}”)*(?:合作)?(?:框架|构想|架构)(?=[下内中与和的，、。；]|$)")
# "“某某研究中心”揭牌": a body unveiled or founded
_UNVEILED_AFTER = re.compile(r"(?:正式)?(?:揭牌|挂牌|授牌|成立)")
# what is built or piloted: the quoted name before it is a programme
_BUILT = re.compile(r"(?:建设|试点|创建|示范)")
# "某省合作建设生态示范区": a zone built in the place, not one named by it
# (or a verb of holding or visiting: "在金边举办低碳示范区…培训班" is no zone of Phnom Penh)
_ZONE_VERB = re.compile(r"合作|建设|共建|打造|建立|设立|推进|开展|实施|启动|规划|举办|举行|召开|组织|参观|考察|访问|前往|赴|在")
_PLACE_ZONE = re.compile(r"(?:省|市|州|县|府)?[\u4e00-\u9fff]{2,8}?(?:示范区|示范园区|示范园)")


# "“一带一路”绿色发展国际联盟": word characters after the quote that may go on with its name
# after a quoted name: more quoted names, then a count of what they are ("…”和“…”两个项目")
_COUNTED_HEAD = re.compile(r"(?:[、和与及]“[^“”\n]{2,40}”)*等?[一二两三四五六七八九十几多数]+个(项目|计划|倡议|平台|机制|工程|行动)")
_NAME_GOES_ON = re.compile(r"[^\W\d_的下中内为等]{2,16}")
# what a clause goes on with after a name it is about: a verb of proposing or launching, an
# anniversary ("“某某”倡议提出十周年", "“某某”计划实施五周年"), a listing ("“某某示范”纳入…清单"); "坚持“一国一策”来设计项目":
# 来 before a verb says what the phrase is used for
_CLAUSE_GOES_ON = re.compile(r"提出|发起|实施|启动|开展|纳入|列入|获得|荣获|得到|入选|[一二三四五六七八九十百\d]+周年|^来(?!华)")
_PUNCT = re.compile(r"[，。、；：,;:！？]")
# (or what is listed into a plan: "将“澜湄某某示范”纳入…清单")
_PROGRAMME_AFTER = re.compile(r"(?:项目|计划|行动|品牌活动|系列活动|倡议|纳入|列入)")
_COLON = re.compile(r"[：:]")
_YEAR_OPENING = re.compile(r"\d{4}年度?")

_PLACE_FUND = re.compile(r"(?:市|省)?(?:(?![的和与及等在是为对])[\u4e00-\u9fff]){2,10}?基金(?!会|公司|项目|管理)")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# a quoted name before these names a session of a forum
_SESSION_AFTER = re.compile(r"(?:[一二两三四五六七八九十\d]+个|等)?(?:分论坛|分会场|平行论坛|专题论坛|平行会议|边会)")
# quoted topics before these name discussion groups ("按“…”“…”分成三个小组")
_GROUPS_AFTER = re.compile(r"(?:分成|分为|划分为|组成)[一二两三四五六七八九十\d]+个?(?:小组|分组|组)")
# a verb of launching, then a partnership's name written bare
_LAUNCHED_PARTNERSHIP = re.compile(r"(?:启动|建立|发起|组建|构建)(?:了)?((?:(?![的和与及在将等])[\u4e00-\u9fff\-—]){4,20}?伙伴关系)")
_ACRONYM_GLOSS = re.compile(r"[（(][A-Z][A-Z0-9\-]{1,11}(项目|计划|倡议|模式)?[)）](项目|计划|倡议|模式)?")
_CAMPAIGN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:专项行动|专项执法|专项检查|强化监督|联合执法|执法检查)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,11}")
# "“建设-运营-移交”（BOT）模式": the stages of a generic way of delivering a project, no programme
_STAGES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[-、][\u4e00-\u9fff]{2,3}){1,4}")
_ACRONYM_HEAD = re.compile(r"(?:项目|计划)")
# "DELTA项目" written bare; not the tail of a longer Latin word
_BARE_ACRONYM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9-]{1,11})(项目|计划)")
# characters a _BARE_ACRONYM match can have before its last one
_ACRONYM_INNER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-项计")


def _acronym_scan_start(text: str, a: int) -> int:
    """Where a scan for _BARE_ACRONYM must start to find the matches at or after ``a`` that a
    scan from the text's start finds: back over characters a match could straddle ``a`` with.
    (Scanning from 0 for every sentence made the pass quadratic in the briefing's length.)"""
    while a > 0 and text[a - 1] in _ACRONYM_INNER:
        a -= 1
    return a


def _after_quotes(text: str, pos: int, b: int) -> int:
    """The position after a run of further quoted names ("“A”“B”建设": after “B”)."""
    while True:
        m = _QUOTE.match(text, pos, b)
        if not m:
            return pos
        pos = m.end()


def _joined_by_he(run: str, cut: int, head_len: int, lex) -> bool:
    """Whether the 和 (or 与) just before ``run[cut:]`` joins two nouns inside one programme name
    ("由澜湄绿色和南南合作基金资助": a fund named by both), not two separate things.
    The part before 和 (back to the previous stop word) must be a short name-like noun with a
    proper element, not a name of its own (no initiative head) and not empty ("“甲计划”和…",
    "依托城市建设和…": the 和 follows a verb or a finished name); the part after it is short
    ("洪水预报预警与澜湄…平台": a topic without a proper element, then the name, is two things)."""
    if cut < 1 or run[cut - 1] not in "和与":
        return False
    prev = _LEFT_STOP.match(run[: cut - 1])
    left = run[prev.end() if prev else 0: cut - 1]
    right = run[cut: len(run) - head_len]
    # 与 joins longer nouns inside a name than 和 ("澜湄环境与可持续发展合作平台")
    if not (2 <= len(left) <= 6 and 2 <= len(right) <= (6 if run[cut - 1] == "和" else 14) and _ALL_CJK.fullmatch(left)):
        return False
    if not any(p in left for p in lex.proper_elements):
        return False
    return not any(left.endswith(h) for h in lex.initiative_heads) and lexicon().org_suffix_re.search(left) is None


# "…环境领域务实项目": what is done in a field of a programme, described, not named
_FIELD_OF_KNOWN = re.compile(r"领域")


def _known_prefix(run_h: str, lex) -> bool:
    """Whether the run opens with a well-known name ("澜湄合作…")."""
    return any(lex.initiatives.get(run_h[:k]) for k in range(2, len(run_h)))


def find_initiatives(text: str, a: int, b: int, exclude: list[tuple[int, int]]) -> list[NamedThing]:
    """Initiatives in text[a:b]; ``exclude`` holds spans already taken (documents, orgs)."""
    lex = lexicon()
    norm = dash_norm(text)
    out: list[NamedThing] = []
    taken = list(exclude)

    # quoted names with an initiative head ("绿色澜湄计划", "中国-东盟生态友好城市发展伙伴关系")
    docs = [(p, q) for p, q in exclude if text[p:p + 1] == "《" or text[q - 1:q] == "》"]
    for m in _QUOTE.finditer(text, a, b):
        name = m.group(1).strip()
        if not all(m.end() <= p or m.start() >= q for p, q in docs):
            continue
        after = text[m.end():m.end() + 4]
        before = text[max(0, m.start() - 4):m.start()]
        if after.startswith(("为主题", "主题")) or before.endswith(("主题为", "主题是", "主题：", "口号")):
            continue
        name_h = hyphens(name)
        if _QUOTED_DOC.search(name) and _has_proper_element(name_h, lex):
            continue  # a strategy or declaration: a document
        counted = _COUNTED_HEAD.match(text, m.end(), b)
        if counted and not _PUNCT.search(name) and lex.initiative_heads.get(counted.group(1)):
            # "“甲示范”和“乙合作”两个项目": each quoted name is one of the programmes counted
            out.append(NamedThing("initiative", name, lex.initiative_heads[counted.group(1)][0], m.start(1), m.end(1)))
            taken.append((m.start(), m.end()))
            continue
        if _SESSION_AFTER.match(text, _after_quotes(text, m.end(), b)) and not lex.initiatives.get(name_h):
            continue  # "“湿地与候鸟网络”分论坛": the name of a session, not a programme
        if _GROUPS_AFTER.match(text, _after_quotes(text, m.end(), b)):
            continue  # "按“A”“B机制”分成两个小组": the topics of discussion groups
        # "“某某项目”（ABC）项目", "“某某模式”（ABC模式）": a Latin abbreviation between the
        # quoted name and its head
        gl = _ACRONYM_GLOSS.match(text, m.end(), b)
        if (gl and (gl.group(1) or gl.group(2)) and not lex.initiatives.get(name_h)
                and not _EVENT_AFTER.match(text, gl.end()) and not ("模式" in (gl.group(1), gl.group(2)) and _STAGES.fullmatch(name_h))):
            out.append(NamedThing("initiative", name, "programme", m.start(1), m.end(1)))
            taken.append((m.start(), gl.end()))
            continue
        # "“某盾”专项行动", "“某某”自然保护地强化监督": a campaign named by a short word
        if (_SHORT_NAME.fullmatch(name) and _CAMPAIGN_AFTER.match(text, m.end(), b)
                and not lex.initiatives.get(name)):
            out.append(NamedThing("initiative", name, "programme", m.start(1), m.end(1)))
            taken.append((m.start(), m.end()))
            continue
        # "“DELTA”项目": a programme named by a Latin acronym
        am = _ACRONYM_HEAD.match(text, m.end())
        if _ACRONYM.fullmatch(name) and am and name not in lex.latin_orgs:
            out.append(NamedThing("initiative", name + am.group(), "programme", m.start(1), am.end()))
            taken.append((m.start(), am.end()))
            continue
        # "“一带一路”绿色发展国际联盟": the quoted part opens a longer name (not a phrase
        # around it: "在“澜湄合作”框架下担当…的平台", "以“一带一路”建设为平台")
        cont = _NAME_GOES_ON.match(text, m.end(), b)
        goes_on = cont.group() if cont else ""
        if cont and (not _ALL_CJK.fullmatch(goes_on) or goes_on.startswith(("相关", "有关"))):
            cont = None  # "“某某战略”相关行动": 相关 relates the phrase to the name, no part of it
        if cont and _FRAMEWORK_AFTER.match(text, m.end()):
            cont = None  # "“甲乙”框架与某倡议对接": the framework the name opens ends there
        if cont and (stop := _CLAUSE_GOES_ON.search(goes_on)):
            goes_on = goes_on[:stop.start()]  # "“某某”倡议提出十周年": the name ends before the verb
        # ("“某某乡村”计划": the head right after the quotes, for a name no lexicon knows)
        # ("“澜湄某某”项目": a name with a proper element is whole in its quotes)
        shortest = (2 if not lex.initiatives.get(name_h) and _ALL_CJK.fullmatch(name) and goes_on.startswith(("计划", "项目"))
                    and not _has_proper_element(name_h, lex) else 4)
        if cont and _init_head(name, True) is None and len(goes_on) >= shortest:
            hc = None
            for k in range(len(goes_on), shortest - 1, -1):
                hc = _init_head(name + goes_on[:k], True)
                if hc and goes_on[:k].endswith(hc[0]):
                    cont_text = goes_on[:k]
                    break
                hc = None
            if hc:
                full = text[m.start():m.end() + len(cont_text)]
                out.append(NamedThing("initiative", full, hc[1], m.start(), m.end() + len(cont_text)))
                taken.append((m.start(), m.end() + len(cont_text)))
                continue
        known = lex.initiatives.get(name_h)
        h = _init_head(name, True)
        if not (known or h) and _BUILT.match(text, _after_quotes(text, m.end(), b)) and 2 <= len(name) <= 12 \
                and not _PUNCT.search(name):
            # "“零碳社区”建设试点", "“甲走廊”“乙走廊”建设": a programme that is built
            h = ("", "programme")
        if (not (known or h) and text.endswith("项目", max(a, m.start() - 2), m.start()) and 4 <= len(name) <= 30
                and not _PUNCT.search(name) and (not _EVENT_AFTER.match(text, m.end()) or _LAUNCH_EVENT.match(text, m.end()))):
            # "专项基金项目“某湖面源污染防治示范”启动会": a project named after its label
            h = ("", "programme")
        if (not (known or h) and 2 <= len(name) <= 12 and _CJK_OR_DIGITS.fullmatch(name)
                and _FRAMEWORK_AFTER.match(text, m.end())):
            # "在“两廊一圈”框架与…倡议对接": a framework of cooperation named by a slogan
            h = ("", "initiative")
        if (known or h) and not known and _UNVEILED_AFTER.match(text, m.end()) and lex.org_suffix_re.search(name):
            continue  # "“某某联合研究中心”揭牌仪式": a body unveiled, no programme
        if not (known or h) and 4 <= len(name) <= 30 and _has_proper_element(name_h, lex):
            # "实施“澜湄绿色之约”", "“澜湄X”项目": a programme by what is done with it
            if (_LAUNCH_BEFORE.search(text[max(a, m.start() - 6):m.start()])
                    or _PROGRAMME_AFTER.match(text[m.end():m.end() + 4])):
                if not _EVENT_AFTER.match(text, m.end()):
                    h = ("", "programme")
        if known or h:
            sub = known[1] if known else h[1]
            s0 = m.start(1)
            # "A：B" names a programme B under the initiative A
            if "：" in name or ":" in name:
                left, right = _COLON.split(name, maxsplit=1)
                lk = lex.initiatives.get(hyphens(left))
                lh = _init_head(left, True)
                if (lk or lh) and _init_head(right, True):
                    out.append(NamedThing("initiative", lk[0] if lk else left, lk[1] if lk else lh[1], s0, s0 + len(left)))
                    name, s0 = right, s0 + len(left) + 1
                    sub = _init_head(right, True)[1]
            out.append(NamedThing("initiative", known[0] if known and known[0] == name else name, sub, s0, m.end(1)))
            taken.append((m.start(), m.end()))
    # bare programme names with a proper element ("澜湄水资源合作信息共享平台")
    for m in _bare_head_re().finditer(text, a, b):
        e = m.end()
        # the longest CJK run before the head, back to punctuation
        s = e
        while s > a and ("\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] in "0123456789-—") and text[s - 2:s] != "——":
            s -= 1
        run = text[s:e]
        lm = _LEFT_STOP.match(run[: len(run) - len(m.group())])
        if lm and _joined_by_he(run, lm.end(), len(m.group()), lex):
            lm = _LEFT_STOP.match(run[: lm.end() - 1])  # "由甲地环境和南南合作基金资助": one name
        if lm:
            s += lm.end()
            run = text[s:e]
        for p, q in exclude:
            if s <= p < e - len(m.group()) and q < e - len(m.group()):
                s = max(s, q)
        run = text[s:e]
        # "某国重视X合作机制": a known name closing the run starts the programme's name
        run_h = hyphens(run)
        if not lex.initiatives.get(run_h):
            for k in range(1, len(run) - len(m.group())):
                if lex.initiatives.get(run_h[k:]):
                    s += k
                    run = text[s:e]
                    break
        if len(run) < len(m.group()) + 4 or not _free(taken, s, e):
            continue
        if not _has_proper_element(hyphens(run), lex):
            continue
        # "…重点项目清单", "…项目名单": a list of projects, not a programme's name
        if text[e:e + 1] in ("会", "部", "署", "局", "库", "组", "办") or text.startswith(("案例", "清单", "名单"), e):
            continue
        # "湄公河三角洲相关项目", "湿地保护等项目": projects of a field or a list, none named
        if run[: len(run) - len(m.group())].endswith(("相关", "有关", "等")):
            continue
        # "…项目推进会", "…平台启动仪式": the name modifies an event (a named demonstration
        # project's own launch or review, "某某示范项目启动仪式", mentions the project)
        if _EVENT_AFTER.match(text, e) and m.group() != "示范项目":
            continue
        if lex.title_re.match(text, e) and not lex.initiatives.get(hyphens(run)):
            continue  # "某组织亚太区淡水项目负责人": the field of a post, not a programme named
        ym = _YEAR_OPENING.match(run)
        if ym and len(run) - ym.end() >= len(m.group()) + 4:
            s += ym.end()  # "2024年澜湄合作专项基金": the programme, not its year
            run = text[s:e]
        run_h = hyphens(run)
        known = lex.initiatives.get(run_h)
        core = lex.initiatives.get(run_h[: len(run) - len(m.group())])
        if core and m.group() in ("平台", "机制", "项目"):
            continue  # "澜湄合作平台", "澜湄环境合作项目": the known one, described; the lexicon pass names it
        if not known and _FIELD_OF_KNOWN.search(run_h) and _known_prefix(run_h, lex):
            continue  # "澜湄合作环境领域务实项目": the projects of a field of the known one
        if known:
            out.append(NamedThing("initiative", known[0], known[1], s, e))
        else:
            out.append(NamedThing("initiative", run, lex.initiative_heads[m.group()][0], s, e))
        taken.append((s, e))
    # "同意启动澜湄某某伙伴关系": a partnership launched, named bare (no quotes)
    for m in _LAUNCHED_PARTNERSHIP.finditer(text, a, b):
        s, e = m.start(1), m.end(1)
        core = hyphens(text[s:e - len("伙伴关系")])
        if (_free(taken, s, e) and _has_proper_element(core, lex) and not lex.initiatives.get(core)
                and not _EVENT_AFTER.match(text, e)):
            out.append(NamedThing("initiative", text[s:e], lex.initiative_heads["伙伴关系"][0], s, e))
            taken.append((s, e))
    # bare "DELTA项目": a programme named by a Latin acronym (not an organisation's: "GIZ项目")
    for m in _BARE_ACRONYM.finditer(text, _acronym_scan_start(text, a), b):
        if m.start() < a or not _free(taken, m.start(), m.end()) or m.group(1) in lex.latin_orgs:
            continue
        if _EVENT_AFTER.match(text, m.end()) or text[m.end():m.end() + 1] in ("部", "组", "办"):
            continue
        t = lex.title_re.match(text, m.start(2))
        if t and t.end() > m.end():
            continue  # "ABC项目经理某某": a post (项目经理) in the body ABC, no programme named
        out.append(NamedThing("initiative", m.group(), "programme", m.start(), m.end()))
        taken.append(m.span())
    # a fund named by its city ("某市生物多样性基金"; not a foundation, 基金会)
    for m in lex.place_re.finditer(text, a, b):
        f = _PLACE_FUND.match(text, m.end(), b)
        if not f or not _free(taken, m.start(), f.end()):
            continue
        before = text[max(a, m.start() - 6):m.start()]
        lm = _LEFT_STOP.match(before)
        if before and "\u4e00" <= before[-1] <= "\u9fff" and not (lm and lm.end() == len(before)):
            continue
        out.append(NamedThing("initiative", text[m.start():f.end()], "programme", m.start(), f.end()))
        taken.append((m.start(), f.end()))
    # a demonstration zone named by its place ("某省绿色示范区")
    for m in lex.place_re.finditer(text, a, b):
        z = _PLACE_ZONE.match(text, m.end(), b)
        if (z and _free(taken, m.start(), z.end()) and not _EVENT_AFTER.match(text, z.end()) and text[z.end():z.end() + 1] not in ("内", "的")
                and not _ZONE_VERB.search(text, m.end(), z.end())):
            out.append(NamedThing("initiative", text[m.start():z.end()], "programme", m.start(), z.end()))
            taken.append((m.start(), z.end()))
    # well-known names written bare (澜湄合作, 全球发展倡议)
    for m in lex.initiative_re.finditer(norm, a, b):
        if not _free(taken, m.start(), m.end()):
            continue
        name, sub = lex.initiatives[m.group()]
        out.append(NamedThing("initiative", name, sub, m.start(), m.end()))
        taken.append(m.span())
    return out
