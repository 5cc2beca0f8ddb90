"""validate, docs: check a graph against the SHACL shapes; write the ontology documentation."""
from __future__ import annotations

from pathlib import Path

import click

from .output import graph_option

__all__ = ["validate", "docs", "COMMANDS"]

DEFAULT_DOCS = "build/docs"


@click.command()
@graph_option
@click.option("--ontology", "ontology_only", is_flag=True,
              help="Check the ontology itself (labels, definitions, domains, ranges) instead of a graph.")
@click.option("--no-warnings", is_flag=True, help="List violations only, not warnings.")
def validate(graph, ontology_only, no_warnings):
    """Check a graph against the SHACL shapes in ontology/shapes.ttl.

    Prints one line per problem (severity, node, property, message) and a summary.
    Exits with status 1 when there is any violation, 0 when the graph conforms
    (warnings alone do not fail it).

    Example:

    \b
        lmec-kg validate --graph build/lmec-kg.ttl
        lmec-kg validate --ontology
    """
    from ..validate import validate as validate_graph
    from ..validate import validate_ontology

    report = validate_ontology() if ontology_only else validate_graph(graph)
    shown = report.errors if no_warnings else report.violations
    for problem in shown:
        click.echo(str(problem))
    click.echo(report.summary())
    if not report.conforms:
        click.get_current_context().exit(1)


@click.command()
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path(DEFAULT_DOCS),
              show_default=True, help="Folder to write the HTML pages into (created if missing).")
@click.option("--queries", "queries_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of canned SPARQL queries (*.rq) to list. Default: the project's queries/.")
def docs(output, queries_dir):
    """Write offline HTML documentation of the ontology and the canned queries.

    The pages show every class, property and vocabulary term with its Chinese and
    English labels and definitions, and every query in queries/*.rq with its description.
    They need no network: no scripts, fonts or style sheets are fetched.

    Example:

    \b
        lmec-kg docs --output build/docs
    """
    from ..docs import write_docs

    pages = write_docs(output, queries_dir=queries_dir)
    for page in pages:
        click.echo(str(page))


#: added to the ``lmec-kg`` group by ``lmec_kg.cli``
COMMANDS = [validate, docs]
