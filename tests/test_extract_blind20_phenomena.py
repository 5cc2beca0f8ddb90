"""Phenomena first met in the twentieth held-out set (a course's closing with a trainee's
speech, a signing's speeches, a dialogue abroad, a course with a field visit), each on invented
sentences (fictional people, bodies, places and programmes)."""
from .extractkit import countries as _countries, orgs, post_facts as _posts


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
