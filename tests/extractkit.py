"""Small views of the extractor's output for the phenomena tests: what a test asserts on,
named by what it reads (posts, organisations, initiatives, …), each on a plain sentence."""
from __future__ import annotations

from lmec_kg.extract import extract
from lmec_kg.extract.events import roles
from lmec_kg.extract.mentions import find_documents, find_initiatives
from lmec_kg.extract.orgs import find_orgs
from lmec_kg.extract.people import find_posts, parse_name
from lmec_kg.model import Briefing


def run(text, id="t", **kw):
    """The extraction of one briefing, and its entities' names by key."""
    ex = extract(Briefing(id=id, text=text, **kw))
    names = {e.key: e.name for e in ex.entities}
    return ex, names


def facts(ex, names, kind):
    """(subject name, object name, value) of every fact of one kind."""
    return {(names.get(f.subject, f.subject), names.get(f.object, f.object) if f.object else None, f.value)
            for f in ex.facts if f.kind == kind}


def countries(text, **kw):
    """(organisation name, country name) of every country a whole extraction gives a body."""
    ex, names = run(text, **kw)
    return {(s, o) for s, o, _ in facts(ex, names, "country")}


def post_facts(text, **kw):
    """(person, title, organisation) of every post fact of a whole extraction."""
    ex, names = run(text, **kw)
    return {(s, v, o) for s, o, v in facts(ex, names, "post")}


def posts(text):
    return [(p.person.name, p.title, p.org.name if p.org else None) for p in find_posts(text, 0, len(text))]


def name(s):
    p = parse_name(s, 0, len(s))
    return p.name if p else None


def inits(text):
    return [n.name for n in find_initiatives(text, 0, len(text), [])]


def docs(text):
    return [(n.name, n.subtype) for n in find_documents(text, 0, len(text))]


def orgs(text):
    return [(o.name, o.country) for o in find_orgs(text, 0, len(text))]


def roles_of(text):
    return [(o.name, r) for o, r in roles(text, 0, len(text))]


def events(text, **kw):
    """(event name, date, place name) of every dated event of a whole extraction, sorted."""
    ex, names = run(text, **kw)
    dates = {s: v for s, _, v in facts(ex, names, "event_date")}
    places = {s: o for s, o, _ in facts(ex, names, "event_place")}
    return sorted((n, dates.get(n), places.get(n)) for n in dates)
