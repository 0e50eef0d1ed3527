#!/usr/bin/env bash
# FX-thread stalls of the desktop window on a large library: opens the window headless on a COPY of a
# workspace (the window writes its state into it), opens each place, scrolls the longest list to its
# end, opens articles and types a search, and prints per phase the longest delay of the FX thread and
# where it was seen reading the library or the index.
#   app/bench-stalls.sh WORKSPACE_COPY_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WS="${1:?give a copy of a workspace: the window writes into it}"
"$ROOT/build.sh" -q -pl app -am test -Dtest=WindowStallBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgleaner.bench.stallWorkspace="$WS" -DtrimStackTrace=false \
  -Dsurefire.redirectTestOutputToFile=false 2>&1 | grep -E '^stall' || true
