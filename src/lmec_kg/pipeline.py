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
from typing import TYPE_CHECKING

import pyoxigraph as ox

from . import graph as rdf
from .errors import BriefingError, NothingReadError
from .extract import EXTRACTOR_VERSION, extract
from .ingest import distinct_ids, find_briefing_files, read_briefing
from .model import Extraction, KnowledgeBase
from .ontology import nquads
from .resolve import DEFAULT, resolution, resolve, skeleton
from .sinks import Sink
from .spill import SortedStatements
from .store import StoreWriter, open_store
from .streamed import ExtractionSpill, StreamedKnowledgeBase
from .void import Statistics, StatisticsCounter
from .workers import leave_signals_to_parent

if TYPE_CHECKING:  # networkx is imported only by a build that makes the page's data
    from .network import NetworkData, PageStatements

__all__ = ["BuildReport", "build", "extract_file", "knowledge_base", "streamed_knowledge_base"]


@dataclass
class BuildReport:
    """What a build did, for the summary a person reads."""

    briefings: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per skipped file
    #: one line per briefing read but not in a language the extractor reads (English, Thai …):
    #: its publication data is in the graph, its facts are not
    unread: list[str] = field(default_factory=list)
    cached: int = 0
    extracted: int = 0
    entities: Counter = field(default_factory=Counter)  # kind -> count
    facts: Counter = field(default_factory=Counter)  # kind -> count
    triples: int = 0
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)
    store: ox.Store | None = None
    kb: KnowledgeBase | None = None
    #: while ``meanwhile`` runs: every triple as an N-Triples statement without " .", sorted
    #: (the first complete pass over them also takes the VoID counts)
    ntriples: Iterable[str] | None = None
    counter: StatisticsCounter | None = None
    network: NetworkData | None = None  # the network page's data, with ``build(network=True)``
    stages: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in order
    #: the curation entries applied (:class:`~lmec_kg.curation.Applied`), in file order
    curation: tuple = ()

    @property
    def statistics(self) -> Statistics | None:
        """The VoID counts of the build's statements while they are at hand (``meanwhile``)
        or once a pass over them has counted them; else None (count the store instead)."""
        if self.counter is None:
            return None
        if not self.counter.counted:
            if self.ntriples is None:
                return None
            for _ in self.ntriples:  # a pass over them counts them
                pass
        return self.counter.result()


_LANGUAGES = {"en": "English", "th": "Thai", "lo": "Lao", "km": "Khmer", "my": "Burmese", "vi": "Vietnamese"}


def _slim(ex: Extraction) -> Extraction:
    """Keep the cited sentences, drop the full text (and the traditional original)."""
    text = ex.briefing.text
    spans = sorted({(f.start, f.end) for f in ex.facts if f.end > f.start})
    sentences = tuple((a, b, text[a:b]) for a, b in spans)
    briefing = dataclasses.replace(ex.briefing, text="", original=None)
    return dataclasses.replace(ex, briefing=briefing, sentences=sentences)


@functools.cache
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a hash of the readers' and the extractor's code and lexicons.

    A cache entry is reused only by the very extractor that wrote it, so an edited rule or
    lexicon never serves stale results, even when nobody bumped the version.
    """
    import hashlib

    from . import extract as pkg
    from . import ingest
    from .extract.lexicon import data_dir

    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    # (the readers too: a changed reader changes the text the extractor is given)
    roots = [Path(pkg.__file__).parent, Path(ingest.__file__).parent] + [
        d for d in (data_dir() / "lexicons", data_dir() / "gazetteer") if d.is_dir()]
    for root in roots:
        for f in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc"):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return f"{EXTRACTOR_VERSION}-{h.hexdigest()[:12]}"


def _cache_path(cache_dir: Path, sha: str) -> Path:
    return cache_dir / f"{sha[:2]}" / f"{sha}-{extractor_fingerprint()}.pickle"


def _dumps(ex: Extraction) -> bytes:
    return pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL)


def _read_cache(cpath: Path, briefing_id: str) -> Extraction | None:
    return _read_cache_blob(cpath, briefing_id)[0]


def _read_cache_blob(cpath: Path, briefing_id: str) -> tuple[Extraction | None, bytes]:
    """The cached extraction and its pickle's bytes."""
    try:
        blob = cpath.read_bytes()
        cached: Extraction = pickle.loads(blob)
    except Exception:  # a corrupt cache entry is re-extracted, never fatal
        return None, b""
    # the id and path follow the file, even if identical bytes were seen under another name
    return (cached, blob) if cached.briefing.id == briefing_id else (None, b"")


def _extract_pickled(path: str, cache_dir: str | None):
    """One file, in a worker: (kind, payload, briefing id) with kind "error" (payload the
    error line), "hit" (payload the cache file's path: the main process reads it itself, so a
    cached extraction is unpickled once, not unpickled, re-pickled and sent) or "new" (payload
    the pickled slim extraction, the very bytes the cache keeps: pickled once)."""
    try:
        briefing = read_briefing(path)
    except BriefingError as e:
        return "error", str(e), None
    cpath = _cache_path(Path(cache_dir), briefing.sha256) if cache_dir and briefing.sha256 else None
    if cpath is not None and cpath.is_file():
        return "hit", str(cpath), briefing.id
    blob = _dumps(_slim(extract(briefing)))
    if cpath is not None:
        _write_cache(cpath, blob)
    return "new", blob, briefing.id


def _write_cache(cpath: Path, blob: bytes) -> None:
    try:
        cpath.parent.mkdir(parents=True, exist_ok=True)
        tmp = cpath.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, cpath)
    except OSError:
        pass


def extract_file(path: str, cache_dir: str | None = None) -> tuple[Extraction | None, str | None, bool]:
    """(slim extraction, error line, came from cache) for one file."""
    try:
        briefing = read_briefing(path)
    except BriefingError as e:
        return None, str(e), False
    cpath = _cache_path(Path(cache_dir), briefing.sha256) if cache_dir and briefing.sha256 else None
    if cpath is not None and cpath.is_file():
        cached = _read_cache(cpath, briefing.id)
        if cached is not None:
            return cached, None, True
    ex = _slim(extract(briefing))
    if cpath is not None:
        _write_cache(cpath, _dumps(ex))
    return ex, None, False


def _extract_star(args):
    return _extract_pickled(*args)


def _iter_extractions(files: list[Path], cache_dir: str | None, workers: int):
    """(extraction, error line, came from cache, its pickle or None) per file, in file order."""
    if workers <= 1 or len(files) < 8:
        for f in files:
            yield *extract_file(str(f), cache_dir), None
        return
    jobs = [(str(f), cache_dir) for f in files]
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=leave_signals_to_parent) as pool:
        for path, (kind, payload, bid) in zip(jobs, pool.imap(_extract_star, jobs, chunksize=16)):
            if kind == "error":
                yield None, payload, False, None
            elif kind == "hit":
                ex, blob = _read_cache_blob(Path(payload), bid)
                yield (ex, None, True, blob) if ex is not None else (*extract_file(path[0], cache_dir), None)
            else:
                yield pickle.loads(payload), None, False, payload


def _read_all(paths, cache_dir, workers, progress, report: BuildReport):
    """(extraction, its pickle or None) of each briefing that could be read; the report counts."""
    files = []
    for f in distinct_ids(find_briefing_files(paths)):
        if isinstance(f, BriefingError):  # two files, one id: the second is skipped, not mixed in
            report.skipped.append(str(f))
        else:
            files.append(f)
    workers = workers or min(os.cpu_count() or 1, 4)
    for i, (ex, err, cached, blob) in enumerate(
        _iter_extractions(files, str(cache_dir) if cache_dir else None, workers), 1
    ):
        if err:
            report.skipped.append(err)
        else:
            report.briefings += 1
            report.cached += cached
            report.extracted += not cached
            if ex.briefing.language != "zh":
                report.unread.append(f"{ex.briefing.path or ex.briefing.id}: written in {_LANGUAGES.get(ex.briefing.language, ex.briefing.language)}; "
                                     "the extractor reads Chinese text, so only its publication data is in the graph")
            yield ex, blob
        if progress:
            progress(i, len(files))


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
    t0 = time.perf_counter()
    extractions = [ex for ex, _ in _read_all(paths, cache_dir, workers, progress, report)]
    t1 = time.perf_counter()
    kb = resolve(extractions, curation=DEFAULT if curation is None else curation, consume=True)
    report.stages["read and extract"] = t1 - t0
    report.stages["resolve"] = time.perf_counter() - t1
    return kb


def streamed_knowledge_base(
    paths: Iterable[str | os.PathLike],
    *,
    cache_dir: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    report: BuildReport | None = None,
    curation: str | os.PathLike | None = None,
) -> StreamedKnowledgeBase:
    """:func:`knowledge_base` in two passes (see :mod:`lmec_kg.streamed`): the same graph,
    without holding every briefing's facts. Close it when its graph is written."""
    report = report if report is not None else BuildReport()
    t0 = time.perf_counter()
    spill = ExtractionSpill()
    try:
        skeletons, briefings = [], []
        for ex, blob in _read_all(paths, cache_dir, workers, progress, report):
            spill.add(ex.briefing.id, blob if blob is not None else _dumps(ex))
            skeletons.append(skeleton(ex))
            briefings.append(ex.briefing)
        t1 = time.perf_counter()
        res = resolution(skeletons, curation=DEFAULT if curation is None else curation)
    except BaseException:
        spill.close()
        raise
    report.stages["read and extract"] = t1 - t0
    report.stages["resolve"] = time.perf_counter() - t1
    return StreamedKnowledgeBase(res, spill, tuple(sorted(briefings, key=lambda b: b.id)))


def build(
    paths: Iterable[str | os.PathLike],
    *,
    store_dir: str | os.PathLike | None = None,
    cache_dir: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    curation: str | os.PathLike | None = None,
    meanwhile: Callable[[BuildReport], None] | None = None,
    network: bool = False,
    keep_kb: bool = True,
) -> BuildReport:
    """Build the knowledge graph of the briefings at ``paths``.

    Returns a report with the store (``report.store``) for export and queries: with
    ``store_dir`` the store written there (replaced atomically only once complete, then opened
    read-only), else an in-memory one; either also holds the ontology in a graph of its own
    (:mod:`lmec_kg.ontology`), which the statements and counts leave out. ``meanwhile(report)``, if given, runs once every
    statement is written, while a ``store_dir`` store is still loading (``report.store`` is
    then None): ``report.ntriples`` iterates over the sorted statements (see
    :func:`lmec_kg.export.serialize_triples`) and ``report.statistics`` the VoID counts, so
    the exports can be written on the other core. ``build`` returns when both are done.
    ``network=True`` also collects the network page's data as the graph is written
    (``report.network``, for :func:`lmec_kg.viz.write_page`). ``keep_kb=False`` makes the
    knowledge base in two passes, each briefing's facts re-read from disk as its graph is
    written (:mod:`lmec_kg.streamed`; the same graph), and lets it go once the graph is
    written (``report.kb`` is then None): the exports and the page are made in the memory it
    held.

    Examples
    --------
    >>> from lmec_kg import build
    >>> report = build(["data/briefings"])          # doctest: +SKIP
    >>> report.briefings, report.entities["person"]  # doctest: +SKIP
    """
    t0 = time.perf_counter()
    report = BuildReport()
    ontology = nquads()  # read first: an unreadable ontology stops the build before any work
    # without keep_kb, in two passes: no briefing's facts are held beyond its own graph
    make = knowledge_base if keep_kb else streamed_knowledge_base
    kb = make(paths, cache_dir=cache_dir, workers=workers, progress=progress, report=report,
              curation=curation)
    spill = None if keep_kb else kb.spill  # its temporary file goes once the graph is written
    report.curation = tuple(kb.curation)
    if report.briefings == 0:
        if spill is not None:
            spill.close()
        raise NothingReadError(report.skipped)
    sink = _store_sink(store_dir)
    done = False
    statements = None
    try:
        t1 = time.perf_counter()
        page = None
        if network:
            from .network import PageStatements

            page = PageStatements()
        statements, report.counter = _stream_graph(kb, sink, page, ontology)
        if spill is not None:
            spill.close()
        report.entities = Counter(e.kind for e in kb.entities)
        report.facts = Counter(f.kind for f in kb.facts) if keep_kb else kb.fact_counts
        if keep_kb:
            report.kb = kb
        del kb  # without keep_kb, the exports and the page's data are made in the memory it held
        if store_dir is None:
            report.store = sink.close()
        report.triples = len(statements)
        report.ntriples = _Counting(statements, report.counter)
        t2 = time.perf_counter()
        report.stages["graph to store"] = t2 - t1
        if meanwhile is not None:
            meanwhile(report)
            report.stages["exports"] = time.perf_counter() - t2
        report.ntriples = None
        statements.close()
        statements = None  # closed: nothing left for the finally below
        if page is not None:
            # from the statements (the disk store is slow to read back) once the knowledge
            # base and the sorted statements have gone: of what a build holds at once, the
            # page's data is the most. A store still loading goes on meanwhile.
            t4 = time.perf_counter()
            report.network = page.data()
            report.stages["page data"] = time.perf_counter() - t4
        done = True
    finally:
        report.ntriples = None
        if spill is not None:
            spill.close()
        if statements is not None:
            statements.close()
        t3 = time.perf_counter()
        if done:
            sink.close()  # waits for the store; its error, if any, is raised here
        else:
            sink.abort()  # a store folder is replaced only by a complete graph
    if store_dir is not None:
        report.stages["store finish"] = time.perf_counter() - t3  # what was left of loading it
    if store_dir is not None:
        if report.network is not None:
            from .network import save

            save(report.network, store_dir)  # for later views of this store
        report.store = open_store(store_dir)
        report.outputs.insert(0, str(store_dir))
    report.seconds = time.perf_counter() - t0
    return report


def _store_sink(store_dir: str | os.PathLike | None) -> Sink:
    """The one store the build loads: the folder's (written beside it, moved in when complete)
    or, without a folder, an in-memory store that ``close()`` returns."""
    if store_dir is not None:
        writer = StoreWriter(store_dir)
        # one batch waiting while one loads: the store is the slower side, more would only queue
        return Sink(writer.load, writer.commit, writer.discard, name="lmec-kg-disk-store", depth=1)
    store = ox.Store()
    return Sink(lambda data: store.load(input=data, format=ox.RdfFormat.N_QUADS), lambda: store,
                name="lmec-kg-memory-store")


class _Counting:
    """The sorted statements; the first pass over them that ends takes the VoID counts."""

    def __init__(self, statements: SortedStatements, counter: StatisticsCounter) -> None:
        self.statements, self.counter = statements, counter

    def __iter__(self):
        return iter(self.statements) if self.counter.counted else self.counter.scan(self.statements)

    def __len__(self) -> int:
        return len(self.statements)


def _stream_graph(kb: KnowledgeBase, sink: Sink, page: PageStatements | None = None,
                  ontology: bytes = b"") -> tuple[SortedStatements, StatisticsCounter]:
    """Hand each briefing's graph to the store as soon as it is written (Oxigraph loads it in
    Rust on the other core while Python writes the next); return every statement, sorted
    (spilled to disk beyond a bound, so memory does not grow with the corpus), and their
    VoID counts. ``page``, if given, collects what the network page reads meanwhile.
    ``ontology`` (N-Quads of its own graph) goes to the store only, in the last batch: a
    load of its own costs an on-disk store a tenth of a second."""
    statements = SortedStatements()
    counter = StatisticsCounter()
    batch: list[bytes] = []
    size = 0
    try:
        for g, triples in rdf.graphs(kb):
            statements.add(triples)
            counter.add(g, triples)
            if page is not None:
                page.add(triples)
            batch.append(rdf.graph_bytes(g, triples))
            size += len(batch[-1])
            if size >= _BATCH:
                sink.feed(b"".join(batch))
                batch, size = [], 0
        if last := b"".join([*batch, ontology]):
            sink.feed(last)
    except BaseException:
        statements.close()
        raise
    return statements, counter


#: bytes of N-Quads handed to the store at a time. Each bulk load writes sorted files that
#: overlap the earlier ones, which the store then merges: fewer, larger loads cost less CPU.
#: Paired runs of 1,000 cached briefings: 8-20% less CPU for the whole build with 32 MB (one
#: queued) than with 16 MB (four queued), and 35 MB less memory; larger batches save a little
#: more CPU for much more memory (the loader holds a batch's parsed quads)
_BATCH = 32 << 20
