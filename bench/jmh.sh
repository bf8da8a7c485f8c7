#!/usr/bin/env bash
# usage: bench/jmh.sh [JMH OPTIONS...]   e.g. bench/jmh.sh StagesBench.markdownRender -f 1 -wi 2 -i 3
# Runs the JMH benchmarks of the hot build stages (src/test/java/dev/paperboy/bench/) on default JVM flags.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "$@"
