"""Phenomena first met in held-out sets 28 and 29 (LMEC issues of 2021–2025; water-resources
centre briefings), each on invented sentences (fictional people, bodies, places and programmes)."""
from lmec_kg.extract.text import layout

from .extractkit import docs, facts, inits, orgs, post_facts, posts, roles_of, run


# 1. items numbered in Arabic figures are articles of their own ------------------------------------
_ISSUE = ("某某中心\n简报\n2031年 第2期\n2031年5月20日\n\n"
          "1. 甲乙政策对话在京举行\n\n4月22日，甲乙政策对话在北京举行。\n\n"
          "2. 甲乙国家媒体采访团走进普洱\n\n5月12日至14日，甲乙国家媒体采访团走进云南普洱。\n")


def test_arabic_numbered_items_are_articles():
    heads = [a.headline.text for a in layout(_ISSUE).articles if a.headline]
    assert heads == ["甲乙政策对话在京举行", "甲乙国家媒体采访团走进普洱"]


def test_a_visit_into_a_place_is_its_venue():
    ex, names = run(_ISSUE)
    assert ("2031-05-12" in {d for _, _, d in facts(ex, names, "event_date")})
    assert "普洱" in {o for _, o, _ in facts(ex, names, "event_place")}


def test_a_list_item_in_figures_within_prose_stays_prose():
    text = "某某中心\n2031年5月20日\n\n一、甲乙论坛在昆明举行\n5月3日，甲乙论坛在昆明举行。会议提出：\n1. 加强合作；\n2. 推动召开下一届论坛。\n"
    assert [a.headline.text for a in layout(text).articles if a.headline] == ["甲乙论坛在昆明举行"]


# 2. people and bodies ------------------------------------------------------------------------------
def test_an_overseas_student_speaks():
    text = "一、青年交流活动\n7月24日，甲乙青年交流活动在昆明举行。在某某大学就读的越南留学生阮秋禾代表青年使者发言。\n"
    ex, names = run(text, published="2031-07-30")
    assert "阮秋禾" in {s for s, _, _ in facts(ex, names, "speech")}


def test_the_youth_leagues_committee_of_a_province_supports():
    assert ("共青团云南省委", "supporter") in roles_of("活动由某某中心主办，某某研究院承办，共青团云南省委支持。")


def test_a_brand_before_the_country_a_company_works_in():
    assert ("白海潮", "总经理", "华能柬埔寨公司") in posts("某商会副会长、华能柬埔寨公司总经理白海潮介绍了做法。")
    assert [n for n, _ in orgs("代表老挝公司总经理白海潮出席。")] == ["老挝公司"]  # 代表 is no brand


def test_senior_engineer_titles_and_leading_a_delegation():
    assert posts("某某信息中心教授级高级工程师骆青云介绍了情况。") == [("骆青云", "教授级高级工程师", "某某信息中心")]
    assert posts("越南农业与农村发展部水利总局副局长范德山率代表团访问北京。") == [
        ("范德山", "副局长", "越南农业与农村发展部水利总局")]


def test_that_institute_named_in_the_sentence_before():
    text = ("三、签署备忘录\n9月27日，某某中心与越南自然资源与环境战略政策研究院在河内签署备忘录。"
            "中心主任白海潮与该研究院院长Anna VELO签署备忘录。\n")
    assert ("Anna VELO", "院长", "越南自然资源与环境战略政策研究院") in post_facts(text, published="2031-09-30")


# 3. places, programmes and documents ---------------------------------------------------------------
def test_organising_a_study_in_a_province():
    text = "一、联合考察\n8月14日至18日，某某中心与湄公河委员会秘书处在柬埔寨上丁省组织开展甲乙支流联合考察。\n"
    ex, names = run(text, published="2031-08-30")
    assert "上丁" in {o for _, o, _ in facts(ex, names, "event_place")}


def test_two_plans_of_different_years_are_two_documents():
    text = ("一、联合工作组会议\n3月3日，联合工作组会议在万象举行。中方建议全面评估《甲乙水资源合作五年行动计划（2023-2027）》"
            "的执行进展，及早启动《甲乙水资源合作五年行动计划（2028-2032）》的编制工作。\n")
    ex, names = run(text, published="2031-03-10")
    found = {n for k, n in names.items() if k.startswith("document:")}
    assert found == {"甲乙水资源合作五年行动计划（2023-2027）", "甲乙水资源合作五年行动计划（2028-2032）"}


def test_a_plan_with_and_without_its_years_is_one_document():
    text = ("一、会议\n3月3日，会议在万象举行。会议回顾了《甲乙水资源合作五年行动计划（2023-2027）》。"
            "各方表示将落实《甲乙水资源合作五年行动计划》。\n")
    ex, names = run(text, published="2031-03-10")
    assert {n for k, n in names.items() if k.startswith("document:")} == {"甲乙水资源合作五年行动计划（2023-2027）"}


def test_a_governments_own_quoted_strategy_is_a_document():
    assert ("五角战略", "strategy") in docs("他表示，柬埔寨政府“五角战略”把绿色发展作为重要方向。")


def test_already_is_no_part_of_a_programme():
    assert inits("她表示，澜湄环境合作已从项目合作走向机制化发展。") == []
