#!/usr/bin/env python3
"""Build throughput and memory over generated briefings of the bundled length.

For each corpus size, generates that many synthetic briefings (benchmarks/generate_corpus.py,
about 2,500 characters each), then times the real command a user runs,

    lmec-kg build CORPUS --output OUT.ttl --store OUT/store --html OUT/network.html --cache OUT/cache

(the main job: store, Turtle export and network page) in a fresh process on all cores, and
records its wall time, CPU time (build and workers), peak memory (the largest resident set of
the build and its workers) and the stage times its summary reports. A second run with the cache warm shows the cost of everything but
extraction. Prints Markdown tables for the README.

    python benchmarks/build_benchmark.py                 # 500, 1000, 3000 briefings
    python benchmarks/build_benchmark.py --sizes 200     # a quick look
"""
from __future__ import annotations

import argparse
import os
import re
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


def _run(args: list[str]) -> tuple[float, float, float, dict[str, float]]:
    """(wall seconds, CPU seconds of the command and its workers, peak RSS in MB of the
    process tree's largest member) of one command.

    The peak is the largest seen by any command so far (getrusage cannot be reset), so run
    sizes smallest first, as main() does.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024, _stages(done.stderr)


def _stages(summary: str) -> dict[str, float]:
    """``time: 24.9 s (read and extract 4.4, resolve 4.7, ...)`` -> {stage: seconds}."""
    m = re.search(r"^time: [\d.]+ s \((.*)\)$", summary, re.M)
    if not m:
        return {}
    return {k: float(v) for k, v in (part.rsplit(" ", 1) for part in m.group(1).split(", "))}


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
                    "--html", str(out / "network.html"), "--cache", str(cache)]
    load = os.getloadavg()[0]
    cold, cold_cpu, rss, stages = _run(cmd)
    warm, warm_cpu, _, _ = _run(cmd)
    triples = sum(1 for line in (out / "graph.ttl").read_text(encoding="utf-8").splitlines()
                  if line.endswith((" .", " ;", " ,")))
    return {"size": size, "chars": chars / size, "cold": cold, "warm": warm, "rss": rss, "load": load,
            "cold_cpu": cold_cpu, "warm_cpu": warm_cpu, "stages": stages,
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
    rows = [measure(n, work, args.seed) for n in sorted(sizes)]
    print(f"cores: {os.cpu_count()}; python {sys.version.split()[0]}")
    print()
    print("| briefings | chars each | build, cold cache | briefings/s | CPU, cold | build, warm cache | CPU, warm "
          "| peak memory | Turtle | load before |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['size']:,} | {r['chars']:,.0f} | {r['cold']:.1f} s | {r['size'] / r['cold']:.0f} | "
              f"{r['cold_cpu']:.1f} s | {r['warm']:.1f} s | {r['warm_cpu']:.1f} s | {r['rss']:.0f} MB | "
              f"{r['ttl_mb']:.0f} MB | {r['load']:.1f} |")
    print()
    print("CPU: user + system seconds of the build and its worker processes; load: 1-minute load "
          "average when the size's first run started (the machine may be shared).")
    names = list(dict.fromkeys(k for r in rows for k in r["stages"]))
    if names:
        print()
        print("Where the cold build's time goes (seconds, from the build's summary):")
        print()
        print("| briefings | " + " | ".join(names) + " |")
        print("|---:|" + "---:|" * len(names))
        for r in rows:
            print(f"| {r['size']:,} | " + " | ".join(f"{r['stages'].get(k, 0):.1f}" for k in names) + " |")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
