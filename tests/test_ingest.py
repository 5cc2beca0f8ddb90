"""Ingest: files -> Briefings. Every fixture is made here, offline, in a temp folder."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from lmec_kg.errors import BriefingError, InputError
from lmec_kg.ingest import (
    SUPPORTED_SUFFIXES,
    find_briefing_files,
    iter_briefings,
    read_briefing,
)
from lmec_kg.model import Briefing

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/shared/corpus/dev")

MASTHEAD = (
    "澜沧江-湄公河环境合作中心\n"
    "Lancang-Mekong Environmental Cooperation Center\n\n"
    "简报\n\n2022年 第5期\n\n2022年5月9日\n\n"
    "绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话顺利召开\n\n"
)
BODY = (
    "2022年4月21日，绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话以线上线下结合形式在京召开。"
    "本次圆桌对话由生态环境部指导，澜沧江-湄公河环境合作中心主办，世界资源研究所支持。\n\n"
    "生态环境部国际合作司处长周军、柬埔寨环境部副秘书长Heng Chan Thoeum出席会议并致开幕词。\n"
)
SAMPLE = MASTHEAD + BODY

TRAD = (
    "瀾滄江-湄公河環境合作中心\n\n簡報\n\n2022年 第5期\n\n2022年5月9日\n\n"
    "綠色瀾湄計劃圓桌對話順利召開\n\n"
    "本次對話由生態環境部國際合作司主辦，來自湄公河國家的代表參加了會議。\n"
)


def _write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return p


def _one_line_error(path: Path, fragment: str) -> BriefingError:
    with pytest.raises(BriefingError) as info:
        read_briefing(path)
    e = info.value
    msg = str(e)
    assert str(path) in msg and "\n" not in msg
    assert fragment in e.problem, msg
    return e


# --- plain text and metadata ---------------------------------------------------------------


def test_txt_briefing_fields(tmp_path):
    p = _write(tmp_path, "lmec-briefing-2022-05.txt", SAMPLE)
    b = read_briefing(p)
    assert isinstance(b, Briefing)
    assert b.id == "lmec-briefing-2022-05"
    assert b.path == str(p)
    assert b.format == "txt" and b.encoding == "utf-8"
    assert b.sha256 == hashlib.sha256(SAMPLE.encode()).hexdigest()
    assert b.text == SAMPLE and b.original is None
    assert (b.publisher, b.publisher_en) == (
        "澜沧江-湄公河环境合作中心", "Lancang-Mekong Environmental Cooperation Center")
    assert (b.series, b.year, b.issue, b.published) == ("简报", 2022, 5, "2022-05-09")
    assert b.title == "绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话顺利召开"
    assert b.language == "zh"


def test_markdown_is_text(tmp_path):
    b = read_briefing(_write(tmp_path, "note.md", SAMPLE))
    assert b.format == "md" and b.text == SAMPLE and b.issue == 5


def test_newlines_and_nfc_only(tmp_path):
    raw = "简报\r\n第3期\r\n\r\n标题  两个空格\r\n正文\t保留\r旧式换行 e\u0301\n"
    b = read_briefing(_write(tmp_path, "a.txt", raw))
    assert b.text == "简报\n第3期\n\n标题  两个空格\n正文\t保留\n旧式换行 \u00e9\n"
    assert b.issue == 3 and b.year is None and b.title == "标题  两个空格"


@pytest.mark.parametrize(
    "masthead, expect",
    [
        ("工作简报\n2024年第4期\n2024年10月15日\n\n论坛在武汉举办\n", ("工作简报", 2024, 4, "2024-10-15", "论坛在武汉举办")),
        ("简报\n第12期\n\n标题\n", ("简报", None, 12, None, "标题")),
        ("简报\n二〇二二年第五期（总第20期）\n二〇二二年五月九日\n标题\n", ("简报", 2022, 5, "2022-05-09", "标题")),
        ("简报  2023年第2期  2023年4月6日\n\n研讨班举办\n", ("简报", 2023, 2, "2023-04-06", "研讨班举办")),
        ("Newsletter\nIssue 3, 2021\n15 March 2021\n\nForum held in Vientiane\n", ("Newsletter", 2021, 3, "2021-03-15", "Forum held in Vientiane")),
        ("2021年9月\n没有期号的简讯标题\n", (None, None, None, None, None)),
    ],
)
def test_masthead_variants(tmp_path, masthead, expect):
    body = "正文第一段写得很长，" * 8 + "。\n"
    b = read_briefing(_write(tmp_path, "m.txt", masthead + "\n" + body))
    got = (b.series, b.year, b.issue, b.published, b.title)
    if expect[0] is None:  # "2021年9月" is no full date and no masthead: best effort, no error
        assert b.issue is None and b.published is None
    else:
        assert got == expect


def test_no_masthead_title_is_first_line(tmp_path):
    b = read_briefing(_write(tmp_path, "plain.txt", "一次研讨会的报道\n\n" + "正文内容，" * 20 + "。\n"))
    assert b.title == "一次研讨会的报道"
    assert b.publisher is None and b.issue is None and b.published is None


def test_masthead_never_takes_a_date_from_the_body(tmp_path):
    b = read_briefing(_write(tmp_path, "x.txt", "简报\n\n标题\n\n2022年4月21日，会议在京召开。\n"))
    assert b.published is None and b.title == "标题"


DEV_EXPECT = {
    "lmec-briefing-2017-01": ("澜沧江-湄公河环境合作中心", "简报", 2017, 1, "2017-12-20", "澜沧江-湄公河环境合作中心启动仪式在京举行"),
    "lmec-briefing-2019-03": ("澜沧江-湄公河环境合作中心", "简报", 2019, 3, "2019-04-10", "2019年“澜湄周”澜湄环境合作圆桌对话在昆明举行"),
    "lmec-briefing-2021-09": ("澜沧江-湄公河环境合作中心", "简报", 2021, 9, "2021-12-15", "中国-东盟绿色与可持续发展高层论坛暨2021年中国-东盟环境合作论坛在南宁开幕"),
    "lmec-briefing-2022-05": ("澜沧江-湄公河环境合作中心", "简报", 2022, 5, "2022-05-09", "绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话顺利召开"),
    "lmec-briefing-2023-02": ("澜沧江-湄公河环境合作中心", "简报", 2023, 2, "2023-04-06", "中老大气环境监测能力建设研讨班在万象举办"),
    "lmec-briefing-2024-04": ("澜沧江-湄公河环境合作中心", "简报", 2024, 4, "2024-06-06", "绿色澜湄计划：低碳与可持续基础设施知识共享圆桌对话在昆明召开"),
    "lmwrc-briefing-2024-04": ("澜湄水资源合作中心", "工作简报", 2024, 4, "2024-10-15", "第四届澜湄水资源合作论坛在武汉举办"),
}


@pytest.mark.parametrize("stem", sorted(DEV_EXPECT))
def test_dev_briefing_mastheads(stem):
    path = DEV / f"{stem}.txt"
    if not path.is_file():
        path = ROOT / "data" / "briefings" / f"{stem}.txt"
    if not path.is_file():
        pytest.skip(f"{stem} not available")
    b = read_briefing(path)
    assert (b.publisher, b.series, b.year, b.issue, b.published, b.title) == DEV_EXPECT[stem]
    assert b.publisher_en and b.publisher_en.startswith("Lancang-Mekong")
    # the text is the file's text: offsets computed on the file hold on b.text
    assert b.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert b.original is None


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "codec, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16"),
        ("utf-16-be-bom", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings(tmp_path, codec, expected):
    if codec == "utf-16-be-bom":
        data = b"\xfe\xff" + SAMPLE.encode("utf-16-be")
    else:
        data = SAMPLE.encode(codec)
    b = read_briefing(_write(tmp_path, f"{codec}.txt", data))
    assert b.encoding == expected
    assert b.text == SAMPLE
    assert b.issue == 5 and b.title.startswith("绿色澜湄计划")


@pytest.mark.parametrize("codec", ["big5", "cp950", "utf-8", "utf-16"])
def test_traditional_is_simplified_with_original_kept(tmp_path, codec):
    b = read_briefing(_write(tmp_path, f"trad-{codec}.txt", TRAD.encode(codec)))
    assert b.encoding in {"big5", "utf-8", "utf-16"}
    assert b.original == TRAD
    assert len(b.text) == len(b.original)
    assert b.text.startswith("澜沧江-湄公河环境合作中心")
    assert "生态环境部国际合作司主办" in b.text
    # an offset found in the text points at the same words in the original
    i = b.text.index("国际合作司")
    assert b.original[i:i + 5] == "國際合作司"
    assert b.title == "绿色澜湄计划圆桌对话顺利召开" and b.issue == 5


def test_simplified_text_is_untouched(tmp_path):
    # 於 and 後 are also in GB2312; simplified text that has none is never converted
    b = read_briefing(_write(tmp_path, "s.txt", SAMPLE))
    assert b.original is None


def test_gb18030_with_rare_characters(tmp_path):
    text = SAMPLE + "𠀀丗㐀 以及湄公河国家代表。\n"
    b = read_briefing(_write(tmp_path, "rare.txt", text.encode("gb18030")))
    assert b.text == text and b.encoding == "gb18030"


def test_length_preserving_conversion_falls_back_per_character(monkeypatch):
    import zhconv

    from lmec_kg.ingest import normalize

    real = zhconv.convert

    def longer(s, locale):  # a converter that grows one phrase must not shift offsets
        out = real(s, locale)
        return out.replace("环境", "环境环") if len(s) > 1 else out

    monkeypatch.setattr(zhconv, "convert", longer)
    src = "環境合作\n綠色瀾湄\n"
    out = normalize.to_simplified(src)
    assert len(out) == len(src)
    assert out == "环境合作\n绿色澜湄\n"


# --- bad input -----------------------------------------------------------------------------


def test_empty_file(tmp_path):
    _one_line_error(_write(tmp_path, "empty.txt", b""), "empty file")


@pytest.mark.parametrize("data", [b"  \n\t\r\n ", "\ufeff\u3000\n".encode("utf-8"), "\n \n".encode("utf-16")])
def test_whitespace_only_file(tmp_path, data):
    _one_line_error(_write(tmp_path, "blank.txt", data), "empty file")


def test_binary_with_nul_bytes(tmp_path):
    _one_line_error(_write(tmp_path, "bin.txt", bytes(range(256)) * 4), "binary file")


def test_binary_by_signature(tmp_path):
    e = _one_line_error(_write(tmp_path, "pic.txt", b"\x89PNG\r\n\x1a\n" + b"\xff\xee" * 50), "binary file")
    assert "PNG" in e.problem


def test_undecodable(tmp_path):
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
    _one_line_error(_write(tmp_path, "junk.txt", data), "not in a supported encoding")


def test_bad_utf16_bom(tmp_path):
    _one_line_error(_write(tmp_path, "odd.txt", b"\xff\xfe" + b"\x00\xd8a"), "byte-order mark")


def test_unsupported_suffix(tmp_path):
    _one_line_error(_write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0"), ".docx")
    _one_line_error(_write(tmp_path, "x.xyz", "简报"), "unsupported format .xyz")


def test_missing_file(tmp_path):
    _one_line_error(tmp_path / "gone.txt", "no such file")


def test_corrupt_pdf(tmp_path):
    _one_line_error(_write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"), "PDF")
    _one_line_error(_write(tmp_path, "fake.pdf", "这不是PDF"), "not a PDF file")


def test_corrupt_docx(tmp_path):
    _one_line_error(_write(tmp_path, "broken.docx", b"PK\x03\x04" + b"\x00garbage" * 20), "corrupt DOCX")
    _one_line_error(_write(tmp_path, "text.docx", "就是文本"), "not a DOCX file")
    p = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    _one_line_error(p, "DOCX")


# --- PDF -----------------------------------------------------------------------------------


def _pdf(path: Path, pages: list[list[str]], **kw) -> Path:
    """A CJK PDF: optional running header and "- n -" folios, paragraphs wrapped by width
    with a two-character first-line indent, optionally in two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    size = 11
    header, numbers, masthead = kw.get("header"), kw.get("footer_numbers", True), kw.get("masthead")
    two = kw.get("two_columns", False)
    for n, paragraphs in enumerate(pages, 1):
        if header:
            c.setFont("STSong-Light", 9)
            c.drawString(72, height - 36, header)
        if numbers:
            c.setFont("STSong-Light", 9)
            c.drawCentredString(width / 2, 28, f"- {n} -")
        y = height - 90
        if masthead and n == 1:
            c.setFont("STSong-Light", 14)
            for line in masthead:
                c.drawCentredString(width / 2, y, line)
                y -= 24
        c.setFont("STSong-Light", size)
        if two:
            half = (len(paragraphs) + 1) // 2
            cols = [((72, width / 2 - 12), paragraphs[:half]), ((width / 2 + 12, width - 72), paragraphs[half:])]
        else:
            cols = [((72, width - 72), paragraphs)]
        top = y
        for (left, right), paras in cols:
            y = top
            for para in paras:
                lines, line = [], ""
                for ch in para:
                    avail = right - left - (2 * size if not lines else 0)
                    if pdfmetrics.stringWidth(line + ch, "STSong-Light", size) > avail:
                        lines.append(line)
                        line = ""
                    line += ch
                lines.append(line)
                for i, ln in enumerate(lines):
                    c.drawString(left + (2 * size if i == 0 else 0), y, ln)
                    y -= size * 1.6
        c.showPage()
    c.save()
    return path


PARA1 = ("2022年4月21日，绿色澜湄计划圆桌对话以线上线下结合形式在京召开。本次圆桌对话由生态环境部指导，"
         "澜沧江-湄公河环境合作中心主办，世界资源研究所、世界自然基金会支持，野生生物保护学会协办。")
PARA2 = ("澜沧江-湄公河环境合作中心副主任李永红、生态环境部国际合作司处长周军、应对气候变化司处长陈志华、"
         "缅甸自然资源与环境保护部副司长San Oo出席会议并致开幕词。")
PARA3 = "李永红表示，基础设施是推动全球发展倡议的重要领域，澜湄国家共同面临着气候变化带来的不确定性挑战，亟待进一步加强区域可持续基础设施合作。"


def test_pdf_text_layer_without_running_heads(tmp_path):
    masthead = ["澜沧江-湄公河环境合作中心", "Lancang-Mekong Environmental Cooperation Center", "简报",
                "2022年 第5期", "2022年5月9日", "绿色澜湄计划圆桌对话顺利召开"]
    p = _pdf(tmp_path / "brief.pdf", [[PARA1, PARA2], [PARA3, PARA1], [PARA2]],
             header="澜沧江-湄公河环境合作中心简报（内部资料）", masthead=masthead)
    b = read_briefing(p)
    assert b.format == "pdf" and b.encoding == ""
    lines = b.text.splitlines()
    assert lines[:6] == masthead
    assert "内部资料" not in b.text  # running header, on every page
    assert not any(ln.strip().strip("-").strip().isdigit() for ln in lines)  # folios
    # wrapped lines are joined back: each paragraph is one line, names unbroken
    assert lines[6:] == [PARA1, PARA2, PARA3, PARA1, PARA2]
    assert (b.series, b.year, b.issue, b.published) == ("简报", 2022, 5, "2022-05-09")
    assert b.title == "绿色澜湄计划圆桌对话顺利召开"
    assert b.publisher_en == "Lancang-Mekong Environmental Cooperation Center"


def test_pdf_two_columns_read_in_order(tmp_path):
    paras = [PARA1, PARA2, PARA3, "第四段：" + PARA1]
    more = [PARA3, "第六段：" + PARA2, PARA1]
    p = _pdf(tmp_path / "cols.pdf", [paras, more], two_columns=True, header="简报 2022年第5期")
    lines = read_briefing(p).text.splitlines()
    assert lines == paras + more


def test_scanned_pdf(tmp_path):
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    p = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    img = Image.new("L", (200, 280), 200)
    for _ in range(2):
        c.drawImage(ImageReader(img), 50, 50, 400, 560)
        c.showPage()
    c.save()
    _one_line_error(p, "no text layer (scanned PDF?); run OCR first")


# --- DOCX ----------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "页眉：内部资料"
    d.sections[0].footer.paragraphs[0].text = "页脚 1"
    for line in ["澜沧江-湄公河环境合作中心", "简报", "2022年 第5期", "2022年5月9日", "圆桌对话顺利召开"]:
        d.add_paragraph(line)
    d.add_paragraph(PARA1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "姓名", "职务"
    t.cell(1, 0).text, t.cell(1, 1).text = "周军", "生态环境部国际合作司处长"
    d.add_paragraph(PARA2)
    p = tmp_path / "brief.docx"
    d.save(p)
    b = read_briefing(p)
    assert b.format == "docx"
    assert b.text.splitlines() == [
        "澜沧江-湄公河环境合作中心", "简报", "2022年 第5期", "2022年5月9日", "圆桌对话顺利召开",
        PARA1, "姓名\t职务", "周军\t生态环境部国际合作司处长", PARA2,
    ]
    assert "页眉" not in b.text and "页脚" not in b.text
    assert (b.issue, b.published, b.title) == (5, "2022-05-09", "圆桌对话顺利召开")


def test_docx_traditional(tmp_path):
    import docx

    d = docx.Document()
    for line in TRAD.split("\n"):
        d.add_paragraph(line)
    p = tmp_path / "trad.docx"
    d.save(p)
    b = read_briefing(p)
    assert b.original is not None and len(b.original) == len(b.text)
    assert b.text.startswith("澜沧江-湄公河环境合作中心")


def test_empty_docx(tmp_path):
    import docx

    p = tmp_path / "empty.docx"
    docx.Document().save(p)
    _one_line_error(p, "empty document")


# --- HTML ----------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>站点名 - 新闻</title>
<style>.x {{ color: red }}</style><script>var menu = "导航脚本";</script></head>
<body>
<header class="site-header"><div class="logo">网站标志</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻动态</a></li><li><a href="/about">关于我们</a></li></ul></nav>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news">新闻</a></div>
<div class="container">
  <div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">链接一</a></li><li><a href="/b">链接二</a></li></ul></div>
  <div class="main">
    <h1>绿色澜湄计划圆桌对话顺利召开</h1>
    <div class="info">发布时间：2022-05-09 <span class="share">分享到微信</span></div>
    <div class="article-content">
      <p>{p1}</p>
      <p>{p2}<br>第二行在换行之后。</p>
      <p>&nbsp;</p>
      <p>{p3}</p>
    </div>
  </div>
</div>
<footer><p>版权所有 &copy; 澜沧江-湄公河环境合作中心 京ICP备12345678号</p></footer>
<script>console.log("统计代码")</script>
</body></html>
"""


@pytest.mark.parametrize("charset, codec", [("utf-8", "utf-8"), ("gbk", "gbk"), ("gb2312", "gbk")])
def test_html_article_body(tmp_path, charset, codec):
    page = HTML.format(charset=charset, p1=PARA1, p2=PARA2, p3=PARA3)
    p = _write(tmp_path, "page.html", page.encode(codec))
    b = read_briefing(p)
    assert b.format == "html"
    lines = b.text.splitlines()
    assert lines[0] == "绿色澜湄计划圆桌对话顺利召开"
    for para in (PARA1, PARA2, PARA3):
        assert para in lines
    assert "第二行在换行之后。" in lines  # <br> keeps its break
    for noise in ("导航脚本", "首页", "新闻动态", "相关链接", "链接一", "版权所有", "统计代码", "网站标志", "分享到微信", "color"):
        assert noise not in b.text, noise
    assert b.title == "绿色澜湄计划圆桌对话顺利召开"


def test_htm_without_charset_detected(tmp_path):
    page = "<html><body><article><h1>标题</h1><p>" + PARA1 + "</p><p>" + PARA3 + "</p></article></body></html>"
    b = read_briefing(_write(tmp_path, "page.htm", page.encode("gb18030")))
    assert b.format == "html" and b.text.splitlines() == ["标题", PARA1, PARA3]


def test_html_without_text(tmp_path):
    _one_line_error(_write(tmp_path, "nav.html", "<html><body><nav><a href='/'>首页</a></nav><script>x()</script></body></html>"), "no article text")


# --- folders, streaming, errors ------------------------------------------------------------


def test_find_briefing_files_sorted_recursive(tmp_path):
    for name in ["b.txt", "a.PDF", "sub/c.docx", "sub/deep/d.htm", "sub/e.md", ".hidden.txt",
                 ".git/x.txt", "sub/~$lock.docx", "notes.csv", "image.png"]:
        f = tmp_path / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"x")
    got = [f.relative_to(tmp_path).as_posix() for f in find_briefing_files(tmp_path)]
    assert got == ["a.PDF", "b.txt", "sub/c.docx", "sub/deep/d.htm", "sub/e.md"]
    # files and folders together, duplicates once, one sorted list
    both = find_briefing_files([str(tmp_path / "sub"), tmp_path / "b.txt", tmp_path / "sub" / "e.md"])
    assert [f.name for f in both] == ["b.txt", "c.docx", "d.htm", "e.md"]
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}


def test_find_briefing_files_errors(tmp_path):
    with pytest.raises(InputError, match="nowhere"):
        find_briefing_files([tmp_path / "nowhere"])
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.csv").write_text("x")
    with pytest.raises(InputError, match="empty.*no briefing files"):
        find_briefing_files(empty)


def test_iter_briefings_streams_and_skips(tmp_path, monkeypatch):
    _write(tmp_path, "a.txt", SAMPLE)
    _write(tmp_path, "b.txt", b"")
    _write(tmp_path, "c.txt", b"\x00\x01\x02binary")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "a.md", SAMPLE)  # same id as a.txt
    _write(tmp_path, "d.txt", TRAD)
    it = iter_briefings(tmp_path)
    calls = []
    import lmec_kg.ingest as ingest

    real = ingest.read_briefing
    monkeypatch.setattr(ingest, "read_briefing", lambda p: calls.append(p) or real(p))
    first = next(it)
    assert isinstance(first, Briefing) and first.id == "a" and len(calls) == 1  # lazy
    rest = list(it)
    kinds = [(type(x).__name__, Path(x.path).name) for x in rest]
    assert kinds == [("BriefingError", "b.txt"), ("BriefingError", "c.txt"),
                     ("Briefing", "d.txt"), ("BriefingError", "a.md")]
    assert "duplicate briefing id 'a'" in rest[3].problem


def test_iter_briefings_missing_path_fails_at_call(tmp_path):
    with pytest.raises(InputError):
        iter_briefings([tmp_path / "nope"])


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    p = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(p), encrypt=pdfencrypt.StandardEncryption("secret"))
    c.drawString(100, 700, "Briefing text behind a password")
    c.showPage()
    c.save()
    _one_line_error(p, "encrypted PDF")


def test_pdf_opened_without_user_password(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    p = tmp_path / "owner-only.pdf"
    c = canvas.Canvas(str(p), encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0))
    c.drawString(100, 700, "Mekong water resources forum held in Vientiane")
    c.showPage()
    c.save()
    b = read_briefing(p)
    assert b.text == "Mekong water resources forum held in Vientiane\n" and b.language == "en"


def test_truncated_pdf(tmp_path):
    whole = _pdf(tmp_path / "whole.pdf", [[PARA1]]).read_bytes()
    _one_line_error(_write(tmp_path, "cut.pdf", whole[: len(whole) // 2]), "corrupt PDF")


def test_html_layout_table_page(tmp_path):
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
    <table width=100%><tr><td class=x><a href=/>首页</a> | <a href=/b>机构设置</a> | <a href=/c>新闻中心</a></td></tr></table>
    <table><tr><td width=200><a href=1>政策法规</a><br><a href=2>通知公告</a><br><a href=3>国际合作</a></td>
    <td><div align=center><b>中老环境合作研讨会在万象举办</b></div>
    <div>发布时间：2023-04-06　来源：澜沧江-湄公河环境合作中心</div>
    <p>　　{PARA1}</p><p>　　{PARA3}</p>
    <table border=1><tr><td>姓名</td><td>职务</td></tr><tr><td>王平</td><td>参赞</td></tr></table>
    </td></tr></table><div>Copyright 2023 版权所有</div></body></html>"""
    b = read_briefing(_write(tmp_path, "old-site.htm", page.encode("gbk")))
    assert b.text.splitlines() == [
        "中老环境合作研讨会在万象举办", "发布时间：2023-04-06\u3000来源：澜沧江-湄公河环境合作中心",
        PARA1, PARA3, "姓名\t职务", "王平\t参赞",
    ]
    assert b.title == "中老环境合作研讨会在万象举办" and b.published == "2023-04-06"


def test_news_item_without_issue(tmp_path):
    b = read_briefing(_write(tmp_path, "news.txt", "研讨会在昆明召开\n\n2022年5月9日\n\n" + PARA1 + "\n"))
    assert (b.title, b.published, b.publisher, b.issue) == ("研讨会在昆明召开", "2022-05-09", None, None)
    b = read_briefing(_write(tmp_path, "news2.txt", "生态环境部\n2022年5月9日\n研讨会召开\n\n" + PARA1 + "\n"))
    assert (b.title, b.publisher) == ("研讨会召开", "生态环境部")


_TEXTBOX = """<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
<w:p><w:r><w:t>澜沧江-湄公河环境合作中心</w:t></w:r></w:p><w:p><w:r><w:t>简报</w:t></w:r></w:p>
</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
<w:p><w:r><w:t>澜沧江-湄公河环境合作中心</w:t></w:r></w:p><w:p><w:r><w:t>简报</w:t></w:r></w:p>
</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r><w:r><w:t>2022年 第5期</w:t></w:r></w:p>"""


def test_docx_text_box_masthead_read_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.element.body.insert(0, parse_xml(_TEXTBOX))
    d.add_paragraph("圆桌对话顺利召开")
    d.add_paragraph(PARA1)
    p = tmp_path / "box.docx"
    d.save(p)
    b = read_briefing(p)
    assert b.text.splitlines() == ["澜沧江-湄公河环境合作中心", "简报", "2022年 第5期", "圆桌对话顺利召开", PARA1]
    assert (b.publisher, b.series, b.issue, b.title) == ("澜沧江-湄公河环境合作中心", "简报", 5, "圆桌对话顺利召开")


def test_folder_given_as_a_file(tmp_path):
    _one_line_error(tmp_path, "is a folder")


def test_utf8_cut_inside_last_character(tmp_path):
    data = SAMPLE.encode("utf-8")[:-2]  # "。\n" loses the newline and the last byte of 。
    b = read_briefing(_write(tmp_path, "cut.txt", data))
    assert b.encoding == "utf-8" and b.text.startswith(MASTHEAD) and b.text.endswith("\ufffd")


def test_gb18030_is_not_mistaken_for_damaged_utf8(tmp_path):
    b = read_briefing(_write(tmp_path, "gb.txt", SAMPLE.encode("gb18030")))
    assert b.encoding == "gb18030" and "\ufffd" not in b.text


@pytest.mark.parametrize("codec", ["gbk", "big5", "utf-16-le", "utf-16-be"])
def test_short_texts_detected(tmp_path, codec):
    text = "中老大气环境监测能力建设研讨班在万象举办"
    if codec == "big5":
        import zhconv

        text = zhconv.convert(text, "zh-tw")
    b = read_briefing(_write(tmp_path, "short.txt", text.encode(codec)))
    assert b.text == "中老大气环境监测能力建设研讨班在万象举办"  # Big5 comes back simplified
    assert b.title == b.text and (b.original == text if codec == "big5" else b.original is None)


def test_pdf_letter_spaced_heading_and_justified_line(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    p = tmp_path / "spaced.pdf"
    c = canvas.Canvas(str(p))
    for y, size, space, line in [(760, 22, 14, "简报"), (720, 12, 0, "2022年 第5期"),
                                 (680, 11, 4, "生态环境部国际合作司处长周军出席会议并致辞。")]:
        t = c.beginText(72, y)
        t.setFont("STSong-Light", size)
        t.setCharSpace(space)
        t.textLine(line)
        c.drawText(t)
    c.showPage()
    c.save()
    b = read_briefing(p)
    assert b.text.splitlines() == ["简报", "2022年 第5期", "生态环境部国际合作司处长周军出席会议并致辞。"]
    assert (b.series, b.issue) == ("简报", 5)


def test_html_headline_inside_article_header(tmp_path):
    page = (
        "<html><body><div class='site-header'><h1 class='logo'>网站名称</h1></div>"
        "<div class='article-header'><h1>中老环境合作研讨会在万象举办</h1><span class='share'>分享</span></div>"
        f"<div class='content'><p>{PARA1}</p><p>{PARA2}</p></div><div class='footer'>版权所有</div></body></html>"
    )
    b = read_briefing(_write(tmp_path, "a.html", "\ufeff" + page))
    assert b.text.splitlines() == ["中老环境合作研讨会在万象举办", PARA1, PARA2]
    assert b.encoding == "utf-8-sig"


def test_markdown_masthead_markup_is_not_metadata(tmp_path):
    md = "**澜沧江-湄公河环境合作中心**\n\n## 简报\n\n2022年 第5期\n\n# 圆桌对话顺利召开\n\n" + PARA1 + "\n"
    b = read_briefing(_write(tmp_path, "brief.md", md))
    assert (b.publisher, b.series, b.issue, b.title) == ("澜沧江-湄公河环境合作中心", "简报", 5, "圆桌对话顺利召开")
    assert b.text == md  # the text itself keeps its markup


def test_english_report_in_windows_1252(tmp_path):
    text = "Lancang-Mekong Environmental Cooperation Center\nNewsletter\nIssue 2, 2023\n6 April 2023\n\nWorkshop held in Vientiane\n\nThe workshop\u2019s caf\u00e9 session was opened by the Director.\n"
    b = read_briefing(_write(tmp_path, "en.txt", text.encode("cp1252")))
    assert b.encoding == "cp1252" and b.text == text and b.language == "en"
    assert (b.series, b.issue, b.year, b.published, b.title) == ("Newsletter", 2, 2023, "2023-04-06", "Workshop held in Vientiane")
    assert b.publisher_en == "Lancang-Mekong Environmental Cooperation Center" and b.publisher is None


def test_pdf_table_rows_keep_their_cells_apart(tmp_path):
    """A table drawn as text (cells at column positions, no rules) reads as tab-separated rows,
    so the name, the body and the title stay in their cells; prose around it is unchanged."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 11)
    y = A4[1] - 90
    c.drawString(72, y, "2022年4月21日，某某政策对话在某市举行，五国代表团团长介绍了本国进展。")
    rows = [("国家", "姓名", "单位", "职务"), ("柬埔寨", "Chhun SOKHA", "柬埔寨环境部某某总司", "副总司长"),
            ("缅甸", "Aung Ko LWIN", "缅甸某某部林业司", "处长")]
    for row in rows:
        y -= 20
        for x, cell in zip((72, 140, 260, 470), row):
            c.drawString(x, y, cell)
    c.showPage()
    c.save()
    lines = read_briefing(path).text.splitlines()
    assert "国家\t姓名\t单位\t职务" in lines
    assert "柬埔寨\tChhun SOKHA\t柬埔寨环境部某某总司\t副总司长" in lines
    assert lines[0].startswith("2022年4月21日，某某政策对话") and "\t" not in lines[0]


def test_pdf_two_columns_between_full_width_text(tmp_path):
    """A stretch set in two columns between one-column text (guests' remarks) is read column
    by column, the text around it line by line (held-out set 78 has such a stretch going on
    at the next page's top)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    size = 11

    def wrap(text: str, avail: float) -> list[str]:
        lines, line = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(line + ch, "STSong-Light", size) > avail:
                lines.append(line)
                line = ""
            line += ch
        return lines + [line]

    top_para = "会议期间，六国代表围绕流域生态保护、绿色发展和能力建设等议题开展了交流讨论，嘉宾主要观点摘录如下。" * 2
    left = ("甲某表示，中心成立以来在绿色澜湄计划框架下把生物多样性保护列为优先合作领域，先后组织了多个主题的政策对话"
            "和培训。下一步，中心愿与各方共同梳理流域生物多样性热点地区的保护需求，推动形成一批可复制的合作示范。")
    right = ("乙某表示，两国山水相连，旗舰物种跨境活动频繁，开展联合巡护和监测的需求十分迫切，希望在澜湄合作框架下建立更加"
             "稳定的跨境保护沟通机制，并把联合巡护这一模式推广到更多边境保护区，共同保护好流域的珍稀物种。")
    after = "会议还发布了合作倡议，倡议各方共同推动澜湄生物多样性保护合作走深走实。"
    path = tmp_path / "band.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", size)
    y = height - 130
    for ln in wrap(top_para, width - 144):
        c.drawString(72, y, ln)
        y -= size * 1.6
    y -= size
    half = (width - 144 - 24) / 2
    lines_l, lines_r = wrap(left, half), wrap(right, half)
    for i in range(max(len(lines_l), len(lines_r))):
        if i < len(lines_l):
            c.drawString(72, y - i * size * 1.6, lines_l[i])
        if i < len(lines_r):
            c.drawString(72 + half + 24, y - i * size * 1.6, lines_r[i])
    y -= max(len(lines_l), len(lines_r)) * size * 1.6 + size
    for ln in wrap(after, width - 144):
        c.drawString(72, y, ln)
        y -= size * 1.6
    c.showPage()
    c.save()
    assert len(lines_l) >= 6
    lines = read_briefing(path).text.splitlines()
    assert lines == [top_para, left, right, after]
