"""SortedStatements: sorted runs in, one sorted sequence out, in bounded memory."""
from __future__ import annotations

import random

import pytest

from lmec_kg.spill import SortedStatements


def _runs(n_runs: int, seed: int = 7) -> list[list[str]]:
    rnd = random.Random(seed)
    pool = [f'<http://ex.org/s{i}> <http://ex.org/p> "值{rnd.random()}"@zh' for i in range(n_runs * 40)]
    rnd.shuffle(pool)
    return [sorted(pool[i::n_runs]) for i in range(n_runs)]


@pytest.mark.parametrize("chunk", [1, 7, 100, 10_000])
def test_merges_runs_into_one_sorted_sequence_whatever_the_chunk(chunk):
    runs = _runs(25)
    with SortedStatements(chunk=chunk) as st:
        for run in runs:
            st.add(run)
        expected = sorted(t for run in runs for t in run)
        assert len(st) == len(expected)
        assert list(st) == expected
        assert list(st) == expected  # read again: same answer


def test_chunk_files_hold_the_statements_and_go_on_close():
    st = SortedStatements(chunk=50)
    for run in _runs(10):
        st.add(run)
    files = list(st._files)
    assert len(files) >= 5 and all(f.exists() for f in files)
    assert len(st._pending) < 50  # memory holds at most one chunk
    st.close()
    assert not any(f.exists() for f in files)


def test_text_with_escapes_and_cjk_survives_the_round_trip():
    lines = sorted(['<a> <b> "x\\ny\\t\\"z\\""', '<a> <b> "澜湄\\u001F"@zh', '<a> <c> "\u2028 separator"'])
    st = SortedStatements(chunk=1)
    st.add(lines)
    assert list(st) == lines
    st.close()
