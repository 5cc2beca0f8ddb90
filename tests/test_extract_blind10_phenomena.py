"""Phenomena first met in the tenth held-out set, each on invented sentences (fictional
people, bodies and programmes): speech verbs after an adverb of manner (系统介绍了, 详细阐述)
and verbs of telling or showing (讲述, 展示了); a list of speakers each written "BODY NAME
TITLE" or "BODY TITLE NAME TITLE" where no known head opens the body, ending in 先后发言;
"来自BODY的NAME…" with a transliterated (dotted) name, whose 的 is no part of the name;
labelled organiser lines whose bodies are parted by blanks ("主办单位：A　B"); "在A指导下"
and "在A支持下" without 的; a body named in quotes after its kind and country ("泰国某某组织“X”"); a verb of listing or
of a source glued to a bare fund's name (列入…, 来源于…); official ministry names that
enumerate with 、 inside a list of ministries; a web page whose headline stands above a
"发布者：…　发布时间：…" line, and whose lead names only the venue."""
from lmec_kg.extract.text import layout

from .extractkit import facts, inits, name, orgs, posts, roles_of, run


def _speakers(text):
    ex, names = run(text)
    return {s for s, _, _ in facts(ex, names, "speech")}


# 1. a speech verb after an adverb of manner, and verbs of telling or showing ------------------
_SEMINAR = "湖泊治理研讨会在大理举行\n\n2024年3月5日，湖泊治理研讨会在大理举行。"


def test_name_ends_before_an_adverb_of_manner():
    assert name("卢文涛系统介绍了湖泊治理经验") == "卢文涛"
    assert name("卢文系统介绍了湖泊治理经验") == "卢文"
    assert name("蒋一鸣详细阐述了观点") == "蒋一鸣"
    assert name("蒋鸣简要回顾了合作历程") == "蒋鸣"


def test_adverb_of_manner_before_the_verb_keeps_the_post_and_makes_a_speaker():
    t = _SEMINAR + "苍山大学湖泊研究院研究员卢文涛系统介绍了洱海保护的做法。\n"
    ex, names = run(t)
    assert ("卢文涛", "苍山大学湖泊研究院", "研究员") in facts(ex, names, "post")
    assert "卢文涛" in _speakers(t)


def test_adverb_needs_a_predicate_after_it():
    # "系统" followed by a noun is no adverb: the run reads as no name
    assert name("卢文涛系统工程师队伍") != "卢文涛"


def test_telling_and_showing_are_addresses():
    t = (_SEMINAR + "来自苍山大学的Lina Park讲述了社区护湖的故事；来自洱海大学的"
         "Tom Baker则展示了他拍摄的湖滨湿地短片。苍山大学湖泊研究院教授蒋一鸣讲述了监测经过。\n")
    got = _speakers(t)
    assert {"Lina Park", "Tom Baker", "蒋一鸣"} <= got


def test_a_noun_showing_is_no_address():
    # "展示区" after a visit: no speech
    t = _SEMINAR + "苍山大学湖泊研究院教授蒋一鸣陪同代表参观了成果展示区。\n"
    assert "蒋一鸣" not in _speakers(t)


# 2. "BODY NAME TITLE" where the lexicon knows no head of the body, in a list of speakers -------
_PANEL = ("第二单元由蒋一鸣研究员主持。苍山大学地理系韦振华教授、云南省地理研究所所长白启明博士、"
          "湄公河之友协会首席专家Ana LOPEZ先后发言。")


def test_name_between_an_unheaded_body_and_a_title_after_it():
    got = posts(_PANEL)
    assert ("韦振华", "教授", "苍山大学地理系") in got
    assert ("白启明", "所长", "云南省地理研究所") in got
    assert ("Ana LOPEZ", "首席专家", "湄公河之友协会") in got


def test_every_listed_speaker_shares_the_collective_verb():
    t = _SEMINAR + _PANEL + "\n"
    assert {"韦振华", "白启明", "Ana LOPEZ"} <= _speakers(t)
    ex, names = run(t)
    assert ("韦振华", "苍山大学地理系", "教授") in facts(ex, names, "post")


def test_compound_surname_before_the_title():
    assert posts("洱海大学司马清教授作总结。") == [("司马清", "教授", "洱海大学")]


def test_a_department_before_its_title_is_no_name():
    # "化学系" ends in a suffix: the title follows the body, the name comes after it
    assert posts("洱海大学化学系教授王明远发言。") == [("王明远", "教授", "洱海大学化学系")]
    # "中心" ends in a suffix although 中 is a surname
    assert posts("洱海大学研究中心主任王明远发言。") == [("王明远", "主任", "洱海大学研究中心")]


def test_a_name_needs_a_body_before_it():
    # a verb, not a body, before the two characters: no post
    assert posts("会议结束后，由王明远教授总结。") == []


# 3. "来自BODY的NAME…": the 的 is the body's, a dotted name may be long -----------------------
def test_de_of_the_body_is_no_part_of_a_dotted_name():
    assert name("的玛妮·西里攀代表学员发言") is None
    assert posts("来自柬埔寨皇家农业大学的玛妮·西里攀代表外方学员发言。") == []


def test_two_dotted_names_joined_by_a_conjunction_are_two():
    assert name("坎西·温达拉与布阿·坎马尼共同主持") == "坎西·温达拉"
    assert name("坎西·温达拉和布阿·坎马尼共同主持") == "坎西·温达拉"


def test_dotted_name_after_the_body_still_reads_before_a_title():
    # "…司欧·明副司长": a name glued to the body's suffix keeps working
    assert posts("老挝农林部计划司坎·西副司长出席。") == [("坎·西", "副司长", "老挝农林部计划司")]


def test_people_from_a_body_speak():
    t = ("青年营在普洱举行\n\n2024年7月2日，青年营在普洱举行。来自柬埔寨皇家农业大学的玛妮·西里攀"
         "代表外方营员发言。来自苍山大学的韦一帆分享了巡河的体会；来自泰国孔敬大学的Dao Kittisak"
         "讲述了家乡的湿地。\n")
    ex, names = run(t)
    assert {"玛妮·西里攀", "韦一帆", "Dao Kittisak"} <= _speakers(t)
    assert not any(n.startswith("的") for n in names.values())
    # the body they come from gives no post (no title is stated)
    assert not any(p == "玛妮·西里攀" for p, _, _ in facts(ex, names, "post"))


# 4. labelled organiser lines whose bodies are parted by blanks --------------------------------
def test_ideographic_space_parts_two_hosts():
    got = roles_of("主办单位：共青团普洱市委员会\u3000普洱市青年联合会")
    assert ("共青团普洱市委员会", "host") in got
    assert ("普洱市青年联合会", "host") in got


def test_two_spaces_or_a_tab_part_bodies_of_every_role():
    assert roles_of("指导单位：普洱市人民政府外事办公室  普洱市生态环境局") == [
        ("普洱市人民政府外事办公室", "guide"), ("普洱市生态环境局", "guide")]
    assert roles_of("承办单位：普洱学院\t普洱市青年志愿者协会") == [
        ("普洱学院", "organizer"), ("普洱市青年志愿者协会", "organizer")]
    got = roles_of("协办单位：普洱茶源科技有限公司　思茅雨林旅游有限公司")
    assert {o for o, _ in got} == {"普洱茶源科技有限公司", "思茅雨林旅游有限公司"}
    assert {r for _, r in got} == {"co-organizer"}


def test_one_space_between_chinese_names_parts_them_but_not_inside_a_latin_name():
    assert ("普洱市青年联合会", "supporter") in roles_of("支持单位：普洱学院 普洱市青年联合会")
    assert roles_of("支持单位： 普洱学院") == [("普洱学院", "supporter")]


def test_labelled_lines_at_the_end_of_an_article_give_roles_and_countries():
    t = ("青年营在普洱举行\n\n2024年7月2日，青年营在普洱举行。\n\n"
         "主办单位：共青团普洱市委员会\u3000普洱市青年联合会\n承办单位：普洱学院\n")
    ex, names = run(t)
    got = {(o, r) for _, o, r in facts(ex, names, "event_role")}
    assert {("共青团普洱市委员会", "host"), ("普洱市青年联合会", "host"), ("普洱学院", "organizer")} <= got
    assert ("普洱市青年联合会", "中国", None) in facts(ex, names, "country")


# 5. "在A指导下" / "在A支持下" without 的 -----------------------------------------------------
def test_guide_without_de():
    t = "培训班在滇西水利厅国际合作处指导下举办，由普洱学院主办，普洱市水务局承办。"
    assert roles_of(t) == [("滇西水利厅国际合作处", "guide"), ("普洱学院", "host"), ("普洱市水务局", "organizer")]


def test_supporter_without_de_and_guide_and_supporter_together():
    assert roles_of("论坛在亚洲开发银行支持下举行。") == [("亚洲开发银行", "supporter")]
    got = roles_of("论坛在普洱市人民政府指导和亚洲开发银行支持下举行。")
    assert ("普洱市人民政府", "guide") in got and ("亚洲开发银行", "supporter") in got


def test_guide_zone_starts_at_the_last_zai():
    # the venue of "在普洱学院举办的…" is no guide
    got = roles_of("在普洱学院举办的研讨会在普洱市水务局的指导下顺利完成。")
    assert got == [("普洱市水务局", "guide")]
    got = roles_of("在普洱学院举办的研讨会在普洱市水务局指导下顺利完成。")
    assert got == [("普洱市水务局", "guide")]


# 6. a body named in quotes after its kind and its country -------------------------------------
def test_quoted_name_after_a_kind_of_body_and_a_country():
    assert orgs("来自老挝青年环保组织“湄公河之友”的Dao Kittisak分享了经验。") == [("湄公河之友", "LA")]
    assert orgs("老挝民间组织“湄公河之友”和越南环保协会“绿色河流”共同发起倡议。") == [
        ("湄公河之友", "LA"), ("绿色河流", "VN")]
    # a place names the country too
    assert orgs("普洱市志愿者协会“山水同行”组织了清洁活动。") == [("山水同行", "CN")]


def test_quoted_body_with_a_title_after_it():
    assert posts("老挝环保组织“湄公河之友”负责人Dao Kittisak发言。") == [
        ("Dao Kittisak", "负责人", "湄公河之友")]


def test_a_quoted_slogan_or_programme_is_no_body():
    assert orgs("中国企业“走出去”步伐加快。") == []
    assert orgs("泰国环保组织“绿色行动计划”进展顺利。") == []
    assert orgs("泰国环保组织“绿色行动计划”的成员发言。") == []
    # no country or place before the kind: the country is unknown, no body is read
    assert orgs("青年环保组织“湄公河之友”的成员参加了活动。") == []


def test_a_person_from_a_quoted_body_speaks_and_the_body_has_its_country():
    t = ("青年营在普洱举行\n\n2024年7月2日，青年营在普洱举行。来自老挝青年环保组织“湄公河之友”的"
         "Dao Kittisak分享了社区垃圾分类的做法。\n")
    ex, names = run(t)
    assert "Dao Kittisak" in _speakers(t)
    assert ("湄公河之友", "老挝", None) in facts(ex, names, "country")


# 7. a verb of listing or of a source before a bare programme name ------------------------------
def test_listed_in_a_fund():
    assert inits("本期研修班列入澜湄合作专项基金2025年度支持项目。") == ["澜湄合作专项基金"]
    assert inits("该示范工程列为中国—东盟合作基金重点项目。") == ["中国—东盟合作基金"]


def test_money_from_a_fund():
    assert inits("项目资金主要来源于澜湄合作专项基金和中国—东盟合作基金。") == ["澜湄合作专项基金", "中国—东盟合作基金"]
    assert inits("村里的护河队受益于澜湄合作专项基金。") == ["澜湄合作专项基金"]
    assert inits("计划申请澜湄合作专项基金。") == ["澜湄合作专项基金"]


def test_a_name_that_begins_with_a_place_keeps_it():
    # no verb before the name: it keeps its whole run
    assert inits("中国—东盟合作基金支持了这一项目。") == ["中国—东盟合作基金"]


# 8. a ministry's official name enumerates with 、; it stays one body of its country -----------
def test_enumerated_ministry_inside_a_list_of_countries_ministries():
    t = "学员分别来自老挝农林部、缅甸农业、畜牧与灌溉部、泰国农业与合作社部以及各国省级农业部门。"
    got = orgs(t)
    assert ("缅甸农业、畜牧与灌溉部", "MM") in got
    assert all(c != "CN" for _, c in got)
    assert not any(n.startswith("畜牧") for n, _ in got)


def test_enumerated_name_no_lexicon_knows_before_another_countrys_ministry():
    # an invented ministry: the next item opens with a country, so the 、 is inside the name
    got = orgs("代表来自缅甸水利、灌溉与排水部、泰国农业与合作社部。")
    assert ("缅甸水利、灌溉与排水部", "MM") in got
    assert ("泰国农业与合作社部", "TH") in got


def test_well_known_enumerated_ministries_written_bare_have_their_country():
    assert orgs("交流会由农业、畜牧与灌溉部主办。") == [("农业、畜牧与灌溉部", "MM")]
    assert orgs("越南劳动、荣军与社会部副部长出席。") == [("越南劳动、荣军与社会部", "VN")]


def test_a_list_of_chinese_ministries_stays_a_list():
    assert orgs("生态环境部、外交部") == [("生态环境部", "CN"), ("外交部", "CN")]
    # 、 after the second item and no country after it: a list, not one name
    assert ("水利、农业部", "CN") not in orgs("甲省水利、农业部、林业部代表")


def test_a_post_in_an_enumerated_ministry_and_no_chinese_country():
    t = ("研修班在南宁举行\n\n2024年10月15日，研修班在南宁举行。本期学员来自老挝农林部、缅甸农业、畜牧与"
         "灌溉部、泰国农业与合作社部。缅甸农业、畜牧与灌溉部农业司助理司长Aye Mya Thu代表学员发言。\n")
    ex, names = run(t)
    assert ("Aye Mya Thu", "缅甸农业、畜牧与灌溉部农业司", "助理司长") in facts(ex, names, "post")
    countries = facts(ex, names, "country")
    assert ("缅甸农业、畜牧与灌溉部", "缅甸", None) in countries
    assert not any(o.startswith("畜牧") for o, _, _ in countries)


# 9. a web page: site name, breadcrumb, headline, a labelled source line -----------------------
_PAGE = ("苍山大学湖泊研究院\n首页 > 学术交流 > 学术动态\n\n“高原湖泊保护”学术研讨会在大理举行\n\n"
         "发布者：湖泊研究中心　　发布时间：2024年6月10日　　浏览次数：532\n\n"
         "2024年6月8日，“高原湖泊保护”学术研讨会在苍山大学古城校区举行。研讨会由苍山大学湖泊研究院主办。\n")


def test_labelled_source_line_after_a_publisher_field_ends_the_masthead():
    lay = layout(_PAGE)
    assert lay.published == "2024-06-10"
    assert lay.page_headline is not None and lay.page_headline.text == "“高原湖泊保护”学术研讨会在大理举行"
    # the source line is no article's headline
    assert all(a.headline is None or "发布者" not in a.headline.text for a in lay.articles)


def test_breadcrumb_or_site_name_is_no_page_headline():
    t = "苍山大学湖泊研究院\n首页 > 学术交流 > 学术动态\n\n发布时间：2024-06-10\n\n2024年6月8日，研讨会在大理举行。\n"
    assert layout(t).page_headline is None
    t = "苍山大学湖泊研究院\n\n发布时间：2024-06-10\n\n2024年6月8日，研讨会在大理举行。\n"
    assert layout(t).page_headline is None


def test_page_headline_gives_the_place_when_the_lead_names_a_venue_only():
    ex, names = run(_PAGE)
    assert {p for _, p, _ in facts(ex, names, "event_place")} == {"大理"}


def test_the_leads_own_place_beats_the_page_headline():
    t = _PAGE.replace("在苍山大学古城校区举行", "在云南昆明举行")
    ex, names = run(t)
    assert {p for _, p, _ in facts(ex, names, "event_place")} == {"昆明"}
