"""Phenomena of the seventeenth held-out set, second batch: networks and alliances that act as
bodies, and a bare mission word opening a unit's name; each on invented sentences (fictional
people, bodies and places)."""
from .extractkit import countries as _countries, inits, orgs, post_facts as _posts, roles_of, run

_WORKSHOP = ("甲研究所\n\n项目动态\n\n河岸共管工作坊在老挝巴色举办\n\n2021-05-06\n\n"
             "2021年5月3日，河岸共管工作坊在老挝巴色举办。本次工作坊由甲研究所与老挝环境部共同主办，"
             "老挝本土社会组织2R河岸守护网络（2RGN）承办，渔民互助联盟（FMA）和老挝青年环保网络协办。"
             "2R河岸守护网络执行主任Somsak PHON主持开幕式。FMA项目经理Noy KEO介绍经验。"
             "老挝青年环保网络协调员Dara VONG发言。")


# 1. a network or alliance that acts as a body: it organises, people hold posts in it ----------
def test_network_and_alliance_in_roles_are_bodies():
    r = roles_of("由甲所主办，老挝本土社会组织2R河岸守护网络（2RGN）承办，渔民互助联盟（FMA）和老挝青年环保网络协办。")
    assert ("2R河岸守护网络", "organizer") in r
    assert ("渔民互助联盟", "co-organizer") in r
    assert ("老挝青年环保网络", "co-organizer") in r


def test_posts_in_a_network_and_in_an_alliance_by_its_acronym():
    p = _posts(_WORKSHOP)
    assert ("Somsak PHON", "执行主任", "2R河岸守护网络") in p
    assert ("Noy KEO", "项目经理", "渔民互助联盟") in p  # "FMA项目经理": a post in FMA
    assert ("Dara VONG", "协调员", "老挝青年环保网络") in p


def test_acronym_then_a_title_is_no_programme():
    ex, names = run(_WORKSHOP)
    assert not [e.name for e in ex.entities if e.kind == "initiative"]


def test_glossed_network_takes_the_country_of_its_apposition_or_sentence():
    c = _countries(_WORKSHOP)
    assert ("2R河岸守护网络", "老挝") in c
    assert ("渔民互助联盟", "老挝") in c
    assert ("老挝青年环保网络", "老挝") in c


def test_kind_noun_before_a_glossed_network_is_no_part_of_its_name():
    assert ("2R河岸守护网络", "LA") in orgs("老挝本土社会组织2R河岸守护网络（2RGN）承办。")


# negative: a network set up under a framework stays a programme, not a body
def test_network_launched_or_quoted_is_an_initiative_not_a_body():
    assert "澜湄湿地监测网络" in inits("各方同意依托“澜湄湿地监测网络”（LMWN）框架开展联合调查。")
    assert not [o for o in orgs("各方同意依托“澜湄湿地监测网络”（LMWN）框架开展联合调查。") if "网络" in o[0]]
    assert "澜湄青年护河网络" in inits("六国青年共同启动了“澜湄青年护河网络”。")
    assert not [o for o in orgs("六国青年共同启动了“澜湄青年护河网络”。") if "网络" in o[0]]


def test_network_without_a_gloss_or_a_role_is_no_body():
    # a network described, neither organising nor glossed nor holding posts
    assert not [o for o in orgs("合作伙伴网络是推进绿色发展的重要力量。") if "网络" in o[0]]


# 2. "使馆经商处": the bare mission word is the embassy named before ---------------------------
def test_bare_mission_word_opening_a_unit_is_the_embassy_named_before():
    t = ("2023年4月2日，物资交接仪式在甲市举行。仪式由老挝环境部和中国驻老挝大使馆共同主办。"
         "使馆经商处参赞王一鸣出席。")
    assert ("使馆经商处", "中国") in _countries(t)
    assert ("王一鸣", "参赞", "使馆经商处") in _posts(t)


def test_bare_mission_word_with_two_embassies_named_takes_no_country():
    # negative: two embassies named before, so the bare word points at neither
    t = ("2023年4月2日，物资交接仪式在甲市举行。仪式由中国驻老挝大使馆和日本驻老挝大使馆共同主办。"
         "使馆经商处参赞王一鸣出席。")
    assert not {o for o, c in _countries(t) if o == "使馆经商处"}


def test_acronym_before_a_title_opening_with_project_is_no_programme():
    assert inits("会上，ABC项目经理王某发言。") == []
    # negative: the acronym's programme itself stays one
    assert inits("ABC项目进展顺利。") == ["ABC项目"]
