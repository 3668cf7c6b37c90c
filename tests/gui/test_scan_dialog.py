"""Scanning from the GUI through `open_scan` (the drop path) with real detection and Tesseract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from cardbox.gui.scan import open_scan
from cardbox.gui.scan.dialog import ScanDialog

pytestmark = [pytest.mark.gui, pytest.mark.tesseract]


def test_scan_two_photos_into_new_event(qtbot, store, pile):
    dialog = open_scan(None, store, pile.paths)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.picker.select_new("Feria Test", QDate(2026, 3, 4), "Madrid")
    with qtbot.waitSignal(dialog.scan_finished, timeout=180_000) as finished:
        dialog.start_button.click()
        assert dialog.pages.currentIndex() == 1  # the progress page shows while cards come in
    summary = finished.args[0]
    assert summary.errors == [] and not summary.cancelled
    assert summary.cards == 3 and len(summary.contact_ids) == 3
    assert dialog.cards.count() == 3
    for i in range(3):
        item = dialog.cards.item(i)
        assert not item.icon().isNull()  # the warped card as a thumbnail
        assert item.text()
    event = store.event("Feria Test")
    assert event.place == "Madrid" and event.start.isoformat() == "2026-03-04"
    contacts = store.get_many(summary.contact_ids)
    assert all(any(e.id == event.id for e in c.events) for c in contacts)
    emails = {e.address.lower() for c in contacts for e in c.emails}
    assert emails >= {e.lower() for card in pile.cards for e in card["emails"]}
    shown = {dialog.cards.item(i).text() for i in range(3)}
    assert shown == {c.display_name or "?" for c in contacts}
    assert dialog.review_button.isVisible()
    assert dialog.review_button.text() == "Review 3 cards"
    with qtbot.waitSignal(dialog.review_requested) as review:
        dialog.review_button.click()
    assert sorted(review.args[0]) == sorted(summary.contact_ids)


def test_cancel_mid_batch_keeps_saved_cards_and_reports_bad_photo(qtbot, store, pile, tmp_path):
    broken = tmp_path / "pile" / "0-broken.jpg"
    broken.write_bytes(b"this is not a jpeg")
    one_card, two_cards = pile.paths[1], pile.paths[0]
    dialog = ScanDialog(store, [broken, one_card, two_cards])
    qtbot.addWidget(dialog)
    dialog.inline, dialog.workers = True, 0  # deterministic: cancel lands before the last photo
    dialog.picker.select_event(None)

    def on_row(*_args: object) -> None:
        if dialog.summary.cards == 1:
            dialog.cancel()

    dialog.cards.model().rowsInserted.connect(on_row)
    with qtbot.waitSignal(dialog.scan_finished, timeout=120_000) as finished:
        dialog.start()
    summary = finished.args[0]
    assert summary.cancelled
    assert len(summary.errors) == 1 and "0-broken.jpg" in summary.errors[0]
    assert summary.cards == 1
    assert dialog.cards.count() == 2  # the error row, then the one card
    assert "0-broken.jpg" in dialog.cards.item(0).text()
    assert store.count() == 1 and store.get(summary.contact_ids[0])
    statuses = [r[0] for r in store.conn.execute("SELECT status FROM scans ORDER BY id")]
    assert statuses == ["failed", "new"]
    assert dialog.status.text() == "Scan cancelled."
    assert not dialog.close_button.isHidden() and dialog.cancel_button.isHidden()
