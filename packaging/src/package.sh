#!/usr/bin/env bash
# Builds Gleaner's native package from the jars Maven copied: a jlink runtime of the JDK and
# JavaFX modules (JavaFX natives extracted into the runtime, so nothing is unpacked into
# ~/.openjfx), the app image (target/gleaner, launcher bin/gleaner) and, on Linux, the .deb.
# Run by `./build.sh -Ppackage package -DskipTests`; arguments come from packaging/pom.xml:
#   package.sh JAVA_HOME TARGET_DIR VERSION [TYPES]
# TYPES: space-separated jpackage types after the app image; "default": deb on Linux, none elsewhere;
# "none": only the app image.
set -euo pipefail

JAVA_HOME="$1"
TARGET="$(cd "$2" && pwd)"
VERSION="${3%%-*}" # jpackage wants numbers: 0.1.0-SNAPSHOT -> 0.1.0
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="$JAVA_HOME/bin"
OS="$(uname -s)"
case "$OS" in
  Linux) DEFAULT_TYPES=deb; NATIVE='*.so'; NATIVE_DIR=lib ;;
  Darwin) DEFAULT_TYPES=""; NATIVE='*.dylib'; NATIVE_DIR=lib ;;
  *) DEFAULT_TYPES=""; NATIVE='*.dll'; NATIVE_DIR=bin ;;
esac
TYPES="${4:-default}"
[ "$TYPES" != default ] || TYPES="$DEFAULT_TYPES"
[ "$TYPES" != none ] || TYPES=""

# The JVM options of the development launcher (./gleaner), baked into the packaged one. Gleaner
# and its libraries run on the class path (JavaFX is in the runtime): no module-path scan of ~50
# jars at every start, and the ahead-of-time class cache written below can be used wherever the
# package is installed. SQLite's native library is unpacked beside the jars instead of into a
# temporary file at every start. jdk.incubator.vector is in the runtime but not enabled: resolving
# it prints an incubator warning on every command; GLEANER_JAVA_OPTS-like tuning goes through
# JDK_JAVA_OPTIONS.
JAVA_OPTIONS=(
  --enable-native-access=javafx.graphics,ALL-UNNAMED
  -XX:+UseSerialGC -Xmx512m -Xss2m -Xlog:aot=off -Xlog:cds=off
  '-Dorg.sqlite.lib.path=$APPDIR/native'
)
# Only on the packaged launcher, once the cache exists (see "class cache" below).
# Mapped at the address it was written for, as ./gleaner does (see docs/desktop.md, "Start-up").
CACHE_OPTIONS=('-XX:AOTCache=$APPDIR/gleaner.aot' -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)

# JDK modules Gleaner uses (SQLite JDBC, Lucene, feeds/XML, HTTP, fonts and AWT for JavaFX,
# Korean charsets and locale data), plus JavaFX.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.sql,java.sql.rowset,java.xml,jdk.charsets,jdk.httpserver,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs,jdk.incubator.vector,javafx.controls

log() { echo "[package] $*" >&2; }

JARS="$TARGET/jars"
FX="$TARGET/fx"
MODS="$TARGET/mods"
RUNTIME="$TARGET/runtime"
rm -rf "$FX" "$MODS" "$RUNTIME" "$TARGET/gleaner" "$TARGET/natives" "$TARGET"/gleaner_*.deb "$TARGET/deb"
mkdir -p "$FX" "$MODS"

# JavaFX: the platform jars (javafx-graphics-26.0.2-linux.jar) are modules with the natives inside;
# the jars without a classifier are empty placeholders.
for jar in "$JARS"/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-linux.jar | javafx-*-mac*.jar | javafx-*-win.jar) cp "$jar" "$FX/" ;;
    javafx-*) ;;
    *) cp "$jar" "$MODS/" ;;
  esac
done

log "jlink: runtime of $MODULES"
# --generate-cds-archive: the runtime gets the default CDS archive the JDK has (jlink omits it
# otherwise); measured ~12% less CPU for `gleaner list`. A dynamic AppCDS archive of the app
# modules was rejected at run time (module path and main module differ from dump time).
"$BIN/jlink" --module-path "$FX" --add-modules "$MODULES" \
  --exclude-resources "glob:/javafx.graphics/$NATIVE,glob:/javafx.graphics/*.jar" \
  --include-locales=en,ko \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive \
  --output "$RUNTIME"

# JavaFX loads its natives with System.loadLibrary before unpacking them from the jar, so
# putting them beside the JDK's own libraries means nothing is written under ~/.openjfx.
mkdir -p "$TARGET/natives"
for jar in "$FX"/*.jar; do (cd "$TARGET/natives" && "$BIN/jar" xf "$jar"); done
find "$TARGET/natives" -maxdepth 1 -name "$NATIVE" -exec cp {} "$RUNTIME/$NATIVE_DIR/" \;

log "completion: generated from the command model"
"$RUNTIME/bin/java" -p "$MODS" -m dev.gleaner.app/dev.gleaner.app.Main generate-completion > "$TARGET/gleaner.bash"
grep -q 'complete -F' "$TARGET/gleaner.bash"

ICON="$SRC/linux/icons/gleaner-256.png"
log "jpackage: app image"
JOPTS=()
for o in "${JAVA_OPTIONS[@]}" "${CACHE_OPTIONS[@]}"; do JOPTS+=(--java-options "$o"); done
"$BIN/jpackage" --type app-image --dest "$TARGET" --name gleaner \
  --app-version "$VERSION" --vendor "Gleaner" \
  --description "Collect technical articles, search them in Korean and English, publish a weekly digest." \
  --runtime-image "$RUNTIME" --input "$MODS" --main-jar "$(basename "$MODS"/gleaner-app-*.jar)" \
  --main-class dev.gleaner.app.Main --icon "$ICON" "${JOPTS[@]}"
mkdir -p "$TARGET/gleaner/lib/share"
cp "$TARGET/gleaner.bash" "$TARGET/gleaner/lib/share/gleaner-completion.bash"

APPDIR="$TARGET/gleaner/lib/app"
log "sqlite: native library unpacked into the app image"
case "$OS-$(uname -m)" in
  Linux-x86_64) SQLITE_NATIVE=Linux/x86_64 ;; Linux-aarch64) SQLITE_NATIVE=Linux/aarch64 ;;
  Darwin-x86_64) SQLITE_NATIVE=Mac/x86_64 ;; Darwin-arm64) SQLITE_NATIVE=Mac/aarch64 ;;
  *) SQLITE_NATIVE=Windows/x86_64 ;;
esac
mkdir -p "$TARGET/sqlite" "$APPDIR/native"
(cd "$TARGET/sqlite" && "$BIN/jar" xf "$MODS"/sqlite-jdbc-*.jar "org/sqlite/native/$SQLITE_NATIVE/")
cp "$TARGET/sqlite/org/sqlite/native/$SQLITE_NATIVE"/* "$APPDIR/native/"

# The class cache: a headless training run of the packaged runtime over a small workspace (import,
# then the window opened until its list shows) records the classes a start loads; the JVM loads them
# all at start, so the cache holds what opening the window needs, the desktop app's usual start. It is written with the
# launcher's own options and class path (read from its .cfg), so the launcher can use it.
log "class cache: training run"
CFG="$APPDIR/gleaner.cfg"
CLASS_PATH="$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\\\$APPDIR#$APPDIR#g" | paste -sd:)"
TRAIN_OPTIONS=()
for o in "${JAVA_OPTIONS[@]}"; do TRAIN_OPTIONS+=("${o//\$APPDIR/$APPDIR}"); done
TRAIN="$(mktemp -d)"
mkdir -p "$TRAIN/notes"
printf -- '---\ntitle: 레디스 메시지 큐\ntags: [redis]\n---\n# 레디스\n\n- 목록\n\n```java\nclass A {}\n```\n' >"$TRAIN/notes/a.md"
printf -- '# Kafka consumer groups\n\nPartitions and offsets.\n' >"$TRAIN/notes/b.md"
JAVA_RT="$TARGET/gleaner/lib/runtime/bin/java"
HOME="$TRAIN" "$JAVA_RT" "${TRAIN_OPTIONS[@]}" -cp "$CLASS_PATH" dev.gleaner.app.Main \
  --workspace "$TRAIN/ws" import "$TRAIN/notes" >/dev/null
HOME="$TRAIN" "$JAVA_RT" "${TRAIN_OPTIONS[@]}" -XX:AOTCacheOutput="$APPDIR/gleaner.aot" \
  -Dglass.platform=Headless -Dprism.order=sw -Dgleaner.startupTiming=true -cp "$CLASS_PATH" \
  dev.gleaner.app.Main --workspace "$TRAIN/ws" >/dev/null 2>&1
rm -rf "$TRAIN"
[ -s "$APPDIR/gleaner.aot" ] || { log "class cache: not written"; exit 1; }

for type in $TYPES; do
  if [ "$type" = deb ]; then
    "$SRC/linux/make-deb.sh" "$BIN" "$TARGET" "$VERSION"
  else
    log "jpackage: $type"
    "$BIN/jpackage" --type "$type" --dest "$TARGET" --name gleaner --app-version "$VERSION" \
      --vendor "Gleaner" --app-image "$TARGET/gleaner"
  fi
done
log "done: $TARGET/gleaner/bin/gleaner"
