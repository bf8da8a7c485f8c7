#!/usr/bin/env python3
"""Paperboy against a peer generator on the shared corpus, interleaved run by run.

Usage: bench/compare.py N [--runs R] [--peer hugo] [--from-empty]

Each round times one Paperboy build and one peer build, alternating which goes first, so both see the same
machine load; the first round is a warm-up and not counted. Paperboy's build cache is deleted before each of
its runs (every page is rendered). The output folders of earlier runs stay, as ../shared/bench/run-peer.sh
leaves them; --from-empty deletes them before each run of both tools. Prints the median (min-max) wall time,
cpu time (user + sys) and peak RSS of each, and the ratio of the medians. Needs bench/run.sh N to have made
the Paperboy site and the peer to be installed (apt-get install -y hugo).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED_BENCH_DIR", ROOT.parent / "shared" / "bench")).resolve()


def timed(cmd, remove):
    for path in remove:
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def summary(rows, k):
    values = sorted(row[k] for row in rows)
    return statistics.median(values), values[0], values[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peer", default="hugo")
    parser.add_argument("--from-empty", action="store_true")
    args = parser.parse_args()

    site = ROOT / f"bench/work/site-{args.n}"
    out = ROOT / f"bench/out/site-{args.n}"
    cache = out.parent / f".{out.name}.paperboy-cache"
    if not (site / "content/site.yaml").exists():
        sys.exit(f"run bench/run.sh {args.n} 1 first")
    corpus = SHARED / f"out/content-{args.n}"
    if not (corpus / "manifest.json").exists():
        subprocess.run([sys.executable, SHARED / "gen-corpus.py", str(args.n), "--out", corpus], check=True,
                       stdout=subprocess.DEVNULL)
    peer_build = SHARED / f"peers/{args.peer}/build.sh"
    peer_out = SHARED / f"out/site-{args.peer}-{args.n}"
    subprocess.run([peer_build, corpus, peer_out, "prepare"], check=True, stdout=subprocess.DEVNULL)

    tools = {
        "paperboy": ([ROOT / "bin/paperboy", "build", "-C", site, "--out", out],
                     [cache, out] if args.from_empty else [cache]),
        args.peer: ([peer_build, corpus, peer_out, "build"], [peer_out] if args.from_empty else []),
    }
    for name, (cmd, remove) in tools.items():
        print(f"{name}: rm -rf {' '.join(map(str, remove)) or '(nothing)'} && {' '.join(map(str, cmd))}")
    rows = {name: [] for name in tools}
    for round_ in range(args.runs + 1):
        order = list(tools) if round_ % 2 == 0 else list(reversed(tools))
        for name in order:
            result = timed(*tools[name])
            if round_ > 0:
                rows[name].append(result)
    print(f"N = {args.n}, {args.runs} runs each after one warm-up round, "
          f"{'from empty output folders' if args.from_empty else 'over the previous output'}, "
          f"load average {os.getloadavg()[0]:.2f}")
    for name in tools:
        parts = []
        for k, label, unit in ((0, "wall", "s"), (1, "cpu", "s"), (2, "peak RSS", "MiB")):
            median, low, high = summary(rows[name], k)
            parts.append(f"{label} {median:.2f} ({low:.2f}-{high:.2f}) {unit}")
        print(f"{name:9} " + " | ".join(parts))
    ratio = summary(rows["paperboy"], 0)[0] / summary(rows[args.peer], 0)[0]
    print(f"paperboy / {args.peer} wall time: {ratio:.2f}x")


if __name__ == "__main__":
    main()
