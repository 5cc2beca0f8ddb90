"""Every canned query runs; the contract queries answer right on the bundled briefing."""
from __future__ import annotations

import re

import pytest

from lmec_kg.query import query

from .conftest import QUERIES

CONTRACT = {
    "posts.rq": ["doc", "person", "title", "organization"],
    "event-organizations.rq": ["doc", "event", "organization", "role"],
    "events.rq": ["doc", "event", "date", "place"],
    "event-speakers.rq": ["doc", "event", "person"],
    "organization-countries.rq": ["doc", "organization", "country"],
    "mentions.rq": ["doc", "kind", "name"],
}
DOC = "lmec-briefing-2022-05"


def rows(graph, name, *cols):
    result = query(graph, (QUERIES / name).read_text(encoding="utf-8"))
    return {tuple(r[c] for c in cols) for r in result.dicts() if r["doc"] == DOC} if "doc" in result.columns \
        else {tuple(r[c] for c in cols) for r in result.dicts()}


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_every_canned_query_runs_and_says_what_it_answers(bundled_graph, path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "a canned query starts with a comment"
    assert re.search(r"^# Run: lmec-kg query queries/" + re.escape(path.name), text, re.M)
    result = query(bundled_graph, text)
    assert result.kind == "select"
    if path.name in CONTRACT:
        assert result.columns[: len(CONTRACT[path.name])] == CONTRACT[path.name]
    assert result.rows, f"{path.name} found nothing in the bundled briefing"


def test_posts_of_the_bundled_briefing(bundled_graph):
    got = rows(bundled_graph, "posts.rq", "person", "title", "organization")
    assert ("周军", "处长", "生态环境部国际合作司") in got
    # the elided parent is restored: 应对气候变化司 is a department of 生态环境部
    assert ("陈志华", "处长", "生态环境部应对气候变化司") in got
    assert ("San Oo", "副司长", "缅甸自然资源与环境保护部") in got
    people = {p for p, _, _ in got}
    assert {"李永红", "耿聪", "李耀", "方莉", "李霞"} <= people
    assert len([r for r in got if r[0] == "李永红"]) == 1


def test_event_roles_of_the_bundled_briefing(bundled_graph):
    got = {(o, r) for o, r in rows(bundled_graph, "event-organizations.rq", "organization", "role")}
    assert ("生态环境部", "guide") in got
    assert {("世界资源研究所", "supporter"), ("世界自然基金会", "supporter")} <= got
    assert {("野生生物保护学会", "co-organizer"), ("乐施会", "co-organizer"), ("亚洲基金会", "co-organizer"),
            ("保护国际基金会", "co-organizer")} <= got
    assert any(r == "host" and "澜沧江-湄公河环境合作中心" in o for o, r in got)


def test_event_date_place_and_speakers(bundled_graph):
    assert rows(bundled_graph, "events.rq", "date", "place") == {("2022-04-21", "北京")}
    speakers = {p for (p,) in rows(bundled_graph, "event-speakers.rq", "person")}
    assert {"李永红", "周军", "陈志华", "耿聪", "San Oo", "李耀", "方莉", "李霞"} <= speakers
    assert len(speakers & {"HENG Chan Thoeun", "Heng Chan Thoeum"}) == 1  # one person, not two


def test_countries_and_mentions(bundled_graph):
    countries = rows(bundled_graph, "organization-countries.rq", "organization", "country")
    assert ("缅甸自然资源与环境保护部", "缅甸") in countries and ("生态环境部", "中国") in countries
    assert not any(o in ("世界自然基金会", "乐施会") for o, _ in countries)  # international bodies have none
    mentioned = rows(bundled_graph, "mentions.rq", "kind", "name")
    assert {("initiative", "绿色澜湄计划"), ("document", "澜湄环境合作战略"), ("document", "碳中和长期战略")} <= mentioned


def test_provenance_names_the_sentence(bundled_graph):
    result = query(bundled_graph, (QUERIES / "post-provenance.rq").read_text(encoding="utf-8")).dicts()
    zhou = [r for r in result if r["person"] == "周军"]
    assert zhou and "周军" in zhou[0]["sentence"] and zhou[0]["doc"] == DOC
