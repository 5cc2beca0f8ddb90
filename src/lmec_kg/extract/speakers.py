"""Speakers: people who addressed an event (致辞, 讲话, 主旨发言, 表示, 指出, 介绍, …).

Within a sentence each person mention owns the text up to the next person mention; if that
stretch holds a speech verb the person spoke, and people listed before it without a verb of
their own ("A、B、C分别致辞", "A，B、C出席并致辞") share it.
"""
from __future__ import annotations

import re

from .lexicon import lexicon

__all__ = ["speech_type", "speakers_in_sentence", "statement"]

# verbs of attending or chairing that end a person's predicate without a speech
_CLAUSE_END = re.compile(r"[，。；]")
_NON_SPEECH = re.compile(r"主持|出席|参加|会见|陪同|见证|揭牌|签署|参观|考察|率团|带队")


# "A主持会议，并介绍了…": a clause opening with 并/还 goes on with the same person
_SAME_SUBJECT = re.compile(r"并|还|同时|随后|之后")


def _same_subject(clause: str) -> bool:
    """The words between a clause's opening and its speech verb go on with the same person:
    "…，并介绍了…", or none at all ("A通过线上方式参加讨论，介绍了…")."""
    return not clause.strip() or bool(_SAME_SUBJECT.match(clause))


def _last_clause(region: str, a: int, b: int) -> str:
    """The clause of ``region[a:b]`` after its last comma or stop (where the speech verb is)."""
    cut = a
    for c in _CLAUSE_END.finditer(region, a, b):
        cut = c.end()
    return region[cut:b]


# "作了题为《…》的报告", "作专题讲座", "作主旨演讲"; "作会议总结" (summing the meeting up
# is addressing it; "作为总结", "作出总结" are no such act)
_TOPIC = r"(?:《[^》]{1,60}》|“[^”]{1,60}”)"
# ("分别作了题为“甲”和“乙”的报告": one topic each)
_REPORT = re.compile(r"作(?![为出])(?:了)?(?:题为" + _TOPIC + r"(?:[和、与及]" + _TOPIC + r")*的)?"
                     r"(?:[\u4e00-\u9fff]{0,4}?)(?:报告|讲座|演讲|发言|致辞|介绍|总结)")


_KEYNOTE = re.compile(r"主旨|主题")
_OPENING = re.compile(r"开幕式|开班式|开幕")


def speech_type(phrase: str, context: str = "") -> str:
    lex = lexicon()
    if phrase.startswith("作"):
        return "keynote" if _KEYNOTE.search(phrase) else "remarks"
    t = lex.speech.get(phrase, "remarks")
    if t == "remarks" and phrase in ("致辞", "致词", "讲话") and _OPENING.search(context):
        return "opening"
    return t


# the lead of a list of speakers, ending at its colon
_LIST_LEAD = re.compile(r"(?:(?:先后|依次|分别)?(?:致辞|致词|讲话|发言|致开幕词|致欢迎辞|作主旨发言|主旨发言|作主旨演讲|作报告)"
                        r"(?:的(?:嘉宾|领导|代表|专家)?(?:有|为|包括|是))?|(?:致辞|讲话|发言|主旨发言|报告)(?:嘉宾|人|领导|代表|专家)(?:有|为|包括)?)\s*$")


def speakers_in_sentence(text: str, a: int, b: int, persons: list[tuple[int, int, str]]):
    """persons: (start, end, key) mentions inside text[a:b], in order. Yields
    (key, verb, verb_start) for each speaker."""
    lex = lexicon()
    persons = sorted(persons)
    verdict: list[tuple[str, int] | None] = []
    for i, (ps, pe, key) in enumerate(persons):
        nxt = persons[i + 1][0] if i + 1 < len(persons) else b
        region = text[pe:nxt]
        # quoted or reported speech of someone else ("感谢张三的支持") is no predicate
        if region.startswith(("的", "等人的")):
            verdict.append(("", -1))
            continue
        m = _REPORT.search(region) or lex.speech_re.search(region)
        n = _NON_SPEECH.search(region)
        if m and (n is None or n.start() < m.start() and (not _CLAUSE_END.search(region, n.end(), m.start())
                                                           or _same_subject(_last_clause(region, n.end(), m.start())))
                  or n.start() > m.start()):
            verdict.append((m.group(), pe + m.start()))
        elif n is not None:
            verdict.append(("", -1))
        else:
            verdict.append(None)  # shares the predicate of the next person
    # "以下嘉宾先后致辞：A、B、C", "致辞嘉宾：…", "作主旨发言的有：…": a list after a speech
    # verb and a colon, each person in it spoke
    if persons:
        head = text[a:persons[0][0]]
        colon = max(head.rfind("："), head.rfind(":"))
        lm = _LIST_LEAD.search(head, 0, colon) if colon > 0 else None
        sm = lex.speech_re.search(head, lm.start(), colon) if lm else None
        if sm is not None:
            for i, (ps, pe, key) in enumerate(persons):
                if verdict[i] is None and "。" not in text[a + colon:ps]:
                    verdict[i] = (sm.group(), a + sm.start())
    out = []
    for i, (ps, pe, key) in enumerate(persons):
        v = verdict[i]
        j = i
        while v is None and j + 1 < len(persons):
            # only across a list separator, not across a finished clause
            between = text[persons[j][1]:persons[j + 1][0]]
            if "。" in between:
                break
            j += 1
            v = verdict[j]
        if v and v[0]:
            out.append((key, v[0], v[1]))
    return out


def statement(text: str, verb_end: int, b: int) -> str:
    """What the speaker said: the text after the verb up to the end of the sentence."""
    s = text[verb_end:b].lstrip("，,：: 了")
    if s.startswith(("说，", "说：", "道，", "道：")):  # "介绍说，…", "强调道：…"
        s = s[1:].lstrip("，,：: ")
    return s.strip()
