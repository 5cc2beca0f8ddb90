"""Phenomena left over from several held-out sets, each on invented sentences (fictional
people, bodies, places and programmes)."""
from .extractkit import post_facts as _posts, run


# 1. a short name defined in an editor's note above numbered items, used in the items ------------
_NOTE = ("回望2030｜甲乙河流保护研究网络年度大事记\n\n"
         "【编者按】2030年，甲乙河流保护研究网络（以下简称“网络”）围绕三条主线开展工作。\n\n"
         "一、年度工作会议在大理召开\n\n"
         "1月6日，网络年度工作会议在大理召开。网络秘书长、某省河流研究院院长林青山作工作报告。\n\n"
         "二、青年论坛在丽江举行\n\n"
         "5月8日，青年论坛在丽江举行。网络副秘书长马小雨介绍了研究成果。\n")


def test_short_name_defined_before_the_first_numbered_item_stands_for_the_body():
    p = _posts(_NOTE)
    assert ("林青山", "秘书长", "甲乙河流保护研究网络") in p
    assert ("马小雨", "副秘书长", "甲乙河流保护研究网络") in p
    assert ("林青山", "院长", "某省河流研究院") in p


def test_a_short_name_never_defined_is_no_body():
    # without the definition "网络" is a common noun, and no post of a body follows
    text = _NOTE.replace("（以下简称“网络”）", "")
    assert not any(o and "网络" in o for _, _, o in _posts(text))


def test_bracketed_label_is_no_part_of_a_body_name():
    ex, names = run("【快讯】甲乙河流保护研究网络（以下简称“网络”）成立。网络秘书长林青山致辞。")
    assert "甲乙河流保护研究网络" in names.values()
    assert not any("】" in n for k, n in names.items() if k.startswith("organization:"))
