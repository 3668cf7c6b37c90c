"""The sync dialog against a real Radicale: find books, save (password to the keyring), sync."""

from __future__ import annotations

import pytest

from cardbox.gui.dialogs.sync import show_sync_dialog
from cardbox.model import Contact, Email
from cardbox.sync.carddav import CardDAVStorage, Session
from cardbox.sync.state import get_account

pytestmark = [pytest.mark.gui, pytest.mark.radicale]


def test_settings_then_sync_now_uploads_contacts(qtbot, store, gui_radicale, gui_keyring):
    store.save(Contact(full_name="Ana Gómez", emails=[Email("ana@acme.es")]))
    store.save(Contact(full_name="Bruno Díaz", org="Beta"))
    dialog = show_sync_dialog(None, store)
    qtbot.addWidget(dialog)
    assert not dialog.sync_button.isEnabled()  # nothing configured yet
    dialog.url.setText(gui_radicale.url)
    dialog.user.setText(gui_radicale.user)
    dialog.password.setText(gui_radicale.password)
    assert dialog.find_button.isEnabled()
    dialog.find_button.click()
    with qtbot.waitSignal(dialog.worker.finished, timeout=30_000):
        pass
    assert dialog.books.count() >= 1, dialog.status.text()
    assert dialog.save()
    assert list(gui_keyring.secrets.values()) == [gui_radicale.password]
    account = get_account(store)
    assert account.username == gui_radicale.user and account.collection
    assert dialog.password.text() == ""  # never kept in the widget after saving
    assert dialog.sync_button.isEnabled()

    dialog.sync_button.click()
    with qtbot.waitSignal(dialog.worker.finished, timeout=60_000):
        pass
    assert dialog.result.created_remote == 2, dialog.status.text()
    assert "On the server: 2 new" in dialog.status.text()
    remote = CardDAVStorage(Session(gui_radicale.url, gui_radicale.user, gui_radicale.password), account.collection)
    assert len(remote.list()) == 2


def test_wrong_password_is_reported_and_nothing_saved(qtbot, store, gui_radicale, gui_keyring):
    dialog = show_sync_dialog(None, store)
    qtbot.addWidget(dialog)
    dialog.url.setText(gui_radicale.url)
    dialog.user.setText(gui_radicale.user)
    dialog.password.setText("wrong")
    dialog.find_button.click()
    with qtbot.waitSignal(dialog.worker.finished, timeout=30_000):
        pass
    assert dialog.books.count() == 0
    assert "refused" in dialog.status.text()
    assert gui_keyring.secrets == {}
