"""Phenomena first met in the thirteenth held-out set (organisations, event roles and mentions),
each on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import countries as _countries, post_facts as _posts


# 1. "，以及" opens a new group of a list: its body is named in full ---------------------------------
_EXPERTS = ("甲省师范大学地理学院教授白山、生态研究院副教授林海，以及海洋学院东亚研究所副研究员马川等专家先后发言。")


def test_item_after_comma_and_yiji_keeps_its_own_name():
    p = _posts(_EXPERTS)
    assert ("马川", "副研究员", "海洋学院东亚研究所") in p
    assert not any(o.startswith("甲省师范大学海洋学院") for _, _, o in p)


def test_item_after_ideographic_comma_still_shares_the_parent():
    p = _posts(_EXPERTS)
    assert ("林海", "副教授", "甲省师范大学生态研究院") in p
    # and a bare department after 及 with no comma before it still shares the parent
    p = _posts("泰国自然资源与环境部规划司司长Somchai KAEW及监测司副司长Bunma SRI出席。")
    assert ("Bunma SRI", "副司长", "泰国自然资源与环境部监测司") in p


# 2. a body named by its city, with and without its country: the bare name is its name -------------
_CAMPUS = ("5月8日，研讨会在老挝琅勃拉邦师范学院举行。琅勃拉邦师范学院副院长Somsak PHOM致辞。"
           "柬埔寨环境部国务秘书Sok KHEM出席。环境部将继续支持该项目。")


def test_country_before_a_city_named_body_is_dropped_when_the_briefing_names_it_bare():
    assert ("Somsak PHOM", "副院长", "琅勃拉邦师范学院") in _posts(_CAMPUS)
    c = _countries(_CAMPUS)
    assert ("琅勃拉邦师范学院", "老挝") in c
    assert ("老挝琅勃拉邦师范学院", "老挝") not in c


def test_country_before_a_generic_name_stays():
    # 环境部 is no name without its country; a body named only once keeps the country too
    assert ("柬埔寨环境部", "柬埔寨") in _countries(_CAMPUS)
    assert ("Somsak PHOM", "副院长", "老挝琅勃拉邦师范学院") in _posts("老挝琅勃拉邦师范学院副院长Somsak PHOM致辞。")


# 3. event roles: 组织 inside a body's name, "得到…的支持", 会长 across a name's end ------------------------
def test_organisation_noun_inside_a_name_is_no_role_verb():
    from .extractkit import roles_of
    r = roles_of("论坛由甲省环境厅主办，乙市社会组织发展促进会协办。")
    assert ("乙市社会组织发展促进会", "co-organizer") in r
    assert not any(o.endswith("发展促进会") and o != "乙市社会组织发展促进会" for o, _ in r)


def test_organise_as_a_verb_still_bounds_the_zone():
    from .extractkit import roles_of
    r = roles_of("培训由甲省环境厅组织、乙市环境监测中心承办。")
    assert ("乙市环境监测中心", "organizer") in r


def test_body_whose_support_the_event_got_is_a_supporter():
    from .extractkit import roles_of
    r = roles_of("本次培训由甲省环境厅主办，并得到丙市生态研究中心的大力支持。")
    assert ("丙市生态研究中心", "supporter") in r
    # support someone got, no body named: no role
    assert roles_of("该倡议得到了与会代表的一致支持。") == []


def test_head_title_across_the_end_of_a_committee_is_no_title():
    from .extractkit import roles_of
    # a known commission, then its unit whose name opens with 长: no 会长 there
    r = roles_of("考察由丙中心主办，珠江水利委员会长沙水文研究所和老挝国家湄公河委员会秘书处承办。")
    assert ("珠江水利委员会长沙水文研究所", "organizer") in r
    # a president of an association keeps the title
    assert ("白云", "会长", "甲省环境科学学会") in _posts("甲省环境科学学会会长白云致辞。")


# 4. a unit of a body named by a bare kind word or a short form --------------------------------------
def test_bare_foundation_then_its_unit_is_the_unit_of_the_foundation_named_before():
    text = ("5月6日，讲座由云南省绿色河流基金会主办。开幕式由基金会青年项目部主任白露主持。")
    assert ("白露", "主任", "云南省绿色河流基金会青年项目部") in _posts(text)
    assert ("云南省绿色河流基金会青年项目部", "中国") in _countries(text)


def test_bare_foundation_with_no_foundation_named_before_stays_bare():
    p = _posts("5月6日，讲座在甲市举行。开幕式由基金会青年项目部主任白露主持。")
    assert not any(o.endswith("基金会青年项目部") and len(o) > len("基金会青年项目部") for _, _, o in p)


def test_unit_of_a_body_named_by_its_short_form_is_of_that_bodys_country():
    text = ("澜沧江-湄公河环境合作中心（以下简称“澜湄环境中心”）举办培训。"
            "开班式由澜湄环境中心培训三处副处长林雨主持。")
    c = _countries(text)
    assert any(o.endswith("培训三处") and k == "中国" for o, k in c)


def test_merger_clause_is_no_unit_name():
    c = _countries("丁国政府去年将原甲部和水利与环境部合并组建为农业与环境部。")
    assert not any("合并" in o or "组建" in o for o, _ in c)


# 5. a place's government named by the place alone; a quoted slogan is no body ---------------------
def test_province_government_named_by_the_province_alone():
    from .extractkit import orgs
    assert ("琅勃拉邦省政府", "LA") in orgs("琅勃拉邦省政府将提供必要的人员保障。")
    # "政府间" is an adjective, and "两省政府" names no one place
    assert not any("政府" in n for n, _ in orgs("两地将依托云南省政府间交流机制开展合作。"))
    assert not any("两省" in n for n, _ in orgs("双方将及时向两省政府报告进展。"))


def test_quoted_slogan_after_a_kind_of_body_is_no_body():
    from .extractkit import orgs
    assert not orgs("这是泰国民间环保组织“走出去”的一次尝试。")
    assert ("绿色之手", "TH") in orgs("来自泰国青年环保组织“绿色之手”的代表发言。")


# 6. mentions: a verb of upgrading, a launched partnership, a themed year, talks and group topics ----
def test_upgrade_verb_is_no_part_of_the_platform_name():
    from .extractkit import inits
    names = inits("各方同意升级澜湄流域湿地监测数据共享平台。")
    assert "澜湄流域湿地监测数据共享平台" in names
    assert not any(n.startswith("升级") for n in names)


def test_launched_partnership_written_bare():
    from .extractkit import inits
    assert "澜湄湿地保护伙伴关系" in inits("会议决定启动澜湄湿地保护伙伴关系，并发布了成果清单。")
    # a partnership without a regional name is no named one; a known initiative described is not either
    assert inits("双方同意建立全面战略伙伴关系。") == []
    assert "澜湄合作伙伴关系" not in inits("双方同意建立澜湄合作伙伴关系。")


def test_quoted_themed_year_is_an_initiative():
    from .extractkit import inits
    assert "中老友好交流年" in inits("今年是“中老友好交流年”，双方举办了系列活动。")
    assert inits("今年是“丰收年”。") == []


def test_title_of_a_talk_in_book_marks_is_no_document():
    from .extractkit import docs
    assert docs("甲教授作了题为《山区小流域水土保持技术》的专题讲座。") == []
    assert docs("乙研究员在会上作了《湿地碳汇核算方法》的主旨演讲。") == []
    # a report published with such a title is a document
    assert docs("中心发布了题为《澜湄区域湿地保护评估报告》的报告。") != []


def test_quoted_topics_of_discussion_groups_are_no_programmes():
    from .extractkit import inits
    names = inits("学员按“监测技术”“资金与管理机制”“社区参与”分成三个小组讨论。")
    assert "资金与管理机制" not in names
    # a quoted mechanism named elsewhere stays
    assert "澜湄水质信息交流机制" in inits("双方同意建立“澜湄水质信息交流机制”。")
