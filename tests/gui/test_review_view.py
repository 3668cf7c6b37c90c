"""The review view on a real scanned card: click-to-fix, Enter accepts, warmth keys, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cardbox.gui.review import ReviewView
from cardbox.gui.review.logic import review_ids
from cardbox.model import Contact, Email, SourceKind, Warmth

pytestmark = [pytest.mark.gui, pytest.mark.tesseract]


def _shown(qtbot, store) -> ReviewView:  # noqa: ANN001
    view = ReviewView(store)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts only reach the active window
    return view


def _scan_status(store, cid: int) -> str:  # noqa: ANN001
    return store.conn.execute("SELECT status FROM scans WHERE contact_id = ?", (cid,)).fetchone()[0]


def test_click_word_fixes_field_enter_accepts_and_ctrl_z_undoes(qtbot, reviewed_store):
    store, cid = reviewed_store
    view = _shown(qtbot, store)
    family = view.form.edits["family_names"]
    assert view.contact.id == cid
    assert family.property("doubt") is True
    assert family.toolTip() == "OCR 41 %"
    assert view.form.edits["given_names"].property("doubt") is False
    qtbot.waitUntil(family.hasFocus)  # the first doubtful field gets the keyboard

    word = view.image.word_item("Smith")
    assert word is not None, [w.word.text for w in view.image.words]
    pos = view.image.mapFromScene(word.sceneBoundingRect().center())
    qtbot.mouseClick(view.image.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert family.text() == "Smith"
    assert family.hasFocus()

    qtbot.keyClick(family, Qt.Key.Key_Return)
    saved = store.get(cid)
    assert saved.family_names == "Smith"
    assert saved.source_of("family_names").kind is SourceKind.USER
    assert saved.source_of("given_names").kind is SourceKind.SCAN  # untouched: still the scan's
    assert saved.needs_review is False
    assert _scan_status(store, cid) == "accepted"
    assert view.contact is None and view.pages.currentIndex() == 0  # queue done

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = store.get(cid)
    assert back.family_names == "Smlth" and back.needs_review is True
    assert _scan_status(store, cid) == "new"
    assert view.contact.id == cid


def test_warmth_keys_while_reviewing(qtbot, reviewed_store):
    store, cid = reviewed_store
    view = _shown(qtbot, store)
    family = view.form.edits["family_names"]
    qtbot.waitUntil(family.hasFocus)
    qtbot.keyClick(family, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert store.get(cid).warmth is Warmth.HOT
    qtbot.keyClick(family, Qt.Key.Key_4)  # a plain digit inside a field is just text
    assert family.text().endswith("4")
    assert store.get(cid).warmth is Warmth.HOT
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_2)
    contact = store.get(cid)
    assert contact.warmth is Warmth.WARM
    assert [w.warmth for w in contact.warmth_history][-2:] == [Warmth.HOT, Warmth.WARM]
    assert view.warmth_group.checkedId() == 2


def test_delete_card_spares_other_contacts_and_undo_restores(qtbot, reviewed_store):
    store, cid = reviewed_store
    friend = store.save(Contact(full_name="Avery Friend", emails=[Email("friend@example.org")]))
    view = _shown(qtbot, store)
    view.delete_card(confirm=False)
    assert not store.exists(cid)
    assert store.get(friend).full_name == "Avery Friend"
    assert _scan_status_by_photo(store) == "rejected"
    assert review_ids(store) == []
    view.undo()
    restored = store.get(cid)
    assert restored.family_names == "Smlth" and restored.cards
    assert _scan_status(store, cid) == "new"
    assert view.contact.id == cid


def test_skip_keeps_card_for_later(qtbot, reviewed_store):
    store, cid = reviewed_store
    other = store.save(Contact(full_name="Bea Typed", needs_review=True))
    view = _shown(qtbot, store)
    assert view.queue == [cid, other]
    view.skip()
    assert view.contact.id == other
    assert view.image.words == []  # a typed contact has no card image
    view.skip()
    assert view.contact.id == cid
    assert store.get(cid).needs_review is True


def _scan_status_by_photo(store) -> str:  # noqa: ANN001
    return store.conn.execute("SELECT status FROM scans").fetchone()[0]
