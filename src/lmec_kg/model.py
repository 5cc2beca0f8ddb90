"""The one data model between ingest, extraction, resolution and the RDF graph.

Frozen dataclasses only; validation, no I/O. Every Mention and Fact keeps the briefing id
and the character offsets of its evidence (as a spaCy ``Span`` keeps ``start_char``), so
provenance is carried from the text to the graph, never rebuilt.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = [
    "ENTITY_KINDS",
    "FACT_KINDS",
    "EVENT_ROLES",
    "Briefing",
    "Bundle",
    "Entity",
    "Mention",
    "Fact",
    "Extraction",
    "MergeReason",
    "KnowledgeBase",
]

#: what an entity can be; the subtype (ministry, forum, ...) refines it
ENTITY_KINDS = frozenset(
    {"organization", "person", "country", "place", "event", "initiative", "document", "topic"}
)

#: what a fact can say. subject/object are entity keys, value a literal:
#:   post         person  -> organization, value = title ("副司长")
#:   event_role   event   -> organization, value = one of EVENT_ROLES
#:   speech       person  -> event, value = what they said (may be ""), extra speech_type
#:   country      organization|person|place -> country
#:   part_of      organization -> parent organization (org:subOrganizationOf)
#:   located_in   place -> place (schema:containedInPlace)
#:   event_date   event, value = ISO date "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
#:   event_end    event, value = ISO date of the last day of a range
#:   event_place  event -> place
#:   event_format event, value = "online" | "offline" | "hybrid"
#:   participants event, value = count as digits, extra qualifier ("近", "余", "约")
#:   participant_category event, value = free text ("湄公河国家气候与环境部门")
#:   topic        event -> topic entity
#:   mentions     event|organization|document -> initiative|document (cites / concerns)
#:   founded      organization, value = ISO date
#:   contact      organization, value = text, extra kind (address|phone|fax|email|url|postcode|wechat)
#:   sub_event    event -> parent event
FACT_KINDS = frozenset(
    {
        "post", "event_role", "speech", "country", "part_of", "located_in",
        "event_date", "event_end", "event_place", "event_format", "participants",
        "participant_category", "topic", "mentions", "founded", "contact", "sub_event",
    }
)

#: organisations' roles in an event, keyed by the contract's English names
EVENT_ROLES = {
    "guide": "指导",
    "host": "主办",
    "organizer": "承办",
    "supporter": "支持",
    "co-organizer": "协办",
}


@dataclass(frozen=True, slots=True)
class Briefing:
    """One briefing as read from disk: text for extraction plus its publication metadata.

    ``text`` is what extraction reads (normalised: simplified characters, NFC, ``\\n`` line
    ends); every offset in the project points into it. ``original`` keeps the text as
    published when normalisation changed it (traditional characters), for display.
    """

    id: str  # file name without extension; the contract's ``doc``
    text: str
    path: str = ""
    sha256: str = ""
    format: str = "txt"  # txt | pdf | docx | html
    encoding: str = "utf-8"
    original: str | None = None
    title: str | None = None  # headline of the first article
    series: str | None = None  # "简报", "工作简报"
    year: int | None = None  # "2022年 第5期" -> 2022
    issue: int | None = None  # "2022年 第5期" -> 5
    published: str | None = None  # ISO date of publication
    publisher: str | None = None  # Chinese name as printed in the masthead
    publisher_en: str | None = None
    language: str = "zh"

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a briefing needs an id")


@dataclass(frozen=True, slots=True)
class Entity:
    """A thing the text names. ``key`` is unique within one Extraction, and after
    resolution unique in the whole graph (it becomes the IRI's path)."""

    key: str  # e.g. "organization:生态环境部国际合作司"
    kind: str  # one of ENTITY_KINDS
    name: str  # canonical name in the briefing's language
    subtype: str | None = None  # ministry, department, ngo, forum, city, ...
    aliases: tuple[str, ...] = ()  # other surface forms seen (short names, A/B parts, ...)
    attrs: tuple[tuple[str, str], ...] = ()  # ("name_en", ...), ("wikidata", "Q148"), ("iso", "CN")

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {self.kind!r} for {self.name!r}")
        if not self.name:
            raise ValueError(f"entity {self.key!r} has no name")

    def attr(self, name: str, default: str | None = None) -> str | None:
        for k, v in self.attrs:
            if k == name:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity's name in a briefing: ``text[start:end] == surface``."""

    key: str  # entity key (extraction-local before resolution)
    surface: str
    briefing: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement read from a briefing; [start, end) is the sentence that says it."""

    kind: str  # one of FACT_KINDS
    subject: str  # entity key
    object: str | None = None  # entity key
    value: str | None = None  # literal
    briefing: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 1.0
    extra: tuple[tuple[str, str], ...] = ()  # qualifiers, e.g. ("speech_type", "opening")
    curated: tuple[tuple[str, str], ...] = ()  # ("curator", ...), ("date", ...), ("reason", ...)

    def __post_init__(self) -> None:
        if self.kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {self.kind!r}")
        if self.kind == "event_role" and self.value not in EVENT_ROLES:
            raise ValueError(f"unknown event role {self.value!r}")
        if self.start > self.end:
            raise ValueError(f"fact span {self.start}..{self.end} is reversed")

    def get(self, name: str, default: str | None = None) -> str | None:
        for k, v in self.extra:
            if k == name:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction read out of one briefing."""

    briefing: Briefing
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    mentions: tuple[Mention, ...] = ()
    version: str = ""  # extractor version, part of the cache key
    #: (start, end, text) of each sentence a fact cites; filled when the briefing's full
    #: text is dropped to keep a large build's memory flat
    sentences: tuple[tuple[int, int, str], ...] = ()

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class MergeReason:
    """Why resolution put a mention's local entity into a global one (for ``explain``)."""

    briefing: str
    local_key: str
    entity: str  # global key
    rule: str  # "exact-name", "alias", "gazetteer", "curation", ...
    detail: str = ""


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Resolved, graph-ready content: global entities, facts and mentions over them."""

    briefings: tuple[Briefing, ...] = ()
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    mentions: tuple[Mention, ...] = ()
    #: (briefing id, entity key) -> the entity's name as that briefing writes it
    local_names: tuple[tuple[str, str, str], ...] = ()
    reasons: tuple[MergeReason, ...] = field(default=())
    #: (briefing id, start, end, text) of every sentence a fact cites
    sentences: tuple[tuple[str, int, int, str], ...] = ()
    #: the curation entries applied (:class:`lmec_kg.curation.Applied`), in file order
    curation: tuple = ()

    def bundles(self) -> Iterator[Bundle]:
        """What the graph writes of each briefing, one briefing at a time in id order."""
        facts: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            facts[f.briefing].append(f)
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            mentions[m.briefing].append(m)
        sentences: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for b, start, end, text in self.sentences:
            sentences[b].append((start, end, text))
        briefings = {b.id: b for b in self.briefings}
        named = {b for b, _, _ in self.local_names} | {r.briefing for r in self.reasons if r.briefing}
        for bid in sorted(set(briefings) | set(facts) | set(mentions) | named):
            yield Bundle(bid, briefings.get(bid), facts.pop(bid, []), mentions.pop(bid, []),
                         sentences.pop(bid, []))


@dataclass(frozen=True, slots=True)
class Bundle:
    """One briefing's part of a knowledge base: what its graph is written from."""

    id: str
    briefing: Briefing | None  # None: a briefing only curated facts cite, not read
    facts: list[Fact]
    mentions: list[Mention]
    sentences: list[tuple[int, int, str]]  # (start, end, text) of each sentence a fact cites


def _pickle_as_call(self):
    """Pickle as a call of the constructor with the fields in order. The default for a frozen
    slotted dataclass restores field by field through ``object.__setattr__``, half as fast
    again; the extraction cache and the workers' results unpickle hundreds of thousands of
    these in a large build. (Pickles made the default way still load.)"""
    return type(self), tuple(getattr(self, name) for name in self.__slots__)


for _cls in (Briefing, Entity, Mention, Fact, Extraction, MergeReason, KnowledgeBase):
    _cls.__reduce__ = _pickle_as_call
del _cls
