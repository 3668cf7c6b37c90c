"""Sync state in the tarjetero: accounts, one row per synced item, sync tokens.

Every item is recorded in the same transaction as the local change it goes with, so a sync
that is cut off (network drop, app killed) resumes from what is recorded and never duplicates
or deletes: the engine trusts only this table, never its own memory of a previous run.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from cardbox.errors import NotFound
from cardbox.model import utcnow
from cardbox.store import Store
from cardbox.sync.config import SyncSettings


@dataclass
class Account:
    """One configured sync target: a CardDAV address book or a vdir folder."""

    name: str
    kind: str = "carddav"
    url: str = ""
    username: str = ""
    collection: str = ""
    settings: SyncSettings = field(default_factory=SyncSettings)
    sync_token: str | None = None
    last_sync: str | None = None
    id: int | None = None


@dataclass
class ItemState:
    """What both sides agreed on for one item at its last sync."""

    href: str
    uid: str = ""  # the local contact's UID (the server's is in last_text)
    etag: str = ""
    contact_id: int | None = None
    local_hash: str = ""
    local_seq: int = 0
    last_text: str = ""


def save_account(store: Store, account: Account) -> Account:
    """Insert or update an account by name; fills in its id."""
    values = (account.kind, account.url, account.username, account.collection, json.dumps(account.settings.to_dict()))
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO sync_accounts(name, kind, url, username, collection, settings) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, url=excluded.url, username=excluded.username, "
            "collection=excluded.collection, settings=excluded.settings",
            (account.name, *values),
        )
        account.id = int(conn.execute("SELECT id FROM sync_accounts WHERE name = ?", (account.name,)).fetchone()[0])
    return account


def _row_to_account(row: sqlite3.Row) -> Account:
    return Account(
        row["name"],
        row["kind"],
        row["url"],
        row["username"],
        row["collection"],
        SyncSettings.from_dict(json.loads(row["settings"])),
        row["sync_token"],
        row["last_sync"],
        row["id"],
    )


def get_account(store: Store, name: str | None = None) -> Account:
    """The account with this name (or the only/first one), or NotFound."""
    if name:
        row = store.conn.execute("SELECT * FROM sync_accounts WHERE name = ?", (name,)).fetchone()
    else:
        row = store.conn.execute("SELECT * FROM sync_accounts ORDER BY id LIMIT 1").fetchone()
    if row is None:
        raise NotFound(what="sync account", key="name", value=name or "(any)")
    return _row_to_account(row)


def list_accounts(store: Store) -> list[Account]:
    return [_row_to_account(r) for r in store.conn.execute("SELECT * FROM sync_accounts ORDER BY id")]


def load_items(store: Store, account_id: int) -> dict[str, ItemState]:
    """Every recorded item of an account, by href."""
    rows = store.conn.execute(
        "SELECT href, uid, etag, contact_id, local_hash, local_seq, last_text FROM sync_items WHERE account_id = ?",
        (account_id,),
    )
    return {r[0]: ItemState(*r) for r in rows}


def put_item(conn: sqlite3.Connection, account_id: int, st: ItemState) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_items(account_id, href, uid, etag, contact_id, local_hash, local_seq, last_text) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (account_id, st.href, st.uid, st.etag, st.contact_id, st.local_hash, st.local_seq, st.last_text),
    )


def drop_item(conn: sqlite3.Connection, account_id: int, href: str) -> None:
    conn.execute("DELETE FROM sync_items WHERE account_id = ? AND href = ?", (account_id, href))


def set_token(store: Store, account_id: int, token: str | None) -> None:
    """Record a finished sync (and the server's new sync token)."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE sync_accounts SET sync_token = ?, last_sync = ? WHERE id = ?",
            (token, utcnow().isoformat(), account_id),
        )


def contact_seqs(store: Store) -> dict[int, tuple[int, str]]:
    """Every contact id with its change sequence number (bumped by triggers) and its UID.

    The UID matters: SQLite reuses the id of a deleted last row, so an id alone could make a
    new contact look like the synced one it replaced."""
    rows = store.conn.execute(
        "SELECT c.id, COALESCE(s.seq, 0), c.uid FROM contacts c LEFT JOIN sync_changes s ON s.contact_id = c.id"
    )
    return {r[0]: (r[1], r[2]) for r in rows}


def seq_of(conn: sqlite3.Connection, contact_id: int) -> int:
    row = conn.execute("SELECT seq FROM sync_changes WHERE contact_id = ?", (contact_id,)).fetchone()
    return int(row[0]) if row else 0
