"""Sync state: the migration from a v1 tarjetero, accounts, the change feed, merge rules,
server-only properties carried through a write, and passwords in the keyring only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring
import keyring.backend
import pytest

from cardbox.errors import NotFound, SyncError
from cardbox.model import Contact, Email, Provenance, SourceKind
from cardbox.store import Store
from cardbox.store.schema import MIGRATIONS
from cardbox.sync import codec, credentials
from cardbox.sync.apply import compose
from cardbox.sync.config import SyncSettings
from cardbox.sync.merge import merge3
from cardbox.sync.state import Account, contact_seqs, get_account, save_account


def test_a_v1_tarjetero_migrates_and_its_contacts_sync_as_new(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO contacts(uid, full_name, created_at, updated_at) "
        "VALUES ('u-old', 'Vieja', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"sync_accounts", "sync_items", "sync_changes", "sync_seq"} <= tables
        (cid,) = store.all_ids()
        assert contact_seqs(store) == {cid: (0, "u-old")}
        c = store.get(cid)
        c.title = "Jefa"
        store.save(c)
        assert contact_seqs(store)[cid][0] > 0
        c.add_note("hola")
        before = contact_seqs(store)[cid][0]
        store.save(c)
        assert contact_seqs(store)[cid][0] > before


def test_accounts_round_trip(store: Store) -> None:
    with pytest.raises(NotFound):
        get_account(store)
    save_account(
        store,
        Account("phone", url="https://dav.example.com/", username="ana", settings=SyncSettings(deletion_threshold=9)),
    )
    save_account(store, Account("phone", url="https://dav.example.com/", username="ana", collection="/ana/book/"))
    acc = get_account(store)
    assert acc.collection == "/ana/book/" and acc.settings.deletion_threshold == 5 and acc.id == 1


def test_merge_rules() -> None:
    base = Contact(full_name="Ana", title="Gerente", emails=[Email("a@x.es"), Email("old@x.es")])
    local = codec.from_text(codec.to_text(base))
    remote = codec.from_text(codec.to_text(base))
    local.set_field("title", "Directora", Provenance(SourceKind.USER))
    local.emails.append(Email("local@x.es"))
    remote.title = "CEO"
    remote.emails = [e for e in remote.emails if e.address != "old@x.es"] + [Email("phone@x.es")]
    remote.add_note("from the phone")
    merged, conflicts = merge3(base, local, remote)
    assert merged.title == "Directora" and conflicts == ["title"]
    assert [e.address for e in merged.emails] == ["a@x.es", "local@x.es", "phone@x.es"]
    assert any("CEO" in n.text for n in merged.notes) and any(n.text == "from the phone" for n in merged.notes)


def test_compose_keeps_what_the_codec_drops(monkeypatch: pytest.MonkeyPatch) -> None:
    """A safety net under extra_vcard: were the vCard reader to drop a property, the write
    still carries the server's line for it."""
    real = codec.from_text

    def forgetful(text: str, ref: str = "") -> Contact:
        c = real(text, ref)
        c.extra_vcard = []
        return c

    monkeypatch.setattr(codec, "from_text", forgetful)
    server = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Ana\r\nX-PHONE-ONLY:keep\r\nEND:VCARD\r\n"
    ours = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Ana B\r\nEND:VCARD\r\n"
    out = compose(ours, server)
    assert "FN:Ana B" in out and "X-PHONE-ONLY:keep" in out and out.endswith("END:VCARD\r\n")
    assert compose(ours, "") == ours


class DictKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


def test_password_lives_in_the_keyring() -> None:
    previous = keyring.get_keyring()
    ring = DictKeyring()
    keyring.set_keyring(ring)
    try:
        credentials.set_password("https://dav.example.com/dav/", "ana", "pw")
        assert ring.data == {("cardbox-sync", "ana@https://dav.example.com"): "pw"}
        assert credentials.get_password("https://dav.example.com/other", "ana") == "pw"
        credentials.delete_password("https://dav.example.com/", "ana")
        with pytest.raises(SyncError, match="no password stored"):
            credentials.get_password("https://dav.example.com/", "ana")
    finally:
        keyring.set_keyring(previous)
