"""Hand-made extractions for the resolution and curation tests (no extractor involved)."""
from __future__ import annotations

from lmec_kg.model import Briefing, Entity, Extraction, Fact, Mention


def ent(key: str, name: str | None = None, aliases=(), subtype=None, attrs=()) -> Entity:
    kind, _, ident = key.partition(":")
    return Entity(key, kind, name or ident, subtype, tuple(aliases), tuple(attrs))


def brief(bid: str, entities, facts=(), language: str = "zh") -> Extraction:
    """One briefing: each entity mentioned once, in order; facts as (kind, subject, object, value)."""
    text = ""
    mentions = []
    for e in entities:
        start = len(text)
        text += e.name + "。"
        mentions.append(Mention(e.key, e.name, bid, start, start + len(e.name)))
    fs = []
    for f in facts:
        kind, subject, obj, value = (tuple(f) + (None, None))[:4]
        fs.append(Fact(kind, subject, obj, value, bid, 0, len(text), 0.9))
    return Extraction(Briefing(bid, text, language=language), tuple(entities), tuple(fs), tuple(mentions))


def post(person: str, org: str, title: str):
    return ("post", person, org, title)
