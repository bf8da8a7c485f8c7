#!/usr/bin/env bash
# usage: bench/site.sh N
# Makes the shared synthetic corpus of N papers (bench/out/content-N, with $SHARED_BENCH_DIR/gen-corpus.py) and
# the Paperboy site converted from it (bench/work/site-N, with bench/convert.py), each only when missing or older
# than what it is made from. bench/run.sh and bench/search.sh start with it.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/site.sh N}
shared=${SHARED_BENCH_DIR:-../shared/bench}
corpus=bench/out/content-$n
site=bench/work/site-$n
[[ -f $corpus/manifest.json ]] || python3 "$shared/gen-corpus.py" "$n" --out "$corpus" >/dev/null
[[ -f $site/content/site.yaml && $site/content/site.yaml -nt $corpus/manifest.json ]] \
    || python3 bench/convert.py "$corpus" "$site"
