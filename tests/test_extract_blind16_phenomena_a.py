"""Further phenomena of the sixteenth held-out set's genres (a WeChat push, a call for
applications, minutes, an interview), each on invented text (fictional people, bodies,
places and programmes)."""
from lmec_kg.extract.speakers import speakers_in_sentence
from lmec_kg.extract.text import layout

from .extractkit import countries, facts, inits, post_facts, run


def _dates(text, **kw):
    ex, names = run(text, **kw)
    return {(e, v) for e, _, v in facts(ex, names, "event_date")}


def _speakers(text):
    ex, names = run(text, year=2030)
    return {s for s, _, _ in facts(ex, names, "speech")}


# 1. a WeChat push: the byline's stamped date, a lead paragraph above the first section heading --
_PUSH = """
🌿甲河环境 | 2030甲河湿地论坛在乙市落幕！两大分论坛速览👇

甲河环境合作  2030-05-12 20:15  云南

📢 5月8日至9日，2030甲河湿地论坛在乙市举行🎉 来自五国的约200名代表参会。

【主办单位】甲河流域合作中心

▶ 开幕式｜共护湿地

📍5月8日上午

开幕式由乙市生态环境局局长柏文远主持。甲河流域合作中心主任盛立秋致辞。
"""


def test_push_byline_stamped_with_a_time_dates_the_issue():
    assert layout(_PUSH).published == "2030-05-12"


def test_push_lead_above_the_first_section_heading_reports_the_event():
    assert ("2030甲河湿地论坛", "2030-05-08") in _dates(_PUSH)


def test_an_editors_note_above_the_first_headline_opens_no_article():
    # a note dated inside its sentence ("本期刊发中心6月…的情况") is no event's lead
    text = ("甲河流域合作中心\n\n简报\n\n2030年 第6期\n\n2030年7月8日\n\n"
            "编者按：本期简报刊发中心6月在乙国开展调研的情况，供各方参考。\n\n"
            "中心代表团赴乙国丙省开展实地调研\n\n6月10日至13日，甲河流域合作中心代表团赴乙国丙省开展实地调研。\n")
    arts = layout(text).articles
    assert arts[0].headline is not None and "实地调研" in arts[0].headline.text


# 2. a call for applications: a deadline is no event's date; role-label lines are no headlines ----
_CALL = """关于举办甲河项目申报培训班的通知

各有关单位：

为推进甲河流域合作，中心定于4月举办项目申报培训班。请于4月3日前将报名回执发送至报名邮箱。

一、培训安排

（一）时间地点：2030年4月15日至17日在昆明举办。

（二）组织单位：

主办单位：甲河流域合作中心

支持单位：乙河联合秘书处

（三）培训不收取费用。请于4月3日前将报名回执发送至培训报名邮箱。

二、其他事项

申报截止时间为2030年5月30日。
"""


def test_deadline_is_not_the_event_date_the_labelled_line_is():
    d = _dates(_CALL, year=2030)
    assert ("项目申报培训班", "2030-04-15") in d
    assert not any(v in ("2030-04-03", "2030-05-30") for _, v in d)


def test_time_and_place_on_one_labelled_line_places_the_event():
    ex, names = run(_CALL, year=2030)
    assert {p for _, p, _ in facts(ex, names, "event_place")} == {"昆明"}


def test_role_label_line_before_a_paragraph_is_no_headline():
    ex, names = run(_CALL, year=2030)
    roles = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert ("乙河联合秘书处", "supporter") in roles
    assert not any(e.name.startswith("支持单位") for e in ex.entities if e.kind == "event")


def test_deadline_in_the_lead_next_to_the_real_date():
    text = "关于举办某研修班的通知\n\n各有关单位：\n\n请于4月3日前报名。研修班将于4月15日至17日在昆明举办。\n"
    assert _dates(text, year=2030) == {("关于举办某研修班的通知", "2030-04-15")}


def test_a_day_before_the_eve_is_still_a_date():
    # "前夕" (the eve) and "前后" (about then) are no deadlines
    text = "某论坛在昆明举行\n\n5月6日前夕，某论坛在昆明举行。\n"
    assert ("某论坛", "2030-05-06") in _dates(text, year=2030)


# 3. summing a meeting up is addressing it ---------------------------------------------------------
def test_giving_the_meetings_summary_is_a_speech():
    text = "5月3日，甲河合作推进会在昆明召开。甲河流域合作中心主任盛立秋作会议总结，要求抓好落实。"
    assert "盛立秋" in _speakers(text)


def test_as_a_summary_is_no_speech():
    s = "柏文远作为总结人员出席了会议。"
    assert list(speakers_in_sentence(s, 0, len(s), [(0, 3, "p")])) == []


# 4. "name（body title）、name（bare unit title）": the next item keeps the ministry -----------------
def test_attendee_in_a_bare_department_keeps_the_previous_items_ministry():
    text = ("出席：Niran SAKDA（泰国自然资源与环境部污染控制司副司长，线上）、"
            "Somsak KEO（水质管理司技术官员，线上）\n")
    p = post_facts(text)
    assert ("Somsak KEO", "技术官员", "泰国自然资源与环境部水质管理司") in p
    c = countries(text)
    assert ("泰国自然资源与环境部水质管理司", "泰国") in c
    assert ("水质管理司", "中国") not in c


def test_a_department_after_a_comment_not_a_list_does_not_inherit():
    # the item before ends in a clause ("）主持会议，"), not a list mark: no shared ministry
    text = "Niran SAKDA（泰国自然资源与环境部污染控制司副司长）主持会议，王立（规划司处长）介绍情况。"
    p = post_facts(text)
    assert not any(o.startswith("泰国") and n == "王立" for n, _, o in p)


def test_a_department_of_another_country_keeps_its_own_ministry():
    text = ("出席：Niran SAKDA（泰国自然资源与环境部污染控制司副司长）、"
            "Vanh LATH（老挝农业与环境部水资源司处长）\n")
    c = countries(text)
    assert ("老挝农业与环境部水资源司", "老挝") in c
    assert not any(o.startswith("泰国") and "水资源司" in o for o, _ in c)


# 5. programme names: a verb before them, a field of a known one, 来 after a quote -----------------
def test_call_verb_before_a_fund_is_no_part_of_its_name():
    assert inits("中心现征集2030年度澜沧江-湄公河合作专项基金项目。") == ["澜沧江-湄公河合作专项基金"]


def test_flow_verb_before_a_platform_is_no_part_of_its_name():
    assert inits("数据统一汇入澜湄湿地监测信息共享平台。") == ["澜湄湿地监测信息共享平台"]


def test_field_projects_of_a_known_programme_name_the_programme():
    assert inits("推动澜湄合作湿地领域务实项目落地。") == ["澜湄合作"]


def test_a_quoted_slogan_then_lai_and_a_verb_is_no_project():
    assert inits("我们坚持“一河一策”来设计项目。") == []


def test_lai_hua_still_goes_on_with_a_name():
    # "来华" opens the rest of a name ("“某某”来华研修计划")
    assert inits("启动“澜湄绿色”来华研修计划。") == ["“澜湄绿色”来华研修计划"]


def test_a_bare_monitoring_network_with_a_proper_element():
    assert inits("澜湄湿地鸟类监测网络已布设二十个点位。") == ["澜湄湿地鸟类监测网络"]


def test_a_bare_network_without_monitoring_is_still_unnamed():
    assert inits("澜湄青年交流网络已有百名成员。") == []


def test_a_quoted_demonstration_is_a_programme():
    assert inits("会议同意将“澜湄乡村湿地修复示范”纳入重点项目清单。") == ["澜湄乡村湿地修复示范"]
