"""How fast the network page is written and drawn, and how long `network stats` takes at scale.

    .venv/bin/python benchmarks/viz_benchmark.py            # 500, 2,000, 10,000 nodes; stats on 35,000
    .venv/bin/python benchmarks/viz_benchmark.py --sizes 500 --stats-nodes 0

For each size, on a synthetic graph in the documented RDF shape (``network_benchmark.py``):
reading the view from RDF, writing the page from the view, the page's size, and the time until
the network is drawn and still in headless Chromium (Debian's /usr/bin/chromium via playwright),
measured by the page itself from navigation start. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from network_benchmark import synthetic_quads, synthetic_store  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


def _draw_time(browser, path: Path, timeout: float = 120.0) -> tuple[float, bool, int, int]:
    """(ms from navigation start until drawn, still afterwards?, nodes drawn, requests beyond the file)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests = []

    def route(r):
        if r.request.url != path.as_uri():
            requests.append(r.request.url)
            r.abort()
        else:
            r.continue_()

    page.route("**/*", route)
    page.goto(path.as_uri(), wait_until="commit")
    deadline = time.time() + timeout
    while not page.evaluate("() => window.lmecReady || false") and time.time() < deadline:
        time.sleep(0.02)
    ready = page.evaluate("() => window.lmecReady || 0")
    # still: no node moves during the next half second
    before = page.evaluate("() => JSON.stringify(network.getPositions(network.body.nodeIndices.slice(0, 200)))")
    page.wait_for_timeout(500)
    after = page.evaluate("() => JSON.stringify(network.getPositions(network.body.nodeIndices.slice(0, 200)))")
    drawn = page.evaluate("() => network.body.data.nodes.length")
    page.close()
    return float(ready), before == after, int(drawn), len(requests)


def _stats_time(n: int, tmp: Path) -> tuple[float, float, int, int, list[str]]:
    from lmec_kg.store import write_store

    store_dir = tmp / f"store-{n}"
    write_store(synthetic_quads(n), store_dir)
    cmd = [sys.executable, "-c", "from lmec_kg.cli.network_cmds import main; main()",
           "stats", "--graph", str(store_dir), "--format", "json"]
    import resource

    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    if p.returncode:
        raise SystemExit(p.stderr)
    import json

    doc = json.loads(p.stdout)
    return seconds, cpu, doc["nodes"], doc["edges"], doc["notes"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[500, 2000, 10000])
    ap.add_argument("--stats-nodes", type=int, default=35000, help="0 to skip")
    ap.add_argument("--keep", type=Path, default=None, help="Folder to keep the pages in.")
    args = ap.parse_args(argv)
    load_before = os.getloadavg()[0]

    from lmec_kg import network as netmod
    from lmec_kg.viz import write_page

    browser = pw = None
    if os.access(CHROMIUM, os.X_OK):
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    rows = []
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = args.keep or Path(tmpname)
        tmp.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            store = synthetic_store(n)
            t0 = time.perf_counter()
            G = netmod.entity_graph(store)
            t_view = time.perf_counter() - t0
            out = tmp / f"network-{n}.html"
            write_page(G, out)  # warm caches (vis-network assets)
            times, cpus = [], []
            for _ in range(3):
                t0, c0 = time.perf_counter(), time.process_time()
                write_page(G, out)
                times.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
            t_write, c_write = min(times), min(cpus)
            size = out.stat().st_size
            if browser is not None:
                draws = [_draw_time(browser, out) for _ in range(2)]
                ready, still, drawn, reqs = min(draws)
                draw = f"{ready / 1000:.1f} s" + ("" if still else " (moving)")
            else:
                draw, drawn, reqs = "no chromium", 0, 0
            rows.append((G.number_of_nodes(), G.number_of_edges(), t_view, t_write, c_write, size, draw, drawn, reqs))
        stats = _stats_time(args.stats_nodes, tmp) if args.stats_nodes else None
    if browser is not None:
        browser.close()
        pw.stop()

    load = os.getloadavg()[0]
    print(f"Machine: {os.cpu_count()} cores; load average {load_before:.1f} before and {load:.1f} after the run "
          "(other jobs share the machine). Times are the best of 3 writes and 2 page loads.\n")
    print("| nodes | edges | RDF → view | write page (wall / CPU) | page size | drawn and still in Chromium "
          "| nodes drawn | requests |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, m, tv, tw, cw, size, draw, drawn, reqs in rows:
        print(f"| {n:,} | {m:,} | {tv:.2f} s | {tw:.2f} s / {cw:.2f} s | {size / 1e6:.1f} MB | {draw} | {drawn:,} "
              f"| {reqs} |")
    if stats:
        seconds, cpu, n, m, notes = stats
        print(f"\n`lmec-kg network stats` on {n:,} nodes and {m:,} edges (store folder, new process): "
              f"**{seconds:.1f} s** wall, {cpu:.1f} s CPU")
        for note in notes:
            print(f"- {note}")


if __name__ == "__main__":
    main()
