"""A network view -> one self-contained, offline HTML page (pyvis data, vis-network drawing).

pyvis builds the node and edge lists; the page is our own template with vis-network's script
and CSS in-line, a Content-Security-Policy that forbids any request and any script but ours
(by hash), and all text from the briefings escaped: it travels as JSON (``<``, ``>``, ``&``,
U+2028/9 escaped) and reaches the DOM only as text nodes.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .. import network as netmod
from ..errors import InputError, OutputError
from ..files import check_writable, share
from . import _assets
from .layout import layout

__all__ = ["write_page", "render_page", "TYPE_STYLE", "AGGREGATE_THRESHOLD", "FULL_MAX", "PHYSICS_MAX"]

#: above this many nodes the page offers the aggregated overview next to the full view
AGGREGATE_THRESHOLD = 3000
#: above this many nodes the page shows only the aggregated overview (a browser would stall)
FULL_MAX = 25000
#: up to this many nodes vis-network's physics settles the precomputed layout
PHYSICS_MAX = 300

#: node type -> colour, vis-network shape and the shape's name for the legend (zh, en)
TYPE_STYLE = {
    "organization": ("#4e79a7", "dot", ("圆", "circle")),
    "person": ("#f28e2b", "diamond", ("菱形", "diamond")),
    "event": ("#59a14f", "square", ("方形", "square")),
    "country": ("#e15759", "star", ("星形", "star")),
    "place": ("#76b7b2", "triangleDown", ("倒三角", "triangle down")),
    "initiative": ("#edc948", "hexagon", ("六边形", "hexagon")),
    "document": ("#b07aa1", "triangle", ("三角", "triangle")),
    "topic": ("#9c755f", "dot", ("圆", "circle")),
}
_DEFAULT_STYLE = ("#999999", "dot", ("圆", "circle"))


class _Ids(list):
    """pyvis checks ``id in node_ids`` for every node and edge; a set makes that O(1)."""

    def __init__(self):
        super().__init__()
        self._seen = set()

    def append(self, x):
        super().append(x)
        self._seen.add(x)

    def __contains__(self, x):
        return x in self._seen


def _pyvis_lists(G: nx.Graph, order: list, pos: dict, sizes: list, edges: list) -> tuple[list[dict], list[dict]]:
    # directed=True only skips pyvis's quadratic duplicate-edge scan (our edges are unique);
    # the page decides whether arrows show.
    net = Network(directed=True)
    net.node_ids = _Ids()
    ids = list(range(len(order)))
    styles = [TYPE_STYLE.get(G.nodes[n].get("type"), _DEFAULT_STYLE) for n in order]
    net.add_nodes(ids, label=[""] * len(ids), x=[pos[n][0] for n in order], y=[pos[n][1] for n in order],
                  size=sizes, color=[s[0] for s in styles], shape=[s[1] for s in styles])
    index = {n: i for i, n in enumerate(order)}
    net.add_edges([(index[u], index[v], d.get("weight", 1)) for u, v, d in edges])
    vis_nodes = [{k: v for k, v in n.items() if k not in ("font",)} for n in net.nodes]
    vis_edges = []
    for e in net.edges:
        e.pop("arrows", None)
        w = e.pop("width", 1)
        e["width"] = round(min(6.0, 1.0 + 0.5 * (w - 1)), 2)
        vis_edges.append(e)
    return vis_nodes, vis_edges


def _sorted_nodes(G: nx.Graph) -> list:
    try:
        return sorted(G)
    except TypeError:  # mixed node types
        return sorted(G, key=str)


def _view_payload(G: nx.Graph, *, seed: int) -> dict:
    order = _sorted_nodes(G)
    pos = layout(G, seed=seed)
    deg = dict(G.degree())
    top = max(deg.values(), default=0) or 1
    sizes = [round(8 + 24 * (deg[n] / top) ** 0.5, 1) for n in order]
    index = {n: i for i, n in enumerate(order)}
    edges = sorted(G.edges(data=True), key=lambda e: (index[e[0]], index[e[1]]))
    vis_nodes, vis_edges = _pyvis_lists(G, order, pos, sizes, edges)
    briefings: dict[str, int] = {}
    sentences: dict[str, int] = {}

    def src(b: str, s: str) -> list[int]:
        return [briefings.setdefault(b, len(briefings)), sentences.setdefault(s, len(sentences))]

    info = []
    aliases = []  # every other name the search should find (English alternatives, pinyin, acronyms)
    for n in order:
        d = G.nodes[n]
        shown = {d.get("label", str(n)), d.get("label_en", "")}
        aliases.append([a for a in d.get("aliases", ()) if a not in shown])
        row = [str(n), d.get("label", str(n)), d.get("label_en", ""), d.get("type", ""), d.get("subtype", ""),
               d.get("country", ""), d.get("country_en", ""), list(d.get("years", ()))]
        if "members" in d:
            row.append(d["members"])
        info.append(row)
    edge_info = []
    seen: dict[tuple, list] = {}
    for u, v, d in edges:
        facts = []
        provs = d.get("fact_provenance") or tuple(d.get("provenance", ()) for _ in d.get("facts", ()))
        for f, p in zip(d.get("facts", ()), provs):
            rel, s, _o, title = f
            refs = seen.get(p)
            if refs is None:
                refs = seen[p] = [src(b, t) for b, t in p]
            facts.append([rel, index.get(s, index[u]), title, refs])
        edge_info.append([index[u], index[v], list(d.get("relations", (d.get("relation", ""),))),
                          d.get("weight", 1), facts])
    return {
        "nodes": vis_nodes, "edges": vis_edges, "info": info, "aliases": aliases, "edgeInfo": edge_info,
        "degree": [deg[n] for n in order], "directed": G.is_directed(),
        "briefings": list(briefings), "sentences": list(sentences), "message": None, "toggle": None,
    }


def _groups(G: nx.Graph, payload: dict) -> list[int]:
    """For each node of the payload, the node index of its group in the overview, or -1.

    An organisation's group is its top parent organisation, a person's the group of the first
    organisation they hold a post in (or themselves); other nodes (events, countries, topics…)
    have none.
    """
    ids = [row[0] for row in payload["info"]]
    index = {n: i for i, n in enumerate(ids)}
    root = netmod.organisation_roots(G)
    out = []
    for n in ids:
        t = G.nodes[n].get("type")
        if t == "organization":
            out.append(index[root.get(n, n)])
        elif t == "person":
            orgs = sorted(nb for nb in G[n] if "memberOf" in G.edges[n, nb].get("relations", ()))
            out.append(index[root.get(orgs[0], orgs[0])] if orgs else index[n])
        else:
            out.append(-1)
    return out


def _script_json(obj) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&', U+2028 or U+2029 left."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    for ch, esc in _JSON_ESCAPES:
        if ch in text:
            text = text.replace(ch, esc)
    return text


_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                 ("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and CSS as shipped inside the pyvis package."""
    import pyvis

    base = Path(pyvis.__file__).resolve().parent
    for folder in ("lib/vis-9.1.2", "templates/lib/vis-9.1.2", "lib/vis-9.0.4", "templates/lib/vis-9.0.4"):
        js, css = base / folder / "vis-network.min.js", base / folder / "vis-network.css"
        if js.is_file() and css.is_file():
            script = js.read_text(encoding="utf-8")
            # no source-map comment: it would make developer tools ask the network for a file
            # split on "\n" only: str.splitlines would also cut at U+2028 and friends inside strings
            script = "\n".join(line for line in script.split("\n") if not line.startswith("//# sourceMappingURL"))
            style = css.read_text(encoding="utf-8")
            style = "\n".join(line for line in style.split("\n") if "sourceMappingURL" not in line)
            if "</script" in script.lower() or "</style" in style.lower():
                raise RuntimeError("vis-network assets cannot be in-lined safely")
            return script, style
    raise RuntimeError(f"vis-network not found inside the pyvis package at {base}")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_page(payload: dict, *, title: str, lang: str = "zh", titles: tuple[str, str] | None = None) -> str:
    """The HTML text of a page for a payload (see ``write_page``); ``titles`` = (zh, en) headings."""
    from .. import __version__

    vis_js, vis_css = _vis_assets()
    app_js = _assets.APP_JS
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(app_js)
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {
        "%%LANG%%": "en" if lang == "en" else "zh",
        "%%CSP%%": csp,
        "%%VERSION%%": html.escape(__version__),
        "%%TITLE_ZH%%": html.escape((titles or (title, title))[0], quote=True),
        "%%TITLE_EN%%": html.escape((titles or (title, title))[1], quote=True),
        "%%TITLE%%": html.escape(title, quote=True),
        "%%VIS_CSS%%": vis_css,
        "%%CSS%%": _assets.CSS,
        "%%DATA%%": _script_json(payload),
        "%%VIS_JS%%": vis_js,
        "%%APP_JS%%": app_js,
    }
    # one pass: text put in (a title, the data) is never scanned again for placeholders
    return re.sub(r"%%[A-Z_]+%%", lambda m: parts[m.group(0)], _assets.PAGE)


def _title(view: str, filters: dict, lang: str) -> str:
    names = {"entities": ("合作网络", "Cooperation network"), "org-event": ("机构—活动", "Organisations and events"),
             "person-event": ("人物—活动", "People and events"), "orgs": ("机构合作网络", "Organisations sharing events"),
             "people": ("人物会面网络", "People who met at events"), "countries": ("国家合作网络", "Country cooperation"),
             "suborgs": ("机构隶属关系", "Sub-organisation tree"), "aggregated": ("合作概览", "Overview")}
    zh, en = names.get(view, (view, view))
    head = f"澜湄环境合作 · {zh}" if lang != "en" else f"Lancang-Mekong environmental cooperation · {en}"
    bits = []
    if filters.get("focus"):
        bits.append(str(filters["focus"]))
    if filters.get("since") or filters.get("until"):
        bits.append(f"{filters.get('since') or ''}–{filters.get('until') or ''}")
    return head + (f" ({', '.join(bits)})" if bits else "")


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        share(tmp, 0o666)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_page(graph, output, *, view: str = "entities", lang: str = "zh", seed: int = 42, **filters) -> Path:
    """Write one self-contained HTML page of a network view; returns its path.

    Parameters
    ----------
    graph : pyoxigraph.Store, the path of a store folder or RDF file, or ``network.load``'s data
    output : the .html file to write (atomically)
    view : a name in ``network.VIEWS``
    lang : ``"zh"`` or ``"en"``, the labels shown first (the page can switch)
    **filters : ``types``, ``countries``, ``since``, ``until``, ``basis``, ``focus``, ``depth``
        as for ``network.view``

    Above ``AGGREGATE_THRESHOLD`` nodes the page also carries the aggregated overview and says
    so; above ``FULL_MAX`` it carries only the overview. Positions are computed in Python;
    vis-network physics runs only on graphs of up to ``PHYSICS_MAX`` nodes.

    Raises
    ------
    InputError
        for an unknown view or focus name, or when filters leave nothing to draw.
    GraphError
        when the graph cannot be opened.
    OutputError
        when ``output`` cannot be written (checked before the page is made).
    """
    if lang not in ("zh", "en"):
        raise InputError(f"unknown language {lang!r} (use zh or en)")
    check_writable(output)
    base = graph if isinstance(graph, nx.Graph) else netmod.entity_graph(graph)
    active = {k: v for k, v in filters.items() if v not in (None, (), [], "") and k not in ("depth", "basis")}
    # the page only reads the graph, so the unfiltered entity view needs no copy
    G = base if view == "entities" and not active else netmod.view(base, view, **filters)
    if G.number_of_nodes() == 0 and active:
        raise InputError("the view is empty: no node matches these filters")
    n = G.number_of_nodes()
    payload = {"lang": lang, "physicsMax": PHYSICS_MAX, "types": {}, "relations": {}, "alt": None}
    main = _view_payload(G, seed=seed)
    if n > AGGREGATE_THRESHOLD and view != "aggregated":
        groups = _groups(G, main)
        n_groups = len({g for g in groups if g >= 0})
        alt = {"message": (
            f"概览：{n:,} 个节点太多，机构已并入其最上级机构（如部委），人员并入其任职机构，活动变为机构之间的连线（{n_groups:,} 个节点）。",
            f"Overview: {n:,} nodes are too many to read, so organisations are collapsed into their top "
            f"parent (e.g. the ministry), people into their organisation, and events become links "
            f"between them ({n_groups:,} nodes)."),
            "toggle": ("显示概览（按上级机构汇总）", "Show overview (collapsed to parent organisations)")}
        if n > FULL_MAX:
            # too big to embed at all: the overview is computed here and is all the page holds
            time_only = {k: filters[k] for k in ("since", "until", "basis") if filters.get(k) is not None}
            main = {**_view_payload(netmod.view(base, "aggregated", **time_only), seed=seed), **alt}
            main["message"] = (main["message"][0] + f" 完整视图超过 {FULL_MAX:,} 个节点，浏览器无法流畅显示；"
                               "请用 --focus、--type、--country 或 --since 缩小范围，或用 network export 导出。",
                               main["message"][1] + f" The full view has more than {FULL_MAX:,} nodes, more "
                               "than a browser draws smoothly: narrow it with --focus, --type, --country or "
                               "--since, or use `network export`.")
        else:
            main["message"] = (
                f"该视图有 {n:,} 个节点：位置已预先计算，物理模拟已关闭，缩小时不显示标签。可点击“显示概览”查看按上级机构汇总的视图。",
                f"This view has {n:,} nodes: positions are precomputed, physics is off and labels show "
                f"when you zoom in. “Show overview” collapses organisations into their parent organisation.")
            main["toggle"] = ("显示全部节点", "Show all nodes")
            main["groups"] = groups
            payload["alt"] = alt  # the page builds the overview from main["groups"] when asked
    elif n > PHYSICS_MAX:
        main["message"] = (f"该视图有 {n:,} 个节点：位置已预先计算，物理模拟已关闭。",
                           f"This view has {n:,} nodes: positions are precomputed and physics is off.")
    if n == 0:
        main["message"] = ("图中没有实体。", "The graph holds no entities.")
    payload["main"] = main
    for t, (color, shape, shape_name) in TYPE_STYLE.items():
        zh, en = netmod.TYPE_LABELS[t]
        payload["types"][t] = {"zh": zh, "en": en, "color": color, "shape": shape,
                               "shapeName": list(shape_name)}
    payload["relations"] = {k: list(v) for k, v in netmod.RELATION_LABELS.items()}
    text = render_page(payload, title=_title(view, filters, lang), lang=lang,
                       titles=(_title(view, filters, "zh"), _title(view, filters, "en")))
    out = Path(output)
    try:
        _write_atomic(out, text)
    except OSError as e:
        raise OutputError(f"{out}: cannot write there ({e.strerror or e})") from None
    return out
