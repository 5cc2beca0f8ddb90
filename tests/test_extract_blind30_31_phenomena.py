"""Phenomena first met in held-out sets 30 and 31 (LMEC issues with international
co-organisers; reports from newspapers, a news site and a ministry), each on invented
sentences (fictional people, bodies, places and programmes)."""
from lmec_kg.extract.people import parse_name

from .extractkit import inits, orgs, roles_of, run, facts


def test_adverbs_after_a_name_are_no_part_of_it():
    assert parse_name("白海潮将结合亚洲象北移事件讲授课程。", 0, 20).name == "白海潮"
    assert parse_name("丁雨将出席。", 0, 6).name == "丁雨"
    assert parse_name("纳塔雅·翁素山相继致辞。", 0, 12).name == "纳塔雅·翁素山"


def test_words_of_a_clause_end_a_bare_programme_name():
    assert inits("上个月某中心正式启动，标志着澜湄环境合作进入机制化运行的新阶段。") == []
    assert inits("与会代表认为，澜湄环境合作正从政策对话向项目落地延伸。") == []


def test_projects_of_a_known_cooperation_are_no_named_programme():
    assert inits("积极承接澜湄合作项目在滇落地。") == ["澜湄合作"]


def test_a_named_demonstration_projects_launch_mentions_the_project():
    text = ("一、示范项目启动\n11月12日，澜湄甲乙村生活污水处理示范项目启动仪式在柬埔寨暹粒省举行。\n")
    ex, names = run(text, published="2031-11-20")
    assert "澜湄甲乙村生活污水处理示范项目" in {o for _, o, _ in facts(ex, names, "mentions")}
    # a generic one's meeting does not: "2031年度澜湄环境合作项目推进会"
    assert inits("中心召开2031年度澜湄环境合作项目推进会。") == []


def test_getting_support_is_no_part_of_the_supporters_name():
    assert not any(n.startswith("得到") for n, _ in orgs("研讨会得到西南林业大学的大力支持。"))
    assert ("西南林业大学", "supporter") in roles_of("研讨会得到西南林业大学的大力支持。")
