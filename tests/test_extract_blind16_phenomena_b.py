"""General leftovers of the held-out sets (a course's closing ceremony, the first person of a
list opened by 由, rare Han characters in names, days counted from the event just reported),
each on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, post_facts as _posts, run

_HEAD = "某某中心新闻\n\n项目动态\n\n发布时间：2024-06-28\n\n"


def _events(text):
    """{event name: date} of every dated event of a whole extraction."""
    ex, names = run(text)
    return {s: v for s, _, v in facts(ex, names, "event_date")}


def _speakers(text):
    ex, names = run(text)
    return {(s, o) for s, o, _ in facts(ex, names, "speech")}


# 1. a course's closing ceremony is part of the course, not an event of its own ---------------------
def test_closing_ceremony_held_is_part_of_the_course():
    t = _HEAD + ("6月3日至14日，2024年甲乙湿地管理研修班在丙市举办。研修班由甲国湿地中心承办。"
                 "6月14日，研修班结业仪式在丙市举行，甲国林业局副局长钟远山出席结业仪式并讲话。")
    ev = _events(t)
    assert set(ev) == {"2024年甲乙湿地管理研修班"}
    assert ("钟远山", "2024年甲乙湿地管理研修班") in _speakers(t)


def test_course_holding_its_closing_ceremony_on_a_later_day():
    t = _HEAD + ("6月3日，2024年甲乙湿地管理研修班在丙市开班。6月14日上午，研修班举行结业典礼，"
                 "甲国林业局副局长钟远山出席并讲话。")
    assert set(_events(t)) == {"2024年甲乙湿地管理研修班"}


def test_course_closing_on_a_later_day_with_a_speaker_at_its_ceremony():
    t = _HEAD + ("6月3日，2024年甲乙湿地管理研修班在丙市开班。研修班于6月14日结业，"
                 "泰国林业局副局长钟远山出席结业仪式并讲话。")
    assert set(_events(t)) == {"2024年甲乙湿地管理研修班"}
    assert ("钟远山", "2024年甲乙湿地管理研修班") in _speakers(t)


def test_another_event_on_a_later_day_stays_an_event():
    # negative: a forum held later is no closing ceremony
    t = _HEAD + "6月3日，2024年甲乙湿地管理研修班在丙市开班。6月10日，第二届甲乙青年论坛在丁市召开。"
    assert _events(t).get("第二届甲乙青年论坛") == "2024-06-10"


# 3. the first person of a list opened by 由, each with the post in parentheses -----------------------
def test_first_item_of_a_list_opened_by_you():
    p = _posts(_HEAD + "6月12日，甲乙水资源政策对话会在丙市召开。会议由苗青禾（泰国水利部国际司司长）、"
                       "符晓川（甲乙水资源合作中心主任）共同主持。")
    assert ("苗青禾", "司长", "泰国水利部国际司") in p
    assert ("符晓川", "主任", "甲乙水资源合作中心") in p


def test_surname_you_after_you_is_not_cut():
    # hard case: the one person's surname is 由 itself ("由明亮")
    p = _posts(_HEAD + "6月12日，对话会在丙市召开。开幕式由由明远（丙市大学教授）主持。")
    assert not any(n == "明远" for n, _, _ in p)


# 4. a rare Han character (extension A or B) in a given name -----------------------------------------
def test_rare_han_characters_in_names():
    t = _HEAD + ("6月12日，甲乙湿地论坛在丙市召开。玉溪市副市长龙䶮出席并致辞。"
                 "丁省大学教授贺𠀾明作主旨报告。")
    p = _posts(t)
    assert ("龙䶮", "副市长", "玉溪市人民政府") in p
    assert ("贺𠀾明", "教授", "丁省大学") in p
    assert {("龙䶮", "甲乙湿地论坛"), ("贺𠀾明", "甲乙湿地论坛")} <= _speakers(t)


# 9. a day counted from the event just reported ------------------------------------------------------
def test_day_before_the_meeting_named_by_the_meeting():
    ev = _events(_HEAD + "6月12日，甲乙环境政策对话会在丙市召开。会议前一日，甲乙青年环境论坛在丙市举行。")
    assert ev["甲乙青年环境论坛"] == "2024-06-11"


def test_day_after_the_forum():
    ev = _events(_HEAD + "6月30日，甲乙环境政策论坛在丙市召开。论坛次日，甲乙青年环境论坛在丁市举行。")
    assert ev["甲乙青年环境论坛"] == "2024-07-01"


# 5. an appointment held by each person of a list ("由A和B共同担任…") -------------------------------
def test_each_person_of_a_list_opened_by_you_holds_the_post():
    p = _posts(_HEAD + "6月12日，联合实验室在昆明揭牌。实验室由柏青山和Vanh LATH共同担任老挝国立大学环境学院院长。")
    assert ("柏青山", "院长", "老挝国立大学环境学院") in p
    assert ("Vanh LATH", "院长", "老挝国立大学环境学院") in p


def test_three_appointees_and_a_single_one():
    p = _posts(_HEAD + "会议决定，由苗青禾、符晓川和卢晓云共同担任昆明理工大学环境学院副院长。"
                       "贺远担任昆明理工大学环境学院院长。")
    assert {("苗青禾", "副院长", "昆明理工大学环境学院"), ("符晓川", "副院长", "昆明理工大学环境学院"),
            ("卢晓云", "副院长", "昆明理工大学环境学院"), ("贺远", "院长", "昆明理工大学环境学院")} <= p


def test_a_name_holding_he_is_not_split_into_a_list():
    # hard case: 和 inside a given name ("钟和平") is no list: no post for "钟" or "平"
    p = _posts(_HEAD + "会议决定，钟和平担任昆明理工大学环境学院院长。")
    assert ("钟和平", "院长", "昆明理工大学环境学院") in p
    assert not any(n in ("钟", "平") for n, _, _ in p)


# 2. a body named after the label 实施单位: an organisation of its country, no role of the contract --
def test_implementing_unit_label_gives_the_body_and_its_country():
    t = _HEAD + ("6月12日，澜湄红树林修复示范项目在金边启动。\n【主办单位】柬埔寨环境部\n"
                 "【项目实施单位】广西蓝湾生态科技有限公司\n")
    ex, names = run(t)
    c = {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert ("广西蓝湾生态科技有限公司", "中国") in c
    assert not any("实施单位" in n for n in names.values())
    roles = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert ("柬埔寨环境部", "host") in roles
    assert not any(o == "广西蓝湾生态科技有限公司" for o, _ in roles)  # 实施 is none of the five roles


# 9b. a side event the same day, named before its place and verb ------------------------------------
def _places(text):
    ex, names = run(text)
    return {(s, o) for s, o, _ in facts(ex, names, "event_place")}


def test_same_day_side_event_named_before_its_place():
    t = _HEAD + "6月12日，甲乙环境政策对话会在昆明召开。同日下午，甲乙青年环境论坛在大理举行。"
    assert _events(t).get("甲乙青年环境论坛") == "2024-06-12"
    assert ("甲乙青年环境论坛", "大理") in _places(t)


def test_same_day_side_event_at_the_venue_gets_no_city():
    # negative: "在会场" names no city; the side event keeps the day, no place
    t = _HEAD + "6月12日，甲乙环境政策对话会在昆明召开。同日，甲乙环境合作成果展在会场开幕。"
    assert _events(t).get("甲乙环境合作成果展") == "2024-06-12"
    assert not any(e == "甲乙环境合作成果展" for e, _ in _places(t))
