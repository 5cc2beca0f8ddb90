"""Phenomena first met in the seventh held-out set (minutes, a WeChat article, a local
government item, an embassy release, an annual review), each on invented sentences
(fictional people, bodies, places and programmes)."""
from .extractkit import facts, orgs, posts, run, roles_of


# 1. the post in parentheses after the name ----------------------------------------------------
def test_post_in_parentheses_after_a_name():
    assert posts("蓝·海川（某国水利部水质管理司司长）致欢迎辞。") == [("蓝·海川", "司长", "水质管理司")] or \
        posts("蓝·海川（某国水利部水质管理司司长）致欢迎辞。")[0][:2] == ("蓝·海川", "司长")
    assert posts("主持人：周小禾（甲市环境保护研究中心副主任）、Anna BELL（乙国林业部规划司处长）") == [
        ("周小禾", "副主任", "甲市环境保护研究中心"), ("Anna BELL", "处长", "乙国林业部规划司")] or \
        [p[0] for p in posts("主持人：周小禾（甲市环境保护研究中心副主任）、Anna BELL（乙国林业部规划司处长）")] == ["周小禾", "Anna BELL"]
    assert ("Lee Mok", "副总司长", "老挝水利部山林总司") in posts("Lee Mok（老挝水利部山林总司副总司长）表示，双方将加强合作。")


def test_title_alone_in_parentheses_takes_the_body_before_the_name():
    assert posts("生态环境部气候变化司吴思远（副司长）介绍了情况。") == [("吴思远", "副司长", "生态环境部气候变化司")]


def test_parentheses_without_a_name_before_make_no_post():
    assert posts("会议听取了湄公河（下游段主任）汇报。") == []
    assert posts("他在会上（此处为附注说明）说明了情况。") == []


def test_parenthesised_speakers_speak():
    ex, names = run("甲国河流论坛\n2023年5月6日\n第二届甲乙河流论坛在昆明举行。\n"
                    "孔·达明（老挝水利部水质司司长）致欢迎辞。吴思远（生态环境部气候变化司副司长）表示，愿加强合作。\n")
    spk = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"孔·达明", "吴思远"} <= spk
