"""Phenomena first met in the twentieth held-out set (a course's closing with a trainee's
speech, a signing's speeches, a dialogue abroad, a course with a field visit), each on invented
sentences (fictional people, bodies, places and programmes)."""
from .extractkit import countries as _countries, docs, facts, orgs, post_facts as _posts, run


# 1. a person noun listed before a body: the country names both, the noun is no field --------------
def test_trainee_listed_before_a_ministry_leaves_the_country_to_the_ministry():
    text = "闭幕式上，老挝学员、水利与气象部水文司副司长坎培·西达代表学员发言。"
    assert ("老挝水利与气象部水文司", "老挝") in _countries(text)
    assert ("坎培·西达", "副司长", "老挝水利与气象部水文司") in _posts(text)
    assert not any("学员" in n for n, _ in orgs(text))


def test_field_words_listed_inside_a_ministry_name_stay_in_it():
    # "农业、畜牧与灌溉部": fields of one ministry, not a person before it
    assert ("缅甸农业、畜牧与灌溉部", "MM") in orgs("缅甸农业、畜牧与灌溉部代表团访问了甲市。")


# 2. a clause after a body is no unit of it -------------------------------------------------------
def test_linking_adverb_after_a_ministry_opens_the_predicate():
    o = orgs("培训刚结束，老挝环境部便成为第一个与研究所签约的外国部门。")
    assert ("老挝环境部", "LA") in o
    assert not any("便" in n or "成为" in n for n, _ in o)


def test_unit_names_opening_like_an_adverb_keep_their_names():
    assert any(n.endswith("便民服务中心") for n, _ in orgs("万象市便民服务中心主任王海出席。"))
    assert any(n.endswith("就业局") for n, _ in orgs("泰国劳工部就业局局长颂猜·汶出席。"))


# 3. a quantifier and 处 after a place's outskirts is a place, not an office ---------------------
def test_outskirts_then_a_quantifier_is_no_office():
    assert not any(n.endswith("处") for n, _ in orgs("学员们赴仰光市郊一处污水处理厂参观。"))
    assert not any(n.endswith("处") for n, _ in orgs("考察组走访了曼谷北部两处湿地。"))


def test_numbered_office_of_a_body_keeps_its_name():
    # an office numbered within a department ("综合一处") is a body
    o = orgs("生态环境部国际合作司综合一处处长张明出席。")
    assert any(n.endswith("综合一处") for n, _ in o)


# 4. a national or regional council after 兼 is a body of its own ---------------------------------
def test_national_council_after_jian_is_not_a_unit_of_the_ministry():
    text = "泰国能源部常务秘书兼国家能源政策委员会秘书处秘书长颂巴·猜出席。"
    p = _posts(text)
    assert ("颂巴·猜", "秘书长", "泰国国家能源政策委员会秘书处") in p
    assert not any("能源部国家" in o for _, _, o in p)


def test_regional_committee_after_jian_is_of_the_first_bodys_country():
    text = "甲研究院副院长兼澜湄水资源青年专家委员会秘书长刘青出席。"
    p = _posts(text)
    assert ("刘青", "秘书长", "澜湄水资源青年专家委员会") in p


def test_unit_after_jian_stays_a_unit_of_the_first_body():
    # a body's own committee ("学术委员会") is still its unit
    p = _posts("某大学副校长兼学术委员会主任王一出席。")
    assert ("王一", "主任", "某大学学术委员会") in p


# 5. one 系 ends a department and opens the title 系主任 ------------------------------------------
def test_department_and_title_share_one_xi():
    assert ("宋·维拉", "主任", "老挝国立大学水资源工程系") in _posts("老挝国立大学水资源工程系主任宋·维拉介绍了课程。")
    assert ("宋·维拉", "副主任", "老挝国立大学水资源工程系") in _posts("老挝国立大学水资源工程系副主任宋·维拉介绍了课程。")


def test_department_written_out_before_its_title_keeps_the_title_whole():
    # "…系系主任": the department and the title each write their own 系
    assert ("宋·维拉", "系主任", "老挝国立大学水资源工程系") in _posts("老挝国立大学水资源工程系系主任宋·维拉介绍了课程。")


# 6. a visit to a country spent in its city: the city is the place -------------------------------
def _place(text):
    from lmec_kg.extract.events import find_place
    i = text.index("。") + 1
    p = find_place(text, 0, i)
    return p[0] if p else None


def test_visit_to_a_country_then_its_city_names_the_city():
    assert _place("5月2日，研究所所长林某率团访问泰国。在曼谷期间，代表团拜会了泰国自然资源与环境部。") == "曼谷"


def test_visit_to_a_country_without_a_stay_keeps_the_country():
    assert _place("5月2日，研究所所长林某率团访问泰国。代表团拜会了泰国自然资源与环境部。") == "泰国"


def test_city_of_another_country_does_not_replace_the_visited_country():
    assert _place("5月2日，研究所所长林某率团访问泰国。在万象期间，代表团还拜会了老挝方面。") == "泰国"


# 7. a chair who goes on, in the same sentence, to speak ------------------------------------------
_COURSE = "湖泊治理培训班在大理开班\n\n2024年3月5日，湖泊治理培训班在大理开班。"


def _speakers(text):
    ex, names = run(text)
    return {s for s, _, _ in facts(ex, names, "speech")}


def test_chair_who_then_introduces_the_course_is_a_speaker():
    t = _COURSE + "苍山大学湖泊研究院副院长卢文涛主持开班仪式，并介绍了课程安排。\n"
    assert "卢文涛" in _speakers(t)


def test_chair_whose_next_clause_has_another_subject_is_no_speaker():
    t = _COURSE + "苍山大学湖泊研究院副院长卢文涛主持开班仪式，课程安排由助教团队介绍。\n"
    assert "卢文涛" not in _speakers(t)


# 8. a well-known global framework written without book-title marks -------------------------------
def test_global_biodiversity_framework_written_bare_is_a_document():
    d = docs("会上介绍了昆明-蒙特利尔全球生物多样性框架通过后各国的保护地规划。")
    assert [n for n, _ in d] == ["昆明-蒙特利尔全球生物多样性框架"]


def test_framework_in_book_title_marks_is_read_once():
    d = docs("各方将落实《昆明-蒙特利尔全球生物多样性框架》提出的目标。")
    assert [n for n, _ in d] == ["昆明-蒙特利尔全球生物多样性框架"]


def test_projects_related_to_a_place_are_no_named_programme():
    from .extractkit import inits

    assert inits("老方希望推动澜沧江上游相关项目尽快实施。") == []
    assert inits("双方同意推进湄公河流域湿地保护等项目。") == []
    # a programme with a proper element, named bare, is still one
    assert inits("双方同意推进澜湄水资源合作信息共享平台建设。") == ["澜湄水资源合作信息共享平台"]
