"""Shared fixtures: a small hand-made knowledge base, and the graph of the bundled briefings."""
from __future__ import annotations

from pathlib import Path

import pytest

from lmec_kg.model import Briefing, Entity, Extraction, Fact, Mention

ROOT = Path(__file__).resolve().parents[1]
BRIEFINGS = ROOT / "data" / "briefings"
QUERIES = ROOT / "queries"

TEXT = (
    "2022年4月21日，圆桌对话在京召开。本次对话由生态环境部指导，澜湄环境合作中心主办。\n"
    "生态环境部国际合作司处长周军出席并致辞。周军表示，合作取得成果。"
)


def _span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


@pytest.fixture
def sample_extraction() -> Extraction:
    """One briefing's extraction written by hand, offsets checked against TEXT."""
    b = Briefing(id="sample-2022-01", text=TEXT, path="sample-2022-01.txt", published="2022-05-09",
                 year=2022, issue=1, series="简报", publisher="澜湄环境合作中心", title="圆桌对话在京召开")
    s1 = _span("2022年4月21日，圆桌对话在京召开。")
    s2 = _span("本次对话由生态环境部指导，澜湄环境合作中心主办。")
    s3 = _span("生态环境部国际合作司处长周军出席并致辞。")
    s4 = _span("周军表示，合作取得成果。")
    ents = (
        Entity("event:圆桌对话", "event", "圆桌对话", "dialogue"),
        Entity("organization:生态环境部", "organization", "生态环境部", "ministry"),
        Entity("organization:澜湄环境合作中心", "organization", "澜湄环境合作中心", "cooperation_center"),
        Entity("organization:生态环境部国际合作司", "organization", "生态环境部国际合作司", "department"),
        Entity("person:周军", "person", "周军"),
        Entity("place:北京", "place", "北京", "city"),
        Entity("country:CN", "country", "中国", attrs=(("iso", "CN"), ("name_en", "China"), ("wikidata", "Q148"))),
    )
    facts = (
        Fact("event_date", "event:圆桌对话", value="2022-04-21", briefing=b.id, start=s1[0], end=s1[1]),
        Fact("event_place", "event:圆桌对话", "place:北京", briefing=b.id, start=s1[0], end=s1[1]),
        Fact("event_role", "event:圆桌对话", "organization:生态环境部", "guide", b.id, *s2),
        Fact("event_role", "event:圆桌对话", "organization:澜湄环境合作中心", "host", b.id, *s2),
        Fact("post", "person:周军", "organization:生态环境部国际合作司", "处长", b.id, *s3),
        Fact("part_of", "organization:生态环境部国际合作司", "organization:生态环境部", None, b.id, *s3),
        Fact("country", "organization:生态环境部", "country:CN", None, b.id, *s2),
        Fact("speech", "person:周军", "event:圆桌对话", "合作取得成果", b.id, *s4,
             extra=(("speech_type", "remarks"),)),
    )
    mentions = tuple(
        Mention(key, name, b.id, TEXT.index(name), TEXT.index(name) + len(name))
        for key, name in [("event:圆桌对话", "圆桌对话"), ("organization:生态环境部", "生态环境部"),
                          ("organization:澜湄环境合作中心", "澜湄环境合作中心"), ("person:周军", "周军"),
                          ("organization:生态环境部国际合作司", "生态环境部国际合作司")]
    )
    return Extraction(b, ents, facts, mentions, version="test")


@pytest.fixture(scope="session")
def bundled_graph(tmp_path_factory) -> Path:
    """The Turtle graph of the bundled briefings, built once per test session."""
    from lmec_kg.export import serialize, write_atomic
    from lmec_kg.pipeline import build

    out = tmp_path_factory.mktemp("bundled") / "lmec-kg.ttl"
    report = build([BRIEFINGS], workers=1)
    write_atomic(out, serialize(report.store, "turtle"))
    return out
