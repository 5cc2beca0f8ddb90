"""Extractions -> KnowledgeBase: one global entity per real thing.

First version: entities with the same key in different briefings are one entity; the
briefing's own name for each entity is kept for the contract's per-briefing labels.
"""
from __future__ import annotations

from collections.abc import Iterable

from .model import Entity, Extraction, KnowledgeBase, MergeReason

__all__ = ["resolve"]


def _merge(a: Entity, b: Entity) -> Entity:
    aliases = tuple(sorted(set(a.aliases) | set(b.aliases) | {b.name} - {a.name}))
    attrs = dict(b.attrs)
    attrs.update(dict(a.attrs))
    return Entity(a.key, a.kind, a.name, a.subtype or b.subtype, aliases, tuple(sorted(attrs.items())))


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    entities: dict[str, Entity] = {}
    facts, mentions, briefings, names, reasons, sentences = [], [], [], [], [], []
    for ex in extractions:
        briefings.append(ex.briefing)
        for e in ex.entities:
            entities[e.key] = _merge(entities[e.key], e) if e.key in entities else e
            names.append((ex.briefing.id, e.key, e.name))
            reasons.append(MergeReason(ex.briefing.id, e.key, e.key, "exact-key"))
        facts.extend(ex.facts)
        mentions.extend(ex.mentions)
        sentences.extend((ex.briefing.id, a, b, t) for a, b, t in ex.sentences)
    return KnowledgeBase(
        briefings=tuple(briefings),
        entities=tuple(sorted(entities.values(), key=lambda e: e.key)),
        facts=tuple(facts),
        mentions=tuple(mentions),
        local_names=tuple(names),
        reasons=tuple(reasons),
        sentences=tuple(sentences),
    )
