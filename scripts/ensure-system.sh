#!/usr/bin/env bash
# Installs the system packages cardbox needs on Debian/Ubuntu, only those that are missing.
# Uses sudo when not root. Safe to run again: it does nothing when everything is there.
# With arguments, installs those packages instead of cardbox's own list.
set -euo pipefail

packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(
  python3 python3-venv python3-pip          # the project venv
  tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng   # OCR engine + Spanish/English data (osd comes with tesseract-ocr)
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3   # Qt 6 runtime, offscreen or not
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1   # Qt's xcb platform
  xvfb xauth                                 # virtual display for the screenshot tests
  fonts-dejavu-core fonts-liberation fonts-freefont-ttf  # fonts for the generated card photos
)

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
echo "cardbox: installing system packages: ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
