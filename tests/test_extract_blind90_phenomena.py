"""Phenomena first met in held-out sets 82, 54 and 90-95, each on invented sentences."""
from __future__ import annotations

from lmec_kg.extract import extract

from .extractkit import docs, facts, inits, orgs, post_facts, roles_of, run

HEAD = "简报\n2031年5月10日，某某培训班在昆明开幕。"


def test_a_university_whose_name_opens_with_a_preposition():
    got = post_facts(HEAD + "同济大学环境科学与工程学院院长王某远出席开幕式。对外经济贸易大学副校长李某出席。")
    assert ("王某远", "院长", "同济大学环境科学与工程学院") in got
    assert ("李某", "副校长", "对外经济贸易大学") in got
    # the preposition itself still ends a name before it
    got = post_facts(HEAD + "中心同越南自然资源与环境部国际合作司司长陈某会谈。")
    assert ("陈某", "司长", "越南自然资源与环境部国际合作司") in got


def test_and_before_community_representatives_is_a_conjunction_not_a_surname():
    got = post_facts(HEAD + "会议邀请云南省生态环境厅和社区代表介绍做法。云南省生态环境厅和晓燕副厅长出席。")
    assert not any(p == "和社区" for p, _, _ in got)
    assert ("和晓燕", "副厅长", "云南省生态环境厅") in got  # 和 a surname before a given name


def test_a_person_named_before_joins_a_department_head_with_and():
    got = post_facts(HEAD + "中心主任谭某朗出席。谭某朗与气候变化与环境司司长Wirat KANJAN代表双方签字。")
    assert ("Wirat KANJAN", "司长", "气候变化与环境司") in got
    # a name never given before is no person: "计划与投资部" stays one body
    got = post_facts(HEAD + "计划与投资部司长王某出席。")
    assert ("王某", "司长", "计划与投资部") in got


def test_a_verb_after_a_body_opens_no_unit_of_its_name():
    ex, names = run(HEAD + "柬埔寨环境部感谢中国政府长期以来的支持。该方案由越南自然资源与环境部国际合作司经与部领导研究后提出。")
    got = set(names.values())
    assert "柬埔寨环境部" in got and "越南自然资源与环境部国际合作司" in got
    assert not any("感谢" in n or n.endswith("经与部") for n in got)
    assert ("阮某", "副部长", "越南经济部") in post_facts(HEAD + "越南经济部副部长阮某出席。")  # 经济, a name


def test_a_generic_noun_after_a_verb_or_an_amount_is_no_programme():
    got = inits("湄公河地区都有大量环境项目正在实施。基地将为澜湄国家环境人才培养提供实践平台。")
    assert got == []
    assert inits("双方考虑从澜湄合作专项基金申请资金。") == ["澜湄合作专项基金"]


# --- a chronology, a list of short notes -------------------------------------------------------

CHRONOLOGY = """某某中心
简报
2032年 第1期
2032年1月18日

某某合作大事记（2030—2031年）

两年来，各方保持了交流合作的连续性。现将主要事项辑录如下。

2030年

1月14日，某某中心与湄公河委员会秘书处在老挝万象签署合作谅解备忘录。

9月17日，澜湄流域环境监测技术交流会在云南大理举行。交流会由某某中心主办。

2031年

3月25日，澜湄环境合作研讨会在柬埔寨金边举行。
"""


def _events(text, published=None):
    ex, names = run(text, published=published)
    dates = {(names[f.subject], f.value) for f in ex.facts if f.kind == "event_date"}
    places = {(names[f.subject], names[f.object]) for f in ex.facts if f.kind == "event_place"}
    return dates, places


def test_a_chronology_dates_its_entries_by_the_year_heading_above_them():
    dates, places = _events(CHRONOLOGY, published="2032-01-18")
    got = {d for _, d in dates}
    assert {"2030-01-14", "2030-09-17", "2031-03-25"} <= got
    assert not any(d.startswith("2032") for d in got)  # not the year
    assert not any(n == "2030年" for n, _ in dates)  # the heading names no event
    assert ("澜湄流域环境监测技术交流会", "大理") in places


NOTES = """某某中心
简报
2031年 第6期
2031年12月16日

澜湄环境影响评价研讨会在金边举办

11月12日至14日，澜湄环境影响评价研讨会在柬埔寨金边举办。研讨会由某某中心主办。

简讯

● 10月29日，澜湄国家环保产业对接会在深圳举行。

● 11月26日，澜湄生态环保大数据平台专家咨询会在昆明召开。

● 12月3日，在西班牙马德里举行的某公约第二十五次缔约方大会期间，中心在中国角举办“澜湄应对气候变化南南合作”主题边会。
"""


def test_each_bulleted_note_reports_an_event_of_its_own():
    dates, places = _events(NOTES, published="2031-12-16")
    assert ("澜湄国家环保产业对接会", "2031-10-29") in dates
    assert ("澜湄生态环保大数据平台专家咨询会", "2031-11-26") in dates  # 咨询会, an event's head
    assert ("澜湄生态环保大数据平台专家咨询会", "昆明") in places
    # the side event held during a conference, in the conference's city
    assert ("“澜湄应对气候变化南南合作”主题边会", "2031-12-03") in dates
    assert ("“澜湄应对气候变化南南合作”主题边会", "马德里") in places


# --- names in English, posts abroad -------------------------------------------------------------


def test_a_plan_named_in_english_inside_chinese_prose_is_a_document():
    got = docs("老挝目前正在执行National Biodiversity Strategy and Action Plan 2016-2030，工作重点是保护地。"
               "缅甸发布了Myanmar Sustainable Development Plan (2018-2030)，并在实施。")
    assert ("National Biodiversity Strategy and Action Plan 2016-2030", "document") in got
    assert ("Myanmar Sustainable Development Plan (2018-2030)", "document") in got
    # an English gloss of a name given in Chinese, and an English body, are none
    assert docs("柬埔寨实施《五角战略》（Pentagonal Strategy）。Pollution Control Department的代表出席。") == [
        ("五角战略", "strategy")]


def test_thai_governors_and_foreign_county_heads_head_their_province_or_county():
    got = post_facts(HEAD + "清迈府副府尹Anusorn CHAI介绍了措施。缅甸木姐县行政长官吴登奈参加。"
                     "老挝约乌县县长Khamsing INTHA出席。江城县县长王海岚出席。")
    assert ("Anusorn CHAI", "副府尹", "清迈府") in got
    assert ("吴登奈", "行政长官", "木姐县政府") in got
    assert ("Khamsing INTHA", "县长", "约乌县政府") in got
    assert ("王海岚", "县长", "江城县人民政府") in got
    ex, names = run(HEAD + "缅甸木姐县行政长官吴登奈参加。")
    assert ("木姐县政府", "缅甸", None) in facts(ex, names, "country")


def test_a_department_named_by_a_list_of_fields():
    assert ("Hiroshi TANA", "处长", "亚洲开发银行东南亚局环境、自然资源与农业处") in post_facts(
        HEAD + "亚洲开发银行东南亚局环境、自然资源与农业处处长Hiroshi TANA发言。")
    assert ("Tran Minh", "国家代表", "IUCN越南办事处") in post_facts(HEAD + "IUCN越南办事处国家代表Tran Minh表示，合作将继续。")


def test_an_abbreviation_between_a_body_and_its_role():
    assert roles_of("会议由亚洲开发银行主办，大湄公河次区域环境运营中心（EOC）承办。") == [
        ("亚洲开发银行", "host"), ("大湄公河次区域环境运营中心", "organizer")]


def test_a_mission_posted_to_a_city_belongs_to_no_city():
    assert orgs("湄公河国家驻昆明总领事馆官员参加。") == []
    assert orgs("老挝驻昆明总领事馆官员参加。") == [("老挝驻昆明总领事馆", "LA")]


def test_a_dotted_name_ends_before_an_adverb_of_order():
    got = post_facts(HEAD + "老挝国立大学副校长通萨·普马冯首先致辞。")
    assert ("通萨·普马冯", "副校长", "老挝国立大学") in got


def test_quoted_programmes_counted_after_them_and_a_quantity_before_a_fund():
    assert inits("其中“澜湄国家乡村供水示范”和“澜湄职业教育合作”两个项目将在缅甸实施。") == [
        "澜湄国家乡村供水示范", "澜湄职业教育合作"]
    assert inits("六国共同实施了数百个澜湄合作专项基金项目。") == ["澜湄合作专项基金"]


def test_a_contact_line_and_a_joint_author_are_no_part_of_a_body():
    ex, names = run(HEAD + "报告由中心联合清华大学环境学院编写。如需了解，请联系中心综合处副处长尹某某。")
    got = set(names.values())
    assert "清华大学环境学院" in got
    assert not any(n.startswith(("中心联合", "请联系")) for n in got)


def test_opening_words_of_a_course_make_speakers():
    ex, names = run(HEAD + "中心处长孟某岚、老挝某部某司副司长Somphone KEO分别致开班辞。")
    speakers = {names[f.subject] for f in ex.facts if f.kind == "speech"}
    assert {"孟某岚", "Somphone KEO"} <= speakers


def test_a_company_named_by_its_country_is_the_parent_of_its_departments():
    ex, names = run(HEAD + "越南电力集团可持续发展部主任Luong MINH介绍了情况。"
                    "中国电力建设集团有限公司东南亚区域总部副总经理罗某邦分享了体会。")
    parts = {(s, o) for s, o, _ in facts(ex, names, "part_of")}
    assert ("越南电力集团可持续发展部", "越南电力集团") in parts
    assert ("中国电力建设集团有限公司东南亚区域总部", "中国电力建设集团有限公司") in parts  # one company name
    assert ("罗某邦", "副总经理", "中国电力建设集团有限公司东南亚区域总部") in post_facts(
        HEAD + "中国电力建设集团有限公司东南亚区域总部副总经理罗某邦分享了体会。")


def test_a_governor_heads_the_province_government_the_briefing_names():
    got = post_facts(HEAD + "清莱府府政府提供支持。清莱府副府尹阿南·汶米致辞。")
    assert ("阿南·汶米", "副府尹", "清莱府府政府") in got  # one body, not a second


def test_an_attached_file_named_in_english_is_no_document():
    assert docs("附件：\n2. Joint Statement of the Ministerial Dialogue (English).pdf\n") == []


# --- round twelve (sets 97-101) -----------------------------------------------------------------


def test_half_width_punctuation_of_a_translation_reads_as_chinese():
    from lmec_kg.ingest import briefing_from_text

    b = briefing_from_text("老挝某部新闻公报\n2031年12月3日\n\n对话举行\n\n2031年11月27日,对话在老挝琅勃拉邦市举行。"
                           "对话由老挝自然资源与环境部与澜沧江-湄公河环境合作中心共同主办,琅勃拉邦省自然资源与环境厅承办,"
                           "联合国环境规划署提供支持。老挝自然资源与环境部副部长(Vice Minister) Somphone KEO致辞。\n", id="x")
    assert "共同主办，琅勃拉邦省" in b.text and "副部长（Vice Minister）" in b.text
    assert len(b.text) == len(b.original)  # one for one: offsets hold in the published text
    ex = extract(b)
    names = {e.key: e.name for e in ex.entities}
    got = {(names[f.object], f.value) for f in ex.facts if f.kind == "event_role"}
    assert ("联合国环境规划署", "supporter") in got
    assert ("琅勃拉邦省自然资源与环境厅", "organizer") in got  # not a supporter as well
    assert not any(r == "supporter" and o != "联合国环境规划署" for o, r in got)


def test_dates_in_chinese_numerals_and_day_first_ranges():
    from lmec_kg.ingest import briefing_from_text

    t = briefing_from_text("公报\n\n二〇三一年十一月二十七日至二十八日，对话在万象举行。\n\n11-15/10/2031，大会在昆明举行。\n", id="x").text
    assert "2031年11月27日至28日，对话" in t and "2031年10月11日至15日，大会" in t


def test_a_numbered_note_opens_with_its_date():
    dates, places = _events(NOTES.replace("● ", "8. ", 1), published="2031-12-16")
    assert ("澜湄国家环保产业对接会", "2031-10-29") in dates


def test_a_body_rendered_two_ways_in_one_briefing_is_one_body():
    ex, names = run(HEAD + "越南自然资源与环境部国际合作司司长阮某出席。越南资源环境部国际合作司副司长黎某介绍情况。"
                    "国家林业和草原局湿地管理司司长李某出席。国家林草局湿地管理司副司长王某发言。")
    got = set(names.values())
    assert "越南自然资源与环境部国际合作司" in got and "越南资源环境部国际合作司" not in got  # the form given first
    assert "国家林业和草原局湿地管理司" in got and "国家林草局湿地管理司" not in got
    # a briefing that writes one form keeps it (writers name bodies as the text does)
    ex, names = run(HEAD + "缅甸资源与环境保护部环境保护司副司长Daw Hnin出席。")
    assert "缅甸资源与环境保护部环境保护司" in set(names.values())


def test_a_short_form_of_a_document_is_the_one_named_before_it():
    ex, names = run(HEAD + "会议重申《澜湄环境合作战略与行动框架（2033-2037）》，双方将在《框架》下开展合作，"
                    "并对接《昆明-蒙特利尔全球生物多样性框架》。《澜湄生态环境展望报告（2031）》（以下简称《展望报告》）发布。")
    docs_ = {n for k, n in names.items() if k.startswith("document:")}
    assert "框架" not in docs_ and "展望报告" not in docs_  # (a year closing the name is no part of its kind)


def test_a_clause_before_a_generic_noun_is_no_body_nor_programme():
    assert orgs("中方在金边援建一座空气质量自动监测站。") == []
    assert inits("六国部长为澜湄环境合作项目库平台上线揭幕。") == ["澜湄环境合作项目库平台"]
    assert inits("双方将继续协调澜湄合作专项基金的申报。") == ["澜湄合作专项基金"]
    ex, names = run(HEAD + "随后，湄公河五国代表依次通过视频发言。")
    assert not any(f.kind == "speech" for f in ex.facts)


def test_and_before_a_bodys_unit_is_no_surname():
    # "和" opens a name only before a given name: not before a unit ("和水局") or a title
    got = post_facts(HEAD + "云南省生态环境厅和水局局长王某出席。")
    assert not any(p.startswith("和") for p, _, _ in got)
