"""build, query, export, stats: each parses options, calls the library, prints."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..export import FORMATS, format_for_path, serialize, triple_chunks, write_atomic
from ..export import export as export_graph
from ..curation import DEFAULT_HELP
from ..errors import GraphError, QueryError, QuerySyntaxError
from ..files import check_writable
from ..pipeline import build as build_graph
from ..query import query as run_query
from ..query import load_query
from ..stats import stats as graph_stats
from ..store import RDF_SUFFIXES
from .output import fail, format_table, graph_option, output_format_option, print_result

DEFAULT_BRIEFINGS = "data/briefings"


def _progress_bar(enabled: bool):
    """A tqdm bar on stderr for long builds (more than a handful of files, on a terminal)."""
    state = {}

    def update(done: int, total: int) -> None:
        if not enabled or total < 20:
            return
        if "bar" not in state:
            from tqdm import tqdm

            state["bar"] = tqdm(total=total, unit="briefing", file=sys.stderr, leave=False)
        state["bar"].update(done - state["bar"].n)
        if done == total:
            state["bar"].close()

    return update


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="RDF file to write; format from the suffix (.ttl .nt .jsonld .rdf .nq .trig). "
                   "Default: build/lmec-kg.ttl")
@click.option("--format", "fmt", default=None, help="RDF format, overriding the suffix (turtle, nt, jsonld, rdfxml, nquads, trig).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=Path("build/store"),
              show_default=True, help="Folder of the embedded Oxigraph store.")
@click.option("--no-store", is_flag=True, help="Do not write the store folder.")
@click.option("--html", type=click.Path(path_type=Path), default=None,
              help="Also write the network page here. Default: build/network.html when --output is not given.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=Path("build/cache"),
              show_default=True, help="Extraction cache (keyed by content hash and extractor version).")
@click.option("--no-cache", is_flag=True, help="Re-extract every briefing.")
@click.option("--curation", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help=f"Curation file applied last. Default: {DEFAULT_HELP}.")
@click.option("--validate", "check", is_flag=True,
              help="Check the graph against ontology/shapes.ttl (SHACL) before writing anything; "
                   "violations are printed, and a graph that fails is not written: the store, RDF file "
                   "and page already there are left as they were.")
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=None, help="Worker processes (default: all cores).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def build(paths, output, fmt, store_dir, no_store, html, cache_dir, no_cache, curation, check, workers, quiet):
    """Build the knowledge graph from briefing files or folders.

    Reads .txt, .pdf, .docx and .html briefings (folders are searched recursively),
    extracts people, posts, organisations, events, speeches, initiatives and documents,
    resolves them to one entity each, and writes the store, an RDF file and the network
    page. Files that cannot be read are skipped with a one-line reason; a briefing
    in a language the extractor does not read (it reads Chinese) is built with its
    publication data only and named in a one-line note.

    Example:

    \b
        lmec-kg build data/briefings
        lmec-kg build data/briefings more/2023.pdf --output build/graph.nt --validate
    """
    paths = list(paths) or [Path(DEFAULT_BRIEFINGS)]
    default_outputs = output is None
    output = output or Path("build/lmec-kg.ttl")
    if html is None and default_outputs:
        html = Path("build/network.html")
    try:
        rdf_fmt = FORMATS[fmt.lower()] if fmt else format_for_path(output)
    except (KeyError, GraphError):
        raise click.UsageError(
            f"cannot tell the RDF format of {output} (use a suffix among "
            f"{', '.join(sorted(RDF_SUFFIXES))} or --format)") from None
    _check_outputs(output, html, None if no_store else store_dir)
    show = not quiet
    written = []

    def write_rdf(report) -> None:
        data = (triple_chunks(report.ntriples, rdf_fmt)  # the build's own sorted statements
                if report.ntriples is not None and not rdf_fmt.supports_datasets
                else serialize(report.store, rdf_fmt))
        write_atomic(output, data)
        report.outputs.append(str(output))
        report.outputs.append(str(_describe(report.statistics or report.store, output)))
        written.append(output)

    def meanwhile(report) -> None:
        # runs while the on-disk store is still being written, on the other core
        if not check and (report.store is not None or not rdf_fmt.supports_datasets):
            write_rdf(report)

    store = None if no_store else store_dir
    report = build_graph(
        paths,
        # with --validate the graph is checked in memory first: a graph that fails the
        # shapes never replaces the store folder
        store_dir=None if check else store,
        cache_dir=None if no_cache else cache_dir,
        workers=workers,
        curation=curation,
        progress=_progress_bar(show and sys.stderr.isatty()),
        meanwhile=meanwhile,
        network=html is not None,
        keep_kb=False,  # nothing here reads it once the graph is written
    )
    if check:
        from ..validate import validate

        result = validate(report.store)
        if result.violations:
            click.echo(result.text(), err=True)
        if not result.conforms:
            kept = ", ".join(str(p) for p in (store, output, html) if p is not None)
            fail(f"the graph does not conform to the shapes ({len(result.errors)} violations); "
                 f"nothing was written ({kept} left as they were)")
        if store is not None:
            _write_store(report, store)
    if not written:
        write_rdf(report)
    if html is not None:
        from ..viz import write_page

        t0 = time.perf_counter()
        write_page(report.network if report.network is not None else report.store, html)
        report.outputs.append(str(html))
        report.stages["network page"] = elapsed = time.perf_counter() - t0
        report.seconds += elapsed
    for line in report.skipped:
        click.echo(f"skipped {line}", err=True)
    for line in report.unread:
        click.echo(f"note: {line}", err=True)
    if show:
        click.echo(_summary(report), err=True)


def _check_outputs(output: Path, html: Path | None, store: Path | None) -> None:
    """Refuse before reading a briefing if any output cannot be written, so a build that
    cannot finish writes nothing (not a store and a Turtle file without their page)."""
    from .. import void
    from ..store import StoreWriter

    check_writable(output)
    check_writable(void.description_path(output))
    if html is not None:
        check_writable(html)
    if store is not None:
        StoreWriter.check(store)


def _write_store(report, store_dir: Path) -> None:
    """The checked in-memory graph (``build --validate``) into the store folder, replacing the
    one there only once complete, with the page's data beside it as a build leaves it."""
    from ..store import open_store, write_store

    t0 = time.perf_counter()
    write_store(report.store, store_dir)
    if report.network is not None:
        from ..network import save

        save(report.network, store_dir)
    report.store = open_store(store_dir)
    report.outputs.insert(0, str(store_dir))
    report.stages["store"] = elapsed = time.perf_counter() - t0
    report.seconds += elapsed


def _describe(graph, output: Path) -> Path:
    """The VoID/DCAT description that ships beside every export file (``x.ttl`` -> ``x.void.ttl``)."""
    from .. import void

    path = void.description_path(output)
    if path != Path(output):  # beside the export, which it names as its dump
        void.write_description(graph, path, dumps=[Path(output).name])
    return path


def _summary(report) -> str:
    ents = ", ".join(f"{n} {k}" for k, n in sorted(report.entities.items(), key=lambda kv: (-kv[1], kv[0])))
    facts = sum(report.facts.values())
    lines = [
        f"briefings read: {report.briefings}"
        + (f" ({report.extracted} extracted, {report.cached} from cache)" if report.cached else "")
        + (f", skipped: {len(report.skipped)}" if report.skipped else ""),
        f"entities: {sum(report.entities.values())} ({ents})",
        f"facts: {facts}; triples: {report.triples}",
        *_curation_line(report.curation),
        f"wrote: {', '.join(report.outputs)}",
        f"time: {report.seconds:.1f} s"
        + (" (" + ", ".join(f"{k} {v:.1f}" for k, v in report.stages.items()) + ")" if report.stages else ""),
    ]
    return "\n".join(lines)


def _curation_line(applied) -> list[str]:
    """``curation: 7 entries from data/curation.yaml (2 merge, 1 rename, ...)``; none without entries."""
    if not applied:
        return []
    from collections import Counter

    counts = Counter(a.entry.action for a in applied)
    by = ", ".join(f"{n} {k}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    n = len(applied)
    return [f"curation: {n} entr{'y' if n == 1 else 'ies'} from {applied[0].path} ({by})"]


@click.command()
@click.argument("sparql")
@graph_option
@output_format_option
def query(sparql, graph, fmt):
    """Run a SPARQL query (a .rq file or the query text) and print the answer.

    SELECT prints rows (a table, or csv/tsv/json for scripts); ASK prints true or false;
    CONSTRUCT and DESCRIBE print Turtle. The prefixes lmec:, kg:, org:, foaf:, schema:,
    prov:, skos:, dcterms:, rdfs:, owl:, xsd: and wd: need not be declared.

    Example:

    \b
        lmec-kg query queries/posts.rq --graph build/store --format csv
        lmec-kg query 'SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }'
    """
    text, source = load_query(sparql)
    try:
        result = run_query(graph, text)
    except (QuerySyntaxError, QueryError) as e:
        if source is None:
            raise
        raise type(e)(f"{source}: {e}") from None  # which file, when the query came from one
    print_result(result, fmt)


@click.command()
@graph_option
@click.option("--format", "-f", "fmt", type=click.Choice(["turtle", "nt", "jsonld", "rdfxml", "nquads", "trig"]),
              default="turtle", show_default=True, help="RDF format.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="File to write (default: standard output).")
@click.option("--lang", default=None, metavar="LANG",
              help="Partner view: labels in this language (e.g. en; pinyin where none), Chinese only as a fallback.")
def export(graph, fmt, output, lang):
    """Export the graph as RDF with readable prefixes, in a deterministic order.

    With --lang en the export is partner-ready: every entity's preferred label is its
    English one (or pinyin for Chinese personal names) where known; the Chinese names stay
    as alternative labels, and same-named bodies of different countries get their country
    after the name ("... (Thailand)"). With --output, a VoID
    and DCAT description of the dataset is written beside it (x.ttl -> x.void.ttl).

    Example:

    \b
        lmec-kg export --graph build/store --format turtle --output lmec-kg.ttl
        lmec-kg export --lang en --output lmec-kg.en.ttl
    """
    if output:
        check_writable(output)  # before the graph is read and serialised
    described = graph
    if lang:
        from ..labels import partner_view
        from ..store import load_quads, open_store

        described = load_quads(partner_view(open_store(graph), lang))  # the VoID counts what is written
        data = serialize(described, fmt)
    else:
        data = export_graph(graph, fmt)
    if output:
        write_atomic(output, data)
        _describe(described, output)
    else:
        sys.stdout.buffer.write(data)


@click.command()
@graph_option
@output_format_option
def stats(graph, fmt):
    """Count the graph's triples, instances by class and triples by property.

    Example:

    \b
        lmec-kg stats --graph build/store
    """
    s = graph_stats(graph)
    rows = [["class", c, str(n)] for c, n in s.classes] + [["property", p, str(n)] for p, n in s.properties]
    if fmt == "json":
        import json

        click.echo(json.dumps({"triples": s.triples, "classes": dict(s.classes), "properties": dict(s.properties)},
                              ensure_ascii=False, indent=1))
    elif fmt in ("csv", "tsv"):
        sep = "," if fmt == "csv" else "\t"
        click.echo(sep.join(["kind", "term", "count"]))
        for r in rows:
            click.echo(sep.join(r))
    else:
        click.echo(f"{s.triples} triples\n")
        click.echo(format_table(["class", "instances"], [[c, str(n)] for c, n in s.classes]))
        click.echo(format_table(["property", "triples"], [[p, str(n)] for p, n in s.properties]), nl=False)


COMMANDS = [build, query, export, stats]
