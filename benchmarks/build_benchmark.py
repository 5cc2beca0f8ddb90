#!/usr/bin/env python3
"""Build throughput and memory over generated briefings of the bundled length.

For each corpus size, generates that many synthetic briefings (benchmarks/generate_corpus.py,
about 2,500 characters each), then times the real command a user runs,

    lmec-kg build CORPUS --output OUT.ttl --store OUT/store --no-cache -q

in a fresh process on all cores, and records its peak memory (the largest resident set of
the build and its workers). A second run with the cache warm shows the cost of everything but
extraction. Prints a Markdown table for the README.

    python benchmarks/build_benchmark.py                 # 500, 1000, 3000 briefings
    python benchmarks/build_benchmark.py --sizes 200     # a quick look
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("lmec-kg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lmec_kg.cli"]


def _run(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the process tree's largest member) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def measure(size: int, work: Path, seed: int) -> dict:
    corpus = work / f"corpus-{size}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), "--count", str(size),
                        "--out", str(corpus), "--seed", str(seed), "--quiet"], check=True)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
    out = work / f"out-{size}"
    shutil.rmtree(out, ignore_errors=True)
    cache = out / "cache"
    cmd = _cli() + ["build", str(corpus), "--output", str(out / "graph.ttl"), "--store", str(out / "store"),
                    "--cache", str(cache), "-q"]
    cold, rss = _run(cmd)
    warm, _ = _run(cmd)
    triples = sum(1 for line in (out / "graph.ttl").read_text(encoding="utf-8").splitlines()
                  if line.endswith((" .", " ;", " ,")))
    return {"size": size, "chars": chars / size, "cold": cold, "warm": warm, "rss": rss,
            "ttl_mb": (out / "graph.ttl").stat().st_size / 1e6, "statements": triples}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,1000,3000", help="comma-separated corpus sizes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", default=None, help="folder for corpora and outputs (default: a temporary one)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="lmec-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = [measure(n, work, args.seed) for n in sizes]
    print(f"cores: {os.cpu_count()}; python {sys.version.split()[0]}")
    print()
    print("| briefings | chars each | build, cold cache | briefings/s | build, warm cache | peak memory | Turtle |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['size']:,} | {r['chars']:,.0f} | {r['cold']:.1f} s | {r['size'] / r['cold']:.0f} | "
              f"{r['warm']:.1f} s | {r['rss']:.0f} MB | {r['ttl_mb']:.0f} MB |")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
