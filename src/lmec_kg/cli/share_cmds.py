"""serve, publish, describe: share the graph with people and with partners' triple stores."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .output import fail, graph_option, stop_on_sigterm

__all__ = ["serve", "publish", "describe", "COMMANDS"]



@click.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address lets other machines query the graph.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Time limit per query, in seconds; a query past it gets HTTP 503 and a message.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Most rows (or CONSTRUCT triples) per answer; a larger answer gets HTTP 413 and a message.")
@click.option("--queries", "queries_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of canned queries (*.rq) for the query page. Default: queries/.")
@click.option("--cors", is_flag=True,
              help="Let web pages from any origin (e.g. a YASGUI you did not start) read the answers.")
def serve(graph, host, port, timeout, max_rows, queries_dir, cors):
    """Run a read-only SPARQL endpoint over the graph, with a query page.

    Serves the SPARQL 1.1 Protocol at /query (GET and POST; SELECT/ASK as SPARQL JSON,
    XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, JSON-LD, N-Triples or RDF/XML, by the
    Accept header) and, at /, a query page that works offline with the canned queries
    ready to pick and run. Updates and Graph Store writes are refused. A store folder that
    `lmec-kg build` replaces meanwhile is reopened at the next query. Stop with Ctrl-C.

    Example:

    \b
        lmec-kg serve --graph build/store
        lmec-kg serve --graph build/lmec-kg.trig --port 8080 --timeout 10 --max-rows 5000
        curl -H 'Accept: text/csv' --data-urlencode query@queries/posts.rq http://127.0.0.1:7878/query
    """
    from ..serve import Endpoint

    if queries_dir is not None and not queries_dir.is_dir():
        fail(f"{queries_dir}: no such queries folder", 2)
    endpoint = Endpoint(graph, host=host, port=port, timeout=timeout, max_rows=max_rows,
                        queries_dir=queries_dir, cors=cors)
    endpoint.on_reload = lambda folder: click.echo(f"{folder} was rebuilt: answering from the new store", err=True)
    endpoint.start()
    stop_on_sigterm()
    click.echo(f"SPARQL endpoint: {endpoint.url}query   query page: {endpoint.url}", err=True)
    click.echo(f"graph: {graph}; {len(endpoint.canned)} canned queries; time limit {timeout:g} s, "
               f"at most {max_rows} rows per answer; read-only. Ctrl-C stops.", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: other machines can query this graph", err=True)
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        endpoint.close()


@click.command()
@click.option("--endpoint", "-e", required=True, metavar="URL",
              help="Graph Store HTTP Protocol URL of the partner's store "
                   "(Oxigraph: http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data).")
@graph_option
@click.option("--ontology", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Ontology file to send as kg:graph/ontology. Default: the project's ontology/lmec.ttl.")
@click.option("--no-ontology", is_flag=True, help="Do not send the ontology graph.")
@click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True,
              help="Seconds to wait for the store to take one graph.")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary.")
def publish(endpoint, graph, ontology, no_ontology, timeout, quiet):
    """Send the graph to a partner's triple store, one named graph at a time.

    Each briefing's graph, the entities graph, the curation graph and the ontology are
    sent with HTTP PUT (SPARQL 1.1 Graph Store Protocol), each replacing that graph only:
    re-publishing a corrected briefing replaces its graph, and publishing twice leaves the
    same triples. A graph that fails is named and the others go on; the command then exits
    with status 1, and running it again completes the upload. For HTTP basic auth set
    LMEC_KG_USER and LMEC_KG_PASSWORD in the environment (never on the command line).

    Example:

    \b
        oxigraph serve --location partner-db --bind 127.0.0.1:7879 &
        lmec-kg publish --endpoint http://127.0.0.1:7879/store --graph build/store
    """
    from ..publish import DEFAULT_ONTOLOGY
    from ..publish import publish as run_publish
    from ..publish import summary
    from ..stats import curie

    def progress(upload, done, total):
        if not quiet and upload.status == "sent":
            click.echo(f"[{done}/{total}] sent {curie(upload.graph)} ({upload.triples} triples, {upload.seconds:.2f} s)",
                       err=True)

    report = run_publish(endpoint, graph, ontology=None if no_ontology else (ontology or DEFAULT_ONTOLOGY),
                         timeout=timeout, progress=progress)
    for line in summary(report):
        click.echo(line, err=not line.startswith("published"))
    if not report.ok:
        sys.exit(1)


@click.command()
@graph_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (format from the suffix; default: Turtle on standard output).")
@click.option("--endpoint", metavar="URL", default=None, help="SPARQL endpoint URL to name in the description.")
@click.option("--download", "downloads", metavar="URL", multiple=True,
              help="URL where an export can be downloaded (repeatable).")
@click.option("--generated", metavar="TIME", default=None,
              help="Build time to record (ISO 8601, e.g. 2026-11-24T09:00:00Z); omitted by default, "
                   "so the output is the same for the same graph.")
def describe(graph, output, endpoint, downloads, generated):
    """Describe the dataset in VoID and DCAT: sizes, vocabularies, examples, access.

    Example:

    \b
        lmec-kg describe --graph build/store --output build/lmec-kg.void.ttl --endpoint http://127.0.0.1:7878/query
    """
    from .. import void

    if output:
        void.write_description(graph, output, endpoint=endpoint, generated=generated, downloads=downloads)
    else:
        quads = void.describe(graph, endpoint=endpoint, generated=generated, downloads=downloads)
        sys.stdout.buffer.write(void.to_bytes(quads))


COMMANDS = [serve, publish, describe]
