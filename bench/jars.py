#!/usr/bin/env python3
"""Jars against each other on the same machine, interleaved round by round (old jar against new jar).

Usage: bench/jars.py ROUNDS NAME=JAR:SITE[:JVM_OPTIONS] [NAME=JAR:SITE[:JVM_OPTIONS] ...]
Each round builds every SITE with its JAR through bin/paperboy (PAPERBOY_JAR), in alternating order, after an
uncounted warm-up round; the build cache is deleted before each run, so every page is rendered. Prints the median
wall time, cpu time (user + sys) and peak RSS of each, and their ratios to the first. Sites come from
bench/convert.py (PAPERBOY_BENCH_IDS=0 converts without arXiv ids and authors, as older jars read the corpus).
JVM_OPTIONS, if given, become that run's PAPERBOY_JAVA_OPTS (flags after the launcher's own, so they override them):
one jar with two sets of flags compares the flags.
On a shared machine, compare the least cpu of each jar's runs (min) as well as the medians.
Copy a jar to compare without its .jsa: bin/paperboy uses an archive newer than its jar, and the JVM silently
ignores one dumped for another copy of the jar, so that jar would pay full class loading; the uncounted warm-up
round writes each jar's own archive.
"""
import glob
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where the builds write; PAPERBOY_BENCH_OUT=/mnt/ram (a tmpfs) keeps a busy disk's noise out of the figures.
OUT = Path(os.environ.get("PAPERBOY_BENCH_OUT", ROOT / "bench/out"))


def main():
    rounds = int(sys.argv[1])
    configs = []
    for arg in sys.argv[2:]:
        name, value = arg.split("=", 1)
        jar, site, *options = value.split(":", 2)
        configs.append((name, jar, site, options[0] if options else os.environ.get("PAPERBOY_JAVA_OPTS", "")))
    rows = {name: [] for name, _, _, _ in configs}
    for round_ in range(rounds + 1):
        for name, jar, site, options in configs if round_ % 2 == 0 else list(reversed(configs)):
            out = OUT / f"jars-{name}"
            for cache in glob.glob(str(out.parent / f".{out.name}.paperboy-cache")):
                shutil.rmtree(cache, ignore_errors=True) if os.path.isdir(cache) else os.unlink(cache)
            start = time.monotonic()
            proc = subprocess.Popen([ROOT / "bin/paperboy", "build", "-C", site, "--out", out],
                                    env=dict(os.environ, PAPERBOY_JAR=jar, PAPERBOY_JAVA_OPTS=options), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.monotonic() - start
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"{name}: the build failed")
            if round_ > 0:
                rows[name].append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))
    base = None
    # The least cpu of a jar's runs: what another process on a shared machine cannot add to.
    base_min = None
    for name, _, _, _ in configs:
        wall, cpu, peak = (statistics.median(row[k] for row in rows[name]) for k in range(3))
        base = base or (wall, cpu)
        walls = sorted(row[0] for row in rows[name])
        cpus = sorted(row[1] for row in rows[name])
        base_min = base_min or cpus[0]
        print(f"{name:14} wall {wall:6.2f} s ({walls[0]:.2f}-{walls[-1]:.2f})  cpu {cpu:6.2f} s (min {cpus[0]:.2f})"
              f"  peak {peak:5.0f} MiB  wall {wall / base[0]:.2f}x  cpu {cpu / base[1]:.2f}x"
              f" (min {cpus[0] / base_min:.2f}x)")


main()
