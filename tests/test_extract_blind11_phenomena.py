"""Phenomena first met in the eleventh held-out set (a meeting notice with an agenda, an annual
review, a translated digest of foreign ministries' news, a company's news, a forum report, a
dialogue of two water bodies), each on invented sentences (fictional people, bodies, places
and programmes)."""
from .extractkit import facts, posts, run


def _events(text):
    ex, names = run(text)
    d = {s: v for s, _, v in facts(ex, names, "event_date")}
    p = {s: o for s, o, _ in facts(ex, names, "event_place")}
    return sorted((d.get(k), p.get(k)) for k in set(d) | set(p))


# 1. a meeting notice: numbered parts, labelled date and place, an agenda of speakers ----------
_NOTICE = ("甲省水利厅国际合作处\n\n甲水函〔2024〕12号\n\n关于举办2024年甲乙河流水文监测研讨会的通知\n\n各有关单位：\n\n"
           "为推进甲乙水文合作，经研究，定于2024年10月在云南省大理市举办2024年甲乙河流水文监测研讨会。现将有关事项通知如下：\n\n"
           "一、会议时间\n\n2024年10月22日至23日，会期2天。10月21日报到。\n\n"
           "二、会议地点\n\n苍山会议中心（云南省大理市某某路）\n\n"
           "三、组织单位\n\n主办单位：甲省水利厅\n\n承办单位：甲省水文研究中心\n\n"
           "四、会议议程（拟）\n\n10月22日上午　开幕式\n\n"
           "主持：甲省水文研究中心副主任　蓝晓雨\n\n"
           "致辞：甲省水利厅副厅长　白景川\n\n"
           "　　　老挝水利部水文司司长　Anna PHOMMA\n\n"
           "报告人：乙国河流研究所所长　Tom KEO；丙市水务局副局长　吴海平\n\n"
           "召集人：甲省水文研究中心监测处处长　何青\n\n"
           "闭幕式　总结讲话：甲省水文研究中心主任　柏林川\n\n"
           "五、有关要求\n\n请于10月10日前报送回执。\n\n"
           "附件1\n\n参会回执\n\n单位名称：＿＿＿＿＿＿\n抵达航班（车次）及时间：＿＿＿＿＿＿\n"
           "备注：请于10月10日前将回执发送至会务组邮箱。\n")


def test_numbered_parts_of_a_notice_are_no_headlines():
    from lmec_kg.extract.text import layout
    arts = layout(_NOTICE).articles
    assert [a.headline.text if a.headline else None for a in arts] == ["关于举办2024年甲乙河流水文监测研讨会的通知"]


def test_a_numbered_section_reporting_an_event_is_still_a_headline():
    from lmec_kg.extract.text import layout
    t = ("某中心工作简报\n2023年4月2日\n\n一、培训班在万象开班\n\n3月20日，甲乙水质培训班在万象开班。\n\n"
         "二、会议时间安排调整\n\n3月25日，甲乙河流研讨会在昆明召开。\n")
    assert len([a for a in layout(t).articles if a.headline]) == 2


def test_labelled_date_makes_the_notice_month_precise():
    assert _events(_NOTICE) == [("2024-10-22", "大理")]


def test_labelled_date_and_place_on_the_same_line():
    t = ("关于召开甲乙湿地保护座谈会的通知\n\n各有关单位：\n\n定于2024年6月召开甲乙湿地保护座谈会，现将有关事项通知如下：\n\n"
         "会议时间：2024年6月18日\n会议地点：泰国清迈某酒店\n")
    assert _events(t) == [("2024-06-18", "清迈")]


def test_a_labelled_date_of_another_month_does_not_override():
    t = ("关于召开甲乙湿地保护座谈会的通知\n\n各有关单位：\n\n定于2024年6月在昆明召开甲乙湿地保护座谈会。现通知如下：\n\n"
         "报名时间：2024年5月10日\n")
    assert _events(t) == [("2024-06", "昆明")]


def test_agenda_lines_give_posts_with_the_name_after_a_space():
    ps = set(posts("致辞：甲省水利厅副厅长　白景川"))
    assert ps == {("白景川", "副厅长", "甲省水利厅")}
    ps = set(posts("报告人：乙国河流研究所所长　Tom KEO；丙市水务局副局长　吴海平"))
    assert ("Tom KEO", "所长", "乙国河流研究所") in ps and ("吴海平", "副局长", "丙市水务局") in ps


def test_a_space_then_a_word_that_is_no_name_makes_no_post():
    assert posts("甲省水利厅副厅长　出席会议并讲话") == []


def test_agenda_speakers_and_not_the_chair_or_convenor():
    ex, names = run(_NOTICE)
    spk = {s for s, _, _ in facts(ex, names, "speech")}
    assert spk == {"白景川", "Anna PHOMMA", "Tom KEO", "吴海平", "柏林川"}
    got = {(p, o) for p, o, _ in facts(ex, names, "post")}
    assert {("蓝晓雨", "甲省水文研究中心"), ("何青", "甲省水文研究中心监测处"), ("Anna PHOMMA", "老挝水利部水文司")} <= got


def test_notice_roles_belong_to_the_notice_event():
    ex, names = run(_NOTICE)
    assert {(o, r) for _, o, r in facts(ex, names, "event_role")} == {("甲省水利厅", "host"), ("甲省水文研究中心", "organizer")}
