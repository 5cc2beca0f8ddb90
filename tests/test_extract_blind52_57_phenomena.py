"""Phenomena first met in held-out sets 52 to 57 (centre briefings, ministries' web news,
meeting summaries and work reports, local papers, international bodies' releases), each on
invented text (fictional people, bodies and programmes)."""
from lmec_kg.extract.text import layout

from .extractkit import facts, posts, run

_SUMMARY = ("2031年某某国家环境管理官员研修班培训总结\n\n"
            "培训时间：2031年10月14日至25日\n培训地点：北京、云南昆明\n指导单位：生态环境部\n"
            "主办单位：某某环境合作中心\n承办单位：某某大学环境学院\n协办单位：云南省生态环境厅\n\n"
            "为落实有关安排，研修班于10月14日至25日举办。现将培训情况总结如下。\n\n"
            "二、开班和结业仪式\n\n10月14日上午，开班仪式在北京举行。某某中心副主任郑清山致辞。\n\n"
            "三、下一步工作\n\n（一）计划于2032年5月在越南河内举办学员回访研讨会，由中心与越方相关部门共同组织。\n")


def test_a_reports_header_block_gives_its_event():
    heads = [a.headline.text for a in layout(_SUMMARY).articles if a.headline]
    assert heads == ["2031年某某国家环境管理官员研修班培训总结"]  # 开班和结业仪式 is a section of it
    ex, names = run(_SUMMARY)
    assert facts(ex, names, "event_role") == {
        ("2031年某某国家环境管理官员研修班培训总结", "生态环境部", "guide"),
        ("2031年某某国家环境管理官员研修班培训总结", "某某环境合作中心", "host"),
        ("2031年某某国家环境管理官员研修班培训总结", "某某大学环境学院", "organizer"),
        ("2031年某某国家环境管理官员研修班培训总结", "云南省生态环境厅", "co-organizer")}  # not the plan's
    # where it opened: the first of the places listed
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"北京"}


_BULLETIN = ("某某环境合作中心\n工作简报\n2031年第2期（总第41期）\n某某中心综合处编                2031年4月15日\n\n"
             "一、中老环境合作联合工作组第三次会议在万象召开\n\n时间：2031年3月10日\n地点：老挝万象\n"
             "主持：Somsak PHOMMA 老挝农业与环境部环境质量促进司司长\n　　　常立山 某某环境合作中心党委书记、主任\n"
             "参加人员：\n中方：某某环境合作中心国际项目处处长 孟子山；中国驻老挝大使馆一秘 傅嘉山\n\n"
             "会议议定事项。双方同意于2031年6月5日在万象共同启动联合监测项目。\n\n"
             "四、近期工作安排\n\n（一）5月下旬，中心拟在云南西双版纳举办研讨会。\n\n（二）6月，中心拟组织专家赴老挝开展调查。\n")


def test_minutes_under_a_headline_with_a_header_block():
    lay = layout(_BULLETIN)
    assert lay.published == "2031-04-15"  # the editor and the date spaced apart on one line
    assert [a.headline.text for a in lay.articles if a.headline] == ["中老环境合作联合工作组第三次会议在万象召开"]
    ex, names = run(_BULLETIN)
    # the header's date, not the day the minutes plan for; the plans below make no events
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-03-10"}
    p = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert {("常立山", "党委书记", "某某环境合作中心"), ("常立山", "主任", "某某环境合作中心"),
            ("孟子山", "处长", "某某环境合作中心国际项目处"), ("傅嘉山", "一秘", "中国驻老挝大使馆"),
            ("Somsak PHOMMA", "司长", "老挝农业与环境部环境质量促进司")} <= p


def test_two_pages_each_with_its_headline_and_date_line():
    text = ("中柬举行双边磋商\n\n发布时间：2031年6月14日  来源：外交部亚洲司\n\n"
            "2031年6月13日，外交部亚洲司司长尹山岳与柬方代表在金边共同主持双边磋商。\n\n"
            "外交部副部长蒋山文会见泰国驻华大使\n\n发布时间：2031年6月21日  来源：外交部网站\n\n"
            "2031年6月20日，外交部副部长蒋山文在北京会见泰国驻华大使。\n")
    ex, names = run(text)
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-06-13", "2031-06-20"}


def test_a_region_between_the_body_and_the_title():
    assert posts("世界自然保护联盟（IUCN）亚洲区域办公室亚洲区域主任拉维·山德兰致辞。") == [
        ("拉维·山德兰", "亚洲区域主任", "世界自然保护联盟亚洲区域办公室")]


def test_a_role_noun_before_a_dotted_name_and_on_behalf_of_a_group():
    assert posts("老挝国立大学学生诺山·西萨万代表全体营员发言。") == []  # 代表 here is a verb
    assert posts("联合国开发计划署李山代表致辞。") == [("李山", "代表", "联合国开发计划署")]
    from lmec_kg.extract.people import parse_name
    assert parse_name("学生诺山·西萨万代表全体营员发言", 0, 16).name == "诺山·西萨万"


def test_the_kunming_biodiversity_fund():
    from .extractkit import inits
    assert inits("昆明生物多样性基金支持的项目") == ["昆明生物多样性基金"]
