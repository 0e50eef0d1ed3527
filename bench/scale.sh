#!/usr/bin/env bash
# Scale benchmark: generates DOCS Markdown posts from the kblogs corpus (replicated, paragraphs
# shuffled), then, each in its own process on a fresh workspace, measures wall time and peak RSS of
#   - `gleaner import` of the folder (library + index),
#   - `gleaner reindex`,
#   - a bare Lucene IndexWriter + KoreanAnalyzer over the same posts (2 threads, 256 MB buffer),
#   - one-shot `gleaner search --json` (5 runs) and `gleaner list --limit 20` (5 runs),
# the sizes on disk, and warm search latency (p50/p99) with snippets and facets.
#   bench/scale.sh [DOCS=100000] [CORPUS=../shared/corpus]
# BENCH_DIR (default /tmp/gleaner-scale) holds the posts, the workspace and the bare index; the
# posts are kept between runs of the same DOCS.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCS="${1:-100000}"
CORPUS="$(cd "${2:-$ROOT/../shared/corpus}" && pwd)"
DIR="${BENCH_DIR:-/tmp/gleaner-scale}"
POSTS="$DIR/posts-$DOCS"
WS="$DIR/workspace"
BARE="$DIR/bare-index"
cd "$ROOT"

./gleaner --help >/dev/null # builds the app when the sources changed
./build.sh -q -pl index -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.apply.skip=true >/dev/null
# shellcheck source=/dev/null
JAVA="$(source app/target/gleaner.launch && echo "$JAVA")"
CP="index/target/test-classes:index/target/classes:core/target/classes:$(cat index/target/bench.classpath)"
BENCH_JAVA=("$JAVA" -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$CP"
  dev.gleaner.index.internal.ScaleBench)

if [ ! -f "$POSTS/.done" ]; then
  rm -rf "$POSTS"
  "${BENCH_JAVA[@]}" corpus "$CORPUS/kblogs" "$POSTS" "$DOCS"
  touch "$POSTS/.done"
fi
rm -rf "$WS" "$BARE"

# Runs a command, printing its wall time (s) and peak RSS (MB) as "WALL RSS"; output to $DIR/last.log.
measure() {
  /usr/bin/time -f '%e %M' -o "$DIR/time.out" "$@" >"$DIR/last.log" 2>&1 || {
    echo "failed: $* (see $DIR/last.log)" >&2
    tail -5 "$DIR/last.log" >&2
    exit 1
  }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$DIR/time.out"
}
mb() { du -smL "$1" | cut -f1; }

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $DOCS posts ($(mb "$POSTS") MB)"
read -r IMPORT_S IMPORT_RSS < <(measure ./gleaner --workspace "$WS" import "$POSTS")
echo "import: $(tail -1 "$DIR/last.log" | head -c 200)"
INDEX_AFTER_IMPORT=$(mb "$WS/index")
read -r REINDEX_S REINDEX_RSS < <(measure ./gleaner --workspace "$WS" reindex)
INDEX_MB=$(mb "$WS/index")
DB_MB=$(du -cm "$WS"/library.db* | tail -1 | cut -f1)
WS_MB=$(mb "$WS")
read -r BARE_S BARE_RSS < <(measure "${BENCH_JAVA[@]}" bare "$POSTS" "$BARE")
BARE_MB=$(mb "$BARE")

one_shot() { # prints p50 and max of 5 runs, in ms
  local times=()
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null
    e=$(date +%s%N)
    times+=($(((e - s) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "p50 %d ms, max %d ms", t[3], t[5] }'
}
SEARCH=$(one_shot ./gleaner --workspace "$WS" search --format=json --limit=10 "카프카 컨슈머")
LIST=$(one_shot ./gleaner --workspace "$WS" list --limit=20)

rate() { awk -v n="$DOCS" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "| measure ($DOCS posts) | Gleaner | bare Lucene+Nori | goal |"
echo "|---|---|---|---|"
echo "| \`import\` of the folder (library + index) | $IMPORT_S s ($(rate "$IMPORT_S") docs/s), peak RSS $IMPORT_RSS MB | — | >= 250 docs/s, peak RSS <= 1 GB |"
echo "| \`reindex\` wall, whole process | $REINDEX_S s ($(rate "$REINDEX_S") docs/s), peak RSS $REINDEX_RSS MB | $BARE_S s ($(rate "$BARE_S") docs/s), $BARE_RSS MB | <= 1.25x bare (now $(ratio "$REINDEX_S" "$BARE_S")x) |"
echo "| Lucene index on disk | $INDEX_MB MB (after import: $INDEX_AFTER_IMPORT MB) | $BARE_MB MB | <= 2x bare (now $(ratio "$INDEX_MB" "$BARE_MB")x) |"
echo "| workspace on disk | $WS_MB MB (SQLite $DB_MB MB) | — | <= 1.6 GB |"
echo "| one-shot \`search\` (new process, 10 hits, JSON) | $SEARCH | — | <= 700 ms p50 |"
echo "| \`list --limit 20\` (new process) | $LIST | — | <= 400 ms |"
echo
# Warm searches run with the collector and heap of `gleaner` (the window and `serve`), as in the launcher:
# first in a JVM that has searched a little (5 rounds of complete searches), then in one whose
# compiler has settled (150 rounds of every kind of search first, ~35 s; on two cores the optimising
# compiler needs ~40 s of searching).
WARM_JAVA=("$JAVA" -XX:+UseSerialGC -Xmx512m -Xss2m --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
  -cp "$CP")
echo "warm searches, early (the JVM has searched a little):"
"${WARM_JAVA[@]}" dev.gleaner.index.internal.ScaleBench warm "$WS" | grep -E '^(warm-up|warm |first )'
echo
echo "warm searches, settled (the compiler has compiled the search paths):"
"${WARM_JAVA[@]}" -Dbench.warmup=all -Dbench.warmupRounds=150 dev.gleaner.index.internal.ScaleBench warm "$WS"
