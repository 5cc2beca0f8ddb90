"""Static pictures for reports: a network view and a timeline of events, as PNG or SVG (matplotlib).

Chinese labels need a CJK font: the first of WenQuanYi Micro Hei, Noto Sans CJK and friends
that matplotlib can find (Debian's ``fonts-wqy-microhei`` or ``fonts-noto-cjk``). Without one,
pictures fall back to English labels rather than draw empty boxes.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import networkx as nx

from .. import network as netmod
from ..errors import InputError, OutputError
from ..files import check_writable
from .layout import layout
from .page import TYPE_STYLE, _DEFAULT_STYLE

__all__ = ["write_picture", "write_timeline", "cjk_font", "PICTURE_FORMATS"]

PICTURE_FORMATS = ("png", "svg")

_CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
                 "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN", "SimHei", "Microsoft YaHei",
                 "PingFang SC", "Heiti SC", "AR PL UMing CN")
_CJK_FILES = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
_MARKERS = {"dot": "o", "diamond": "D", "square": "s", "star": "*", "triangleDown": "v", "hexagon": "h",
            "triangle": "^"}


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of a font with Chinese glyphs that matplotlib can use, or None."""
    from matplotlib import font_manager

    def known():
        return {f.name for f in font_manager.fontManager.ttflist}

    names = known()
    for fam in _CJK_FAMILIES:
        if fam in names:
            return fam
    for path in _CJK_FILES:
        if os.path.isfile(path):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
            added = known() - names
            for fam in _CJK_FAMILIES:
                if fam in added:
                    return fam
            if added:
                return sorted(added)[0]
    return None


def _format(output: Path, fmt: str | None) -> str:
    fmt = (fmt or output.suffix.lstrip(".") or "png").lower()
    if fmt not in PICTURE_FORMATS:
        raise InputError(f"unknown picture format {fmt!r} (use png or svg)")
    return fmt


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=120)
    FigureCanvasAgg(fig)
    return fig


def _save(fig, out: Path, fmt: str) -> Path:
    import matplotlib

    check_writable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # no dates and a fixed hash salt: the same graph gives the same file
    meta = {"Date": None} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.hashsalt": "lmec-kg", "svg.fonttype": "path"}):
        try:
            fig.savefig(out, format=fmt, metadata=meta, bbox_inches="tight")
        except OSError as e:
            raise OutputError(f"{out}: cannot write there ({e.strerror or e})") from None
    return out


def _lang_and_font(lang: str) -> tuple[str, dict]:
    font = cjk_font()
    if font is None:
        return "en", {"font.family": "DejaVu Sans"}
    return lang, {"font.family": "sans-serif", "font.sans-serif": [font, "DejaVu Sans"]}


def write_picture(graph, output, fmt: str | None = None, *, view: str = "entities", lang: str = "zh",
                  seed: int = 42, labels: int = 40, **filters) -> Path:
    """Draw a network view to a PNG or SVG file; returns its path.

    Node colour and marker by type (as on the page), size by degree, the ``labels`` best
    connected nodes named. ``fmt`` defaults to the file's suffix.

    Raises
    ------
    InputError
        for an unknown view, format or focus name, or an empty view.
    """
    out = Path(output)
    fmt = _format(out, fmt)
    base = graph if isinstance(graph, nx.Graph) else netmod.entity_graph(graph)
    G = netmod.view(base, view, **filters)
    if G.number_of_nodes() == 0:
        raise InputError("the view is empty: no node matches these filters")
    lang, rc = _lang_and_font(lang)
    import matplotlib
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    pos = layout(G, seed=seed)
    deg = dict(G.degree())
    top = max(deg.values(), default=0) or 1
    key = "label_en" if lang == "en" else "label"
    with matplotlib.rc_context(rc):
        fig = _figure(12, 9)
        ax = fig.add_subplot(1, 1, 1)
        ax.set_axis_off()
        segs = [(pos[u], pos[v]) for u, v in sorted(G.edges(), key=lambda e: (str(e[0]), str(e[1])))]
        ax.add_collection(LineCollection(segs, colors="#bbbbbb", linewidths=0.5, zorder=1))
        handles = []
        for t in list(TYPE_STYLE) + sorted({d.get("type", "") for _, d in G.nodes(data=True)} - set(TYPE_STYLE)):
            members = sorted((n for n, d in G.nodes(data=True) if d.get("type") == t), key=str)
            if not members:
                continue
            color, shape, _ = TYPE_STYLE.get(t, _DEFAULT_STYLE)
            marker = _MARKERS.get(shape, "o")
            ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members],
                       s=[20 + 280 * (deg[n] / top) for n in members], c=color, marker=marker,
                       edgecolors="white", linewidths=0.5, zorder=2)
            name = netmod.TYPE_LABELS.get(t, (t, t))[1 if lang == "en" else 0]
            handles.append(Line2D([], [], marker=marker, color=color, linestyle="", markersize=8, label=name))
        named = sorted(G, key=lambda n: (-deg[n], str(n)))[:labels]
        for n in named:
            ax.annotate(str(G.nodes[n].get(key) or G.nodes[n].get("label") or n), pos[n], fontsize=8,
                        xytext=(4, 4), textcoords="offset points", zorder=3)
        ax.legend(handles=handles, loc="upper left", frameon=False, fontsize=9)
        ax.autoscale_view()
        ax.set_aspect("equal", adjustable="datalim")
        title = {"zh": "澜湄环境合作网络", "en": "Lancang-Mekong environmental cooperation"}[lang]
        ax.set_title(f"{title} · {view} · {G.number_of_nodes()} / {G.number_of_edges()}", fontsize=12)
        return _save(fig, out, fmt)


def write_timeline(graph, output, fmt: str | None = None, *, by: str = "country", lang: str = "zh",
                   **filters) -> Path:
    """A stacked bar chart of events per year, by country or by organisation type.

    Each event is one unit of its year's bar (``network.events_per_year``): an event shared by
    several countries (kinds) is one "多国" ("several countries") unit, not one per country, and
    the legend says so; each bar is topped by its number of events.

    Filters (``types``, ``countries``, ``since``, ``until``, ``focus`` …) act as for the entity view.

    Raises
    ------
    InputError
        for an unknown grouping or format, or when no dated event is left.
    """
    out = Path(output)
    fmt = _format(out, fmt)
    base = graph if isinstance(graph, nx.Graph) else netmod.entity_graph(graph)
    G = netmod.view(base, "entities", **filters)
    lang, rc = _lang_and_font(lang)
    rows = netmod.events_per_year(G, by, lang=lang)
    if not rows:
        raise InputError("no dated event in this view")
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    years = sorted({y for y, _, _ in rows})
    totals: dict[str, int] = {}
    for _, g, n in rows:
        totals[g] = totals.get(g, 0) + n
    en = lang == "en"
    several, unknown = netmod.SEVERAL[by][1 if en else 0], "unknown" if en else "未知"
    # the catch-all groups go on top, in greys, after the named ones
    groups = sorted(totals, key=lambda g: (g in (several, unknown), g == unknown, -totals[g], g))
    counts = {(y, g): n for y, g, n in rows}
    palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
               "#9c755f"]
    greys = {several: "#8c8c8c", unknown: "#d0d0d0"}
    with matplotlib.rc_context(rc):
        fig = _figure(10, 5.5)
        ax = fig.add_subplot(1, 1, 1)
        bottom = [0] * len(years)
        for i, g in enumerate(groups):
            vals = [counts.get((y, g), 0) for y in years]
            ax.bar([str(y) for y in years], vals, bottom=bottom, label=g,
                   color=greys.get(g) or palette[i % len(palette)])
            bottom = [b + v for b, v in zip(bottom, vals)]
        for x, total in enumerate(bottom):
            ax.annotate(str(total), (x, total), xytext=(0, 2), textcoords="offset points", ha="center",
                        fontsize=8)
        if by == "country":
            rule = ("Each event counted once: under the country\nof all who took part, or "
                    f"\"{several}\"\nwhen they came from more than one") if en else \
                f"每项活动计一次：参与方同属一国\n计入该国，来自多国计入“{several}”"
        else:
            rule = ("Each event counted once: under the kind\nof all its organisations, or "
                    f"\"{several}\"\nwhen they were of more than one kind") if en else \
                f"每项活动计一次：参与机构同属一类\n计入该类，分属多类计入“{several}”"
        ax.set_title("Events per year, " + {"country": "by country", "type": "by organisation type"}[by]
                     if en else "活动数量（每年，" + {"country": "按国家", "type": "按机构类型"}[by] + "）")
        ax.set_ylabel("events" if en else "活动（项）")
        ax.legend(frameon=False, fontsize=8, title=rule, title_fontsize=8, loc="upper left",
                  bbox_to_anchor=(1.01, 1), alignment="left")
        ax.set_ylim(0, max(bottom) * 1.12 + 0.2)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        return _save(fig, out, fmt)
