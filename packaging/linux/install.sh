#!/usr/bin/env bash
# Install Asylum Desk for the current user, without administrator rights, into ~/.local:
#   ./install.sh               install, or update an earlier installation
#   ./install.sh --uninstall   remove the program (vaults, backups and settings are kept)
# PREFIX=/some/folder ./install.sh installs there instead of ~/.local.
#
# Installs the program folder as PREFIX/lib/asylum-desk, the command PREFIX/bin/asylum-desk,
# the menu entry, the icons and the AppStream metadata below PREFIX/share.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
app_dir="$prefix/lib/asylum-desk"
bin_link="$prefix/bin/asylum-desk"
share="$prefix/share"
desktop_file="$share/applications/asylum-desk.desktop"
metainfo_file="$share/metainfo/org.asylumdesk.AsylumDesk.metainfo.xml"
icon_sizes=(16x16 32x32 48x48 64x64 128x128 256x256)

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$app_dir/asylum-desk" ]; then
    rm -f "$bin_link"
  fi
  rm -rf "$app_dir"
  rm -f "$desktop_file" "$metainfo_file" "$share/icons/hicolor/scalable/apps/asylum-desk.svg"
  for size in "${icon_sizes[@]}"; do
    rm -f "$share/icons/hicolor/$size/apps/asylum-desk.png"
  done
  refresh_menus
  echo "Removed Asylum Desk from $prefix."
  echo "Vaults, backups and settings are kept; delete them yourself if they are no longer needed."
}

install() {
  if [ ! -x "$here/asylum-desk/asylum-desk" ]; then
    echo "install.sh: run it from the unpacked tarball (asylum-desk/asylum-desk is missing)." >&2
    exit 1
  fi
  mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
  # Copy beside the old version first, then swap, so a failed copy leaves it working.
  rm -rf "$app_dir.new"
  cp -R "$here/asylum-desk" "$app_dir.new"
  rm -rf "$app_dir"
  mv "$app_dir.new" "$app_dir"
  ln -sfn "$app_dir/asylum-desk" "$bin_link"
  # The menu entry names the program by its full path: ~/.local/bin is not always on the
  # PATH of a desktop session.
  sed -e "s|^Exec=asylum-desk|Exec=\"$app_dir/asylum-desk\"|" \
      -e "s|^TryExec=asylum-desk|TryExec=$app_dir/asylum-desk|" \
      "$here/share/applications/asylum-desk.desktop" > "$desktop_file"
  cp "$here/share/metainfo/org.asylumdesk.AsylumDesk.metainfo.xml" "$metainfo_file"
  mkdir -p "$share/icons/hicolor/scalable/apps"
  cp "$here/share/icons/hicolor/scalable/apps/asylum-desk.svg" "$share/icons/hicolor/scalable/apps/"
  for size in "${icon_sizes[@]}"; do
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$here/share/icons/hicolor/$size/apps/asylum-desk.png" "$share/icons/hicolor/$size/apps/"
  done
  refresh_menus
  version="$("$app_dir/asylum-desk" --version)"
  echo "Installed $version in $app_dir."
  echo "Start it from the applications menu, or run: $bin_link"
  echo "To check this computer: $bin_link self-test"
  case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "($prefix/bin is not on your PATH; the menu entry works anyway.)" ;;
  esac
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  *) echo "Usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
