#!/usr/bin/env bash
# Cold-start benchmark of the desktop window: builds (once) a workspace with 10,000 articles, then
# starts `./gleaner --workspace` on JavaFX's headless platform RUNS times and prints, for each run,
# the time from the launch of ./gleaner until the window is shown with its first page of articles
# listed (with GLEANER_TRACE=1, also the steps on the way and the process's CPU time).
#   app/bench-startup.sh [WORKSPACE_DIR] [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WS="${1:-/tmp/gleaner-bench-10k}"
RUNS="${2:-5}"
if [ ! -f "$WS/library.db" ]; then
  "$ROOT/build.sh" -q -pl app -am test -Dtest=StartupBenchmarkLibrary -Dsurefire.failIfNoSpecifiedTests=false \
    -Dgleaner.bench.workspace="$WS"
fi
"$ROOT/gleaner" --version >/dev/null # builds (and prepares the class cache) when needed, outside the timing
for i in $(seq 1 "$RUNS"); do
  GLEANER_JAVA_OPTS="-Dglass.platform=Headless -Dprism.order=sw -Dgleaner.startupTiming=$(date +%s%3N)" \
    "$ROOT/gleaner" --workspace "$WS" 2>&1 | grep -E "${GLEANER_TRACE:+^gleaner: |}window usable" || echo "run $i: no timing printed"
done
