#!/usr/bin/env bash
# usage: bench/search.sh N [RUNS]
# Measures the search of the shared synthetic corpus (N papers), built once as bench/run.sh builds it: the index's
# size (raw and gzipped) and, in headless Chromium over a local HTTP server, on a fresh page each run, the time from
# focusing the search box to the index loaded and the time of each keystroke of the queries below, typed letter by
# letter (input handler, search, results drawn, layout). Prints medians, the 95th percentile and the maximum.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/search.sh N [RUNS]}
runs=${2:-5}
site=bench/work/site-$n
out=bench/out/search-site-$n

mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
cp="target/test-classes:target/classes:$(cat target/test.classpath)"
bench/site.sh "$n"
java -cp "$cp" dev.paperboy.cli.Main build -C "$site" --out "$PWD/$out"
echo "queries typed: adaptive decoders | multimodal retriever | tsinghua | summarization at scale | theorem proving | qzx"
java -cp "$cp" dev.paperboy.validate.SearchBench "$out" "$runs" "adaptive decoders" "multimodal retriever" \
    "tsinghua" "summarization at scale" "theorem proving" "qzx"
