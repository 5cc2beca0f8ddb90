"""Phenomena first met in the thirteenth held-out set (an online workshop's bulletin, a
provincial memorandum's signing, a photo exhibition) about people and their speeches, each on
invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, posts, run


def _speakers(text):
    ex, names = run(text)
    return {s for s, _, _ in facts(ex, names, "speech")}


# 1. "以…为例" after a name opens the object of the predicate, not the given name -----------------
def test_yi_wei_li_after_a_name_ends_the_name():
    got = posts("甲河研究所项目主任柏思源以乙湖流域的社区治理为例，讲解了村民自治的作用。")
    assert ("柏思源", "项目主任", "甲河研究所") in got


def test_yi_in_a_given_name_stays_without_wei_li():
    # "王以宁": 以 opens no "…为例" phrase, so it is part of the name
    assert ("王以宁", "项目主任", "甲河研究所") in posts("甲河研究所项目主任王以宁表示，合作成效明显。")


# 2. a technician is a post ---------------------------------------------------------------------------
def test_technician_is_a_title():
    got = posts("甲国乙省自然资源与环境厅技术员Anouk PHAVONG代表第一组发言。")
    assert ("Anouk PHAVONG", "技术员", "甲国乙省自然资源与环境厅") in got


# 3. a surname that is also a conjunction, between a body and the title -------------------------------
def test_he_surname_between_body_and_title():
    got = posts("贵州省人民政府和丽娟副省长出席签约仪式。")
    assert ("和丽娟", "副省长", "贵州省人民政府") in got


def test_he_conjunction_before_another_body_is_no_name():
    assert posts("甲省生态环境厅和有关处室负责人出席。") == []
    assert not any(p[0].startswith("和") for p in posts("甲省人民政府和林业局局长王明出席。"))


# 4. a province, a name, then the title of its government's head --------------------------------------
def test_place_name_title_is_a_post_in_the_local_government():
    got = posts("贵州省人民政府和丽娟副省长、老挝琅南塔省Khamphet SOUK副省长共同见证签约。")
    assert ("Khamphet SOUK", "副省长", "琅南塔省政府") in got
    assert ("和丽娟", "副省长", "贵州省人民政府") in got


def test_chinese_name_between_province_and_title():
    assert ("柏丽娟", "副省长", "云南省人民政府") in posts("云南省柏丽娟副省长出席。")


def test_a_city_head_after_the_province_is_no_name():
    # "云南省昆明市副市长": the city is the body, no name stands before the title
    assert posts("云南省昆明市副市长柏丽娟出席。") == [("柏丽娟", "副市长", "昆明市人民政府")]


# 5. students and photographers named by their role, after the body they come from ---------------------
def test_graduate_student_after_a_body_is_a_speaker():
    sp = _speakers("研修班在线举办。泰国甲大学工程学院研究生Niran SAKDA代表第三组发言，提出了建议。")
    assert "Niran SAKDA" in sp


def test_graduate_school_is_no_student():
    got = posts("甲大学副校长兼研究生院院长柏永年出席并致辞。")
    assert ("柏永年", "院长", "甲大学研究生院") in got
    ex, names = run("研修班在线举办。甲大学副校长兼研究生院院长柏永年出席并致辞。")
    assert not any(n.startswith("院") for k, n in names.items() if k.startswith("person:"))


def test_photographer_speaking_as_a_representative():
    sp = _speakers("摄影展在京开幕。柬埔寨青年摄影师Dara LIM作为获奖作者代表在开幕式上发言。她讲述了自己的经历。")
    assert "Dara LIM" in sp


def test_photographer_without_a_speech_is_no_speaker():
    sp = _speakers("摄影展在京开幕。柬埔寨青年摄影师Dara LIM作为获奖作者出席了开幕式。")
    assert "Dara LIM" not in sp


# 6. a researcher named by the common noun 研究人员; a report to the meeting is a speech ------------
def test_researcher_with_a_name_is_a_speaker():
    sp = _speakers("咨询会在京召开。甲中心研究人员柏青随后介绍了路线图的主要内容。")
    assert "柏青" in sp


def test_researchers_without_a_name_make_no_person():
    ex, names = run("考察在老挝开展。中方研究人员赴甲省开展了调研。研究人员与村民座谈。")
    assert not any(k.startswith("person:") for k in names)


def test_reporting_to_the_meeting_is_a_speech():
    sp = _speakers("部长会议在京举行。甲河合作中心主任柏启明向会议报告了《甲河行动框架》的实施进展。")
    assert "柏启明" in sp


def test_a_report_heard_is_no_speech_of_its_author():
    sp = _speakers("部长会议在京举行。会议听取了甲河合作中心主任柏启明的报告。")
    assert "柏启明" not in sp


# 7. a title's first character ending a body's name is no title -------------------------------------
def test_committee_then_a_body_starting_with_zhang_is_no_chairman():
    # "…委员会长林科学院": not 会长 and a person 林科学院
    ex, names = run("考察在老挝开展。考察由甲河水利委员会长林科学院和乙国湄公河委员会秘书处承办。")
    assert not any(k.startswith("person:") for k in names)
    assert ("甲河水利委员会长林科学院", "organizer") in {(o, v) for _, o, v in facts(ex, names, "event_role")}


def test_chairman_of_an_association_after_its_name():
    assert ("柏青", "会长", "甲省环境科学学会") in posts("甲省环境科学学会会长柏青出席。")


# 8. background under a heading of its own ("关于某某中心", "背景链接") reports no event -------------
_NEWS = "甲河中心\n\n2023年12月8日\n\n甲河联合考察圆满收官\n\n11月28日，甲河中心在老挝开展联合考察。考察组采集了样品。\n\n"


def _dates(text):
    ex, names = run(text)
    return {v for _, _, v in facts(ex, names, "event_date")}


def test_about_heading_over_the_bodys_paragraph_is_background():
    text = _NEWS + "关于甲河中心\n\n甲河中心于2017年6月在北京成立，是六国开展技术交流的平台。\n"
    assert _dates(text) == {"2023-11-28"}


def test_about_heading_over_another_subject_stays_an_article():
    # the paragraph under "关于…" does not name what the heading names: a report of its own
    text = _NEWS + "关于开展湿地调查\n\n12月5日，乙省林业局在万象举办湿地调查培训班。\n"
    assert "2023-12-05" in _dates(text)


def test_link_label_on_its_own_line_labels_the_paragraph_below():
    text = _NEWS + "背景链接\n\n甲河中心：2016年3月，甲河合作首次领导人会议提出设立中心的倡议。\n"
    assert _dates(text) == {"2023-11-28"}


# 9. event places: a list of provinces, a venue "位于X的", a touring event "走进某国某市某大学" ------
def _place(t):
    from lmec_kg.extract.events import find_place, venue_place
    p = find_place(t, 0, len(t)) or venue_place(t, 0, len(t))
    return p[0] if p else None


def test_list_of_provinces_names_the_first_as_the_place():
    assert _place("甲中心与乙秘书处在老挝南部占巴塞省、沙拉湾省联合开展了考察。") == "占巴塞"


def test_list_with_a_word_that_is_no_place_names_none():
    assert _place("研讨会在昆明、某地举行。") is None
    assert _place("会议在生态环境部、外交部支持下举行。") is None


def test_part_of_a_province_alone_is_still_no_place():
    assert _place("会议在广西南部举行。") is None
    assert _place("会议在老挝北部琅勃拉邦举行。") == "琅勃拉邦"


def test_venue_located_in_a_city():
    assert _place("交流会在位于万象的甲河委员会秘书处总部召开。") == "万象"
    assert _place("交流会在位于校园内的国际会议中心举行。") is None


def test_touring_event_visits_a_venue_in_a_foreign_city():
    assert _place("“甲河青年绿色校园行”走进柬埔寨金边某大学。") == "金边"
    assert _place("“甲河青年绿色校园行”走进老挝国立大学。") == "老挝"


def test_going_into_something_that_is_no_venue_names_no_place():
    assert _place("甲河计划走进柬埔寨百姓生活。") is None


# a head-of-government title whose last character opens a city's name ------------------------------
def test_province_then_city_is_no_governor():
    got = posts("湖南省长沙市市长卢明远出席会议并致辞。")
    assert got == [("卢明远", "市长", "长沙市人民政府")]


def test_section_chief_before_a_name_like_a_city_stays():
    # "处长沙某": 长沙 is no city here, no 市 follows
    assert ("沙文博", "处长", "国际合作处") in posts("国际合作处处长沙文博出席。")


def test_governor_whose_title_took_the_provinces_suffix():
    # "广东省长": 广东省 + 省长, the province's 省 written once
    assert posts("广东省长钟立言出席开幕式。") == [("钟立言", "省长", "广东省人民政府")]
    assert posts("广东副省长钟立言出席开幕式。") == [("钟立言", "副省长", "广东省人民政府")]
