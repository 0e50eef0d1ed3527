#!/usr/bin/env bash
# Runs the Maven Wrapper on a JDK >= 25, whatever `java` on PATH is.
#   ./build.sh verify            build and run every test
#   ./build.sh -q package -DskipTests
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REQUIRED=25

java_major() { # prints the feature version of the JDK at $1, or nothing
  local v
  [ -x "$1/bin/javac" ] || return 0
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1)
  echo "${v%%.*}"
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if [ "$(uname -s)" = Darwin ] && [ -x /usr/libexec/java_home ]; then
    candidates+=("$(/usr/libexec/java_home -v "$REQUIRED+" 2>/dev/null || true)")
  fi
  local d
  for d in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  local best="" best_v=0 v
  for d in "${candidates[@]}"; do
    [ -n "$d" ] || continue
    v=$(java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge "$REQUIRED" ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  echo "$best"
}

JDK="$(find_jdk)"
if [ -z "$JDK" ]; then
  echo "Gleaner needs a JDK $REQUIRED or newer: install one (for example Temurin $REQUIRED from https://adoptium.net, or 'sdk install java 25-tem') and run this again." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
export PATH="$JAVA_HOME/bin:$PATH"
cd "$ROOT"
exec ./mvnw -B "$@"
