"""Synthetic graphs in the documented RDF shape, and the time `network stats` takes on them.

    .venv/bin/python benchmarks/network_benchmark.py --nodes 35000

``synthetic_quads(n)`` is shared with ``viz_benchmark.py``: about ``n`` entities (6 countries,
organisations with departments under ministries, people with posts, dated events with
organisational roles, speeches and topics), every fact reified with a sentence and a briefing.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

LMEC = "https://w3id.org/lmec-kg/ontology#"
KG = "https://w3id.org/lmec-kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SDO = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

COUNTRIES = [("CN", "中国", "China"), ("LA", "老挝", "Laos"), ("MM", "缅甸", "Myanmar"),
             ("KH", "柬埔寨", "Cambodia"), ("TH", "泰国", "Thailand"), ("VN", "越南", "Vietnam")]
ORG_TYPES = ["Agency", "ResearchInstitute", "NGO", "Company", "LocalGovernment", "InternationalOrganization"]
EVENT_TYPES = ["Dialogue", "Forum", "Meeting", "Workshop", "Training", "Ceremony"]
ROLES = ["hostedBy", "organizedBy", "supportedBy", "guidedBy", "coOrganizedBy"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"


def _n(s: str) -> ox.NamedNode:
    return ox.NamedNode(s)


def synthetic_quads(n: int, seed: int = 1, xss: bool = True) -> list[ox.Quad]:
    """About ``n`` entities and their facts in the graph shape of docs/graph-shape.md."""
    rng = random.Random(seed)
    q: list[ox.Quad] = []
    a = _n(RDF + "type")

    def add(s, p, o):
        q.append(ox.Quad(s, _n(p) if isinstance(p, str) else p, o))

    def lit(v, lang=None):
        return ox.Literal(v, language=lang) if lang else ox.Literal(v)

    def label(s, zh, en=None):
        add(s, SKOS + "prefLabel", lit(zh, "zh"))
        add(s, RDFS + "label", lit(zh, "zh"))
        if en:
            add(s, RDFS + "label", lit(en, "en"))

    n_orgs = max(4, int(n * 0.18))
    n_people = max(2, int(n * 0.42))
    n_events = max(2, int(n * 0.30))
    n_topics = max(1, n - len(COUNTRIES) - n_orgs - n_people - n_events)
    years = list(range(2017, 2025))
    briefings = []
    for i in range(max(2, n // 200)):
        y = years[i % len(years)]
        b = _n(f"{KG}briefing/syn-{y}-{i:04d}")
        add(b, a, _n(LMEC + "Briefing"))
        add(b, DCT + "identifier", lit(f"syn-{y}-{i:04d}"))
        add(b, LMEC + "issueYear", ox.Literal(str(y), datatype=_n(XSD + "integer")))
        briefings.append((b, y))
    sent_no = [0]

    def sentence(text, year=None):
        cands = [b for b in briefings if year is None or b[1] == year] or briefings
        b, _ = cands[rng.randrange(len(cands))]
        i = sent_no[0]
        sent_no[0] += 1
        s = _n(f"{b.value}/s/{i * 100}-{i * 100 + 60}")
        add(s, a, _n(LMEC + "Sentence"))
        add(s, DCT + "isPartOf", b)
        add(s, LMEC + "text", lit(text, "zh"))
        return s

    fact_no = [0]

    def fact(s, p, o, sent):
        add(s, p, o)
        f = _n(f"{KG}fact/{fact_no[0]:07x}")
        fact_no[0] += 1
        add(f, a, _n(RDF + "Statement"))
        add(f, RDF + "subject", s)
        add(f, RDF + "predicate", _n(p))
        add(f, RDF + "object", o)
        add(f, PROV + "wasDerivedFrom", sent)

    countries = []
    for iso, zh, en in COUNTRIES:
        c = _n(f"{KG}country/{iso}")
        add(c, a, _n(LMEC + "Country"))
        label(c, zh, en)
        add(c, LMEC + "isoCode", lit(iso))
        countries.append((c, zh))
    orgs = []
    ministries = []
    for i in range(n_orgs):
        ci = 0 if rng.random() < 0.5 else rng.randrange(1, len(countries))
        c, cname = countries[ci]
        if i < max(2, n_orgs // 10):
            kind = "Ministry"
            name = f"{cname}第{i}部"
        elif rng.random() < 0.6 and ministries:
            kind = "Department"
            name = f"{cname}第{i}司"
        else:
            kind = ORG_TYPES[i % len(ORG_TYPES)]
            name = f"{cname}机构{i}"
        if xss and i == 5:
            name = "<img src=x onerror=alert(1)>"
        o = _n(f"{KG}organization/o{i:06d}")
        add(o, a, _n(ORG + "Organization"))
        add(o, a, _n(LMEC + kind))
        label(o, name, f"Org {i}")
        fact(o, LMEC + "country", c, sentence(f"{name}是{cname}机构。"))
        if kind == "Ministry":
            ministries.append((o, ci))
        elif kind == "Department":
            same = [m for m, mc in ministries if mc == ci] or [ministries[0][0]]
            fact(o, ORG + "subOrganizationOf", same[rng.randrange(len(same))], sentence(f"{name}隶属部委。"))
        orgs.append((o, name, c))
    # preferential weights: a few organisations take part in many events
    org_w = [1.0 / (1 + i) ** 0.8 for i in range(len(orgs))]
    people = []
    for i in range(n_people):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)] + str(i)
        p = _n(f"{KG}person/p{i:06d}")
        o, oname, c = orgs[rng.randrange(len(orgs))]
        add(p, a, _n(FOAF + "Person"))
        label(p, name, f"Person {i}")
        add(p, FOAF + "name", lit(name, "zh"))
        add(p, LMEC + "country", c)
        m = _n(f"{KG}membership/m{i:06d}")
        add(m, a, _n(ORG + "Membership"))
        add(m, ORG + "member", p)
        add(m, ORG + "organization", o)
        add(m, LMEC + "title", lit("处长", "zh"))
        add(m, PROV + "wasDerivedFrom", sentence(f"{oname}处长{name}出席。"))
        people.append((p, name, o))
    topics = []
    for i in range(n_topics):
        t = _n(f"{KG}topic/t{i:05d}")
        add(t, a, _n(LMEC + "Topic"))
        label(t, f"主题{i}")
        topics.append(t)
    for i in range(n_events):
        e = _n(f"{KG}event/e{i:06d}")
        y = years[rng.randrange(len(years))]
        add(e, a, _n(LMEC + "Event"))
        add(e, a, _n(LMEC + EVENT_TYPES[i % len(EVENT_TYPES)]))
        label(e, f"{y}年活动{i}")
        sent = sentence(f"{y}年活动{i}举行。", y)
        fact(e, SDO + "startDate", ox.Literal(f"{y}-{rng.randrange(1, 13):02d}-01", datatype=_n(XSD + "date")), sent)
        for o, _, _ in {x[0].value: x for x in rng.choices(orgs, weights=org_w, k=rng.randint(1, 3))}.values():
            fact(e, LMEC + ROLES[rng.randrange(len(ROLES))], o, sent)
        for j in range(rng.randint(0, 2)):
            p, name, _ = people[rng.randrange(len(people))]
            sp = _n(f"{KG}speech/e{i:06d}-{j}")
            add(sp, a, _n(LMEC + "Speech"))
            add(sp, LMEC + "speaker", p)
            add(sp, LMEC + "atEvent", e)
            add(sp, PROV + "wasDerivedFrom", sent)
        fact(e, LMEC + "topic", topics[rng.randrange(len(topics))], sent)
    return q


def synthetic_store(n: int, seed: int = 1, xss: bool = True) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(synthetic_quads(n, seed, xss))
    return store


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=35000)
    args = ap.parse_args(argv)
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        quads = synthetic_quads(args.nodes)
        store_dir = Path(tmp) / "store"
        sys.path.insert(0, str(root / "src"))
        from lmec_kg.store import write_store

        write_store(quads, store_dir)
        t_gen = time.perf_counter() - t0
        cmd = [sys.executable, "-c", "from lmec_kg.cli.network_cmds import main; main()",
               "stats", "--graph", str(store_dir), "--format", "json"]
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        t_stats = time.perf_counter() - t0
        if p.returncode:
            sys.exit(p.stderr)
        import json

        doc = json.loads(p.stdout)
        print(f"| graph | nodes | edges | quads | `network stats` |\n|---|---:|---:|---:|---:|\n"
              f"| synthetic ({t_gen:.0f} s to generate) | {doc['nodes']:,} | {doc['edges']:,} | "
              f"{len(quads):,} | {t_stats:.1f} s |")
        for note in doc["notes"]:
            print(f"\n- {note}")


if __name__ == "__main__":
    main()
