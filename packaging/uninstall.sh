#!/bin/sh
# Remove cardbox installed by install.sh. Your tarjetero (~/.local/share/cardbox, with every
# card, note and backup) and your settings are kept: delete them yourself if you really mean to.
set -eu

DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=${CARDBOX_PREFIX:-$HOME/.local}/opt/cardbox
BIN_DIR=${CARDBOX_PREFIX:-$HOME/.local}/bin
ID=io.github.cardbox.Cardbox

for link in "$BIN_DIR/cardbox" "$BIN_DIR/cardbox-gui"; do
    # Only our own links: a cardbox installed some other way (pip, a distro) stays.
    case "$(readlink "$link" 2>/dev/null || true)" in "$APP_DIR"/*) rm -f "$link" ;; esac
done
rm -f "$DATA_HOME/applications/$ID.desktop" "$DATA_HOME/metainfo/$ID.metainfo.xml" \
      "$DATA_HOME/mime/packages/$ID.xml"
find "$DATA_HOME/icons/hicolor" -name "$ID.png" -delete 2>/dev/null || true
rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$ID.svg"
command -v update-mime-database >/dev/null && update-mime-database "$DATA_HOME/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_HOME/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
rm -rf "$APP_DIR"
printf 'cardbox removed. Your tarjetero is still in %s\n' "$DATA_HOME/cardbox"
