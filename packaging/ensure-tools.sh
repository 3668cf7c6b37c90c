#!/usr/bin/env bash
# The build tools `make package` / `make package-test` need on Debian/Ubuntu, only those missing:
# patchelf (the bundled Tesseract's RPATH), desktop-file-utils and appstream (validate the menu
# entry and metainfo), xdotool and xvfb (bench/package.py waits for the first window under Xvfb).
set -euo pipefail
exec bash "$(dirname "$0")/../scripts/ensure-system.sh" patchelf desktop-file-utils appstream xdotool xvfb
