#!/usr/bin/env bash
# usage: bench/run.sh N [RUNS]
# Times clean full builds of the shared synthetic corpus (N papers) as whole processes, JVM start included.
# 1. makes the corpus and the Paperboy site converted from it with bench/site.sh (untimed);
# 2. times RUNS full builds with the launcher bin/paperboy; the build cache is deleted before each, so every page
#    is rendered again and no cache carries over (PAPERBOY_JAVA_OPTS adds JVM flags, e.g. -Xmx1g). The output
#    folder of the previous run stays, as ../shared/bench/run-peer.sh leaves Hugo's; with FROM_EMPTY=1 each run
#    builds into no folder: the previous one is moved aside (one rename) and deleted after the runs, untimed, as
#    bench/compare.py --from-empty deletes a peer's (deleting 108,000 files can take longer than
#    building them);
# 3. prints median wall, cpu, peak RSS, pages written, pages/s and the exact build command.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/run.sh N [RUNS]}
runs=${2:-5}
shared=${SHARED_BENCH_DIR:-../shared/bench}
site=bench/work/site-$n
out=bench/out/site-$n
cache=bench/out/.site-$n.paperboy-cache
jar=target/paperboy.jar

[[ -f $jar ]] || mvn -q -B package -DskipTests
bench/site.sh "$n"

build=(bin/paperboy build -C "$site" --out "$PWD/$out")
trash=bench/out/.trash-$n
setup="rm -rf $cache"
if [[ ${FROM_EMPTY:-0} == 1 ]]; then
    mkdir -p "$trash"
    setup+=" && { [[ ! -e $out ]] || mv $out \$(mktemp -d $trash/XXXXXX)/; }"
fi
echo "build command: $setup && ${PAPERBOY_JAVA_OPTS:+PAPERBOY_JAVA_OPTS='$PAPERBOY_JAVA_OPTS' }${build[*]}"
# paths made by this script hold no spaces
python3 "$shared/timeit.py" -n "$runs" -w 1 -- bash -c "$setup && exec \"\$@\"" _ "${build[@]}" \
    | tee bench/out/timing-$n.txt
rm -rf "$trash"
pages=$(find "$out" -name '*.html' | wc -l)
wall=$(awk '/^wall/ {print $5}' bench/out/timing-$n.txt)
echo "pages written: $pages html ($(find "$out" -type f | wc -l) files)"
awk -v p="$pages" -v w="$wall" 'BEGIN {printf "pages/s: %.0f\n", p / w}'
