#!/usr/bin/env bash
# Search benchmark: kblogs replicated to N varied documents; prints indexing docs/s and MB/s (Gleaner vs a bare
# IndexWriter + KoreanAnalyzer), index sizes, query latency p50/p99, heap.
#   index/bench.sh [DOCS=100000] [CORPUS=../shared/corpus]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCS="${1:-100000}"
CORPUS="${2:-$ROOT/../shared/corpus}"
cd "$ROOT"
./build.sh -q -pl index -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
JAVA="$(sed -n 's/^JDK=//p' /dev/null)"
for d in /usr/lib/jvm/*; do [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -q '"2[5-9]' && JAVA="$d/bin/java"; done
CP="index/target/test-classes:index/target/classes:core/target/classes:$(cat index/target/bench.classpath)"
exec "${JAVA:-java}" -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$CP" \
  -Dgleaner.corpus="$CORPUS" -Dbench.docs="$DOCS" -Dbench.dir="${BENCH_DIR:-$ROOT/index/target/bench}" \
  dev.gleaner.index.internal.SearchBenchmark
