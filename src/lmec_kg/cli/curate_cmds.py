"""explain, review: why an entity is what it is, and what a person should look at next."""
from __future__ import annotations

from pathlib import Path

import click

from ..curation import DEFAULT_HELP, explain as explain_entity, load_curation, review as review_items
from .output import format_table, graph_option

SECTIONS = {
    "near-duplicate": "Near-duplicate names not merged (merge or keep-apart in the curation file)",
    "no-type": "Entities with no specific type",
    "low-confidence": "Facts extracted with low confidence",
    "latin-once": "Latin-script names seen in one briefing only (check the spelling)",
    "unlinked": "Known bodies without a Wikidata link (a QID in data/gazetteer/organizations.csv or a `link` entry)",
}


@click.command()
@click.argument("entity")
@graph_option
def explain(entity, graph):
    """Show an entity's mentions, their sources, why they were merged and which curation
    entries changed it (or, for an entity curation dropped, the entry that dropped it).

    ENTITY is a key as the graph shows it (person:李霞, organization:生态环境部), an IRI,
    or a name.

    Example:

    \b
        lmec-kg explain person:李霞 --graph build/store
        lmec-kg explain 澜湄环境合作中心 --graph build/lmec-kg.ttl
    """
    ex = explain_entity(graph, entity)
    click.echo(f"{ex.key}  <{ex.iri}>")
    if ex.types:
        click.echo("  types:  " + ", ".join(t.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in ex.types))
    if ex.labels:
        click.echo("  labels: " + "; ".join(f"{t}@{lang}" if lang else t for t, lang in ex.labels))
    for s in ex.same_as:
        click.echo(f"  same as: {s}")
    click.echo(f"mentions in {len(ex.mentions)} briefing{'s' if len(ex.mentions) != 1 else ''}:")
    for m in ex.mentions:
        where = f" chars {m.start}-{m.end}" if m.start is not None else ""
        click.echo(f"  {m.briefing}: {m.name or '?'}{where}")
        if m.sentence:
            click.echo(f"    sentence: {m.sentence}")
        for r in m.rules or ["(no merge rule recorded in this graph)"]:
            click.echo(f"    why: {r}")
    if ex.curation:
        click.echo(f"curated by {len(ex.curation)} entr{'y' if len(ex.curation) == 1 else 'ies'}:")
        for c in ex.curation:
            click.echo(f"  {c}")
    if ex.statements:
        click.echo(f"stated in {len(ex.statements)} sentence{'s' if len(ex.statements) != 1 else ''}:")
        for doc, text in ex.statements:
            click.echo(f"  {doc}: {text}")


@click.command()
@graph_option
@click.option("--curation", "curation_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help=f"Curation file whose entries are already decided. Default: {DEFAULT_HELP}.")
@click.option("--min-confidence", type=float, default=0.8, show_default=True,
              help="Facts below this confidence are listed.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many items per section.")
def review(graph, curation_path, min_confidence, limit):
    """List what most needs a person's eye, skipping what the curation file already decides.

    Near-duplicate names not merged, entities with no type, facts extracted with low
    confidence, Latin-script names seen once. Record decisions in data/curation.yaml (the
    file `build` applies when run in the same folder).

    Example:

    \b
        lmec-kg review --graph build/store
    """
    items = review_items(graph, load_curation(curation_path), min_confidence)
    if not items:
        click.echo("nothing to review")
        return
    for section, title in SECTIONS.items():
        rows = [[i.subject, i.detail] for i in items if i.section == section]
        if not rows:
            continue
        click.echo(f"{title} ({len(rows)})")
        click.echo(format_table(["entity", "why"], rows[:limit], max_width=70), nl=False)
        if len(rows) > limit:
            click.echo(f"... and {len(rows) - limit} more")
        click.echo()


COMMANDS = [explain, review]
