#!/usr/bin/env bash
# usage: [PAPERBOY_BENCH_BEFORE=JAR] bench/citation-cost.sh [ROUNDS]
# What the citation features cost a 10,000-paper build of the current code: a jar of HEAD with
# bench/without-citations.patch applied, building the corpus without arXiv ids and authors, against
# target/paperboy.jar building the corpus with them, interleaved by bench/jars.py (default 6 rounds).
# PAPERBOY_BENCH_BEFORE names a jar built before the citation features (e.g. of commit 068101e), which then
# builds the corpus without ids in the same rounds, first, so all ratios are to it.
# Build target/paperboy.jar from HEAD first (mvn -B -o package -DskipTests). Set PAPERBOY_BENCH_OUT=/mnt/ram
# (a tmpfs, see docs/performance.md) to keep a busy disk's noise out of the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-6}
bench/site.sh 10000
corpus=bench/out/content-10000
noids=bench/work/site-10000-noids
[[ -f $noids/content/site.yaml && $noids/content/site.yaml -nt $corpus/manifest.json ]] \
    || PAPERBOY_BENCH_IDS=0 python3 bench/convert.py "$corpus" "$noids"
tree=$(mktemp -d)
trap 'git worktree remove --force "$tree"' EXIT
git worktree add -q --detach "$tree" HEAD
git -C "$tree" apply "$PWD/bench/without-citations.patch"
(cd "$tree" && mvn -B -ntp -q -o package -DskipTests)
without=bench/out/without-citations.jar
cp "$tree/target/paperboy.jar" "$without"
# An archive left from an earlier copy would be silently ignored; jars.py's warm-up round writes this one's.
rm -f "${without%.jar}.jsa"
before=()
if [[ -n ${PAPERBOY_BENCH_BEFORE:-} ]]; then
    before=(before="$PAPERBOY_BENCH_BEFORE:$noids")
fi
bench/jars.py "$rounds" "${before[@]}" without="$without:$noids" with="target/paperboy.jar:bench/work/site-10000"
