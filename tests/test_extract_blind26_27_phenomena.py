"""Phenomena first met in held-out sets 26 and 27 (web pages with their clutter; long centre
briefings), each on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, inits, orgs, post_facts, posts, run


# 1. the delegation is no one's title; the body it met keeps its name --------------------------------
def test_daibiaotuan_is_a_delegation_not_a_title():
    text = "应老挝某某部环境保护司邀请，中心代表团访问万象。代表团与环境保护司司长Anna VELO举行了工作会谈。"
    assert not any(o and o.startswith("团") for _, _, o in posts(text))
    assert ("Anna VELO", "司长", "环境保护司") in posts("代表团与环境保护司司长Anna VELO举行了工作会谈。")


# 2. a unit of the body a short name stands for -------------------------------------------------------
_BRIEF = ("澜沧江-湄公河环境合作中心\n简报\n2031年第4期\n2031年6月30日\n\n"
          "一、甲乙示范项目中期评估会在京召开\n"
          "6月8日，甲乙示范项目中期评估会在北京召开。会议由中心副主任白海潮主持。"
          "柬埔寨环境部某某总司副总司长Anna VELO在线致辞，中心亚洲合作处处长丁雨石汇报了项目执行情况。"
          "某某规划院研究员周青禾宣读了专家组评估意见。\n")


def test_a_unit_named_after_the_centres_short_name_is_the_centres():
    p = post_facts(_BRIEF)
    assert ("丁雨石", "处长", "澜沧江-湄公河环境合作中心亚洲合作处") in p
    assert not any("总司中心" in o for _, _, o in p)


def test_reporting_and_reading_out_are_speeches():
    ex, names = run(_BRIEF)
    speakers = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"丁雨石", "周青禾"} <= speakers


def test_a_report_explained_by_its_author_is_a_speech():
    text = ("二、报告发布\n6月28日，甲乙报告在北京发布。某某研究所副主任白海潮致辞。"
            "报告执笔人之一、中心研究员丁雨石对报告进行了解读。\n")
    ex, names = run(text, published="2031-06-30")
    assert "丁雨石" in {s for s, _, _ in facts(ex, names, "speech")}


def test_research_director_is_a_title():
    assert posts("某某学院研究主任Anna VELO作主旨发言。") == [("Anna VELO", "研究主任", "某某学院")]


# 3. a quoted name going on ends before 等 ------------------------------------------------------------
def test_a_quoted_name_going_on_stops_at_deng():
    assert inits("依托“一带一路”绿色发展国际联盟等平台开展合作。") == ["“一带一路”绿色发展国际联盟"]


# 4. a day counted back from the opening, restated after 即 ------------------------------------------
def test_the_day_before_the_opening_restated_dates_a_side_event():
    text = ("甲乙研讨会在景洪开幕\n\n6月8日，甲乙研讨会在景洪开幕。\n\n"
            "另据了解，研讨会开幕前一天即7日，甲乙联合保护工作交流会在勐腊县召开。\n")
    ex, names = run(text, published="2031-06-09")
    assert "2031-06-07" in {d for _, _, d in facts(ex, names, "event_date")}


# 5. a student named in Latin script with a non-ASCII capital speaks --------------------------------
def test_a_student_whose_name_opens_beyond_ascii_speaks():
    text = ("一、青年对话举行\n5月22日，甲乙青年对话在线举行。"
            "越南河内国家大学学生Đinh Thu Hoa介绍了红树林修复志愿活动。\n")
    ex, names = run(text, published="2031-05-30")
    assert "Đinh Thu Hoa" in {s for s, _, _ in facts(ex, names, "speech")}


# 6. a related-news line is no body's name ------------------------------------------------------------
def test_a_grant_is_no_part_of_a_body():
    assert not any("获批" in n for n, _ in orgs("昆明某某大学获批国家级国际联合研究中心"))


# 7. a place's committee, written in full or short, is one body ---------------------------------------
def test_a_committee_written_in_full_and_short_is_one_body():
    from lmec_kg.extract.lexicon import norm_name
    assert norm_name("共青团某省委员会") == norm_name("共青团某省委")
    assert norm_name("某某委员会") == "某某委员会"


def test_on_behalf_of_a_unit_names_no_person():
    ex, names = run("一、例会\n3月5日，甲乙例会在昆明召开。丁雨石代表项目一处汇报了年度进展。\n", published="2031-03-06")
    assert not any(n.endswith("处") for k, n in names.items() if k.startswith("person:"))


def test_a_company_after_a_companys_short_name_is_a_company_of_its_own():
    text = ("某某能源（老挝）有限公司\n2031年5月6日\n\n一、项目签约\n5月5日，甲乙光伏项目签约仪式在万象举行。"
            "公司总经理丁雨石致辞。华澜国际工程有限公司董事长白海潮出席。\n")
    assert not any("有限公司国际" in o for _, _, o in post_facts(text))
