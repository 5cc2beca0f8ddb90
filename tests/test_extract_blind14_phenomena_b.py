"""Phenomena first met in the fourteenth held-out set (a university's own news of a joint
centre, a delegation's visit, a project launch, a translated dialogue report, an NGO webinar)
about organisations, their countries and roles, and named programmes, each on invented
sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, inits, orgs, run


def _countries(text, **kw):
    ex, names = run(text, **kw)
    return {(s, o) for s, o, _ in facts(ex, names, "country")}


def _org_names(text, **kw):
    ex, names = run(text, **kw)
    return {n for k, n in names.items() if k.startswith("organization:")}


# 1. 与/和 after a body's own name joins a second body ---------------------------------------------
def test_self_reference_and_a_partner_make_no_joint_name():
    text = "甲河农业大学新闻网\n\n我校与泰国乙城大学签署协议\n\n5月3日，我校与乙城大学续签合作协议。我校与乙城大学自2015年起合作。"
    got = _org_names(text)
    assert not any(n.startswith(("我校与", "甲河农业大学与")) for n in got)


def test_a_school_and_a_partner_university_are_two_bodies():
    got = _org_names("研讨会在昆明举行。沙龙由资源与环境学院与乙城大学农学院联合主办。")
    assert not any("学院与" in n for n in got)
    assert "乙城大学农学院" in got


def test_and_inside_a_name_stays():
    # "资源与环境学院": 资源 ends in no suffix, the 与 is inside one name
    got = _org_names("研讨会在昆明举行。会议由甲城大学资源与环境学院承办。")
    assert "甲城大学资源与环境学院" in got


# 2. a body named bare after its name with its country ------------------------------------------
def test_bare_university_after_its_country_qualified_name_is_that_body():
    text = "研讨会在昆明举行。甲城大学与老挝乙河大学共建联合中心。乙河大学农学院院长柏林出席。乙河大学将选派教师。"
    got = _countries(text)
    assert ("老挝乙河大学", "老挝") in got
    assert ("乙河大学农学院", "老挝") in got
    assert not any(s.startswith("乙河大学") and c == "中国" for s, c in got)


def test_bare_university_never_named_with_a_country_keeps_the_guess():
    got = _countries("研讨会在昆明举行。乙河大学农学院院长柏林出席。")
    assert ("乙河大学农学院", "中国") in got
