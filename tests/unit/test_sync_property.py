"""Property: whatever both sides do between syncs, two syncs later they hold the same contacts
and nothing added to a surviving contact is lost (hypothesis, in-memory storage)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardbox.model import Contact, Email
from cardbox.store import Store
from cardbox.sync import codec
from cardbox.sync.engine import SyncResult, sync
from cardbox.sync.state import Account, get_account, save_account
from cardbox.sync.storage import Item, MemoryStorage

OPS = st.lists(
    st.tuples(
        st.sampled_from(["local", "remote"]),
        st.sampled_from(["create", "twin", "email", "title", "note", "delete"]),
        st.integers(0, 10),
        st.text(alphabet="abcdefghij", min_size=1, max_size=6),
    ),
    max_size=10,
)


class World:
    def __init__(self, folder: Path, tokens: bool) -> None:
        self.store = Store.open(folder / "t.sqlite3")
        self.remote = MemoryStorage(with_sync_tokens=tokens)
        save_account(self.store, Account("p", kind="memory"))
        self.counter = itertools.count()
        self.added_emails: dict[str, set[str]] = {}  # uid -> emails added
        self.added_notes: dict[str, set[str]] = {}
        self.deleted: set[str] = set()
        self.alias: dict[str, str] = {}  # a twin's UID -> the UID of the contact it copies

    def sync(self) -> SyncResult:
        events = list(sync(self.store, get_account(self.store, "p"), storage=self.remote, confirm_deletions=True))
        return events[-1].payload  # type: ignore[return-value]

    def apply(self, side: str, op: str, index: int, word: str) -> None:
        n = next(self.counter)
        email, note = f"{word}{n}@x.es", f"note {word} {n}"
        if side == "local":
            self._local(op, index, email, note, word)
        else:
            self._remote(op, index, email, note, word)

    def _local(self, op: str, index: int, email: str, note: str, word: str) -> None:
        ids = self.store.all_ids()
        if op == "create" or not ids:
            c = Contact(full_name=f"L {word}", emails=[Email(email)])
            self.store.save(c)
            self.added_emails[c.uid] = {email}
            return
        c = self.store.get(ids[index % len(ids)])
        if op == "delete":
            self.store.delete(c.id or 0)
            self.deleted.add(self.alias.get(c.uid, c.uid))
            return
        self._edit(c, op, email, note, word)
        self.store.save(c)

    def _remote(self, op: str, index: int, email: str, note: str, word: str) -> None:
        hrefs = sorted(self.remote.items)
        ids = self.store.all_ids()
        if op == "twin" and ids:  # the same person typed on the phone too: must merge, not duplicate
            twin = self.store.get(ids[index % len(ids)])
            c = Contact(full_name=twin.full_name, emails=[Email(e.address) for e in twin.emails])
            self.remote.create(Item(c.uid, "", "", codec.to_text(c)))
            self.alias[c.uid] = twin.uid
            return
        if op == "create" or not hrefs:
            c = Contact(full_name=f"R {word}", emails=[Email(email)])
            self.remote.create(Item(c.uid, "", "", codec.to_text(c)))
            self.added_emails[c.uid] = {email}
            return
        item = self.remote.items[hrefs[index % len(hrefs)]]
        c = codec.from_text(item.text)
        if op == "delete":
            self.remote.delete(item.href, item.etag)
            self.deleted.add(self.alias.get(c.uid, c.uid))
            return
        self._edit(c, op, email, note, word)
        self.remote.update(item.href, codec.to_text(c), item.etag)

    def _edit(self, c: Contact, op: str, email: str, note: str, word: str) -> None:
        if op == "email":
            c.emails.append(Email(email))
            self.added_emails.setdefault(self.alias.get(c.uid, c.uid), set()).add(email)
        elif op == "note":
            c.add_note(note)
            self.added_notes.setdefault(self.alias.get(c.uid, c.uid), set()).add(note)
        else:
            c.set_field("title", word)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rounds=st.lists(OPS, min_size=1, max_size=3), tokens=st.booleans())
def test_two_syncs_make_both_sides_equal_and_lose_nothing(rounds: list, tokens: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        w = World(Path(folder), tokens)
        try:
            for ops in rounds:
                for op in ops:
                    w.apply(*op)
                w.sync()
            w.sync()
            last = w.sync()
            assert (last.created_local, last.created_remote, last.updated_local, last.updated_remote) == (0, 0, 0, 0)
            check(w)
        finally:
            w.store.close()


def check(w: World) -> None:
    """Every synced pair holds the same data, nothing is unpaired, nothing added is missing."""
    from cardbox.sync.state import load_items

    pairs = load_items(w.store, 1)
    local_ids = set(w.store.all_ids())
    assert {p.contact_id for p in pairs.values()} == local_ids
    assert set(pairs) == set(w.remote.items)
    for href, pair in pairs.items():
        c, r = w.store.get(pair.contact_id or 0), codec.from_text(w.remote.items[href].text)
        assert {e.address for e in c.emails} == {e.address for e in r.emails}
        assert c.title == r.title
        assert {n.text for n in c.notes} == {n.text for n in r.notes}
    contacts = w.store.get_many(sorted(local_ids))
    emails = {e.address for c in contacts for e in c.emails}
    notes = {n.text for c in contacts for n in c.notes}
    for uid, added in w.added_emails.items():
        if w.alias.get(uid, uid) not in w.deleted:
            assert added <= emails
    for uid, added in w.added_notes.items():
        if w.alias.get(uid, uid) not in w.deleted:
            assert added <= notes
