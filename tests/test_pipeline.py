"""The build pipeline: the same graph whatever the worker count or the state of the cache."""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from lmec_kg import graph as rdf
from lmec_kg.pipeline import build, extract_file, knowledge_base

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Ten briefings (the pool is used from eight files on)."""
    folder = tmp_path_factory.mktemp("briefings")
    for f in sorted(CORPUS.glob("*.txt"))[:10]:
        shutil.copy(f, folder / f.name)
    return folder


def test_workers_and_cache_give_the_same_graph(files, tmp_path):
    serial = rdf.nquads(knowledge_base([files], workers=1))
    cache = tmp_path / "cache"
    cold = knowledge_base([files], workers=2, cache_dir=cache)
    report_dir = tmp_path / "store"
    warm = build([files], workers=2, cache_dir=cache, store_dir=report_dir)
    assert rdf.nquads(cold) == serial
    assert rdf.nquads(warm.kb) == serial
    assert warm.cached == warm.briefings == 10 and warm.extracted == 0
    assert (report_dir / "CURRENT").is_file() and warm.triples == len(serial)


def test_a_cache_entry_written_under_another_name_is_not_reused(files, tmp_path):
    cache = tmp_path / "cache"
    first = sorted(files.glob("*.txt"))[0]
    ex, err, cached = extract_file(str(first), str(cache))
    assert err is None and not cached
    copy = tmp_path / "copy" / ("renamed-" + first.name)
    copy.parent.mkdir()
    shutil.copy(first, copy)
    again, _, cached = extract_file(str(copy), str(cache))
    assert not cached and again.briefing.id != ex.briefing.id
    entry = next(cache.rglob("*.pickle"))
    assert pickle.loads(entry.read_bytes()).briefing.id == again.briefing.id  # rewritten for the new name
    _, _, cached = extract_file(str(copy), str(cache))
    assert cached


def test_model_objects_pickle_as_constructor_calls(sample_extraction):
    """Extractions travel between processes and into the cache as pickles: they must come back
    equal, and as a constructor call (the cheap way to unpickle frozen slotted dataclasses)."""
    from lmec_kg.model import Fact

    again = pickle.loads(pickle.dumps(sample_extraction, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == sample_extraction and again.facts[0].briefing == sample_extraction.briefing.id
    fact = sample_extraction.facts[0]
    assert fact.__reduce__() == (Fact, tuple(getattr(fact, n) for n in Fact.__slots__))
