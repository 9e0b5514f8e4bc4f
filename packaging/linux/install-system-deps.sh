#!/usr/bin/env bash
# System packages the test suite needs on Debian/Ubuntu: the libraries Qt's offscreen platform
# loads, poppler-utils (pdftoppm) to look at rendered packets, and PostgreSQL's server
# programs, which the tests start on loopback to run the storage and service tests against a
# shared database too (tests/postgres_server.py; the package's own cluster is not used), and
# the age tool, which must open a case bundle as any age file (tests/services).
# appstream and desktop-file-utils check the Linux menu entry and AppStream metadata
# (tests/packaging/test_packaging_files.py).
# `install-system-deps.sh screenshots` also installs Xvfb and the X client libraries Qt's
# xcb platform needs, for `make screenshots`.
# Does nothing when they are already present or when not running as root on a Debian system.
set -euo pipefail

packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils
          postgresql age appstream desktop-file-utils)
if [ "${1:-}" = "screenshots" ]; then
  packages+=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
             libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0
fi
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Please install: ${missing[*]} (needs root)" >&2; exit 1
  fi
else
  SUDO=
fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
