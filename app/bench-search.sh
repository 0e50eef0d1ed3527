#!/usr/bin/env bash
# Search-as-you-type and list-scrolling benchmark of the desktop window at 100,000 articles: builds
# (once) a workspace of varied Korean and English articles, opens the window headless on it with the
# window's own executors, types "레디스", "kafka" and "메시지 큐" key by key and prints the time from
# each keystroke until the list shows that query's hits (median, p95, max), then scrolls All articles
# page by page to the end and prints the FX-thread time per page.
#   app/bench-search.sh [WORKSPACE_DIR] [ARTICLES]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WS="${1:-/tmp/gleaner-bench-100k}"
N="${2:-100000}"
"$ROOT/build.sh" -q -pl app -am test -Dtest=SearchTypingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgleaner.bench.workspace="$WS" -Dgleaner.bench.articles="$N" -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=false 2>&1 | grep -E '^(workspace|search|scroll|load|  typed)' || true
