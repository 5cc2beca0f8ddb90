"""Layout of a briefing: sentences with offsets, masthead, articles, contact block, background."""
from lmec_kg.extract.text import layout, split_sentences

BRIEFING = """

某某合作中心

简报

2021年 第3期

2021年4月2日

第一场对话会在京召开

3月5日，第一场对话会在京召开。会议由某部主办。

张三表示，合作很重要！大家同意。

第二场培训班顺利结业

3月9日，培训班在昆明结业。

联系我们

某某合作中心
地址：北京市西城区某某胡同1号
电话：+86-10-1234567

某某合作中心：某某合作中心是一个平台。中心于2017年11月在北京正式成立。
"""


def test_sentences_keep_offsets_and_end_marks():
    text = "甲说：好。乙表示同意！丙？\n丁"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["甲说：好。", "乙表示同意！", "丙？", "丁"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_masthead_date_and_articles():
    lay = layout(BRIEFING)
    assert lay.published == "2021-04-02"
    heads = [a.headline.text for a in lay.articles]
    assert heads == ["第一场对话会在京召开", "第二场培训班顺利结业"]
    assert lay.articles[0].sentences[0].text == "3月5日，第一场对话会在京召开。"
    assert all(BRIEFING[s.start:s.end] == s.text for a in lay.articles for s in a.sentences)


def test_contact_block_and_background_are_not_article_text():
    lay = layout(BRIEFING)
    a, b = lay.contact
    assert BRIEFING[a:b].startswith("联系我们") and "电话" in BRIEFING[a:b]
    body = [s.text for art in lay.articles for s in art.sentences]
    assert not any("电话" in t or "正式成立" in t for t in body)
    assert any("正式成立" in s.text for s in lay.background)


def test_text_without_masthead_is_one_article():
    lay = layout("4月1日，研讨会在南宁举行。李四致辞。")
    assert len(lay.articles) == 1 and lay.articles[0].headline is None
    assert len(lay.articles[0].sentences) == 2


def test_captions_and_numbered_subheadings_do_not_start_articles():
    text = ("2021年4月2日\n\n某论坛在京举行\n\n3月5日，论坛在京举行。张三致辞。\n\n会议现场\n\n"
            "李四表示，合作很好。\n\n一、主要成果\n\n会议通过了宣言。\n")
    lay = layout(text)
    assert [a.headline.text for a in lay.articles] == ["某论坛在京举行"]
    assert len(lay.articles[0].sentences) == 6


def test_issue_and_date_on_one_line_and_a_table_of_contents():
    text = ("澜湄水资源合作中心\n工作简报\n2024年第4期（总第20期）  2024年10月15日\n\n本期要目\n"
            "第四届论坛在武汉举办\n联合考察顺利完成\n\n第四届论坛在武汉举办\n\n9月24日，第四届论坛在武汉举行。刘某致辞。\n")
    lay = layout(text)
    assert lay.published == "2024-10-15"
    assert [a.headline.text for a in lay.articles] == ["第四届论坛在武汉举办"]


def test_photo_captions_are_not_headlines():
    text = ("2019年4月10日\n\n圆桌对话在昆明举行\n\n3月20日，圆桌对话在昆明举行。张某致辞。\n\n"
            "▲朱某（左）与刘某（右）共同为项目揭牌\n\n李某表示，合作很好。\n")
    lay = layout(text)
    assert [a.headline.text for a in lay.articles] == ["圆桌对话在昆明举行"]
