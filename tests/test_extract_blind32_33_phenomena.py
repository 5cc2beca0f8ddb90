"""Phenomena first met in held-out sets 32 and 33 (careful centre briefings; releases of
foreign ministries, an embassy, the MRC and a UN office in Chinese), each on invented sentences
(fictional people, bodies, places and programmes)."""
from lmec_kg.extract.orgs import guess_country, posted_short
from lmec_kg.extract.people import parse_name
from lmec_kg.extract.text import layout

from .extractkit import orgs, post_facts, posts, roles_of


def test_a_missions_head_abroad_has_the_bare_title():
    assert posts("中国驻琅勃拉邦总领事高立山出席。") == [("高立山", "总领事", "中国驻琅勃拉邦总领事馆")]
    assert posts("老挝驻华大使宋山出席。") == [("宋山", "驻华大使", "老挝驻华大使馆")]  # 驻华 is the usual form


def test_a_mission_posted_to_china_is_written_zhuhua():
    assert posted_short("驻中华人民共和国大使馆") == "驻华大使馆"


def test_a_signature_may_say_where_it_was_signed():
    text = ("甲国驻华大使馆\n\n甲乙交流会在京举行\n\n3月30日，甲乙交流会在北京举行，各方代表约60人出席，"
            "使馆公使衔参赞Ana VELO主持交流会并致辞。\n\n甲国驻华大使馆\n2031年3月31日于北京\n")
    assert layout(text).published == "2031-03-31"
    assert ("Ana VELO", "公使衔参赞", "甲国驻华大使馆") in post_facts(text)


def test_national_bodies_named_zhonghua_are_chinese():
    assert guess_country("中华某某联合会") == "CN"


def test_governments_and_missions_in_general_are_no_bodies():
    assert orgs("老挝中央和地方政府高度重视。") == []
    assert roles_of("双方环境主管部门、驻对方国家使馆及技术支持单位的30余名代表参加了会议。") == []


def test_a_case_given_as_an_example_ends_the_name():
    t = "白海潮以企业参与塑料回收的案例，介绍了行业组织的作用。"
    assert parse_name(t, 0, len(t)).name == "白海潮"
