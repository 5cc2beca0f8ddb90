"""Plain text as partners send it: a PDF's text layer saved as .txt, a translation with spaces
between words and day-first dates. Each case is invented text in the shape it arrives in."""
from lmec_kg.ingest import briefing_from_text
from lmec_kg.ingest.plaintext import chinese_dates, reflow, unspace_words

from .extractkit import facts, run

# pdftotext -layout: a centred masthead, paragraphs wrapped at about forty columns with a
# first-line indent, a page's foot ("内部资料" and a folio) and the next page's running head
# in the middle of a sentence and of a person's name
_LAYOUT = """
                          某某环境合作中心
               Some Environmental Cooperation Center

                                   简    报

                                 2031年 第6期

  某某环境合作中心编                                 2031年9月20日


                         某某流域生态系统管理研讨
                          会在景洪举办

      2031年8月27日至29日，某某流域生态系统管理研讨会在云南省西双版纳傣族自
  治州景洪市举办。会议由生态环境部国际合作司指导，某某环境合作中心主办，云
  南省生态环境厅承办。来自六国环境主管部门、地方政府和研究机构的约90名代表
  参加了会议。

      生态环境部国际合作司副司长韩山群，某某环境合作中心副主任谭
  雪山，柬埔寨环境部国务秘书Meas Sothea出席开幕式。韩山群、谭雪山、Meas
  Sothea在当天上午于景洪市国际会议中心举行的开幕式上先后分别


                                 （内部资料 请勿外传）
                                    - 1 -


  某某环境合作中心简报                                  2031年第6期

  致辞。

      韩山群表示，六国同饮一江水，流域生态系统是否完整，直接关系到沿岸数千
  万民众的生计与福祉，生态环境部将继续支持中心发挥平台作用，推动六国在政
  策对话和联合研究方面形成更多成果。


                                 （内部资料 请勿外传）
                                    - 2 -


  某某环境合作中心简报                                  2031年第6期

      谭雪山介绍了中心的工作安排，表示中心将把流域生态系统管理列为优先议题，
  争取在边境地区推出一批可复制的示范项目，并与各方共同办好明年的研讨会。
"""


def test_a_pdfs_text_layer_is_joined_into_paragraphs_without_its_page_furniture():
    text = reflow(_LAYOUT)
    assert "（内部资料 请勿外传）" not in text and "- 1 -" not in text
    assert text.count("某某环境合作中心简报") == 0  # the running head, not the masthead's lines
    assert "某某流域生态系统管理研讨会在景洪举办" in text  # a headline wrapped in the middle
    assert "云南省西双版纳傣族自治州景洪市举办" in text
    assert "副主任谭雪山，" in text  # a name broken over two lines
    assert "Meas Sothea在当天上午于景洪市国际会议中心举行的开幕式上先后分别致辞。" in text  # over a page break
    assert text.splitlines()[0] == "某某环境合作中心"  # the masthead keeps its lines


def test_a_briefing_read_from_a_text_layer_gives_its_people_and_event():
    b = briefing_from_text(_LAYOUT, id="layout")
    assert b.published == "2031-09-20" and b.issue == 6
    ex, names = run(b.text, published=b.published)
    p = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert ("谭雪山", "副主任", "某某环境合作中心") in p
    assert {s for s, _, _ in facts(ex, names, "speech")} >= {"韩山群", "谭雪山", "Meas Sothea"}
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-08-27"}


def test_ordinary_text_is_left_as_it_is():
    text = ("某某中心\n\n2031年5月8日\n\n某某研讨会在昆明举行\n\n"
            "5月6日，某某研讨会在昆明举行。会议由某某中心主办，六国代表约80人参加。\n\n"
            "主办单位：某某中心\n承办单位：某某大学\n时间：2031年5月6日\n")
    assert reflow(text) == text and unspace_words(text) == text and chinese_dates(text) == text


def test_a_translation_with_spaces_between_words():
    line = "本次 研讨会 由 老挝 自然资源与环境部 和 某某中心 共同 主办。"
    assert unspace_words(line) == "本次研讨会由老挝自然资源与环境部和某某中心共同主办。"
    # a roster line, a byline and a letter-spaced heading keep theirs
    for kept in ("王山 某部某司副司长", "记者 赵山 通讯员 李山 俸山", "会 议 议 程"):
        assert unspace_words(kept) == kept


def test_dates_as_the_mekong_countries_write_them():
    assert chinese_dates("2031/11/14 至 2031/11/15") == "2031年11月14日 至 2031年11月15日"
    assert chinese_dates("17/9/2031，会谈") == "2031年9月17日，会谈"
    assert chinese_dates("2031.5.17") == "2031年5月17日"
    assert chinese_dates("5/11/2031") == "2031年11月5日"  # day first, as they write it
    assert chinese_dates("9/17/2031") == "2031年9月17日"  # 17 cannot be a month
    # an ISO date, a version number and a ratio stay
    for kept in ("2031-05-17", "版本2.1.3", "比例为1/2", "2031/13/40"):
        assert chinese_dates(kept) == kept


def test_a_translated_report_gives_its_event_and_its_roster():
    text = ("发件: 老挝 自然资源与环境部 国际合作司\n收件：某某中心\n\n"
            "关于 研讨会 在 万象 举办 情况的 报告\n\n"
            "2031/11/14 至 2031/11/15，\"某某流域管理 能力建设研讨会\" 在 老挝 万象 举行。本次 研讨会 由 老挝 "
            "自然资源与环境部 和 某某中心 共同 主办。\n\n"
            "出席 开幕式 的 嘉宾 有:\n- Somphet KHOUNVI，副部长，老挝自然资源与环境部；\n- 郑山燕，副主任，某某中心；\n\n"
            "在 主旨发言 环节，Khamsouk VONGPHA 博士，副院长，老挝国立大学环境科学学院，作 了 主旨发言。\n")
    b = briefing_from_text(text, id="report")
    ex, names = run(b.text, published="2031-11-26")
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-11-14"}
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"万象"}
    p = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert {("Somphet KHOUNVI", "副部长", "老挝自然资源与环境部"), ("郑山燕", "副主任", "某某中心"),
            ("Khamsouk VONGPHA", "副院长", "老挝国立大学环境科学学院")} <= p


def test_a_word_spaced_translation_is_unspaced_throughout_its_roster_too():
    text = ("本次 研讨会 由 老挝 自然资源与环境部 主办。\n会议 在 万象 举行，共 65人 参加 了 会议。\n"
            "出席 开幕式 的 嘉宾 有:\nSengdao VONGKHAM，厅长，琅南塔省 农业与环境厅;\n"
            "王山振，高级工程师，云南省 生态环境科学研究院。\n")
    out = unspace_words(text)
    assert "琅南塔省农业与环境厅" in out and "云南省生态环境科学研究院" in out
    assert "Sengdao VONGKHAM" in out  # a Latin name keeps its space


def test_a_title_after_a_name_and_a_space_then_the_body_in_apposition():
    from .extractkit import posts
    assert posts("Wiroj CHAIYA 副教授，玛希隆大学环境与资源学院，作主旨发言。") == [
        ("Wiroj CHAIYA", "副教授", "玛希隆大学环境与资源学院")]


def test_every_bundled_own_and_held_out_text_of_neither_shape_is_left_as_it_is():
    # the sets written as a PDF's text layer and as word-spaced translations (and set 85's one
    # hard-wrapped text, set 100's translations dated "2023.11.20" and "28/10/2021", set 109's
    # consulate page dated "2025/06/03") are the only ones these readers change; every other
    # text keeps its offsets
    from pathlib import Path

    from lmec_kg.ingest.decode import decode_bytes

    root = Path(__file__).resolve().parents[1]
    files = sorted(root.glob("data/briefings/*.txt")) + sorted(root.glob("tests/corpus/*.txt")) + sorted(
        p for p in root.glob("tests/blind*/*.txt")
        if p.parent.name not in ("blind65", "blind66", "blind100")
        and p.name not in ("blind85-province-news-2025.txt", "blind109-thai-governors-2025.txt"))
    assert len(files) > 300
    changed = []
    for f in files:
        text = decode_bytes(f.read_bytes())[0].replace("\r\n", "\n")
        if unspace_words(chinese_dates(reflow(text))) != text:
            changed.append(f.name)
    assert changed == []
