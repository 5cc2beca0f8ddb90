"""Phenomena first met in held-out sets 34 and 35 (centre briefings; an agenda, minutes with
an attendance list, a press conference, a photo story, an annual report), each on invented
sentences (fictional people, bodies, places and programmes)."""
from lmec_kg.extract.people import parse_name
from lmec_kg.extract.text import layout

from .extractkit import orgs, post_facts, posts


def test_roster_lines_name_then_body_and_title():
    assert posts("邵明山 生态环境部国际合作司副司长") == [("邵明山", "副司长", "生态环境部国际合作司")]
    assert posts("主持人：张维山 澜沧江-湄公河环境合作中心副主任") == [("张维山", "副主任", "澜沧江-湄公河环境合作中心")]
    assert posts("Sok CHANVY 柬埔寨环境部国务秘书") == [("Sok CHANVY", "国务秘书", "柬埔寨环境部")]
    assert posts("杜思山 中国驻柬埔寨大使馆一等秘书（视频参会）") == [("杜思山", "一等秘书", "中国驻柬埔寨大使馆")]
    assert posts("会上 生态环境部国际合作司副司长发言") == []  # no name opens the line


_AGENDA = ("某某中心\n\n会议资料\n\n甲乙生态研讨会\n会议议程\n\n会议时间：2031年11月12日至13日\n"
           "会议地点：云南省普洱市\n\n主办单位：某某中心\n\n第一天 11月12日（星期二）\n\n09:00—09:45 开幕式\n"
           "主持人：张维山 澜沧江-湄公河环境合作中心副主任\n开幕致辞：\n邵明山 生态环境部国际合作司副司长\n\n"
           "会务联系人：\n某某中心 韩立山\n电话：+86-10-8226xxxx\n电子邮箱：lmec@example.org\n\n"
           "注：本议程为会前定稿版本，如有调整以现场通知为准。\n")


def test_a_contact_line_is_never_a_headline():
    heads = [a.headline.text for a in layout(_AGENDA).articles if a.headline]
    assert not any("邮箱" in h or "电话" in h for h in heads)


def test_an_agendas_roster_is_read():
    p = post_facts(_AGENDA)
    assert ("邵明山", "副司长", "生态环境部国际合作司") in p


def test_appointed_to_a_title_ends_the_name():
    assert parse_name("严启山任首席专家。", 0, 9).name == "严启山"
    assert parse_name("任建山出席。", 0, 6).name == "任建山"  # 任 as a surname stays


# held-out sets 36 and 37 ------------------------------------------------------------------------------
def test_taiwan_usage_for_laos_and_vientiane():
    from .extractkit import countries, run, facts
    # (the ministry is the known one, under its usual name)
    assert ("老挝自然资源与环境部", "老挝") in countries("寮国自然资源与环境部副部长Ana VELO出席。")
    ex, names = run("一、研讨会\n5月3日，甲乙研讨会在永珍举行。\n", published="2031-05-10")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"万象"}


def test_verbs_of_advice_and_conditions_end_a_programme_run():
    from .extractkit import inits
    assert not any(n.startswith("建议") for n in inits("他建议澜湄国家定期交流重大跨境项目。"))
    assert inits("北京透过澜湄机制推动合作。") == []  # "澜湄机制": the known cooperation, described


def test_a_number_of_universities_is_no_body():
    assert orgs("中国多所大学与老挝开展合作。") == []
