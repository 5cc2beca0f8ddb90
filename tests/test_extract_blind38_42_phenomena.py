"""Phenomena first met in held-out sets 38 to 43 (company releases, local governments' border
meetings, academic conferences, web pages saved as HTML, digests), each on invented sentences
(fictional people, companies and programmes)."""
from lmec_kg.extract.lexicon import lexicon
from lmec_kg.extract.speakers import speakers_in_sentence
from lmec_kg.ingest.htmltext import read_html

from lmec_kg.extract.people import find_posts

from .extractkit import inits, orgs, post_facts, posts

MAST = "某某中心\n\n简报\n\n2031年 第2期\n\n2031年5月20日\n\n"


def test_a_company_glossed_in_english_before_the_title():
    p = posts("青岚环境科技股份有限公司（Qinglan Environmental Technology Co., Ltd.）董事长兼首席执行官杭明远作主旨演讲。")
    assert p == [("杭明远", "董事长兼首席执行官", "青岚环境科技股份有限公司")]


def test_a_gloss_in_french_letters():
    p = posts("柬埔寨电力公司（Électricité du Cambodge，EDC）副总经理陶安然出席。")
    assert p == [("陶安然", "副总经理", "柬埔寨电力公司")]


def test_a_bank_branch_abroad():
    assert posts("中国工商银行万象分行行长贺远山致开幕辞。") == [("贺远山", "行长", "中国工商银行万象分行")]


def test_a_short_name_defined_after_the_english_name():
    text = MAST + ("签署合作备忘录\n\n5月12日，青岚新能源科技股份有限公司（Qinglan Solar Co., Ltd.，以下简称“青岚新能源”）"
                   "与柬埔寨矿产能源部在金边签署合作备忘录。青岚新能源副总裁孟远舟致辞。\n")
    assert ("孟远舟", "副总裁", "青岚新能源科技股份有限公司") in post_facts(text)


def test_an_embassy_posted_abroad_with_no_sending_country_is_chinas():
    assert orgs("仪式由驻老挝使馆支持。") == [("中国驻老挝大使馆", "CN")]
    assert posts("驻柬埔寨使馆公使衔参赞沈远川出席。") == [("沈远川", "公使衔参赞", "中国驻柬埔寨大使馆")]
    assert orgs("老挝驻华大使馆支持。") == [("老挝驻华大使馆", "LA")]


def test_a_quoted_name_then_its_head():
    assert inits("公司启动“光明村寨”计划。") == ["“光明村寨”计划"]
    assert inits("在“一带一路”倡议框架下") == ["一带一路"]  # a known name keeps its own
    assert inits("开展“三年攻坚”行动。") == []  # a campaign's slogan, no programme named


def test_well_known_corridors_are_initiatives():
    assert inits("双方把中缅经济走廊沿线的项目作为重点。") == ["中缅经济走廊"]


def test_a_verb_before_a_programme_is_no_part_of_its_name():
    assert inits("要充分发挥澜湄环境合作平台作用。") == ["澜湄环境合作平台"]
    assert inits("参赞沈远川出席澜湄合作专项基金环境项目交接仪式") == ["澜湄合作专项基金"]


def test_a_report_with_a_quoted_title_is_a_speech():
    text = "院长柏山林教授作题为“高原湖泊治理的科学问题”的报告。"
    i = text.index("柏山林")
    assert [v for _, v, _ in speakers_in_sentence(text, 0, len(text), [(i, i + 3, "person:柏山林")])] == [
        "作题为“高原湖泊治理的科学问题”的报告"]


def test_less_common_surnames_after_a_staff_title():
    assert "庄" in lexicon().surnames
    assert posts("某某中心项目官员庄雨林介绍了项目。") == [("庄雨林", "项目官员", "某某中心")]


_PAGE = """<html><head><meta charset="utf-8"><title>论坛在我校举办</title></head><body>
<nav><a href="/">首页</a></nav>
<article class="article">
<h1 class="arti_title">第三届青年学者论坛在我校举办</h1>
<p class="arti_metas"><span>来源：某研究院</span> <span>发布时间：2031-11-11</span></p>
<div class="entry">
<p>11月8日至9日，第三届青年学者论坛在我校举办。论坛由某某中心指导，某某大学主办，来自六国的120余名青年学者参加。</p>
<p>开幕式由研究院院长何山主持，某某大学副校长林远致欢迎辞，他介绍了学校与湄公河国家高校的合作情况和今后的打算。</p>
<p>与会学者围绕跨境生态安全、流域治理和区域可持续发展等议题进行了深入交流，并就联合研究达成了多项共识。</p>
</div></article>
<footer>Copyright 2031</footer></body></html>"""


def test_a_pages_byline_under_its_headline_is_kept():
    text, _ = read_html(_PAGE.encode("utf-8"))
    lines = text.splitlines()
    assert lines[0] == "第三届青年学者论坛在我校举办"
    assert "发布时间：2031-11-11" in lines[1]
    assert lines[2].startswith("11月8日至9日")


def test_a_party_committees_posts_and_the_governments():
    assert posts("老挝琅南塔省委书记、省长本通·占塔冯出席会议。") == [
        ("本通·占塔冯", "省委书记", "琅南塔省委"), ("本通·占塔冯", "省长", "琅南塔省政府")]
    assert posts("防城港市委常委、副市长韦山宁致辞。") == [
        ("韦山宁", "市委常委", "防城港市委"), ("韦山宁", "副市长", "防城港市人民政府")]


def test_a_document_put_out_is_no_event_but_its_launch_is():
    from .extractkit import facts, run
    text = MAST + ("要闻速览\n\n◆《某某保护案例集》出版\n\n日前，由中心组织编写的《某某保护案例集》正式出版。\n\n"
                   "◆《某某年度报告》发布会在京举行\n\n5月12日，《某某年度报告》发布会在北京举行。\n")
    ex, names = run(text)
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-05-12"}
    assert "document:某某保护案例集" in {k for k in names}


def _speakers(text, *names):
    persons = [(text.index(n), text.index(n) + len(n), n) for n in names]
    return [(k, v) for k, v, _ in speakers_in_sentence(text, 0, len(text), persons)]


def test_two_reports_with_quoted_titles_each():
    assert _speakers("讲师甲乙丙和副研究员韦晴分别作了题为“甲的问题”和“乙的前景”的报告。", "甲乙丙", "韦晴") == [
        ("甲乙丙", "作了题为“甲的问题”和“乙的前景”的报告"), ("韦晴", "作了题为“甲的问题”和“乙的前景”的报告")]


def test_a_clause_opening_with_the_speech_verb_goes_on_with_the_same_person():
    assert _speakers("Chea RATHA也通过线上方式参加讨论，介绍了北部保护区的巡护情况。", "Chea RATHA") == [
        ("Chea RATHA", "介绍")]
    assert _speakers("李山主持会议，王水介绍了情况。", "李山") == []  # another subject in between


def test_doctoral_students_hold_a_post():
    assert posts("某某大学环境学院博士研究生林晓山报告了模拟研究。") == [("林晓山", "博士研究生", "某某大学环境学院")]
    assert posts("学院培养博士研究生和硕士研究生50名。") == []


def test_the_centre_by_its_short_name_signs_with_another_body():
    from lmec_kg.extract.orgs import standalone_org
    text = "中心与某某大学环境学院签署合作协议"
    assert standalone_org(text, text.index("签署"), 0).surface == "某某大学环境学院"


def test_the_un_decade_is_an_initiative():
    assert inits("中心将结合“联合国生态系统恢复十年”开展宣传。") == ["联合国生态系统恢复十年"]


def test_a_county_abroad_takes_the_country_of_its_province():
    text = "向老挝丰沙里省青岭县移交物资。青岭县县长Khamla SITHONG讲话。"
    assert [(p.person.name, p.title, p.org.name, p.org.country) for p in find_posts(text, 0, len(text))] == [
        ("Khamla SITHONG", "县长", "青岭县政府", "LA")]
    assert posts("青松县县长李山讲话。") == [("李山", "县长", "青松县人民政府")]


def test_a_township_administrator_heads_its_government():
    text = "仪式在缅甸掸邦南岭县举行。南岭县行政长官吴觉山在发言中表示，愿配合开展监测。"
    assert [(p.person.name, p.title, p.org.name, p.org.country) for p in find_posts(text, 0, len(text))] == [
        ("吴觉山", "行政长官", "南岭县政府", "MM")]


def test_a_development_department_is_no_exhibition_hall():
    assert orgs("越南高平省农业与农村发展厅副厅长黎山兰出席。") == [("越南高平省农业与农村发展厅", "VN")]
    assert orgs("在会议中心展厅参观。") == []
