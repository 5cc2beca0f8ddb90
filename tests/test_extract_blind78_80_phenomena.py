"""Phenomena first met in held-out sets 78-80 (briefings delivered as PDF, Word and web
pages) and in set 66's translated reports, each on invented text or files made here."""
from __future__ import annotations

from pathlib import Path

from lmec_kg.ingest import briefing_from_text, read_briefing
from lmec_kg.ingest.masthead import parse_masthead
from lmec_kg.ingest.pdftext import _table_row

from .extractkit import facts, inits, post_facts, run

# --- inputs -----------------------------------------------------------------------------------


def test_a_numeric_date_in_a_word_spaced_translation_joins_its_words():
    spaced = "\n".join([
        "关于 项目 移交 的 报告",
        "2031.3.18 上午，\"某某 示范 项目\" 移交 仪式 在 某某 市区 举行。仪式 由 某某 部 指导。",
        "省 有关 部门 的 代表 共 约 200人 参加 了 仪式，大家 都 很 满意。",
        "下午，代表 们 参观 了 污水 处理 站，听取 了 运行 情况 的 介绍。",
    ])
    text = briefing_from_text(spaced, id="x").text
    assert "2031年3月18日上午，" in text  # the date first, then the words joined: no gap left


def test_a_state_letterhead_is_neither_title_nor_publisher():
    m = parse_masthead("某某人民民主共和国\n和平 独立 民主 统一 繁荣\n\n某某省某某厅\n编号: 01/ABC\n\n"
                       "关于某某项目移交仪式的报告\n\n1. 移交仪式\n\n"
                       "2031年3月18日，某某项目移交仪式在某某市区举行，省有关部门、各村代表和学校师生参加。")
    assert m.title == "关于某某项目移交仪式的报告"
    m = parse_masthead("越南社会主义共和国\n独立—自由—幸福\n\n事由：关于某某交流会的报告\n\n"
                       "2031年6月8日，某某部在河内召开工作组会议，研究交流会成果的落实，会议由副司长主持。")
    assert m.title == "关于某某交流会的报告"


def test_a_web_byline_of_a_date_and_an_office():
    m = parse_masthead("某大学主办某某国际研讨会\n2031年11月22日 某某大学传讯及公共事务处\n"
                       "由某某大学地理系主办的某某国际研讨会于2031年11月21日在该校举行，约120人出席。")
    assert m.published == "2031-11-22" and m.title == "某大学主办某某国际研讨会"


def _page(tmp_path: Path, name: str, html: str) -> Path:
    p = tmp_path / name
    p.write_text(html, encoding="utf-8")
    return p


ARTICLE = ("<p>18日，某某生态环境研讨会在某市开幕。研讨会由某省生态环境厅主办，某市人民政府承办，"
           "来自六国的环境部门官员、专家学者共100余人参加会议。</p>"
           "<p>某省生态环境厅副厅长周某某在开幕式上致辞，介绍了本省生态保护的进展和经验。</p>"
           "<p>与会代表围绕流域生态保护、绿色发展和能力建设等议题开展了交流讨论。</p>")


def test_a_web_page_dated_by_its_metadata(tmp_path):
    page = ("<html><head><meta name=\"PubDate\" content=\"2031-06-19 08:32\"><title>t</title></head><body>"
            "<div class=\"topbar\">2031年6月30日 星期一</div><div class=\"content\">" + ARTICLE + "</div></body></html>")
    b = read_briefing(_page(tmp_path, "meta.html", page))
    assert b.published == "2031-06-19"  # the metadata's, not the site's top bar's (today's)


def test_a_web_page_dated_by_a_cell_before_its_article(tmp_path):
    page = ("<html><body><div class=\"topbar\">2031年6月30日 星期一</div><table>"
            "<tr><td class=\"t\">某某生态环境研讨会在某市开幕</td></tr>"
            "<tr><td class=\"font02\">2031-06-19 08:32:15&nbsp;&nbsp;来源：某某网</td></tr>"
            "<tr><td><div class=\"text\">" + ARTICLE + "</div></td></tr></table>"
            "<ul class=\"list\"><li><a href=\"/a\">另一条新闻标题在这里</a> 2031-06-10</li></ul></body></html>")
    b = read_briefing(_page(tmp_path, "cell.html", page))
    assert b.published == "2031-06-19"
    ex, names = run(b.text, published=b.published)
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-06-18"}  # "18日" of that month


def _chars(cells: list[tuple[float, str]], size: float = 9.0) -> list[dict]:
    """Characters of one line as pdfplumber gives them: each cell's text from its x; a Latin
    word gap is a quarter of a character and holds no space glyph."""
    out = []
    for x, text in cells:
        for ch in text:
            if ch == " ":
                x += 0.25 * size
                continue
            w = size if ord(ch) > 0x2e80 else size * 0.55
            out.append({"text": ch, "x0": x, "x1": x + w, "size": size})
            x += w
    return out


def test_a_pdf_table_row_keeps_its_cells_apart():
    row = _chars([(60, "柬埔寨"), (100, "Chhun SOTHEA"), (240, "柬埔寨环境部某某总司"), (495, "副总司长")])
    assert _table_row(row) == "柬埔寨\tChhun SOTHEA\t柬埔寨环境部某某总司\t副总司长"
    # a masthead's two ends and a tracked-out heading are no rows, nor is prose
    assert _table_row(_chars([(57, "2031年第7期"), (474, "2031年12月5日")])) is None
    assert _table_row(_chars([(200, "会"), (240, "议"), (280, "纪"), (320, "要")])) is None
    assert _table_row(_chars([(72, "某某研讨会在某市举行，来自六国的代表参加了会议。")])) is None


def test_a_table_of_heads_of_delegation_from_a_pdf_gives_their_posts():
    text = ("某某政策对话在某市举行\n2031年11月14日，某某政策对话在某市举行，五国代表团团长分别介绍了本国进展。\n"
            "代表团团长名单\n国家\t姓名\t单位\t职务\n"
            "柬埔寨\tChhun SOKHA\t柬埔寨环境部自然保护地总司\t副总司长\n"
            "缅甸\tAung Ko LWIN\t缅甸自然资源与环境保护部林业司\t处长\n")
    assert post_facts(text) >= {("Chhun SOKHA", "副总司长", "柬埔寨环境部自然保护地总司"),
                                ("Aung Ko LWIN", "处长", "缅甸自然资源与环境保护部林业司")}


# --- tables and headlines ---------------------------------------------------------------------


AGENDA = ("一、某某国家联络员视频会议\n"
          "2031年9月17日，某某国家联络员视频会议以在线方式举行，会议由老挝自然资源与环境部主办。会议议程如下：\n"
          "时间\t议程\t发言人\n"
          "09:00—09:10\t开幕致辞\tVilayvanh KEOLA，老挝自然资源与环境部副部长\n"
          "09:10—09:20\t致辞\t罗某某，澜沧江-湄公河环境合作中心主任\n"
          "10:55—11:00\t闭幕致辞\tKhamla SITHONG，老挝自然资源与环境部计划与合作司司长\n"
          "Vilayvanh KEOLA副部长在开幕致辞中表示，老方愿与各国一道推动合作。\n"
          "罗某某主任表示，今年8月举行的领导人视频会议为合作指明了方向。\n")


def test_an_agenda_cell_of_a_name_then_its_post():
    assert post_facts(AGENDA) >= {
        ("Vilayvanh KEOLA", "副部长", "老挝自然资源与环境部"),
        ("罗某某", "主任", "澜沧江-湄公河环境合作中心"),
        ("Khamla SITHONG", "司长", "老挝自然资源与环境部计划与合作司")}


def test_an_agenda_row_is_no_headline_of_an_event():
    ex, names = run(AGENDA, published="2031-12-08")
    events = {s for s, _, _ in facts(ex, names, "event_date")}
    assert events == {"某某国家联络员视频会议"}  # not "10:55—11:00闭幕致辞…司长"
    speakers = {s for s, o, _ in facts(ex, names, "speech")}
    assert {"Vilayvanh KEOLA", "罗某某"} <= speakers


# --- events -----------------------------------------------------------------------------------


def test_an_event_held_by_a_body_with_a_clause_after_it():
    ex, names = run("新闻\n2031年9月13日\n\n9月13日，澜沧江-湄公河环境合作中心还在金边举办某某示范区运行维护培训班，"
                    "柬埔寨环境部的40余名技术人员参加。\n", published="2031-09-13")
    assert {(s, o) for s, o, _ in facts(ex, names, "event_place")} == {("某某示范区运行维护培训班", "金边")}
    assert not any("金边" in n for n in inits("中心还在金边举办低碳示范区运行维护培训班。"))


# --- posts ------------------------------------------------------------------------------------


def test_a_name_in_apposition_after_the_clause_lead_in():
    assert post_facts("开幕式由Anucha SUKSAI，处长，国际合作处，主持。") == {("Anucha SUKSAI", "处长", "国际合作处")}
    assert post_facts("中国专家林某某，副研究员，中国科学院昆明植物研究所，通过线上方式作报告。") == {
        ("林某某", "副研究员", "中国科学院昆明植物研究所")}
    assert post_facts("会议开始时，Chea SOKHOM，副总秘书长，国家可持续发展委员会总秘书处，致开幕辞。") == {
        ("Chea SOKHOM", "副总秘书长", "国家可持续发展委员会总秘书处")}
    # a clause that is no lead-in keeps its words out of any name
    assert post_facts("会上，大家讨论了方案，处长，国际合作处，主持。") == set()


def test_staff_titles_with_their_field():
    assert post_facts("联合国环境规划署亚洲及太平洋办事处环境事务官员Priya NAIR在会上发言。") == {
        ("Priya NAIR", "环境事务官员", "联合国环境规划署亚洲及太平洋办事处")}
    assert post_facts("联合国环境规划署亚洲及太平洋办事处化学品与污染行动协调员Mariko SATO作主旨发言。") == {
        ("Mariko SATO", "化学品与污染行动协调员", "联合国环境规划署亚洲及太平洋办事处")}
    assert post_facts("缅甸自然资源与环境保护部环境保护司助理司长Khin Mar AYE介绍了情况。") == {
        ("Khin Mar AYE", "助理司长", "缅甸自然资源与环境保护部环境保护司")}
