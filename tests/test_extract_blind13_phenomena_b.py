"""Phenomena first met in the thirteenth held-out set (organisations, event roles and mentions),
each on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, run


def _countries(text):
    ex, names = run(text)
    return {(s, o) for s, o, _ in facts(ex, names, "country")}


def _posts(text):
    ex, names = run(text)
    return {(s, v, o) for s, o, v in facts(ex, names, "post")}


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
