"""Phenomena first met in held-out sets 44 and 45 (reports heavy in Latin-script names and
English titles; retrospectives, interviews and feature articles), each on invented sentences
(fictional people, bodies and programmes)."""
from lmec_kg.extract.events import long_before, secondary_event
from lmec_kg.extract.text import layout

from .extractkit import facts, post_facts, posts, run

MAST = "某某中心\n\n简报\n\n2031年 第2期\n\n2031年5月20日\n\n"


def test_several_honorifics_before_a_latin_name():
    assert posts("泰国自然资源与环境部副常务秘书H.E. Dr. Anan KLAHAN致辞。") == [
        ("Anan KLAHAN", "副常务秘书", "泰国自然资源与环境部")]


def test_a_titles_english_gloss_stands_between_title_and_name():
    p = posts("湄公河委员会秘书处技术支持部主任（Director of Technical Support Division）Dr. Mali SANGSRI介绍了情况。")
    assert p == [("Mali SANGSRI", "主任", "湄公河委员会秘书处技术支持部")]


def test_a_title_written_in_english_after_the_body():
    p = posts("UNEP亚太区域办事处Deputy Regional Director Ms. Hanne BERG出席并致辞。")
    assert p == [("Hanne BERG", "Deputy Regional Director", "UNEP亚太区域办事处")]
    # without an honorific the title's head word still ends it
    assert posts("湄公学院Executive Director Somsak PHUTHAI致辞。") == [
        ("Somsak PHUTHAI", "Executive Director", "湄公学院")]
    # an English phrase not ending in a title's head word is no title
    assert posts("UNEP亚太区域办事处Plastic Free Rivers Anna BERG发言。") == []


def test_a_well_known_body_by_its_latin_abbreviation_alone():
    assert posts("会上，ADB副行长丁山河致辞。") == [("丁山河", "副行长", "ADB")]
    # "UNDP驻越南代表": the body's own office in that country, no Chinese embassy
    p = posts("UNDP驻越南代表（Resident Representative）Ms. Ingrid HOLM致辞。")
    assert p == [("Ingrid HOLM", "驻越南代表", "UNDP")]


def test_an_acronym_after_an_english_name_in_parentheses_names_the_body_later():
    text = MAST + ("合作签约\n\n5月12日，中心与全球绿色增长研究所（Global Green Growth Institute, GGGI）"
                   "在京签署合作备忘录。GGGI驻老挝代表Ms. Mina PARK致辞。\n")
    assert ("Mina PARK", "驻老挝代表", "全球绿色增长研究所") in post_facts(text)


def test_a_programme_in_latin_letters_between_body_and_title():
    p = posts("UNEP亚太区域办事处CleanSea项目协调员（Project Coordinator）Mr. Lars NYGAARD作主旨发言。")
    assert p == [("Lars NYGAARD", "CleanSea项目协调员", "UNEP亚太区域办事处")]


def test_system_is_no_department():
    # 系 of 生态系统 ends no university department
    p = posts("UNEP亚太区域办事处生态系统区域协调员Dr. Ada OKAFOR发言。")
    assert p == [("Ada OKAFOR", "生态系统区域协调员", "UNEP亚太区域办事处")]


def test_honorific_mentions_are_the_named_speaker():
    text = MAST + ("对话会在曼谷举行\n\n5月18日，对话会在泰国曼谷举行。\n\n"
                   "IUCN亚洲区域办公室项目协调员Dr. Kanya SRIPHON介绍了评估结果；"
                   "柬埔寨环境部国务秘书H.E. Sok RATHA介绍了改革情况。\n")
    ex, names = run(text)
    assert {s for s, _, _ in facts(ex, names, "speech")} == {"Kanya SRIPHON", "Sok RATHA"}


def test_yu_inside_a_word_is_no_preposition():
    text = MAST + "区域对话在河内举行\n\n5月17日，澜湄基于自然的解决方案区域对话在越南河内举行。\n"
    ex, names = run(text)
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"河内"}


def test_a_country_director():
    assert posts("世界自然基金会柬埔寨办公室国家主任（Country Director）Mr. RITH Vanna介绍了项目。") == [
        ("RITH Vanna", "国家主任", "世界自然基金会柬埔寨办公室")]


def test_what_happened_two_years_before_is_background():
    assert long_before("2017-11", "2019-01-25")
    assert not long_before("2018-01", "2019-01-25")  # last year: a January issue's news
    assert not long_before("2019-01-16", "2019-01-25")
    assert not long_before("2017-11", None)
    s = "2027年11月，某某中心在北京正式启动运行。"
    assert secondary_event(s, 0, len(s), "2031-05-20", 2031, "2031-05-12") is None


def test_a_retrospective_article_reports_no_old_event():
    text = MAST + ("合作十年回顾\n\n2027年3月，首次部长会议在三亚举行，发表了《三亚宣言》。\n\n"
                   "年度会议在京召开\n\n5月12日，年度工作会议在北京召开。\n")
    ex, names = run(text)
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-05-12"}
    assert any(n == "三亚宣言" for n in names.values())  # its document is still mentioned


def test_an_interview_is_an_article_with_no_event():
    text = MAST + ("【人物专访】让合作落地生根——访某国某部某司司长Anong CHAI\n\n"
                   "编者按：Anong CHAI自2025年起参与区域环境合作。\n\n"
                   "记者：您怎样看合作的成果？\n\nAnong CHAI：2029年，双方在万象建成了两座监测站。\n\n"
                   "谈到合作，澜沧江-湄公河环境合作中心处长何山林说：“合作很顺利。”\n\n"
                   "工作组会议在琅勃拉邦举行\n\n5月12日，工作组会议在老挝琅勃拉邦举行。\n")
    lay = layout(text)
    assert [a.headline.text[:6] for a in lay.articles if a.headline] == ["【人物专访】", "工作组会议在"]
    ex, names = run(text)
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-05-12"}
    assert ("何山林", "处长", "澜沧江-湄公河环境合作中心") in post_facts(text)


def test_a_feature_above_the_first_headline_still_names_posts():
    text = MAST + ("从蓝图到实景——某计划成果巡礼\n\n某计划是区域合作的旗舰项目。\n\n"
                   "“计划要跟着需求走。”澜沧江-湄公河环境合作中心主任邵林川说。\n\n"
                   "圆桌对话在昆明举行\n\n5月12日，圆桌对话在昆明举行。\n")
    assert ("邵林川", "主任", "澜沧江-湄公河环境合作中心") in post_facts(text)


def test_completing_and_building_are_no_part_of_a_bodys_name():
    text = MAST + ("会议在万象举行\n\n5月12日，会议在老挝万象举行。今年老挝完成政府机构调整，"
                   "并在万象市区建成两座自动监测站。\n")
    ex, names = run(text)
    assert not any("完成" in n or "建成" in n for n in names.values())
