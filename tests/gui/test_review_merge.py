"""A proposed duplicate shown beside the card, merged with a preview, and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cardbox.gui.review import ReviewView
from cardbox.model import Contact, Email

pytestmark = [pytest.mark.gui, pytest.mark.tesseract]


def _existing_avery(store) -> int:  # noqa: ANN001
    c = Contact(full_name="Avery Smith", given_names="Avery", family_names="Smith", org="Contoso",
                emails=[Email("avery.smith@contoso.com", "work")])
    c.add_note("Met at the London partner day")
    return store.save(c)


def test_duplicate_side_by_side_merge_and_undo(qtbot, reviewed_store):
    store, cid = reviewed_store
    kept = _existing_avery(store)
    view = ReviewView(store)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts only reach the active window
    assert view.contact.id == cid
    panel = view.duplicates
    assert not panel.isHidden(), "the existing Avery Smith should be proposed"
    assert panel.candidate.other_id == kept
    headers = [panel.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["This card", "Already in the tarjetero", "After merging"]
    phones_row = [panel.table.item(4, j).text() for j in range(3)]
    assert phones_row[0] and not phones_row[1] and phones_row[2] == phones_row[0]  # the card adds its phone
    assert "avery.smith@contoso.com" in panel.table.item(3, 2).text()

    panel.merge_button.click()
    assert not store.exists(cid)
    merged = store.get(kept)
    assert merged.family_names == "Smith"  # the user's typed value wins over the OCR misread
    assert [p.e164 for p in merged.phones] == ["+447911123456"]
    assert merged.cards and merged.notes[0].text == "Met at the London partner day"
    assert store.conn.execute("SELECT status, contact_id FROM scans").fetchone()[:] == ("merged", kept)

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored_id = store.conn.execute("SELECT contact_id FROM scans").fetchone()[0]
    assert restored_id != kept
    assert store.get(restored_id).family_names == "Smlth"
    again = store.get(kept)
    assert again.phones == [] and not again.cards and len(again.notes) == 1
    assert store.conn.execute("SELECT status FROM scans").fetchone()[0] == "new"
    assert view.contact.id == restored_id


def test_keep_both_dismisses_the_pair(qtbot, reviewed_store):
    store, cid = reviewed_store
    kept = _existing_avery(store)
    view = ReviewView(store)
    qtbot.addWidget(view)
    assert not view.duplicates.isHidden()
    view.duplicates.keep_button.click()
    assert view.duplicates.isHidden()
    assert store.exists(cid) and store.exists(kept)
    view.show_contact(cid)
    assert view.duplicates.isHidden()  # never proposed again
