"""Score Extraction objects directly against gold JSON (the contract's categories), without
building the graph: a quick loop for extraction work. Usage:
    .venv/bin/python tests/corpus/eval_extraction.py DOCS_DIR GOLD_DIR [-v]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, "/work/shared/eval")
from score import CATEGORIES, f1, gold_items, score_rows  # noqa: E402

from lmec_kg.extract import extract  # noqa: E402
from lmec_kg.model import Briefing  # noqa: E402


def rows_for(ex):
    ents = {e.key: e for e in ex.entities}
    doc = ex.briefing.id
    name = lambda k: ents[k].name if k in ents else k  # noqa: E731
    out = {q: [] for q in ("posts.rq", "events.rq", "event-organizations.rq", "event-speakers.rq",
                           "organization-countries.rq", "mentions.rq")}
    for f in ex.facts:
        if f.kind == "post":
            out["posts.rq"].append({"doc": doc, "person": name(f.subject), "title": f.value, "organization": name(f.object)})
        elif f.kind == "event_role":
            en = {"guide", "host", "organizer", "supporter", "co-organizer"}
            out["event-organizations.rq"].append({"doc": doc, "event": name(f.subject), "organization": name(f.object), "role": f.value})
        elif f.kind == "speech":
            out["event-speakers.rq"].append({"doc": doc, "event": name(f.object), "person": name(f.subject)})
        elif f.kind == "country" and f.subject.startswith("organization:"):
            out["organization-countries.rq"].append({"doc": doc, "organization": name(f.subject), "country": name(f.object)})
    for e in ex.entities:
        if e.kind == "event":
            d = next((f.value for f in ex.facts if f.kind == "event_date" and f.subject == e.key), "")
            p = next((name(f.object) for f in ex.facts if f.kind == "event_place" and f.subject == e.key), "")
            out["events.rq"].append({"doc": doc, "event": e.name, "date": d, "place": p})
        if e.kind in ("initiative", "document"):
            out["mentions.rq"].append({"doc": doc, "kind": e.kind, "name": e.name})
    return out


def main():
    docs, gold_dir = Path(sys.argv[1]), Path(sys.argv[2])
    verbose = "-v" in sys.argv
    results = {}
    golds = {}
    for g in sorted(gold_dir.glob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        golds[data.get("doc", g.stem)] = data
        t = (docs / f"{g.stem}.txt").read_text(encoding="utf-8")
        ex = extract(Briefing(id=g.stem, text=t))
        for q, rows in rows_for(ex).items():
            results.setdefault(q, []).extend(rows)
    total = [0, 0, 0]
    for cat, (qfile, key, fields) in CATEGORIES.items():
        sums = [0, 0, 0]
        for doc, gold in golds.items():
            rows = [r for r in results.get(qfile, []) if r.get("doc") == doc]
            tp, fp, fn, misses, extras = score_rows(rows, gold_items(gold, key, fields), fields)
            for i, v in enumerate((tp, fp, fn)):
                sums[i] += v
            if verbose:
                for m in misses:
                    print(f"  miss  {cat:24} {doc}: {' | '.join(m)}")
                for e in extras:
                    print(f"  extra {cat:24} {doc}: {' | '.join(e)}")
        p, r, f = f1(*sums)
        print(f"{cat:24} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {sums[0]}, fp {sums[1]}, fn {sums[2]})")
        total = [a + b for a, b in zip(total, sums)]
    p, r, f = f1(*total)
    print(f"overall F1 {f:.3f} (P {p:.3f}, R {r:.3f})")


if __name__ == "__main__":
    main()
