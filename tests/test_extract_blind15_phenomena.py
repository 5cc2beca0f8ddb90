"""Phenomena met in the fifteenth held-out set (a Hong Kong outlet's report, read through its
traditional quotes 「」), on invented sentences. The set itself stays unfixed otherwise."""
from lmec_kg.extract import extract
from lmec_kg.ingest import read_briefing

from .extractkit import run


def _initiatives(text):
    ex, _ = run(text)
    return {e.name for e in ex.entities if e.kind == "initiative"}


def test_a_quoted_initiative_before_an_anniversary_ends_at_the_quote():
    # "共建“X”倡议提出十周年": the name is X, not "“X”倡议提出十周" (周 heads 宣传周-like names)
    got = _initiatives("今年是共建“一带一路”倡议提出十周年，各方回顾了合作成果。")
    assert got == {"一带一路"}
    assert not any("提出" in n or "周年" in n for n in _initiatives("今年恰逢“甲乙丝路”计划实施五周年。"))


def test_quoted_corridors_are_initiatives():
    got = _initiatives("中方支持乙方建设“丙丁工业走廊”和“戊己走廊”，愿深化合作。")
    assert {"丙丁工业走廊", "戊己走廊"} <= got


def test_traditional_quotes_read_like_simplified_ones(tmp_path):
    # a Big5 file: read, normalised to simplified (「」 -> “”), then extracted
    path = tmp_path / "hk-report.txt"
    path.write_bytes("中方支持乙方建設「丙丁工業走廊」，願深化合作。\n".encode("big5"))
    ex = extract(read_briefing(path))
    assert "丙丁工业走廊" in {e.name for e in ex.entities if e.kind == "initiative"}


def test_a_bare_corridor_is_no_initiative():
    assert _initiatives("两国将共同保护边境地区的生态走廊和候鸟迁徙通道。") == set()
