"""Extraction: Briefing -> Extraction (entities, mentions, facts with sentence offsets)."""
from __future__ import annotations

from ..model import Briefing, Extraction

EXTRACTOR_VERSION = "0.0.1"

__all__ = ["extract", "EXTRACTOR_VERSION"]


def extract(briefing: Briefing) -> Extraction:
    return Extraction(briefing=briefing, version=EXTRACTOR_VERSION)
