"""The synthetic corpus generator (benchmarks/generate_corpus.py) and ingest reading its output."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from lmec_kg.errors import BriefingError
from lmec_kg.ingest import iter_briefings

GEN = Path(__file__).resolve().parents[1] / "benchmarks" / "generate_corpus.py"


@pytest.fixture(scope="module")
def gen():
    if not GEN.is_file():
        pytest.skip("generator not present")
    spec = importlib.util.spec_from_file_location("generate_corpus", GEN)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["generate_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_deterministic_and_prefix_stable(gen, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert gen.main(["--count", "12", "--out", str(a), "--seed", "3", "--quiet"]) == 0
    assert gen.main(["--count", "5", "--out", str(b), "--seed", "3", "--quiet"]) == 0
    files_b = sorted(p.name for p in b.iterdir())
    assert len(files_b) == 5
    for name in files_b:
        assert (a / name).read_bytes() == (b / name).read_bytes()
    other = gen.briefing(4, 0)[1]
    assert other != gen.briefing(3, 0)[1]  # the seed matters


def test_generated_briefings_read_with_full_masthead(gen, tmp_path):
    out, gold = tmp_path / "c", tmp_path / "g"
    gen.main(["--count", "30", "--out", str(out), "--gold", str(gold), "--seed", "1", "--quiet"])
    items = list(iter_briefings(out))
    assert not [x for x in items if isinstance(x, BriefingError)]
    lengths = []
    for b in items:
        assert b.publisher and b.publisher_en and b.series and b.year and b.issue and b.published and b.title
        assert "联系我们" in b.text
        lengths.append(len(b.text))
        g = json.loads((gold / f"{b.id}.json").read_text(encoding="utf-8"))
        assert g["doc"] == b.id
        # every gold post is stated in the text as organisation + title + name
        for post in g["posts"]:
            assert post["organization"][0] + post["title"][0] + post["person"][0] in b.text
        for eo in g["event_organizations"]:
            assert eo["organization"][0] in b.text
    assert 1800 <= sum(lengths) / len(lengths) <= 3200


def test_entities_grow_with_the_corpus(gen):
    def people(n):
        names = set()
        for i in range(n):
            _, _, g = gen.briefing(1, i)
            names.update(p["person"][0] for p in g.posts)
        return len(names)

    small, large = people(20), people(200)
    assert large > 6 * small


def test_every_format_reads_back_paragraph_for_paragraph(gen, tmp_path):
    # the same briefing as .txt, .html, .docx and .pdf (running header, folios, wrapped lines,
    # page breaks inside paragraphs) gives the same paragraphs
    out = tmp_path / "mixed"
    gen.main(["--count", "12", "--out", str(out), "--seed", "5", "--formats", "txt,html,docx,pdf", "--quiet"])
    seen = set()
    for b in iter_briefings(out):
        assert not isinstance(b, BriefingError), b
        seen.add(b.format)
        number = int(b.id.rsplit("-", 1)[1])
        _, text, _ = gen.briefing(5, number)
        want = [p for p in text.split("\n") if p.strip()]
        assert [p for p in b.text.split("\n") if p.strip()] == want, b.path
        assert b.title and b.issue and b.published and b.publisher
    assert seen == {"txt", "html", "docx", "pdf"}
