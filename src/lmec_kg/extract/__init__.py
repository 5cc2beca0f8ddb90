"""Extraction: Briefing -> Extraction (entities, mentions, facts with sentence offsets).

Rule- and lexicon-based reading of Chinese briefings on Lancang-Mekong cooperation:
``text`` (layout, sentences), ``lexicon`` (data files), ``orgs``, ``people``, ``events``,
``speakers``, ``mentions``, ``background``, put together by ``assemble``.
"""
from __future__ import annotations

from ..model import Briefing, Extraction
from .assemble import build

EXTRACTOR_VERSION = "0.11.35"

__all__ = ["extract", "EXTRACTOR_VERSION"]


def extract(briefing: Briefing) -> Extraction:
    """Read one briefing: entities, mentions and facts, each fact with its sentence span."""
    return build(briefing, EXTRACTOR_VERSION)
