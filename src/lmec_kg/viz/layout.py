"""Node positions computed in Python, so a browser draws large graphs without running physics.

Small graphs use networkx's seeded Fruchterman-Reingold; larger ones a force layout of our own
in numpy whose repulsion comes from node-density grids at several scales (O(n) per step, no
O(n^2) distance matrix and no scipy), fast enough for 10,000 nodes in a fraction of a second.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["layout", "DENSE_LAYOUT_MAX"]

#: up to this many nodes networkx's exact (dense) spring layout is used
DENSE_LAYOUT_MAX = 499  # networkx switches to scipy (not a dependency) at 500


def layout(G: nx.Graph, *, seed: int = 42, scale: float = 60.0) -> dict:
    """Positions ``{node: (x, y)}`` in screen pixels; the same graph and seed give the same answer.

    ``scale`` is about the length of an edge in pixels.
    """
    try:
        nodes = sorted(G)
    except TypeError:  # mixed node types
        nodes = sorted(G, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    H = G.to_undirected(as_view=True) if G.is_directed() else G
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[a], index[b]) for a, b in H.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    if n <= DENSE_LAYOUT_MAX:
        S = nx.Graph()
        S.add_nodes_from(range(n))
        S.add_edges_from(map(tuple, edges))
        raw = nx.spring_layout(S, seed=seed, iterations=80, k=1.0 / math.sqrt(n))
        pos = np.array([raw[i] for i in range(n)])
        # spring_layout fits [-1, 1]; scale so the mean edge is about `scale` pixels
        pos = pos * (scale * math.sqrt(n) / 2.0)
    else:
        pos = _grid_layout(n, edges, seed) * scale
    return {v: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for i, v in enumerate(nodes)}


def _density_gradient(pos: np.ndarray, lo: np.ndarray, hi: np.ndarray, h: float, offset: np.ndarray,
                      max_bins: int = 512) -> np.ndarray:
    """The gradient of node counts on a grid of ``h``-sized cells, interpolated at each node."""
    lo = lo - offset - h
    span = float((hi - lo).max())
    bins = int(min(max_bins, span / h + 3))
    h = max(h, span / (bins - 2))
    g = (pos - lo) / h  # grid coordinates
    cell = np.minimum(g.astype(np.int64), bins - 1)
    counts = np.bincount(cell[:, 0] * bins + cell[:, 1], minlength=bins * bins).reshape(bins, bins).astype(float)
    p = np.pad(counts, 1)
    smooth = (4 * p[1:-1, 1:-1] + p[:-2, 1:-1] + p[2:, 1:-1] + p[1:-1, :-2] + p[1:-1, 2:]) / 8.0
    gx, gy = np.gradient(smooth)
    # bilinear interpolation between cell centres, so forces vary smoothly across cell borders
    c = g - 0.5
    i0 = np.clip(np.floor(c).astype(np.int64), 0, bins - 2)
    t = np.clip(c - i0, 0.0, 1.0)
    out = np.empty_like(pos)
    for k, field in enumerate((gx, gy)):
        a = field[i0[:, 0], i0[:, 1]] * (1 - t[:, 1]) + field[i0[:, 0], i0[:, 1] + 1] * t[:, 1]
        b = field[i0[:, 0] + 1, i0[:, 1]] * (1 - t[:, 1]) + field[i0[:, 0] + 1, i0[:, 1] + 1] * t[:, 1]
        out[:, k] = a * (1 - t[:, 0]) + b * t[:, 0]
    return out / h


def _grid_layout(n: int, edges: np.ndarray, seed: int, iterations: int | None = None) -> np.ndarray:
    if iterations is None:
        iterations = 40 if n <= 3000 else 25
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    u, v = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, np.int64), np.zeros(0, np.int64))
    deg = np.bincount(np.concatenate([u, v]), minlength=n).astype(float)
    scales = [1.0, 2.0, 4.0, 8.0, 16.0] if n <= 3000 else [1.0, 4.0, 16.0]
    temperature = side / 3
    for it in range(iterations):
        disp = np.zeros((n, 2))
        lo, hi = pos.min(axis=0), pos.max(axis=0)
        for h in scales:
            disp -= _density_gradient(pos, lo, hi, h, rng.uniform(0, h, size=2)) * REPULSION * h
        if len(u):
            d = pos[v] - pos[u]
            f = d * ATTRACTION
            pull = np.zeros((n, 2))
            pull[:, 0] = np.bincount(u, weights=f[:, 0], minlength=n) - np.bincount(v, weights=f[:, 0], minlength=n)
            pull[:, 1] = np.bincount(u, weights=f[:, 1], minlength=n) - np.bincount(v, weights=f[:, 1], minlength=n)
            disp += pull / np.sqrt(deg + 1.0)[:, None]
        disp -= pos * GRAVITY / side
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature = max(0.2, temperature * 0.92)
    return pos - pos.mean(axis=0)


REPULSION = 1.0
ATTRACTION = 0.3
GRAVITY = 1.0
