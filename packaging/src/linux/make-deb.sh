#!/usr/bin/env bash
# Builds target/gleaner_VERSION_ARCH.deb from the app image target/gleaner with jpackage, then
# adds what jpackage does not: the desktop entry and icons (without --linux-shortcut, whose
# postinst fails on machines without a menu folder), bash and zsh completion, a /usr/bin/gleaner that starts the runtime directly,
# and "Recommends:" a Hangul font.
#   make-deb.sh JDK_BIN TARGET_DIR VERSION
set -euo pipefail
BIN="$1"
TARGET="$2"
VERSION="$3"
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$TARGET/deb"
rm -rf "$WORK"
mkdir -p "$WORK/out"

echo "[package] jpackage: deb" >&2
"$BIN/jpackage" --type deb --dest "$WORK/out" --name gleaner --app-version "$VERSION" \
  --app-image "$TARGET/gleaner" --install-dir /opt \
  --vendor "Gleaner" --copyright "Gleaner authors" \
  --description "Collect technical articles, search them in Korean and English, publish a weekly digest." \
  --linux-package-name gleaner --linux-deb-maintainer "gleaner@gleaner.dev" \
  --linux-menu-group "Office" --linux-app-category misc

deb="$(ls "$WORK"/out/gleaner_*.deb)"
ROOT="$WORK/root"
dpkg-deb -R "$deb" "$ROOT"

install -Dm644 "$SRC/gleaner.desktop" "$ROOT/usr/share/applications/gleaner.desktop"
install -Dm644 "$SRC/gleaner.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/gleaner.svg"
for png in "$SRC"/icons/gleaner-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -Dm644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/gleaner.png"
done
install -Dm644 "$TARGET/gleaner.bash" "$ROOT/usr/share/bash-completion/completions/gleaner"
install -Dm644 "$SRC/_gleaner" "$ROOT/usr/share/zsh/vendor-completions/_gleaner"
mkdir -p "$ROOT/usr/bin"
# /usr/bin/gleaner starts the runtime directly with the launcher's options and class path (from its
# .cfg): jpackage's native launcher first asks rpm and dpkg which package owns it, which costs
# ~0.4 s of every start.
APP=/opt/gleaner/lib/app
CFG="$TARGET/gleaner/lib/app/gleaner.cfg"
{
  echo '#!/bin/bash'
  echo '# Gleaner: starts its Java runtime directly (see make-deb.sh).'
  printf 'exec /opt/gleaner/lib/runtime/bin/java'
  sed -n 's/^java-options=//p' "$CFG" | sed "s#\$APPDIR#$APP#g" | while IFS= read -r o; do printf ' %q' "$o"; done
  printf ' -cp %q' "$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APP#g" | paste -sd:)"
  printf ' %q "$@"\n' "$(sed -n 's/^app\.mainclass=//p' "$CFG")"
} >"$ROOT/usr/bin/gleaner"
chmod 755 "$ROOT/usr/bin/gleaner"

# The start-up class cache checks the jars' modification times: give them back the app image's.
(cd "$TARGET/gleaner/lib/app" && find . -type f) | while read -r f; do
  [ ! -e "$ROOT/opt/gleaner/lib/app/$f" ] || touch -r "$TARGET/gleaner/lib/app/$f" "$ROOT/opt/gleaner/lib/app/$f"
done

control="$ROOT/DEBIAN/control"
sed -i '/^Recommends:/d;/^Installed-Size:/d;/^[[:space:]]*$/d' "$control"
echo "Recommends: fonts-nanum | fonts-noto-cjk" >> "$control"
echo "Installed-Size: $(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)" >> "$control"

fakeroot dpkg-deb --root-owner-group -Zxz -b "$ROOT" "$TARGET/$(basename "$deb")" >/dev/null
rm -rf "$WORK"
echo "[package] deb: $TARGET/$(basename "$deb")" >&2
