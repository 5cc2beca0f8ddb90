"""Phenomena first met in the nineteenth held-out set, part b: a conference agenda (会议议程),
with its header of date and venue, time slots, and people listed one a line as "name  body
title" under the slot's label; on invented text (fictional people, bodies, places and meetings)."""
from .extractkit import facts, orgs, post_facts as _posts, posts, run

_AGENDA = ("2024甲乙湿地保护青年论坛\n\n会 议 议 程\n\n"
           "时间：2024年11月5日—6日\n地点：云南省大理市  苍洱会议中心一层报告厅\n\n"
           "主办单位：甲省林业和草原局\n承办单位：大理湿地研究中心\n\n"
           "一、会议日程\n\n11月5日（星期二）\n\n"
           "08:30—09:00  签到\n\n"
           "09:00—09:30  开幕式\n"
           "主持人：白晓川  大理湿地研究中心副主任\n"
           "开幕致辞：\n"
           "  尹国栋  甲省林业和草原局副局长\n"
           "  Vanh SOMSACK  老挝农业与环境部森林司司长\n\n"
           "09:30—09:50  集体合影、茶歇\n"
           "  陪同：鲁文涛  大理市林业局局长\n\n"
           "09:50—11:30  主旨报告\n"
           "  1. 高原湖泊湿地的恢复实践\n"
           "     杨雪松  大理湿地研究中心研究员\n"
           "  2. 湄公河下游的红树林保护\n"
           "     阮·秋河（Nguyen Thu Ha）  越南自然资源研究院副院长\n\n"
           "13:30—15:00  嘉宾对话\n"
           "对话嘉宾：\n"
           "  童以安  乙市湿地公园管理处处长\n\n"
           "15:00—15:20  闭幕式\n"
           "闭幕总结：白晓川  大理湿地研究中心副主任\n\n"
           "11月6日（星期三）\n\n"
           "08:30—11:30  现场考察\n")


def _speakers(text):
    ex, names = run(text)
    return {s for s, _, _ in facts(ex, names, "speech")}


# 1. a person line of an agenda, the name first and set off by spaces ---------------------------
def test_name_then_spaces_then_body_and_title_is_a_post():
    assert posts("尹国栋  甲省林业和草原局副局长") == [("尹国栋", "副局长", "甲省林业和草原局")]
    assert posts("Vanh SOMSACK  老挝农业与环境部森林司司长") == [("Vanh SOMSACK", "司长", "老挝农业与环境部森林司")]
    assert posts("阮·秋河（Nguyen Thu Ha）　越南自然资源研究院副院长") == [("阮·秋河", "副院长", "越南自然资源研究院")]


def test_labelled_name_then_spaces_is_a_post():
    assert posts("主持人：白晓川  大理湿地研究中心副主任") == [("白晓川", "副主任", "大理湿地研究中心")]


def test_a_label_or_a_slot_word_before_the_spaces_is_no_name():
    assert posts("茶歇  甲省林业和草原局副局长") == []
    assert posts("08:30—09:00  甲省林业和草原局副局长") == []


def test_a_single_space_inside_running_text_is_no_column_gap():
    # one ordinary space inside a sentence that goes on is not the gap of an agenda's columns
    # (a line that is nothing but "name body title" is a roster line: test_extract_blind34_35)
    assert not any(p[0] == "尹国栋" for p in posts("尹国栋 甲省林业和草原局副局长表示，将加强合作。"))


def test_every_person_line_of_an_agenda_gives_a_post():
    p = _posts(_AGENDA)
    assert {("白晓川", "副主任", "大理湿地研究中心"), ("尹国栋", "副局长", "甲省林业和草原局"),
            ("Vanh SOMSACK", "司长", "老挝农业与环境部森林司"), ("杨雪松", "研究员", "大理湿地研究中心"),
            ("阮·秋河", "副院长", "越南自然资源研究院"), ("童以安", "处长", "乙市湿地公园管理处"),
            ("鲁文涛", "局长", "大理市林业局")} <= p


# 2. who speaks at the agenda's meeting -----------------------------------------------------------
def test_people_under_a_speech_slot_are_speakers():
    spk = _speakers(_AGENDA)
    assert {"尹国栋", "Vanh SOMSACK", "杨雪松", "阮·秋河"} <= spk


def test_the_closing_summary_is_a_speech():
    assert "白晓川" in _speakers(_AGENDA)


def test_a_chair_a_panel_guest_or_an_escort_is_no_speaker():
    spk = _speakers(_AGENDA.replace("闭幕总结：白晓川", "闭幕总结：柳一舟"))
    assert "白晓川" not in spk  # only the chair
    assert "童以安" not in spk  # a guest of the panel
    assert "鲁文涛" not in spk  # listed under the group photo and tea break slot


# 3. the agenda's header: its date and venue, its title -------------------------------------------
def test_time_over_venue_header_dates_the_meeting_not_the_page():
    ex, names = run(_AGENDA)
    assert {(s, v) for s, _, v in facts(ex, names, "event_date")} == {("2024甲乙湿地保护青年论坛", "2024-11-05")}
    assert {(s, o) for s, o, _ in facts(ex, names, "event_place")} == {("2024甲乙湿地保护青年论坛", "大理")}


def test_a_time_slot_is_no_date():
    ex, names = run(_AGENDA)
    dates = {v for _, _, v in facts(ex, names, "event_date")}
    assert all(not v.startswith(("08", "09")) for v in dates)
    assert "2024-11-06" not in dates  # the second day of the agenda makes no event of its own


def test_a_page_date_line_without_a_venue_under_it_stays_the_masthead():
    from lmec_kg.extract.text import layout
    t = "甲省林业和草原局\n时间：2024年3月2日\n\n3月1日，甲乙湿地培训班在大理开班。\n"
    assert layout(t).published == "2024-03-02"


# 4. a hall of an airport or a hotel is a place to meet, not a body -------------------------------
def test_an_arrival_hall_or_a_banquet_hall_is_no_body():
    assert orgs("会务组在大理凤仪机场到达厅设有接待台。") == []
    assert orgs("会务组在云南丽江国际机场出发厅设有接待台。") == []
    assert not any(n.endswith("宴会厅") for n, _ in orgs("晚宴在大理苍洱会议中心二层宴会厅举行。"))


def test_a_department_named_by_ting_is_still_a_body():
    assert ("云南省生态环境厅", "CN") in orgs("请在贵宾厅等候，云南省生态环境厅厅长出席。")
