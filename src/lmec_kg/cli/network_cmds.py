"""viz, network stats, network export, timeline: each parses options, calls the library, prints."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from .. import network as netmod
from ..errors import InputError
from .output import format_table, graph_option

DEFAULT_SEED = 42


def filter_options(f):
    """The filters every view shares: type, country, time window, ego view."""
    options = [
        click.option("--view", "view", type=click.Choice(list(netmod.VIEWS)), default="entities",
                     show_default=True, help="Which network (`lmec-kg network --help` describes each)."),
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="Keep nodes of this type or subtype (organization, person, event, ministry, ngo …); repeatable."),
        click.option("--country", "countries", multiple=True, metavar="NAME",
                     help="Keep actors of this country (中国, China, CN …) and the events they share; repeatable."),
        click.option("--since", type=int, metavar="YEAR", help="Keep what happened in or after YEAR."),
        click.option("--until", type=int, metavar="YEAR", help="Keep what happened in or before YEAR."),
        click.option("--basis", type=click.Choice(["event", "briefing"]), default="event", show_default=True,
                     help="Years of --since/--until: event dates, or the dates of the briefings."),
        click.option("--focus", metavar="NAME", help="Ego view: only what is near this node (name, English name or id)."),
        click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
                     help="Steps from --focus."),
    ]
    for opt in reversed(options):
        f = opt(f)
    return f


def _filters(kw: dict) -> dict:
    return {"types": list(kw.pop("types")) or None, "countries": list(kw.pop("countries")) or None,
            "since": kw.pop("since"), "until": kw.pop("until"), "basis": kw.pop("basis"),
            "focus": kw.pop("focus"), "depth": kw.pop("depth")}


@click.command()
@graph_option
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True,
              help="File to write: .html (interactive page), .png or .svg (picture).")
@filter_options
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Labels shown first.")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="Default: from the suffix of --output, else html.")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Seed of the layout.")
def viz(graph, output, lang, fmt, seed, view, **kw):
    """Draw a network view: an offline interactive page, or a PNG/SVG picture.

    The page is one self-contained HTML file (no network access): colour and shape by type,
    size by degree, search, zh/en labels, filters by type, country and year, and for each
    fact the briefing and sentence it came from.

    Example:

    \b
        lmec-kg viz --graph build/store --output network.html
        lmec-kg viz --view orgs --country 老挝 --since 2021 --output laos.html
        lmec-kg viz --focus 生态环境部 --depth 2 --output mee.svg
    """
    fmt = fmt or (output.suffix.lstrip(".").lower() if output.suffix.lower() in (".png", ".svg") else "html")
    filters = _filters(kw)
    if fmt == "html":
        from ..viz import write_page

        path = write_page(graph, output, view=view, lang=lang, seed=seed, **filters)
    else:
        from ..viz import write_picture

        path = write_picture(graph, output, fmt, view=view, lang=lang, seed=seed, **filters)
    click.echo(f"wrote {path}", err=True)


@click.group()
def network():
    """Analyse the cooperation network: centrality, communities, exports for Gephi.

    \b
    Views (--view):
      entities      every entity and every fact between two entities
      org-event     organisations and the events they guided, hosted, organised, supported or co-organised
      person-event  people and the events they spoke at
      orgs          organisations linked by the events they share (weight: shared events)
      people        people linked by the events where they met (weight: shared events)
      countries     countries linked through their organisations and people (weight: shared events and posts)
      suborgs       the sub-organisation tree (department -> ministry)
      aggregated    organisations collapsed into their top parent, people into their organisation

    Example:

    \b
        lmec-kg network stats --view orgs
        lmec-kg network export --format graphml --output network.graphml
    """


@network.command()
@graph_option
@filter_options
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="How many actors per ranking.")
@click.option("--k", "k", type=click.IntRange(1), default=None,
              help=f"Sampled sources for betweenness (default: exact up to {netmod.EXACT_BETWEENNESS_MAX} nodes, "
                   f"else {netmod.DEFAULT_BETWEENNESS_K[0]}–{netmod.DEFAULT_BETWEENNESS_K[1]} by graph size).")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Seed of Louvain and sampled betweenness.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Labels to print.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table for reading; csv or json for scripts.")
def stats(graph, top, k, seed, lang, fmt, view, **kw):
    """Top actors by degree, betweenness and eigenvector centrality; communities; components.

    Louvain communities and (on large graphs) sampled betweenness use --seed, so the same
    graph gives the same answer.

    Example:

    \b
        lmec-kg network stats --graph build/store --view orgs --top 20
        lmec-kg network stats --country 老挝 --format json
    """
    G = netmod.view(graph, view, **_filters(kw))
    s = netmod.summarize(G, top=top, k=k, seed=seed, lang=lang)
    if fmt == "json":
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(_stats_csv(s), nl=False)
    else:
        click.echo(_stats_table(s), nl=False)


def _stats_rows(s):
    for metric in ("degree", "betweenness", "eigenvector"):
        for rank, (n, v) in enumerate(getattr(s, metric), 1):
            yield metric, rank, n, s.labels.get(n, n), v if isinstance(v, int) else f"{v:.6f}"
    for metric in ("community", "component"):
        for rank, members in enumerate(s.communities if metric == "community" else s.components, 1):
            for n in members:
                yield metric, rank, n, s.labels.get(n, n), len(members)


def _stats_csv(s) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["metric", "rank", "id", "label", "value"])
    w.writerows(_stats_rows(s))
    return buf.getvalue()


def _stats_table(s) -> str:
    out = [f"{s.view}: {s.nodes} nodes, {s.edges} edges\n"]
    for metric in ("degree", "betweenness", "eigenvector"):
        rows = [[str(r), s.labels.get(n, n), v if isinstance(v, int) else f"{v:.4f}"]
                for r, (n, v) in enumerate(getattr(s, metric), 1)]
        out.append(format_table(["#", "name", metric], [[a, b, str(c)] for a, b, c in rows]))
    for name, parts in (("community", s.communities), ("component", s.components)):
        rows = [[str(i), str(len(p)), "、".join(s.labels.get(n, n) for n in p[:6]) + ("…" if len(p) > 6 else "")]
                for i, p in enumerate(parts, 1)]
        out.append(format_table(["#", "size", f"{name} (first members)"], rows, max_width=80))
    out.append("".join(f"note: {n}\n" for n in s.notes))
    return "\n".join(out)


@network.command()
@graph_option
@filter_options
@click.option("--format", "-f", "fmt", type=click.Choice(list(netmod.EXPORT_FORMATS)), default="graphml",
              show_default=True, help="graphml or gexf (Gephi, Cytoscape), or csv (nodes and edges files).")
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True,
              help="File to write; for csv, <stem>.nodes.csv and <stem>.edges.csv.")
def export(graph, fmt, output, view, **kw):
    """Export a network view for Gephi or Cytoscape, with labels, types and countries.

    Example:

    \b
        lmec-kg network export --graph build/store --format graphml --output network.graphml
        lmec-kg network export --view countries --format csv --output countries.csv
    """
    G = netmod.view(graph, view, **_filters(kw))
    if G.number_of_nodes() == 0:
        raise InputError("the view is empty: no node matches these filters")
    for path in netmod.export_graph(G, output, fmt):
        click.echo(f"wrote {path}", err=True)


@click.command()
@graph_option
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Picture to write (.png or .svg); without it, print the counts as CSV.")
@click.option("--by", type=click.Choice(["country", "type"]), default="country", show_default=True,
              help="Group events by the country or the organisation type of those who took part; "
                   "each event counts once (several countries or types: 多国 / 多类机构).")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Labels.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Keep nodes of this type or subtype; repeatable.")
@click.option("--country", "countries", multiple=True, metavar="NAME", help="Keep actors of this country; repeatable.")
@click.option("--since", type=int, metavar="YEAR", help="From this year.")
@click.option("--until", type=int, metavar="YEAR", help="Up to this year.")
def timeline(graph, output, by, lang, types, countries, since, until):
    """Events per year by country or organisation type: a stacked bar chart, or CSV.

    Each event counts once: under the one country (type) of all who took part, else under
    多国 / several countries (多类机构 / several kinds), so a year's rows add up to its events.

    Example:

    \b
        lmec-kg timeline --graph build/store --output timeline.png
        lmec-kg timeline --by type --since 2020
    """
    filters = {"types": list(types) or None, "countries": list(countries) or None, "since": since, "until": until}
    if output is None:
        G = netmod.view(graph, "entities", **filters)
        rows = netmod.events_per_year(G, by, lang=lang)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["year", by, "events"])
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
        return
    from ..viz import write_timeline

    click.echo(f"wrote {write_timeline(graph, output, by=by, lang=lang, **filters)}", err=True)


COMMANDS = [viz, network, timeline]


def main() -> None:
    """Run the ``network`` group on its own (benchmarks; the ``lmec-kg`` command also has it)."""
    network(prog_name="lmec-kg network")
