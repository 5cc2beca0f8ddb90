"""A large build's knowledge base, made in two passes so it never holds every briefing's facts.

Resolution needs every briefing at once, but only their entities, first mentions and the few
facts it resolves by (:func:`~lmec_kg.resolve.skeleton`). The first pass keeps those and writes
each whole extraction to a temporary file; the second, as the graph is written, reads one
briefing's extraction back at a time and resolves its facts and mentions alone. The graph is
the one :func:`~lmec_kg.resolve.resolve` gives (``tests/test_streaming_build.py``).
"""
from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator

from .model import Briefing, Bundle, Entity, Extraction, MergeReason
from .resolve import Resolution

__all__ = ["ExtractionSpill", "StreamedKnowledgeBase"]


class ExtractionSpill:
    """Pickled extractions in one unnamed temporary file, read back by briefing id."""

    def __init__(self) -> None:
        self._fh = tempfile.TemporaryFile(prefix="lmec-kg-extractions-")
        self._at: dict[str, tuple[int, int]] = {}

    def add(self, briefing_id: str, blob: bytes) -> None:
        at = self._fh.seek(0, 2)
        self._fh.write(blob)
        self._at[briefing_id] = (at, len(blob))

    def __contains__(self, briefing_id: str) -> bool:
        return briefing_id in self._at

    def ids(self) -> list[str]:
        return list(self._at)

    def load(self, briefing_id: str) -> Extraction:
        at, size = self._at[briefing_id]
        self._fh.seek(at)
        return pickle.loads(self._fh.read(size))

    def close(self) -> None:
        self._fh.close()


class StreamedKnowledgeBase:
    """What :func:`lmec_kg.graph.graphs` reads of a knowledge base, the facts of each
    briefing resolved as :meth:`bundles` reaches it. ``fact_counts`` counts them by kind once
    a pass over the bundles has ended."""

    def __init__(self, res: Resolution, spill: ExtractionSpill, briefings: tuple[Briefing, ...]) -> None:
        self.res = res
        self.spill = spill
        self.briefings = briefings
        self.fact_counts: Counter = Counter()

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.res.entities

    @property
    def local_names(self) -> tuple[tuple[str, str, str], ...]:
        return self.res.local_names

    @property
    def reasons(self) -> tuple[MergeReason, ...]:
        return self.res.reasons

    @property
    def curation(self) -> tuple:
        return self.res.curation

    def bundles(self) -> Iterator[Bundle]:
        res, spill = self.res, self.spill
        edits = res.fact_edits()
        counts: Counter = Counter()
        for bid in sorted(set(spill.ids()) | res.added_briefings()):
            ex = spill.load(bid) if bid in spill else None
            facts = edits.apply(list(res.facts_of(ex)) if ex else [], bid)
            counts.update(f.kind for f in facts)
            yield Bundle(bid, ex.briefing if ex else None, facts,
                         list(res.mentions_of(ex)) if ex else [], list(ex.sentences) if ex else [])
        edits.check()  # a drop-fact that matched nothing fails the build, as resolve() does
        self.fact_counts = counts

    def close(self) -> None:
        self.spill.close()
