#!/usr/bin/env bash
# Smoke test of Gleaner's package: builds the app image and the .deb, runs the packaged launcher
# on a temporary workspace, then (on Debian/Ubuntu, as root) installs the .deb with apt-get,
# runs the installed command and removes the package, checking nothing is left in /opt/gleaner.
#   packaging/smoke-test.sh            build, then test
#   packaging/smoke-test.sh --no-build test what packaging/target holds
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$ROOT/packaging/target"
FIXTURE="$ROOT/packaging/src/test/smoke-note.md"

fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
# Whether LAUNCHER takes Gleaner's classes from its ahead-of-time class cache (not from the jars).
uses_class_cache() {
  local log="$TMP/class-load.$RANDOM.txt"
  JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$log" "$1" --version >/dev/null 2>&1 || return 1
  grep -q "dev.gleaner.app.Main source: shared objects file" "$log"
}
step() { echo "== $*" >&2; }

if [ "${1:-}" != "--no-build" ]; then
  step "build: ./build.sh -Ppackage package -DskipTests"
  "$ROOT/build.sh" -q -Ppackage package -DskipTests
fi

APP="$TARGET/gleaner/bin/gleaner"
[ -x "$APP" ] || fail "no app image launcher at $APP"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# The packaged app must not need (or write to) the user's home: JavaFX natives come from the runtime.
export HOME="$TMP/home"
mkdir -p "$HOME"
WS="$TMP/workspace"

step "app image: gleaner --version"
"$APP" --version | tee "$TMP/version.txt"
grep -qi gleaner "$TMP/version.txt" || fail "--version did not name Gleaner"
uses_class_cache "$APP" || fail "the app image does not use its start-up class cache"

step "app image: gleaner --workspace TMP import $FIXTURE"
"$APP" --workspace "$WS" import "$FIXTURE" || fail "import failed"

step "app image: gleaner --workspace TMP list"
"$APP" --workspace "$WS" list | tee "$TMP/list.txt"
grep -q "Smoke test note" "$TMP/list.txt" || fail "list does not show the imported note"

if "$APP" --help 2>/dev/null | grep -qE '^ +search( |$)'; then
  step "app image: gleaner --workspace TMP search"
  "$APP" --workspace "$WS" search "gleaning" | tee "$TMP/search.txt"
  grep -q "Smoke test note" "$TMP/search.txt" || fail "search does not find the imported note"
else
  step "skipped: search (this build has no 'search' command)"
fi

if "$APP" --help 2>/dev/null | grep -q -- '--snapshot'; then
  step "app image: render the main window headless to a PNG"
  "$APP" --workspace "$WS" --snapshot "$TMP/snap"
  ls "$TMP"/snap/*.png >/dev/null 2>&1 || fail "--snapshot wrote no PNG"
else
  step "skipped: window snapshot (this build has no '--snapshot')"
fi

[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked natives into ~/.openjfx"

step "completion script"
grep -q "complete -F _complete_gleaner" "$TARGET/gleaner/lib/share/gleaner-completion.bash" || fail "no bash completion"

DEB="$(ls "$TARGET"/gleaner_*.deb 2>/dev/null | head -1 || true)"
if [ -z "$DEB" ] || ! command -v apt-get >/dev/null || [ "$(id -u)" != 0 ]; then
  step "skipped: .deb install test (needs the .deb, apt-get and root)"
  echo "SMOKE OK (app image)"
  exit 0
fi

step "deb: control"
dpkg-deb -f "$DEB" Package Version Depends Recommends
dpkg-deb -f "$DEB" Recommends | grep -q "fonts-nanum | fonts-noto-cjk" || fail "the .deb does not recommend a Hangul font"
dpkg-deb -c "$DEB" > "$TMP/contents.txt"
grep -q "usr/share/applications/gleaner.desktop" "$TMP/contents.txt" || fail "no desktop entry in the .deb"

if dpkg-query -W -f='${Status}' gleaner 2>/dev/null | grep -q "ok installed"; then fail "gleaner is already installed; remove it first"; fi
step "deb: apt-get install -y $DEB"
(cd "$(dirname "$DEB")" && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "./$(basename "$DEB")")

step "deb: /opt/gleaner/bin/gleaner --version"
/opt/gleaner/bin/gleaner --version || fail "installed launcher failed"
uses_class_cache /opt/gleaner/bin/gleaner || fail "the installed package does not use its start-up class cache"
uses_class_cache /usr/bin/gleaner || fail "/usr/bin/gleaner does not use the start-up class cache"
gleaner --workspace "$TMP/ws2" import "$FIXTURE" >/dev/null || fail "/usr/bin/gleaner import failed"
gleaner --workspace "$TMP/ws2" list | grep -q "Smoke test note" || fail "/usr/bin/gleaner list failed"
[ -f /usr/share/applications/gleaner.desktop ] || fail "desktop entry not installed"
[ -f /usr/share/icons/hicolor/scalable/apps/gleaner.svg ] || fail "icon not installed"
[ -f /usr/share/bash-completion/completions/gleaner ] || fail "bash completion not installed"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/gleaner.desktop; fi
if command -v zsh >/dev/null; then
  step "deb: zsh loads the completion"
  zsh -fc 'fpath=(/usr/share/zsh/vendor-completions $fpath); autoload -U compinit && compinit -u && autoload -U +X bashcompinit && bashcompinit && source /usr/share/bash-completion/completions/gleaner && type _complete_gleaner >/dev/null' \
    || fail "zsh cannot load the completion"
fi

step "deb: apt-get remove -y gleaner"
DEBIAN_FRONTEND=noninteractive apt-get remove -y gleaner
[ ! -e /opt/gleaner ] || { find /opt/gleaner | head; fail "files left in /opt/gleaner"; }
[ ! -e /usr/bin/gleaner ] || fail "/usr/bin/gleaner left behind"
[ ! -e /usr/share/applications/gleaner.desktop ] || fail "desktop entry left behind"
echo "SMOKE OK (app image and .deb)"
