#!/usr/bin/env bash
# usage: bench/peer-from-empty.sh TOOL N [RUNS]     e.g. bench/peer-from-empty.sh hugo 10000 3
# Times a peer generator like ../shared/bench/run-peer.sh, but deletes its output folder before each run, so it
# builds into an empty folder as Paperboy does with FROM_EMPTY=1 bench/run.sh N. (run-peer.sh leaves the previous
# output in place: on this VM's disk, creating 10,000 folders and files right after deleting them can cost more
# than the build itself.)
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:?usage: bench/peer-from-empty.sh TOOL N [RUNS]}
n=${2:?usage: bench/peer-from-empty.sh TOOL N [RUNS]}
runs=${3:-5}
shared=$(cd "${SHARED_BENCH_DIR:-../shared/bench}" && pwd)
corpus=$shared/out/content-$n
out=$shared/out/site-$tool-$n
[[ -f $corpus/manifest.json ]] || python3 "$shared/gen-corpus.py" "$n" --out "$corpus" >/dev/null
"$shared/peers/$tool/build.sh" "$corpus" "$out" prepare
echo "build command: rm -rf $out && $shared/peers/$tool/build.sh $corpus $out build"
python3 "$shared/timeit.py" -n "$runs" -w 1 -- bash -c "rm -rf $out && exec \"\$@\"" _ \
    "$shared/peers/$tool/build.sh" "$corpus" "$out" build
python3 "$shared/verify.py" "$corpus" "$out"
