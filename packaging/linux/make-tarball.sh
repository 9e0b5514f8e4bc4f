#!/usr/bin/env bash
# Wrap a PyInstaller one-folder build in the Linux tarball:
#   packaging/linux/make-tarball.sh DIST
# reads DIST/asylum-desk/ (from packaging/asylum-desk.spec) and writes
# DIST/asylum-desk-VERSION-linux-ARCH.tar.gz, holding one folder:
#   asylum-desk/            the program (run asylum-desk/asylum-desk)
#   share/applications/     the menu entry
#   share/icons/hicolor/    the icon at 16-256 px and as SVG
#   share/metainfo/         the AppStream metadata
#   install.sh              per-user installation into ~/.local (--uninstall removes it)
#   README.txt
# The version is what the built program reports, so the name always matches the contents.
set -euo pipefail

dist="${1:?usage: make-tarball.sh DIST}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$dist/asylum-desk"
if [ ! -x "$build/asylum-desk" ]; then
  echo "make-tarball.sh: $build/asylum-desk is missing; build it first (make package)." >&2
  exit 1
fi
version="$("$build/asylum-desk" --version | awk '{print $2}')"
arch="$(uname -m)"
name="asylum-desk-$version-linux-$arch"
staging="$dist/$name"

rm -rf "$staging"
mkdir -p "$staging/share/applications" "$staging/share/metainfo" "$staging/share/icons"
cp -R "$build" "$staging/asylum-desk"
cp "$root/packaging/linux/asylum-desk.desktop" "$staging/share/applications/"
cp "$root/packaging/linux/org.asylumdesk.AsylumDesk.metainfo.xml" "$staging/share/metainfo/"
cp -R "$root/resources/icons/hicolor" "$staging/share/icons/"
cp "$root/packaging/linux/install.sh" "$staging/install.sh"
chmod +x "$staging/install.sh"
cat > "$staging/README.txt" <<TEXT
Asylum Desk $version for Linux ($arch)

Install for yourself (no administrator rights needed):   ./install.sh
Then check that it works on this computer:               ~/.local/bin/asylum-desk self-test
Remove it again (your vaults and backups are kept):      ./install.sh --uninstall

Or run it from this folder without installing:           ./asylum-desk/asylum-desk
TEXT
tar -C "$dist" -czf "$dist/$name.tar.gz" "$name"
rm -rf "$staging"
echo "$dist/$name.tar.gz"
