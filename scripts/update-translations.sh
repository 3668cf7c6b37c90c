#!/usr/bin/env bash
# Refresh resources/translations/cardbox_{es,en}.ts from every tr()/translate() in cardbox/gui,
# then compile them to .qm. Translate new Spanish entries (Qt Linguist, or edit the XML) before
# committing: tests/gui/test_i18n.py fails while an entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=resources/translations
mapfile -t SOURCES < <(find cardbox/gui -name '*.py' | sort)
"$BIN/pyside6-lupdate" -no-obsolete -locations relative -extensions py "${SOURCES[@]}" \
    -ts "$OUT/cardbox_es.ts" "$OUT/cardbox_en.ts"
# English is the source language: every entry translates to itself (plurals: singular/plural).
"$BIN/python" - "$OUT/cardbox_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
    elif translation.get("type") in ("unfinished", None) and not translation.text:
        translation.text = source
    translation.attrib.pop("type", None)
tree.getroot().set("language", "en")
tree.write(path, encoding="utf-8", xml_declaration=True)
PY
"$BIN/pyside6-lrelease" "$OUT/cardbox_es.ts" "$OUT/cardbox_en.ts"
grep -c 'type="unfinished"' "$OUT/cardbox_es.ts" && echo "^ Spanish entries still to translate" || echo "all Spanish entries translated"
