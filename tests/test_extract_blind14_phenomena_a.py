"""Phenomena first met in the fourteenth held-out set (a network's year chronicle published the
next January, a translated news report with an editor's note over its dateline, a university's
news about a centre on one of its campuses) about event dates, places, posts and speakers, each
on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, posts, run


def _events(text):
    ex, names = run(text)
    d = {s: v for s, _, v in facts(ex, names, "event_date")}
    p = {s: o for s, o, _ in facts(ex, names, "event_place")}
    return sorted((d.get(k) or "", p.get(k) or "") for k in set(d) | set(p))


# 1. a chronicle's title above its numbered entries names the reviewed year ------------------------
_CHRONICLE = ("甲乙河流联盟\n\n通讯\n\n2026年第1期\n\n"
              "回望2025｜甲乙河流联盟年度大事记\n\n"
              "【编者按】2025年，联盟围绕三条主线开展工作。现将全年重要事项辑录如下。\n\n"
              "一、年度理事会在昆明召开\n\n"
              "2月10日，联盟2025年度理事会在昆明召开。会议由联盟秘书处主办。\n\n"
              "二、水质监测培训班在万象举办\n\n"
              "8月5日至7日，甲乙水质监测培训班在老挝万象举办。\n\n"
              "三、在泰国连续举办两期社区培训\n\n"
              "下半年，联盟联合某府环境办公室，在泰国清莱、难府两地先后举办了2期社区环保培训班。\n")


def test_entries_under_a_chronicle_title_take_the_reviewed_year():
    ev = _events(_CHRONICLE)
    assert ("2025-02-10", "昆明") in ev and ("2025-08-05", "万象") in ev
    assert not any(d.startswith("2026") for d, _ in ev)


def test_a_part_of_the_year_dates_an_entry_by_its_year_and_its_headline_gives_the_country():
    assert ("2025", "泰国") in _events(_CHRONICLE)


def test_a_title_naming_a_year_but_no_review_keeps_the_publication_year():
    t = ("甲乙河流联盟\n\n通讯\n\n2026年第1期\n\n回望2025｜甲乙河流联盟专家访谈\n\n"
         "【编者按】本期刊登专家访谈。\n\n一、年度理事会在昆明召开\n\n2月10日，联盟年度理事会在昆明召开。\n")
    assert ("2026-02-10", "昆明") in _events(t)


def test_part_of_year_with_its_own_year():
    t = "某中心动态\n\n2024年3月1日\n\n社区培训在泰国举办\n\n2023年下半年，中心在泰国举办了社区培训。\n"
    assert ("2023", "泰国") in _events(t)


# 2. an editor's note above the dateline: the day in the lead, not the day the report was filed ---
def test_dateline_under_an_editors_note_is_not_the_event_date():
    t = ("甲乙水资源对话在万象举行\n\n编者按：本文根据某通讯社2024年5月的报道编译整理。\n\n"
         "某通讯社万象5月9日电　5月8日上午，甲乙水资源对话在万象举行。双方交流了经验。\n")
    assert _events(t) == [("2024-05-08", "万象")]


def test_dateline_alone_still_dates_the_event():
    t = ("甲乙水资源对话在万象举行\n\n编者按：本文根据某通讯社2024年5月的报道编译整理。\n\n"
         "某通讯社万象5月9日电　甲乙水资源对话当天在万象举行。双方交流了经验。\n")
    assert _events(t) == [("2024-05-09", "万象")]


# 3. a venue of the home institution ("我校某校区") named by its place; 展开 holds an event -------
def test_own_campus_venue_gives_its_city():
    from lmec_kg.extract.events import venue_place
    t = "揭牌仪式在我校昆明校区图书馆报告厅举行。"
    assert venue_place(t, 0, len(t))[0] == "昆明"


def test_own_venue_without_a_place_gives_none():
    from lmec_kg.extract.events import venue_place
    t = "揭牌仪式在我校第一报告厅举行。"
    assert venue_place(t, 0, len(t)) is None


def test_an_event_unfolding_in_a_border_town():
    from lmec_kg.extract.events import find_place
    t = "甲乙联合巡查在广宁省芒街市展开。"
    assert find_place(t, 0, len(t))[0] == "芒街"
    t = "双方在会上展开了讨论。"
    assert find_place(t, 0, len(t)) is None


# 4. a body referred to by 该/公司/在…, before the title ------------------------------------------
def test_unit_after_that_ministry_is_a_unit_of_it():
    got = posts("代表团由泰国水资源部规划司司长Anna BELL率领，成员包括该部灌溉司副司长Tom RUE等。")
    assert ("Tom RUE", "副司长", "泰国水资源部灌溉司") in got


def test_that_ministry_without_one_named_gives_no_unit():
    got = posts("成员包括该部灌溉司副司长Tom RUE等。")
    assert not any(o and o.endswith("部灌溉司") and o != "灌溉司" for _, _, o in got)


def test_that_centre_of_the_sentence_before():
    ex, names = run("考察团在万象参观。当天下午，考察团参观了甲国国家水文预报中心。该中心副主任阮氏兰介绍了预警系统。")
    assert ("阮氏兰", "甲国国家水文预报中心", "副主任") in facts(ex, names, "post")


def test_bare_company_is_the_company_named_before():
    ex, names = run("调研组在昆明调研。调研组参观了甲乙环保科技有限公司，公司总经理柏立新陪同参观了生产线。")
    assert ("柏立新", "甲乙环保科技有限公司", "总经理") in facts(ex, names, "post")


def test_bare_company_with_no_company_named_is_no_post():
    ex, names = run("调研组在昆明调研。调研组参观了示范点，公司总经理柏立新陪同参观。")
    assert not facts(ex, names, "post")


def test_scene_body_before_a_title():
    got = posts("在甲乙植物园，副主任柏启明研究员陪同代表团参观了标本馆。")
    assert ("柏启明", "副主任", "甲乙植物园") in got


def test_scene_that_is_no_body_gives_no_post():
    assert posts("在会上，副主任柏启明介绍了情况。") == [("柏启明", "副主任", None)]
    assert posts("在甲市期间，副主任柏启明介绍了情况。") == [("柏启明", "副主任", None)]


def test_scene_body_named_by_the_tail_of_an_earlier_name():
    ex, names = run("代表团在甲市考察。代表团考察了甲乙科学院丙丁热带植物园。在热带植物园，副主任柏启明陪同参观。")
    assert ("柏启明", "甲乙科学院丙丁热带植物园", "副主任") in facts(ex, names, "post")


# 5. a region and a programme before 负责人, after a body's short name ----------------------------
def test_region_programme_lead_of_a_body_named_by_its_acronym():
    ex, names = run("世界自然基金会（WWF）于5月9日举办线上研讨会。研讨会由WWF亚洲区湿地项目负责人Lena HART主持。")
    assert ("Lena HART", "世界自然基金会", "亚洲区湿地项目负责人") in facts(ex, names, "post")


def test_a_country_before_the_lead_is_no_region_word():
    # "老挝项目负责人" names a country office's programme, no title of the body itself
    got = posts("世界自然基金会老挝湿地项目负责人Lena HART出席。")
    assert ("Lena HART", "老挝湿地项目负责人", "世界自然基金会") not in got


# 6. speakers named by a given name and title, or as a teacher in a list ---------------------------
def test_given_name_and_title_of_a_lao_name_is_a_speaker():
    ex, names = run("研讨会在万象举行。甲大学农学院院长宋帕·因塔出席。宋帕院长在发言中介绍了学院的情况。")
    assert ("宋帕·因塔", "研讨会", "") in facts(ex, names, "speech")


def test_teacher_after_a_bare_unit_in_a_list_is_a_speaker():
    ex, names = run("学术沙龙在昆明举行。甲大学生态学院柏秀英教授、林学院青年教师杨丹博士分别以《甲》《乙》为题作了报告。")
    assert {"柏秀英", "杨丹"} <= {s for s, _, _ in facts(ex, names, "speech")}


def test_teachers_as_a_group_name_no_one():
    ex, names = run("学术沙龙在昆明举行。林学院青年教师代表参加了沙龙。")
    assert not any(k.startswith("person:") for k in names)
