#!/usr/bin/env bash
# usage: bench/heap.sh SITE [TOP]   e.g. bench/heap.sh bench/work/site-10000 40
# What a planned site holds in the heap, by the chain of fields that reaches it (src/test/java/dev/paperboy/publish/
# HeapUse.java): the TOP largest chains, with their size and object count. Needs the JDK's collections opened to
# reflection, which only this tool does.
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(cd "${1:?usage: bench/heap.sh SITE [TOP]}" && pwd)
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/heap.classpath
opens=()
for package in java.lang java.util java.util.concurrent java.util.concurrent.atomic java.util.concurrent.locks \
        java.time java.nio; do
    opens+=(--add-opens "java.base/$package=ALL-UNNAMED")
done
exec java -Xmx4g "${opens[@]}" -cp "target/test-classes:target/classes:$(cat target/heap.classpath)" \
    dev.paperboy.publish.HeapUse "$site" "${2:-40}"
