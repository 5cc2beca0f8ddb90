"""The build: briefing files -> ingest -> extract (cached, both cores) -> resolve -> RDF -> store.

Briefings stream through the workers one at a time; only what the graph needs comes back
(facts, mentions and the sentences they cite), so memory does not grow with the texts.
"""
from __future__ import annotations

import dataclasses
import functools
import multiprocessing as mp
import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import graph as rdf
from .errors import BriefingError, NothingReadError
from .extract import EXTRACTOR_VERSION, extract
from .ingest import find_briefing_files, read_briefing
from .model import Extraction, KnowledgeBase
from .resolve import resolve
from .store import load_nquads, write_store

__all__ = ["BuildReport", "build", "extract_file", "knowledge_base"]


@dataclass
class BuildReport:
    """What a build did, for the summary a person reads."""

    briefings: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per skipped file
    cached: int = 0
    extracted: int = 0
    entities: Counter = field(default_factory=Counter)  # kind -> count
    facts: Counter = field(default_factory=Counter)  # kind -> count
    triples: int = 0
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)
    store: ox.Store | None = None
    kb: KnowledgeBase | None = None


def _slim(ex: Extraction) -> Extraction:
    """Keep the cited sentences, drop the full text (and the traditional original)."""
    text = ex.briefing.text
    spans = sorted({(f.start, f.end) for f in ex.facts if f.end > f.start})
    sentences = tuple((a, b, text[a:b]) for a, b in spans)
    briefing = dataclasses.replace(ex.briefing, text="", original=None)
    return dataclasses.replace(ex, briefing=briefing, sentences=sentences)


@functools.cache
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a hash of the extractor's code and lexicons.

    A cache entry is reused only by the very extractor that wrote it, so an edited rule or
    lexicon never serves stale results, even when nobody bumped the version.
    """
    import hashlib

    from . import extract as pkg
    from .extract.lexicon import data_dir

    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    roots = [Path(pkg.__file__).parent] + [d for d in (data_dir() / "lexicons", data_dir() / "gazetteer") if d.is_dir()]
    for root in roots:
        for f in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc"):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return f"{EXTRACTOR_VERSION}-{h.hexdigest()[:12]}"


def _cache_path(cache_dir: Path, sha: str) -> Path:
    return cache_dir / f"{sha[:2]}" / f"{sha}-{extractor_fingerprint()}.pickle"


def extract_file(path: str, cache_dir: str | None = None) -> tuple[Extraction | None, str | None, bool]:
    """(slim extraction, error line, came from cache) for one file; runs in a worker."""
    try:
        briefing = read_briefing(path)
    except BriefingError as e:
        return None, str(e), False
    cpath = _cache_path(Path(cache_dir), briefing.sha256) if cache_dir and briefing.sha256 else None
    if cpath is not None and cpath.is_file():
        try:
            with open(cpath, "rb") as fh:
                cached: Extraction = pickle.load(fh)
            # the id and path follow the file, even if identical bytes were seen under another name
            if cached.briefing.id == briefing.id:
                return cached, None, True
        except Exception:  # a corrupt cache entry is re-extracted, never fatal
            pass
    ex = _slim(extract(briefing))
    if cpath is not None:
        try:
            cpath.parent.mkdir(parents=True, exist_ok=True)
            tmp = cpath.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(ex, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cpath)
        except OSError:
            pass
    return ex, None, False


def _extract_star(args):
    return extract_file(*args)


def _iter_extractions(files: list[Path], cache_dir: str | None, workers: int):
    jobs = [(str(f), cache_dir) for f in files]
    if workers <= 1 or len(jobs) < 8:
        yield from map(_extract_star, jobs)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_extract_star, jobs, chunksize=16)


def knowledge_base(
    paths: Iterable[str | os.PathLike],
    *,
    cache_dir: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    report: BuildReport | None = None,
    curation: str | os.PathLike | None = None,
) -> KnowledgeBase:
    """Read, extract and resolve the briefings at ``paths`` (files or folders)."""
    report = report if report is not None else BuildReport()
    files = find_briefing_files(paths)
    workers = workers or min(os.cpu_count() or 1, 4)
    extractions = []
    for i, (ex, err, cached) in enumerate(
        _iter_extractions(files, str(cache_dir) if cache_dir else None, workers), 1
    ):
        if err:
            report.skipped.append(err)
        else:
            extractions.append(ex)
            report.briefings += 1
            report.cached += cached
            report.extracted += not cached
        if progress:
            progress(i, len(files))
    if curation is not None:
        return resolve(extractions, curation=curation)
    return resolve(extractions)


def build(
    paths: Iterable[str | os.PathLike],
    *,
    store_dir: str | os.PathLike | None = None,
    cache_dir: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    curation: str | os.PathLike | None = None,
) -> BuildReport:
    """Build the knowledge graph of the briefings at ``paths``.

    Returns a report with the in-memory store (``report.store``) for export and queries;
    with ``store_dir`` the store is also persisted there (replaced atomically).

    Examples
    --------
    >>> from lmec_kg import build
    >>> report = build(["data/briefings"])          # doctest: +SKIP
    >>> report.briefings, report.entities["person"]  # doctest: +SKIP
    """
    t0 = time.perf_counter()
    report = BuildReport()
    kb = knowledge_base(paths, cache_dir=cache_dir, workers=workers, progress=progress, report=report,
                        curation=curation)
    if report.briefings == 0:
        raise NothingReadError(report.skipped)
    data = "".join(rdf.nquads(kb)).encode("utf-8")
    store = load_nquads(data)
    if store_dir is not None:
        write_store(data, store_dir)
        report.outputs.append(str(store_dir))
    report.kb = kb
    report.store = store
    report.triples = len(store)
    report.entities = Counter(e.kind for e in kb.entities)
    report.facts = Counter(f.kind for f in kb.facts)
    report.seconds = time.perf_counter() - t0
    return report
