"""Files opened with cardbox (the desktop's "Open with", or the command line): a .vcf is
imported, a photo opens the scan dialog."""

from __future__ import annotations

import sys
from pathlib import Path

from cardbox.gui.app import start

DATA = Path(__file__).resolve().parents[1] / "data"


def test_opening_a_vcf_and_a_photo(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vcf = DATA / "vcards-es" / "google-export.vcf"
    photo = DATA / "cards-real" / "azure-business_card.jpg"
    hook = sys.excepthook
    try:
        started = start(["--data-dir", str(tmp_path / "mine"), "--lang", "en", str(vcf), str(photo)])
    finally:
        sys.excepthook = hook
    assert not isinstance(started, int)
    win, store = started
    qtbot.addWidget(win)
    try:
        assert store.count() >= 2  # the Google export's cards are in
        assert win.model.rowCount() == store.count()
        assert "Imported" in win.statusBar().currentMessage()
        dialog = win.scan_dialog
        assert dialog is not None and dialog.paths == [photo]  # type: ignore[attr-defined]
        dialog.cancel()
        dialog.close()
    finally:
        win.close()
        store.close()
