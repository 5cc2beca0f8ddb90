"""Phenomena first met in the sixteenth held-out set (meeting minutes with a header block of
attendees; a WeChat push's bracketed organiser lines), each on invented text (fictional
people, bodies and places)."""
from .extractkit import countries, facts, post_facts, posts, run

_MINUTES = """甲河流域合作中心

会议纪要

甲河流域合作项目推进会会议纪要

时间：2030年3月5日（星期三）9:00—11:30
地点：昆明市某路8号会议室
主持：柏永年（甲河流域合作中心主任）
出席：蒙晓岚（云南省生态环境厅国际合作处处长）、区文杰（广西壮族自治区林业局对外合作处副处长）；Niran SAKDA（泰国自然资源与环境部污染控制厅副厅长，线上）
记录：詹小雨（综合处）

3月5日，甲河流域合作中心召开甲河流域合作项目推进会，听取项目进展情况。

一、会议听取了项目汇报

蒙晓岚汇报了云南省项目的执行进度。Niran SAKDA介绍了泰国的湿地保护经验。

柏永年作会议总结，要求抓好落实。
"""


# 1. the attendee block of minutes: labelled lines, "name（body title[，note]）" items ----------------
def test_attendee_block_gives_posts():
    got = post_facts(_MINUTES)
    assert ("柏永年", "主任", "甲河流域合作中心") in got
    assert ("蒙晓岚", "处长", "云南省生态环境厅国际合作处") in got
    assert ("Niran SAKDA", "副厅长", "泰国自然资源与环境部污染控制厅") in got


def test_cantonese_surname_in_an_attendee_list():
    got = posts("出席：蒙晓岚（甲省生态环境厅处长）、区文杰（乙自治区林业局副处长）")
    assert ("区文杰", "副处长", "乙自治区林业局") in got


def test_note_on_how_one_took_part_closes_the_post():
    got = posts("出席：Niran SAKDA（泰国自然资源与环境部污染控制厅副厅长，线上）、Anna BELL（甲银行高级专家，视频连线）")
    assert ("Niran SAKDA", "副厅长", "泰国自然资源与环境部污染控制厅") in got


def test_other_text_after_the_title_in_parentheses_is_no_post():
    # "（…主任，负责统筹）": not a note on how one took part, the bracket is no post gloss
    assert posts("请柏永年（甲河流域合作中心主任，负责统筹）牵头。") == []


def test_attendee_countries_and_later_speakers():
    got = countries(_MINUTES)
    assert ("泰国自然资源与环境部污染控制厅", "泰国") in got
    assert ("广西壮族自治区林业局对外合作处", "中国") in got
    ex, names = run(_MINUTES)
    speakers = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"蒙晓岚", "Niran SAKDA"} <= speakers


def test_record_line_is_no_headline_and_place_line_places_the_meeting():
    ex, names = run(_MINUTES)
    events = [n for k, n in names.items() if k.startswith("event:")]
    assert not any("记录" in n or "詹小雨" in n for n in events)
    places = {o for _, o, _ in facts(ex, names, "event_place")}
    assert "昆明" in places


# organiser lines labelled in lenticular brackets, as WeChat pushes write them -------------------
def test_bracketed_role_labels_give_roles():
    from .extractkit import roles_of
    got = roles_of("【主办单位】甲省生态环境厅、乙市人民政府")
    assert {(o, r) for o, r in got} >= {("甲省生态环境厅", "host"), ("乙市人民政府", "host")}
    assert ("丙研究中心", "organizer") in set(roles_of("【承办单位】丙研究中心"))


def test_a_bracketed_heading_without_a_role_gives_none():
    from .extractkit import roles_of
    assert roles_of("【会议议程】甲省生态环境厅介绍筹备情况") == []
