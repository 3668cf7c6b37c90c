#!/usr/bin/env bash
# The build tools `make package` / `make package-test` need on Debian/Ubuntu, only those missing:
# patchelf (the bundled Tesseract's RPATH), desktop-file-utils and appstream (validate the menu
# entry and metainfo), xdotool (bench/package.py waits for the first window under Xvfb).
set -euo pipefail

packages=(patchelf desktop-file-utils appstream xdotool xvfb)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "cardbox: please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "cardbox: installing packaging tools: ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
