#!/bin/sh
# Install cardbox for the current user, no root needed:
#   ./install.sh                 the app into ~/.local/opt/cardbox, menu entry, icons, .vcf association
#   ./install.sh --default-vcard also make cardbox the default program for .vcf files
# Your tarjetero (~/.local/share/cardbox) is never touched by installing or uninstalling.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=${CARDBOX_PREFIX:-$HOME/.local}/opt/cardbox
BIN_DIR=${CARDBOX_PREFIX:-$HOME/.local}/bin
ID=io.github.cardbox.Cardbox
MAKE_DEFAULT=no
[ "${1:-}" = "--default-vcard" ] && MAKE_DEFAULT=yes

say() { printf '%s\n' "$*"; }

# Copy into a fresh folder beside the old one, then swap: a failed copy leaves the old app working.
mkdir -p "$(dirname "$APP_DIR")"
rm -rf "$APP_DIR.new"
cp -a "$HERE/app" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR.old"
[ -e "$APP_DIR" ] && mv "$APP_DIR" "$APP_DIR.old"
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"
say "cardbox installed in $APP_DIR"

mkdir -p "$BIN_DIR"
ln -sf "$APP_DIR/cardbox" "$BIN_DIR/cardbox"
ln -sf "$APP_DIR/cardbox-gui" "$BIN_DIR/cardbox-gui"

# The menu entry runs the installed program by its full path: ~/.local/bin is not on every
# desktop session's PATH.
mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/mime/packages"
sed -e "s|^Exec=cardbox-gui|Exec=\"$APP_DIR/cardbox-gui\"|" -e "s|^TryExec=cardbox-gui|TryExec=$APP_DIR/cardbox-gui|" \
    "$HERE/share/applications/$ID.desktop" > "$DATA_HOME/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$DATA_HOME/metainfo/"
cp "$HERE/share/mime/packages/$ID.xml" "$DATA_HOME/mime/packages/"
for dir in "$HERE"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$DATA_HOME/icons/hicolor/$size/apps"
    cp "$dir"/* "$DATA_HOME/icons/hicolor/$size/apps/"
done

# Refresh the desktop's caches when the tools exist (they are optional; a new login also does it).
command -v update-mime-database >/dev/null && update-mime-database "$DATA_HOME/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_HOME/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
if [ "$MAKE_DEFAULT" = yes ] && command -v xdg-mime >/dev/null; then
    xdg-mime default "$ID.desktop" text/vcard text/x-vcard
    say "cardbox now opens .vcf files"
fi
say "Menu entry: cardbox (Office). Command line: $BIN_DIR/cardbox --version"
