"""The tarjetero: one SQLite file plus card images, behind one small API.

Every layer (CLI, GUI, scan, dedup, sync) reads and writes contacts through `Store`. Writes are
transactions; nothing here imports Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cardbox import paths
from cardbox.errors import NotFound, StoreError
from cardbox.model import Contact, Event
from cardbox.store import rows
from cardbox.store import search as search_mod
from cardbox.store.backup import check_integrity, damaged_error
from cardbox.store.db import Database
from cardbox.store.images import ImageStore
from cardbox.store.index import Indexer
from cardbox.store.search import Filters
from cardbox.text import squash


class Store:
    """A tarjetero on disk. Use `Store.open()` for the user's default one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.db = Database(self.path, backup_dir=self.path.parent / "backups")
        self.db.conn.row_factory = sqlite3.Row
        self.images = ImageStore(self.path.parent / "images")
        self._indexer = Indexer()

    @classmethod
    def open(cls, path: Path | None = None, check: bool = False) -> Store:
        """Open the tarjetero at `path`, or the default one in the user's data dir.

        A damaged file raises StoreDamaged naming the latest good backup; it is never replaced
        by an empty tarjetero. `check` runs SQLite's quick_check first (slower on big files).
        """
        path = Path(path or paths.default_db_path())
        problem = check_integrity(path) if check and path.exists() else None
        if problem is None:
            try:
                return cls(path)
            except StoreError as exc:
                if "damaged" not in exc.detail and "malformed" not in exc.detail:
                    raise
                problem = exc.detail
        raise damaged_error(path, problem)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write; nested calls join the outer transaction."""
        try:
            with self.db.transaction() as conn:
                yield conn
        except BaseException:
            self._indexer.forget_cache()
            raise

    # -- contacts -------------------------------------------------------------------------

    def save(self, contact: Contact) -> int:
        """Insert or update a contact with all its parts, and reindex it. Returns its id."""
        with self.transaction() as conn:
            cid = rows.write_contact(conn, contact)
            self._indexer.index(conn, contact)
        return cid

    def save_many(self, contacts: Iterable[Contact]) -> list[int]:
        """Save several contacts in one transaction (all or none)."""
        with self.transaction():
            return [self.save(c) for c in contacts]

    def get(self, contact_id: int) -> Contact:
        """The contact with this id, or NotFound."""
        row = self.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise NotFound(what="contact", key="id", value=contact_id)
        return rows.read_contact(self.conn, row)

    def get_many(self, ids: Iterable[int]) -> list[Contact]:
        """Contacts in the order of `ids` (missing ids are skipped)."""
        out = []
        for cid in ids:
            row = self.conn.execute("SELECT * FROM contacts WHERE id = ?", (cid,)).fetchone()
            if row is not None:
                out.append(rows.read_contact(self.conn, row))
        return out

    def get_by_uid(self, uid: str) -> Contact | None:
        row = self.conn.execute("SELECT * FROM contacts WHERE uid = ?", (uid,)).fetchone()
        return rows.read_contact(self.conn, row) if row else None

    def exists(self, contact_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone() is not None

    def delete(self, contact_id: int) -> None:
        """Delete one contact; contacts they introduced keep existing (introduced_by is cleared)."""
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            if cur.rowcount == 0:
                raise NotFound(what="contact", key="id", value=contact_id)
            Indexer.unindex(conn, contact_id)

    def reindex(self, contact_id: int) -> None:
        """Refresh the search index of one contact (after its scans changed)."""
        with self.transaction() as conn:
            self._indexer.index(conn, self.get(contact_id))

    def all_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM contacts ORDER BY id")]

    def ids_by_email(self, address: str) -> list[int]:
        """Contacts holding this email address (case-insensitive)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT contact_id FROM emails WHERE norm = ?", (address.strip().lower(),)
            )
        ]

    def ids_by_phone(self, e164: str) -> list[int]:
        """Contacts holding this phone number (E.164)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT contact_id FROM phones WHERE e164 = ?", (e164,))]

    def introduced(self, contact_id: int) -> list[int]:
        """The contacts this one introduced you to."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM contacts WHERE introduced_by = ? ORDER BY sort_name", (contact_id,)
            )
        ]

    # -- search ---------------------------------------------------------------------------

    def search(
        self,
        query: str = "",
        filters: Filters | None = None,
        order: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        """Ids of contacts matching the text (accent/case/typo tolerant) and the filters."""
        return search_mod.search_ids(self.conn, query, filters, order, limit, offset)

    def count(self, query: str = "", filters: Filters | None = None) -> int:
        return search_mod.count(self.conn, query, filters)

    # -- events ---------------------------------------------------------------------------

    def ensure_event(self, event: Event) -> Event:
        """The stored event with this name (created when missing), with its id."""
        with self.transaction() as conn:
            event_id = rows.ensure_event(conn, event)
        return self.event(event_id)

    def event(self, key: int | str) -> Event:
        """An event by id or by name (case/accent-insensitive), or NotFound."""
        if isinstance(key, int):
            row = self.conn.execute("SELECT * FROM events WHERE id = ?", (key,)).fetchone()
        else:
            row = self.conn.execute("SELECT * FROM events WHERE name_norm = ?", (squash(key),)).fetchone()
        if row is None:
            raise NotFound(what="event", key="id" if isinstance(key, int) else "name", value=key)
        return rows.row_to_event(row)

    def events(self) -> list[tuple[Event, int]]:
        """Every event with how many contacts you met there, newest first."""
        result = self.conn.execute(
            "SELECT e.*, (SELECT COUNT(*) FROM contact_events ce WHERE ce.event_id = e.id) AS n "
            "FROM events e ORDER BY COALESCE(e.start, substr(e.created_at, 1, 10)) DESC, e.name"
        ).fetchall()
        return [(rows.row_to_event(r), int(r["n"])) for r in result]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of contacts."""
        return [
            (r[0], r[1])
            for r in self.conn.execute("SELECT tag, COUNT(*) FROM tags GROUP BY tag ORDER BY tag COLLATE NOCASE")
        ]

    # -- settings -------------------------------------------------------------------------

    def setting(self, key: str, default: object = None) -> object:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: object) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(value)))

    # -- figures --------------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        """Counts for `cardbox stats` and the GUI status bar."""
        one = lambda sql: int(self.conn.execute(sql).fetchone()[0])  # noqa: E731
        by_warmth = {int(w): n for w, n in self.conn.execute("SELECT warmth, COUNT(*) FROM contacts GROUP BY warmth")}
        return {
            "contacts": one("SELECT COUNT(*) FROM contacts"),
            "events": one("SELECT COUNT(*) FROM events"),
            "tags": one("SELECT COUNT(DISTINCT tag) FROM tags"),
            "notes": one("SELECT COUNT(*) FROM notes"),
            "scans": one("SELECT COUNT(*) FROM scans"),
            "needs_review": one("SELECT COUNT(*) FROM contacts WHERE needs_review = 1"),
            "card_images": one("SELECT COUNT(*) FROM card_images"),
            "by_warmth": by_warmth,
            "path": str(self.path),
        }
