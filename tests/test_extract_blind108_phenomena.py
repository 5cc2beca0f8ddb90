"""Phenomena first met in held-out sets 109-113 (round fourteen), each on invented sentences."""
from __future__ import annotations

from .extractkit import events, post_facts, posts

HEAD = "简报\n2031年5月10日，某某培训班在昆明开幕。"


# --- a delegation's tour: days opening paragraphs, "当天" after them ------------------------------

TOUR = """某某中心
工作动态
2031年 第23期
2031年12月2日

某国农业部代表团赴桂滇两省区考察交流

近日，某国农业部代表团结束在广西、云南两省区的考察交流活动。应农业农村部国际合作司邀请，代表团于11月18日至24日来华。

19日上午，广西壮族自治区人民政府副主席覃某宇在南宁会见代表团。

20日，代表团经陆路抵达凭祥。当天，中国广西与某国五省市经济走廊合作第十次会议在凭祥举行，双方共同主持会议。
"""


def test_a_tours_lead_dates_it_by_its_days_not_by_recently():
    got = {d for _, d, _ in events(TOUR)}
    assert "2031-11-18" in got and "2031-11-19" in got  # not 2031-12-18: 近日 dates the report


def test_the_same_day_after_a_paragraph_opening_with_its_day():
    got = events(TOUR)
    assert ("中国广西与某国五省市经济走廊合作第十次会议", "2031-11-20", "凭祥") in got
    # leaving the same day ends the visit reported: no event of its own
    got = events(TOUR + "\n22日上午，代表团与某州副州长进行了简短交流。当天下午，代表团经磨憨口岸出境，结束在云南的访问。\n")
    assert "2031-11-22" not in {d for _, d, _ in got}


# --- wire pages: a related dispatch printed in full; a venue naming its province -------------------

def test_a_related_dispatch_printed_in_full_is_read():
    text = ("某某通讯社\n2031年6月5日 星期三\n\n某某研讨会在芹苴举行\n\n某某通讯社芹苴6月5日电 5日上午，某某研讨会在芹苴市举行。\n\n"
            "相关新闻\n\n某某培训班以视频方式举行\n\n某某通讯社河内6月2日电 某某培训班于6月1日至2日以视频方式举行。"
            "培训班由澜湄水资源合作中心主办。\n")
    assert "2031-06-01" in {d for _, d, _ in events(text)}
    # a list of related headlines alone still ends the article
    text = "某某研讨会在芹苴举行\n2031年6月5日\n\n5日上午，某某研讨会在芹苴市举行。\n\n相关新闻\n\n某某论坛在河内开幕\n某某展览在万象开幕\n"
    assert [d for _, d, _ in events(text)] == ["2031-06-05"]


def test_a_venue_naming_its_province_is_in_the_datelines_city():
    text = ("某某新闻\n2031年4月18日\n\n中新网昆明4月17日电（记者 某某） 17日，某某智库论坛在昆明举行。\n"
            "论坛开幕前一天，某某青年学者工作坊在云南省社会科学院举行。\n"
            "中新网昆明4月19日电（记者 某某） 19日，某某研讨会在云南省社会科学院举行。\n")
    got = events(text)
    assert ("某某青年学者工作坊", "2031-04-16", "昆明") in got  # the article's city, not 云南
    assert ("某某智库论坛", "2031-04-17", "昆明") in got


# --- titles: academic ranks, a dotted name before its title, a national secretariat ---------------

def test_academic_titles_after_a_body():
    got = posts("中国科学院地理科学与资源研究所研究员、博士生导师韦某光，清华大学环境学院讲席教授钱某川先后登台。")
    assert ("韦某光", "研究员", "中国科学院地理科学与资源研究所") in got
    assert ("钱某川", "讲席教授", "清华大学环境学院") in got
    assert ("钱某川", "研究员", "中国科学院地理科学与资源研究所") not in got


def test_that_garden_is_the_garden_named_before():
    got = post_facts(HEAD + "单元由中国科学院西双版纳热带植物园研究员郜某松主持。该园副研究员孟某介绍了做法。")
    assert ("孟某", "副研究员", "中国科学院西双版纳热带植物园") in got


def test_a_dotted_name_then_its_title():
    assert posts("清莱皇家大学湄公河研究中心主任素妮塔·沃拉蓬副主任出席。")[0][0] == "素妮塔·沃拉蓬"


def test_a_national_secretariat_of_lancang_mekong_cooperation():
    got = post_facts(HEAD + "澜湄合作老挝国家秘书处主任Kenekham DOUANG出席。")
    assert ("Kenekham DOUANG", "主任", "澜湄合作老挝国家秘书处") in got


def test_assistant_and_associate_professors_honorifics():
    assert posts("泰国农业大学环境学院院长Asst. Prof. Dr. Pongthep SIRI出席。") == [("Pongthep SIRI", "院长", "泰国农业大学环境学院")]
    assert posts("某某大学环境学院院长Assoc. Prof. Somchai KAEW出席。")[0][0] == "Somchai KAEW"


def test_a_myanmar_union_minister():
    got = post_facts(HEAD + "缅甸自然资源与环境保护部联邦部长吴觉某（U Kyaw Min）出席并致辞。")
    assert ("吴觉某", "联邦部长", "缅甸自然资源与环境保护部") in got
