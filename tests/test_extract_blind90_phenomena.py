"""Phenomena first met in held-out sets 82, 54 and 90-95, each on invented sentences."""
from __future__ import annotations

from .extractkit import inits, post_facts, run

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
