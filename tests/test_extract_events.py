"""Event names, dates, places, format, counts, topics and organiser roles."""
from lmec_kg.extract.events import (event_format, event_name, event_subtype, find_dates, find_place,
                                    parse_date, participants, roles, topics)


def dates(text, published="2022-05-09", year=2022):
    return [parse_date(m, published, year) for m in find_dates(text, 0, len(text))]


def test_date_forms():
    assert dates("2022年4月21日，") == [("2022-04-21", None)]
    assert dates("4月21日，") == [("2022-04-21", None)]
    assert dates("3月21日至24日，") == [("2022-03-21", "2022-03-24")]
    assert dates("10月30日至11月1日，") == [("2021-10-30", "2021-11-01")]  # later than the issue: last year
    assert dates("7月，") == [("2022-07", None)] or dates("7月，", "2022-09-01") == [("2022-07", None)]
    assert dates("近日，") == [("2022-05", None)]


def test_places():
    for text, place in [("在京召开", "北京"), ("在云南省昆明市举行", "昆明"), ("在云南昆明开幕", "昆明"),
                        ("在老挝万象举办", "万象"), ("在青海省玉树藏族自治州开展", "玉树"), ("在柬埔寨召开", "柬埔寨"),
                        ("在老挝首都万象举行", "万象"), ("在北京市朝阳区召开", "北京")]:
        assert find_place(text, 0, len(text))[0] == place, text
    assert find_place("在会场同步举办展览", 0, 9) is None


def test_format():
    assert event_format("以线上线下结合形式在京召开") == "hybrid"
    assert event_format("会议采用线上与线下同步进行的形式") == "hybrid"
    assert event_format("以视频形式举行") == "online"
    assert event_format("在昆明举行") is None


def test_participants_with_qualifier_and_category():
    assert participants("来自澜湄六国环境部门的70余名代表与会。")[:2] == ("70", "余")
    n, q, cat = participants("湄公河国家气候与环境部门代表近300人参加了会议。")
    assert (n, q) == ("300", "近") and "湄公河国家" in cat


def test_topics():
    assert topics("会议围绕低碳基础设施、社区可持续发展、青年创新三大议题进行了讨论") == [
        "低碳基础设施", "社区可持续发展", "青年创新"]
    assert topics("本届论坛以“水安全与可持续发展”为主题") == ["水安全与可持续发展"]


def role_names(text):
    return [(o.name, r) for o, r in roles(text, 0, len(text))]


def test_organiser_clauses():
    assert role_names("本次对话由生态环境部指导，澜沧江-湄公河环境合作中心主办，世界资源研究所、世界自然基金会支持，乐施会和亚洲基金会协办。") == [
        ("生态环境部", "guide"), ("澜沧江-湄公河环境合作中心", "host"), ("世界资源研究所", "supporter"),
        ("世界自然基金会", "supporter"), ("乐施会", "co-organizer"), ("亚洲基金会", "co-organizer")]
    assert role_names("论坛由水利部与广西壮族自治区人民政府共同主办，长江水利委员会承办，在外交部亚洲司的支持下举行。") == [
        ("水利部", "host"), ("广西壮族自治区人民政府", "host"), ("长江水利委员会", "organizer"), ("外交部亚洲司", "supporter")]
    assert role_names("由澜湄水资源合作中心主办、河海大学协办的交流活动在南京举行。") == [
        ("澜湄水资源合作中心", "host"), ("河海大学", "co-organizer")]
    assert role_names("本次会议的主办单位为生态环境部，承办单位为昆明理工大学，世界银行为会议提供了支持。") == [
        ("生态环境部", "host"), ("昆明理工大学", "organizer"), ("世界银行", "supporter")]


def test_support_in_a_statement_is_no_role():
    assert role_names("他感谢中方长期以来提供的技术和设备支持。") == []


def test_event_names_and_types():
    assert event_name("绿色澜湄计划：绿色低碳圆桌对话顺利召开", None) == "绿色澜湄计划：绿色低碳圆桌对话"
    assert event_name("某某会议对中心成立表示欢迎", "12月15日，第三次外长会在云南大理举行。") == "第三次外长会"
    assert event_subtype("中老大气环境监测能力建设研讨班") == "workshop"
    assert event_subtype("澜沧江江源联合考察") == "field_visit"
    assert event_subtype("启动仪式") == "ceremony"


def test_dash_day_ranges_and_plus_sign_hybrid():
    assert dates("11月7—9日，", "2022-11-30", 2022) == [("2022-11-07", "2022-11-09")]
    assert event_format("会议采用“线上+线下”方式举行") == "hybrid"


def test_commissioning_body_and_role_words_inside_names():
    assert role_names("活动由国家林业和草原局林草调查规划院受国家林业和草原局湿地管理司委托组织实施。") == [
        ("国家林业和草原局林草调查规划院", "organizer"), ("国家林业和草原局湿地管理司", "guide")]
    assert role_names("亚洲开发银行和联合国粮食及农业组织支持。") == [
        ("亚洲开发银行", "supporter"), ("联合国粮食及农业组织", "supporter")]


def test_event_date_prefers_the_clause_opening_date():
    from lmec_kg.extract import extract
    from lmec_kg.model import Briefing
    t = "2024年1月10日\n\n研讨会在昆明举行\n\n为落实2023年12月发布的《某计划》，1月5日，研讨会在昆明举行。\n"
    ex = extract(Briefing(id="x", text=t))
    assert [f.value for f in ex.facts if f.kind == "event_date"] == ["2024-01-05"]


def test_bare_day_takes_the_month_of_publication():
    assert dates("17日在北京召开", "2019-12-18", 2019) == [("2019-12-17", None)]
    assert dates("23日至26日，", "2022-12-20", 2022) == [("2022-11-23", "2022-11-26")]


def test_organiser_as_a_predicate():
    assert role_names("本次培训的主办方为澜沧江-湄公河环境合作中心和老挝自然资源与环境部，琅勃拉邦省自然资源与环境厅作为承办单位负责组织实施。") == [
        ("澜沧江-湄公河环境合作中心", "host"), ("老挝自然资源与环境部", "host"), ("琅勃拉邦省自然资源与环境厅", "organizer")]


def test_theme_given_as_zhuti_wei():
    assert topics("论坛主题为“共创绿色发展机遇，共筑繁榮美丽家园”。") == ["共创绿色发展机遇，共筑繁榮美丽家园"]


def test_joint_hosts_then_co_organiser_in_one_clause():
    assert role_names("交流营由澜沧江-湄公河环境合作中心和中国人民对外友好协会联合主办、西双版纳州生态环境局协办。") == [
        ("澜沧江-湄公河环境合作中心", "host"), ("中国人民对外友好协会", "host"), ("西双版纳州生态环境局", "co-organizer")]
