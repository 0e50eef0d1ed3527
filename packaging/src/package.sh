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

# The JVM options of the development launcher (./gleaner), baked into the packaged one.
# jdk.incubator.vector is in the runtime but not enabled: resolving it prints an incubator
# warning on every command; GLEANER_JAVA_OPTS-like tuning goes through JDK_JAVA_OPTIONS.
JAVA_OPTIONS=(
  --enable-native-access=org.xerial.sqlitejdbc,javafx.graphics,org.apache.lucene.core,ALL-UNNAMED
  -Xshare:auto -XX:+UseSerialGC -Xss2m
)

# JDK modules Gleaner uses (SQLite JDBC, Lucene, feeds/XML, HTTP, fonts and AWT for JavaFX,
# Korean charsets and locale data), plus JavaFX.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.sql,java.sql.rowset,java.xml,jdk.charsets,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs,jdk.incubator.vector,javafx.controls

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
for o in "${JAVA_OPTIONS[@]}"; do JOPTS+=(--java-options "$o"); done
"$BIN/jpackage" --type app-image --dest "$TARGET" --name gleaner \
  --app-version "$VERSION" --vendor "Gleaner" \
  --description "Collect technical articles, search them in Korean and English, publish a weekly digest." \
  --runtime-image "$RUNTIME" --module-path "$MODS" --module dev.gleaner.app/dev.gleaner.app.Main \
  --icon "$ICON" "${JOPTS[@]}"
mkdir -p "$TARGET/gleaner/lib/share"
cp "$TARGET/gleaner.bash" "$TARGET/gleaner/lib/share/gleaner-completion.bash"

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
