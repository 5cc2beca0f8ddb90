"""Phenomena first met in held-out sets 78-80 (briefings delivered as PDF, Word and web
pages) and in set 66's translated reports, each on invented text or files made here."""
from __future__ import annotations

from pathlib import Path

from lmec_kg.extract import extract
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


# --- held-out sets 81-83: more offices' PDFs, Word files and saved pages -----------------------


def test_word_merged_cells_layout_tables_and_note_marks(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("2031年7月7日，某某培训班在杭州开班，来自五国的学员参加。")
    p = d.add_paragraph("培训班由泰国自然资源与环境政策规划办公室")
    mark = p.add_run("②")
    mark.font.superscript = True
    p.add_run("承办。")
    t = d.add_table(rows=4, cols=4)
    for i, h in enumerate(["国家", "姓名", "职务", "单位"]):
        t.cell(0, i).text = h
    t.cell(1, 0).merge(t.cell(2, 0)).text = "老挝"
    for r, (nm, title, body) in enumerate([("Bounmy KEOLA", "处长", "农业与环境部污染控制司"),
                                            ("Latsamy DALA", "讲师", "老挝国立大学环境科学学院"),
                                            ("Vũ Quốc Hùng", "副主任", "河内市城市环境公司")], 1):
        t.cell(r, 1).text, t.cell(r, 2).text, t.cell(r, 3).text = nm, title, body
    t.cell(3, 0).text = "越南"
    lay = d.add_table(rows=1, cols=2)
    left, right = lay.cell(0, 0), lay.cell(0, 1)
    left.text = "中心与某司签署合作备忘录"
    left.add_paragraph("2月10日，澜沧江-湄公河环境合作中心与某某司在北京签署合作备忘录，双方将在温室气体清单编制和空气质量管理等领域开展务实合作。")
    right.text = "某某青年计划在昆明启动"
    right.add_paragraph("3月5日，某某青年计划启动仪式在昆明举行，来自六国的青年代表和高校师生约百人参加了启动仪式并开展交流。")
    path = tmp_path / "word.docx"
    d.save(path)
    lines = read_briefing(path).text.splitlines()
    assert "培训班由泰国自然资源与环境政策规划办公室承办。" in lines  # the note's mark is gone
    assert "老挝\tBounmy KEOLA\t处长\t农业与环境部污染控制司" in lines
    assert "老挝\tLatsamy DALA\t讲师\t老挝国立大学环境科学学院" in lines  # the merged cell's country again
    assert lines[-4:] == ["中心与某司签署合作备忘录", lines[-3], "某某青年计划在昆明启动", lines[-1]]
    assert lines[-3].startswith("2月10日") and lines[-1].startswith("3月5日")


def test_a_pdf_ruled_table_with_wrapped_cells(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "ruled.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 10)
    xs = [72, 100, 190, 430, 520]
    rows = [(["序号"], ["姓名"], ["单位"], ["职务"]),
            (["1"], ["甘某某"], ["生态环境部固体废物与化学品管理技术", "中心"], ["高级工程师"]),
            (["2"], ["Somchai", "RATTANA"], ["泰国环境研究所"], ["研究员"])]
    y = A4[1] - 120
    for row in rows:
        h = 14 * max(len(cell) for cell in row) + 6
        for x, cell in zip(xs, row):
            for k, part in enumerate(cell):
                c.drawString(x + 3, y - 12 - 14 * k, part)
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, y, x, y - h)
        y -= h
    c.line(xs[0], y, xs[-1], y)
    c.showPage()
    c.save()
    lines = read_briefing(path).text.splitlines()
    assert "序号\t姓名\t单位\t职务" in lines
    assert "1\t甘某某\t生态环境部固体废物与化学品管理技术中心\t高级工程师" in lines  # the cell's lines joined
    assert "2\tSomchai RATTANA\t泰国环境研究所\t研究员" in lines  # a space between two Latin words


def test_web_page_dates_in_a_header_in_its_address_and_a_headline_in_h2(tmp_path):
    head = ("<html><body><div class=\"header\"><div class=\"header-time\"><span><em>2031</em></span>"
            "<span><em>08</em>/<em>16</em></span></div><h1>某某研讨会在金边开幕各方共商合作</h1></div>"
            "<div id=\"detail\">" + ARTICLE + "</div>"
            "<ul class=\"side\"><li><a href=\"/x/203108/t20310801_1.shtml\">别的新闻</a></li></ul></body></html>")
    b = read_briefing(_page(tmp_path, "xinhua.html", head))
    assert (b.published, b.title) == ("2031-08-16", "某某研讨会在金边开幕各方共商合作")
    gov = ("<html><body><table><tr><td>" + ARTICLE + "</td></tr><tr><td class=\"xx\">来源：某某司　网址："
           "https://www.example.gov.cn/ywdt/203109/t20310912_1086425.shtml　<a href=\"#\">【打印】</a></td></tr>"
           "</table><ul><li><a href=\"/a/203101/t20310101_2.shtml\">旧闻</a></li></ul></body></html>")
    assert read_briefing(_page(tmp_path, "gov.html", gov)).published == "2031-09-12"
    h2 = ("<html><body><div class=\"info\"><span class=\"time\">2031-03-27</span></div>"
          "<h2 class=\"news-title\">某某成果交流会在曼谷举办</h2><div class=\"content\">" + ARTICLE + "</div></body></html>")
    b = read_briefing(_page(tmp_path, "h2.html", h2))
    assert (b.published, b.title) == ("2031-03-27", "某某成果交流会在曼谷举办")


def test_related_articles_after_a_saved_article_are_not_its_text():
    text = ("某某圆桌对话聚焦绿色复苏\n原创 某某中心 某某环境合作 2031-12-08\n"
            "12月3日，2031某某圆桌对话在北京举行。本次对话由澜沧江-湄公河环境合作中心主办。\n"
            "中心主任孟某某在开幕式上致辞。\n"
            "往期推荐\n中心副主任钟某某出席第二届某某研讨会并作主旨发言\n11月19日，某某政策对话在昆明举行\n")
    b = briefing_from_text(text, id="w")
    assert b.published == "2031-12-08"  # a WeChat article's byline dates it
    ex = extract(b)
    names = {e.key: e.name for e in ex.entities}
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-12-03"}
    assert not any("钟某某" in n for n in names.values())
    assert {(s, v, o) for s, o, v in facts(ex, names, "post")} == {("孟某某", "主任", "澜沧江-湄公河环境合作中心")}


def test_minutes_attendance_list_and_its_sections():
    text = ("某某联合工作组第三次会议纪要\n"
            "2031年6月14日，某某联合工作组第三次会议在老挝万象召开。\n一、出席人员\n"
            "中方：覃某某（副主任，澜沧江-湄公河环境合作中心）；杜某某（高级工程师，中国环境监测总站）。\n"
            "老方：Vilay SISOM（副司长，老挝自然资源与环境部污染控制司）。\n二、会议议程与发言\n"
            "杜某某通报了示范站的运行情况。\n四、考察活动\n6月15日，中方工作组赴万荣县考察农村生活污水处理试点。\n")
    assert post_facts(text) >= {("覃某某", "副主任", "澜沧江-湄公河环境合作中心"),
                                ("杜某某", "高级工程师", "中国环境监测总站"),
                                ("Vilay SISOM", "副司长", "老挝自然资源与环境部污染控制司")}
    ex, names = run(text)
    events = {s for s, _, _ in facts(ex, names, "event_date")}
    assert "出席人员" not in events
    assert ("杜某某", "某某联合工作组第三次会议") in {(s, o) for s, o, _ in facts(ex, names, "speech")}
    assert "万荣" in {o for _, o, _ in facts(ex, names, "event_place")}


def test_an_online_meeting_with_its_main_venue():
    ex, names = run("2031年9月23日，某某国家联络人会议以视频方式召开，在北京设主会场，五国环境部门通过视频连线参会。")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"北京"}


# --- held-out sets 84-86: the centre's PDFs, partners' encodings, more saved pages ---------------


def test_a_text_wrapped_at_a_number_of_characters_joins_lines_with_latin_names():
    # wrapped every 38 characters, not at a width: a line with Latin letters is narrower
    first = ["　　会议期间，云南省生态环境厅副厅长毛某某、老挝农业与环境部森林资",
             "源管理司司长Khamla SOUKSAVATH、琅南塔省农业与环境厅厅长Bounmy ",
             "VONGPHACHANH、西双版纳傣族自治州人民政府副州长玉某某出席开幕式并讲",
             "话，介绍了各自的工作。"]
    other = ["　　与会代表围绕联合巡护、物种监测和社区发展等问题进行了深入讨论，",
             "并实地考察了保护区的界桩和社区护林站，听取了基层工作人员的介绍。"]
    lines = []
    for k in range(6):
        lines += (first if k % 2 == 0 else other) + [""]
    out = briefing_from_text("\n".join(lines), id="w").text.split("\n")
    assert out[0] == "".join(first).strip()
    assert "厅长Bounmy VONGPHACHANH、西双版纳" in out[0]  # one paragraph, the name whole


def test_a_thai_province_governor_and_his_province():
    assert post_facts("2031年1月13日，研讨会在泰国孔敬府举行。孔敬府副府长颂某·甘某出席并讲话。") == {
        ("颂某·甘某", "副府长", "孔敬府")}


def test_a_markdown_table_of_delegates():
    text = ("## 某某交流会在昆明召开\n\n8月17日，某某交流会在云南昆明召开。\n\n"
            "| 国家 | 单位 | 代表 | 职务 |\n| --- | --- | --- | --- |\n"
            "| 缅甸 | 缅甸自然资源与环境保护部森林司 | Thura AUNGLWIN | 副司长 |\n")
    assert ("Thura AUNGLWIN", "副司长", "缅甸自然资源与环境保护部森林司") in post_facts(text)


def test_works_cited_are_no_documents_and_a_city_before_its_province_is_where():
    from .extractkit import docs, orgs

    assert docs("闻某某：《澜湄环境合作的地方化路径》，《东南亚纵横》2031年第3期。") == []
    assert docs("会议通过了《澜湄合作五年行动计划（2023-2027）》。") == [("澜湄合作五年行动计划（2023-2027）", "plan")]
    assert [n for n, _ in orgs("论坛在昆明云南大学呈贡校区开幕。")] == ["云南大学"]
    assert [n for n, _ in orgs("会议在昆明理工大学举行。")] == ["昆明理工大学"]
    text = "2031年1月20日，某某对话会在曼谷举行。\n正文说明。\n参考文献\n某某：《某某报告》，北京，2030年。\n"
    ex, names = run(text)
    assert not any(f.kind == "mentions" for f in ex.facts)  # the works cited end the article


def test_a_date_only_the_layout_reads_is_the_briefings_publication_date():
    # a web page's byline the masthead reader leaves alone: the graph's dcterms:issued still has it
    text = ("某某政策对话在京举行\n2031-11-18 10:26  来源：国际合作司  【字体：大 中 小】 打印\n"
            "11月16日，某某政策对话在北京举行。本次对话由生态环境部主办。\n")
    assert briefing_from_text(text, id="p").published is None
    ex = extract(briefing_from_text(text, id="p"))
    assert ex.briefing.published == "2031-11-18"
    assert {f.value for f in ex.facts if f.kind == "event_date"} == {"2031-11-16"}


# --- held-out set 88: partners' letters and reports ----------------------------------------------


LETTER = ("越南社会主义共和国\n独立—自由—幸福\n\n越南自然资源与环境部\n国际合作司\n\n文号：第1125号\n"
          "事由：关于共同举办研讨会事\n\n河内，2031年9月8日\n\n致：澜沧江-湄公河环境合作中心\n\n"
          "越南自然资源与环境部国际合作司谨向澜沧江-湄公河环境合作中心致以诚挚的问候。\n"
          "2031年6月22日，贵中心主办的某某线上培训以视频方式顺利举行，我司作为协办单位参与了培训的筹备工作。"
          "我司副司长黄某某在开幕式上致辞。\n我部先后有四十余名人员参加了培训。\n")


def test_a_letter_speaks_of_its_sender_and_its_addressee():
    b = briefing_from_text(LETTER, id="l")
    ex = extract(b)
    names = {e.key: e.name for e in ex.entities}
    assert ex.briefing.published == "2031-09-08"  # the letter's place-and-date line
    roles = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert roles >= {("澜沧江-湄公河环境合作中心", "host"), ("越南自然资源与环境部国际合作司", "co-organizer")}
    assert ("黄某某", "副司长", "越南自然资源与环境部国际合作司") in {(s, v, o) for s, o, v in facts(ex, names, "post")}
    orgs_named = {e.name for e in ex.entities if e.kind == "organization"}
    assert orgs_named == {"澜沧江-湄公河环境合作中心", "越南自然资源与环境部", "越南自然资源与环境部国际合作司"}


def test_a_report_under_a_states_letterhead_names_its_ministry_with_its_country():
    text = ("老挝人民民主共和国\n和平 独立 民主 统一 繁荣\n自然资源与环境部\n文号：第0417号\n万象，2031年12月18日\n"
            "关于2031年度合作进展情况的报告\n一、主要合作活动\n"
            "2031年5月16日，某某技术交流会在琅南塔省南塔县举行。我部副部长坎佩·西某出席开幕式并致辞。"
            "我部环境质量促进司司长苏立万·彭某介绍了监测情况。\n")
    assert post_facts(text) >= {("坎佩·西某", "副部长", "老挝自然资源与环境部"),
                                ("苏立万·彭某", "司长", "老挝自然资源与环境部环境质量促进司")}


def test_a_header_tables_label_cells_read_as_label_lines():
    text = briefing_from_text("某某会议纪要\n会议时间\t2031年11月19日\n主办单位\t某某办公室、某某中心\n正文。\n", id="h").text
    assert "会议时间：2031年11月19日\n主办单位：某某办公室、某某中心" in text


def test_minutes_whose_header_block_opens_the_page_under_a_section_line():
    text = ("某某工作会议暨某某研讨会会议纪要\n发布单位：某某办公室　发布日期：2031年11月28日　浏览次数：1,284\n"
            "一、会议概况\n会议时间：2031年11月19日\n会议地点：泰国曼谷\n主办单位：泰国自然资源与环境政策规划办公室、澜沧江-湄公河环境合作中心\n"
            "为落实合作框架，某某工作会议在曼谷召开，约90名代表出席。\n二、主要发言\n某某办公室秘书长巴某致开幕词。\n"
            "三、现场考察\n11月21日，代表们赴罗勇府考察了工业园区的环境监测中心。\n")
    b = briefing_from_text(text, id="m")
    ex = extract(b)
    names = {e.key: e.name for e in ex.entities}
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-11-19", "2031-11-21"}
    assert {(o, v) for _, o, v in facts(ex, names, "event_role")} >= {
        ("泰国自然资源与环境政策规划办公室", "host"), ("澜沧江-湄公河环境合作中心", "host")}
