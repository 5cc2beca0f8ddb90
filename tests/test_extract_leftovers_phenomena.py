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


# 2. a demonstrative pointing back to a body owns the programme; it is no part of its name --------
def test_demonstrative_before_a_programme_is_no_part_of_its_name():
    from .extractkit import inits
    found = inits("甲银行专家介绍了该行澜湄流域清洁水源项目的最新进展。")
    assert "澜湄流域清洁水源项目" in found
    assert not any(n.startswith("该") for n in found)
    assert "澜湄湿地监测平台" in inits("某委员会介绍了其澜湄湿地监测平台的建设情况。")


def test_other_before_a_programme_is_no_part_of_its_name():
    from .extractkit import inits
    # "其他…项目": other projects of the kind, the word no part of the name
    assert inits("其他澜湄流域清洁水源项目也在推进。") == ["澜湄流域清洁水源项目"]


# 3. a well-known international body's strategy written bare after the body -------------------------
def test_bare_strategy_of_a_well_known_body_is_a_document():
    from .extractkit import docs
    assert ("湄委会旱季管理战略", "strategy") in docs("他介绍了湄委会旱季管理战略的实施情况。")
    assert ("东盟湿地保护行动计划", "plan") in docs("东盟湿地保护行动计划已进入第二阶段。")


def test_a_verb_between_body_and_strategy_makes_a_clause_not_a_name():
    from .extractkit import docs
    assert docs("湄委会积极推动流域战略。") == []
    assert docs("湄委会正在编制流域规划。") == []
    # a ministry's plan is not read this way (no well-known international body)
    assert docs("某国环境部旱季管理战略已通过。") == []


# 4. an author's or convenor's role between a post and the name ---------------------------------------
def test_authoring_role_between_post_and_name_keeps_the_post():
    text = ("一、报告发布\n5月10日，甲乙城市废物报告发布会在北京举行。"
            "某某大学环境学院教授、报告主要执笔人丁雨石介绍了报告的主要内容。")
    ex, names = run(text)
    assert ("丁雨石", "教授", "某某大学环境学院") in {(s, v, o) for s, o, v in
                                                ((names.get(f.subject), names.get(f.object), f.value)
                                                 for f in ex.facts if f.kind == "post")}
    assert any(f.kind == "speech" and names.get(f.subject) == "丁雨石" for f in ex.facts)


# 5. a body under its former name: 原 is no part of the name ------------------------------------------
def test_former_name_marker_is_no_part_of_a_body():
    from .extractkit import posts
    assert posts("原环境保护部对外合作中心副主任丁雨石出席。") == [("丁雨石", "副主任", "环境保护部对外合作中心")]
    assert posts("原子能研究中心主任丁雨石出席。") == [("丁雨石", "主任", "原子能研究中心")]

