"""Phenomena first met in the sixth held-out set, each on invented sentences (fictional
people, bodies, places and programmes): web pages' long source lines, numbered digest items,
an event dated "近日" with its opening day given later, the event's own days, counties and
districts as places, country names before place-named bodies, two names of one institution,
staff titles with a field word, names set with a space, Japanese names, participants named
by their role, Latin abbreviations of bodies and programmes, campaigns, sessions, funds."""
from lmec_kg.extract import extract
from lmec_kg.extract.events import find_place
from lmec_kg.extract.text import layout
from lmec_kg.ingest import briefing_from_text

from .extractkit import inits, name, orgs, posts, roles_of


def _x(text, id="t6"):
    ex = extract(briefing_from_text(text, id=id))
    names = {e.key: e.name for e in ex.entities}
    return ex, names


def _kind(ex, names, kind):
    return [(names.get(f.subject, f.subject), names.get(f.object, f.object) if f.object else None, f.value)
            for f in ex.facts if f.kind == kind]


# 1. a web page's source line: a labelled date, then other fields (long) ------------------------
_PAGE = ("某省林业厅\n首页 > 新闻中心 > 工作动态\n\n第二届甲乙边境湿地保护交流会在某县举行\n\n"
         "发布时间：2024-09-20 10:15　　信息来源：省林业厅湿地保护处　　浏览次数：356　　【字体：大 中 小】\n\n"
         "近日，第二届甲乙边境湿地保护交流会在云南省普洱市举行。交流会由某省林业厅主办。\n\n"
         "活动为期三天。17日上午举行的开幕式由普洱市副市长赵平安主持。\n\n"
         "18日，双方专家和巡护员深入边境一线，开展联合巡护演练。\n\n"
         "19日，双方签署了《边境湿地联合保护备忘录》。\n")


def test_long_source_line_with_a_labelled_date_is_the_masthead():
    lay = layout(_PAGE)
    assert lay.published == "2024-09-20"
    lay = layout("某大学新闻网\n\n某论坛举行\n\n发布日期：2024年06月09日　　来源：某研究院　　撰稿：办公室　　审核：某某某\n\n"
                 "6月3日，某论坛在昆明举行。\n")
    assert lay.published == "2024-06-09"


def test_a_long_line_with_a_date_and_prose_is_no_masthead():
    lay = layout("某中心\n\n2024年3月5日，代表团在昆明考察了湿地公园、植物园和多个社区的垃圾分类试点，并与当地政府座谈\n\n正文。\n")
    assert lay.published is None


# 2. "近日" dates the report; the opening ceremony's day dates the event ------------------------
def test_vague_date_refined_by_the_opening_ceremony_day():
    ex, names = _x(_PAGE)
    dates = sorted(v for _, _, v in _kind(ex, names, "event_date"))
    assert dates == ["2024-09-17"]
    assert ("第二届甲乙边境湿地保护交流会", None, "2024-09-19") in _kind(ex, names, "event_end")


def test_precise_first_date_is_not_replaced():
    ex, names = _x(_PAGE.replace("近日，", "9月16日，"))
    assert "2024-09-16" in [v for _, _, v in _kind(ex, names, "event_date")]


def test_a_trip_to_another_county_within_the_days_stays_an_event():
    ex, names = _x(_PAGE.replace("18日，双方专家和巡护员深入边境一线，开展联合巡护演练。",
                                 "18日，双方专家赴景谷县开展了联合巡护演练。"))
    assert "2024-09-18" in [v for _, _, v in _kind(ex, names, "event_date")]


def test_ranger_is_a_noun_not_a_patrol():
    from lmec_kg.extract.events import secondary_event
    t = "活动为期两天。12日，中方巡护员和老方专家座谈。"
    r = secondary_event(t, t.index("12日"), len(t), "2024-05-20", 2024, "2024-05-11")
    assert r is not None and t[r[2]:r[2] + 2] == "座谈"


# 3. numbered items of a digest, each reporting an event ----------------------------------------
_DIGEST = ("某合作动态\n\n2024年第3期\n某秘书处　编　　2024年6月28日\n\n【本期要目】\n"
           "一、某某青年生态营在桂林开营\n二、某河论坛在万象举行\n\n"
           "一、某某青年生态营在桂林开营\n\n5月21日，2024年某某青年生态营在广西桂林开营。"
           "生态营由某合作中心主办，某省生态环境厅承办，某学院协办。\n\n"
           "二、某河论坛在万象举行\n\n6月3日，某河论坛在老挝万象举行。\n")


def test_numbered_digest_items_are_articles():
    ex, names = _x(_DIGEST)
    dates = sorted((n, v) for n, _, v in _kind(ex, names, "event_date"))
    assert ("2024年某某青年生态营", "2024-05-21") in dates or ("某某青年生态营", "2024-05-21") in dates
    assert any(v == "2024-06-03" for _, v in dates)
    places = {o for _, o, _ in _kind(ex, names, "event_place")}
    assert {"桂林", "万象"} <= places


def test_a_table_of_contents_is_no_article():
    lay = layout(_DIGEST)
    heads = [a.headline.text for a in lay.articles if a.headline]
    assert heads.count("某某青年生态营在桂林开营") == 1


# 4. places: autonomous prefectures, counties and districts ------------------------------------
def test_county_of_an_autonomous_prefecture():
    t = "交流会在西双版纳傣族自治州勐海县举行。"
    assert find_place(t, 0, len(t))[0] == "勐海"
    t = "会议在红河哈尼族彝族自治州蒙自市召开。"
    assert find_place(t, 0, len(t))[0] == "蒙自"


def test_city_then_a_district_without_its_suffix():
    t = "研讨会在昆明官渡举行。"
    assert find_place(t, 0, len(t))[0] == "昆明"


def test_no_place_from_a_province_and_an_unknown_word_or_a_venue_phrase():
    for t in ("会议在云南某地举行。", "会议在昆明的宾馆举行。", "会议在广西南部举行。"):
        assert find_place(t, 0, len(t)) is None


# 5. a country name before a body named by its city or province --------------------------------
def test_china_before_a_place_named_university_is_no_part_of_its_name():
    assert ("南京林业大学", "CN") in orgs("中国南京林业大学代表出席。")
    assert posts("中国成都理工大学生态学院刘海燕教授介绍了经验。") == [("刘海燕", "教授", "成都理工大学生态学院")]


def test_china_stays_in_names_it_opens():
    names = [n for n, _ in orgs("中国水利水电科学研究院专家出席。")]
    assert "中国水利水电科学研究院" in names


def test_foreign_country_before_a_place_named_body_is_one_body_with_its_bare_name():
    ex, names = _x("某中心\n\n2024年5月5日\n\n某会议在昆明举行\n\n5月3日，某会议在昆明举行。"
                   "会议由泰国孔敬大学人文学院协办。孔敬大学人文学院院长Suda MEE致辞。\n")
    bodies = [e for e in ex.entities if e.kind == "organization" and "人文学院" in e.name]
    assert len(bodies) == 1


# 6. two names of one institution, the second in parentheses ------------------------------------
def test_second_name_in_parentheses_is_no_second_body():
    r = roles_of("论坛由昆明理工大学主办，昆明理工大学湖泊研究院（中国湖泊中心）承办。")
    assert ("昆明理工大学湖泊研究院", "organizer") in r
    assert not any(n.endswith("湖泊中心") for n, _ in r)
    assert [n for n, _ in orgs("昆明理工大学湖泊研究院（中国湖泊中心）承办。")] == ["昆明理工大学湖泊研究院"]


def test_a_body_in_parentheses_after_a_verb_stays_its_own():
    names = [n for n, _ in orgs("该中心（设在某某研究院）负责协调。")]
    assert not any("设在" in n for n in names)


# 7. a time word after a country opens a clause, not a body ------------------------------------
def test_time_word_after_a_country_is_no_body():
    names = [n for n, _ in orgs("他说，泰国今年完成政府机构调整，原水资源厅并入新部。")]
    assert not any(n.startswith("泰国今年") for n in names)
    assert ("泰国水资源厅", "TH") in orgs("泰国水资源厅派员出席。")


# 8. a unit of a body known by its Latin abbreviation -----------------------------------------
def test_unit_of_a_body_named_by_its_latin_abbreviation():
    assert ("IUCN淡水专家委员会", None) in orgs("IUCN淡水专家委员会提供技术指导。")
    assert orgs("IUCN发布了新的报告。") == []


# 9. a field or region word between a body and a staff title ----------------------------------
def test_field_word_before_a_staff_title_is_part_of_it():
    assert posts("某署亚太办事处区域协调员Anna BERG出席会议。") == [("Anna BERG", "区域协调员", "某署亚太办事处")]
    assert posts("某委员会湿地名录培训官Tom HALL主讲。") == [("Tom HALL", "湿地名录培训官", "某委员会")]


def test_a_director_title_takes_no_field_word():
    assert posts("某中心办公室主任李冬梅出席。") == [("李冬梅", "主任", "某中心办公室")]


# 10. a two-character name set with a space ----------------------------------------------------
def test_name_set_with_a_space():
    assert posts("某大学副校长周 明 教授致辞。") == [("周明", "副校长", "某大学")]
    assert posts("某大学副校长周　明教授致辞。") == [("周明", "副校长", "某大学")]


def test_spaced_characters_that_are_no_name():
    assert posts("某大学副校长王 芳芳致辞。") == []
    assert name("某 地") is None


# 11. Japanese names --------------------------------------------------------------------------
def test_japanese_name_between_body_and_title():
    assert posts("日本某大学水资源研究所佐藤健二教授发言。") == [("佐藤健二", "教授", "日本某大学水资源研究所")]


# 12. participants named by their role (no post) -----------------------------------------------
def test_participants_named_by_their_role_speak():
    ex, names = _x("某中心\n\n2024年7月9日\n\n某营在昆明开营\n\n7月5日，某营在昆明开营。"
                   "越南营员Linh发言说，她收获很多。老方护林员Somchai和中方护林员岩罕分别介绍了巡护经验。\n")
    speakers = {s for s, _, _ in _kind(ex, names, "speech")}
    assert {"Linh", "Somchai", "岩罕"} <= speakers
    assert not [p for p in _kind(ex, names, "post") if p[0] in ("Linh", "岩罕")]


def test_role_noun_before_a_verb_names_nobody():
    ex, names = _x("某中心\n\n2024年7月9日\n\n某活动举行\n\n7月5日，某活动在昆明举行。"
                   "中老双方专家和巡护员深入边境一线。学员SAM代表发言。\n")
    persons = {e.name for e in ex.entities if e.kind == "person"}
    assert not any(p.startswith(("深入", "SAM")) for p in persons)


def test_postdoc_is_a_title():
    assert posts("某大学生态研究院博士后陈一鸣发言。") == [("陈一鸣", "博士后", "某大学生态研究院")]


# 13. "给予支持" and a national science foundation's bureau ----------------------------------
def test_given_support_names_a_supporter():
    assert ("国家自然科学基金委员会国际合作局", "supporter") in roles_of(
        "论坛由甲大学主办，国家自然科学基金委员会国际合作局给予支持。")


# 14. programmes: abbreviations, models, campaigns, sessions, city funds -----------------------
def test_quoted_programme_with_a_latin_abbreviation_before_its_head():
    assert inits("双方讨论了“河流伙伴对话”（RPD）项目的下一阶段。") == ["河流伙伴对话"]
    assert inits("某国以“低碳-循环经济模式”（LCE模式）为引领。") == ["低碳-循环经济模式"]
    assert inits("中心的“某某”（ABC）会议召开。") == []


def test_short_quoted_campaign_name():
    assert inits("介绍了“清河”专项行动的成效。") == ["清河"]
    assert inits("开展“蓝网”自然保护地强化监督。") == ["蓝网"]
    assert inits("提出“两山”理念。") == []


def test_quoted_session_names_before_a_count_of_sessions():
    assert inits("论坛设“湖泊与湿地网络”“河流与社区平台”两个分论坛。") == []
    assert inits("论坛设“湖泊与湿地网络”分论坛。") == []


def test_fund_named_by_its_city():
    assert inits("双方将用好南宁绿色发展基金等渠道。") == ["南宁绿色发展基金"]
    assert inits("某市环保基金会资助了项目。") == []
    assert inits("北京和上海的基金公司参加。") == []


# 15. verbs of a lecture or an analysis make speakers ------------------------------------------
def test_lecture_and_analysis_verbs():
    ex, names = _x("某中心\n\n2024年7月9日\n\n某培训班举办\n\n7月5日，某培训班在昆明举办。"
                   "培训由某大学教授王立新主讲。某大学社会学院院长Mali SRI副教授剖析了渔村生计转型。\n")
    speakers = {s for s, _, _ in _kind(ex, names, "speech")}
    assert {"王立新", "Mali SRI"} <= speakers
