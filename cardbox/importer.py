"""Importing .vcf files into the tarjetero: upsert by UID, user-typed values always win.

`import_files` is a generator of `Progress` events (one per card) that honours a `CancelFlag`.
Cards are written in transactions of `chunk` cards; inside a chunk each card has its own
savepoint, so one card the database refuses never takes its neighbours down with it.
Re-importing the same file changes nothing; a card whose UID is unknown may be merged into an
existing contact by a `resolver` (dedup plugs in there).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from cardbox.errors import CardboxError, ItemError
from cardbox.model import SCALAR_FIELDS, Contact, SourceKind, utcnow
from cardbox.progress import CancelFlag, Progress
from cardbox.serialize import contact_to_dict
from cardbox.store import Store
from cardbox.text import squash
from cardbox.vcard import read_file

Resolver = Callable[[Store, Contact], "int | None"]
_TRUST = list(SourceKind)  # earlier = more trusted (USER, QR, IMPORT, SYNC, SCAN, MERGE)


class ImportedId(int):
    """A contact id (the Progress payload) that also says what the import did to it."""

    action: str  # "created" | "updated" | "unchanged"

    def __new__(cls, value: int, action: str) -> ImportedId:
        obj = super().__new__(cls, value)
        obj.action = action
        return obj


def import_files(
    store: Store,
    paths: list[Path],
    *,
    cancel: CancelFlag | None = None,
    resolver: Resolver | None = None,
    chunk: int = 200,
) -> Iterator[Progress]:
    """Import every card of the files; yields one Progress(stage="import") per card."""
    started = utcnow()
    batches = [(Path(p).name, *read_file(Path(p))) for p in paths]
    total = sum(len(contacts) + len(errors) for _, contacts, errors in batches)
    done = 0
    introduced: list[int] = []
    for name, contacts, errors in batches:
        indexes = card_indexes(len(contacts), errors)
        for error in errors:
            done += 1
            yield Progress("import", done, total, name, None, error)
        for start in range(0, len(contacts), max(1, chunk)):
            if cancel and cancel.cancelled:
                _resolve_introducers(store, introduced)
                return
            part = list(zip(contacts[start : start + chunk], indexes[start : start + chunk], strict=True))
            results = _write_chunk(store, part, name, resolver, started, cancel)
            for contact, result in results:
                done += 1
                if isinstance(result, ItemError):
                    yield Progress("import", done, total, name, None, result)
                    continue
                if contact.introduced_by_uid and contact.introduced_by is None:
                    introduced.append(int(result))
                yield Progress("import", done, total, name, result)
    _resolve_introducers(store, introduced)


def card_indexes(count: int, errors: list[ItemError]) -> list[int]:
    """The 0-based card numbers of the contacts read from a file (the failed cards are skipped)."""
    failed = {e.index for e in errors if e.index is not None}
    indexes = [i for i in range(count + len(failed)) if i not in failed]
    return indexes[:count]


def _write_chunk(
    store: Store,
    contacts: list[tuple[Contact, int]],
    name: str,
    resolver: Resolver | None,
    started: datetime,
    cancel: CancelFlag | None,
) -> list[tuple[Contact, ImportedId | ItemError]]:
    """One transaction for the chunk, one savepoint per card; results are yielded after COMMIT."""
    results: list[tuple[Contact, ImportedId | ItemError]] = []
    with store.transaction() as conn:
        for contact, index in contacts:
            if cancel and cancel.cancelled:
                break
            conn.execute("SAVEPOINT import_card")
            try:
                stored, result = _upsert(store, contact, resolver, started)
                conn.execute("RELEASE import_card")
            except (sqlite3.Error, CardboxError, ValueError) as exc:
                conn.execute("ROLLBACK TO import_card")
                conn.execute("RELEASE import_card")
                results.append((contact, ItemError(name, index, f"not saved: {exc}")))
                continue
            results.append((stored, result))
    return results


def _upsert(store: Store, new: Contact, resolver: Resolver | None, started: datetime) -> tuple[Contact, ImportedId]:
    existing = store.get_by_uid(new.uid) or _merged_into(store, new.uid)
    if existing is None and resolver is not None:
        target = resolver(store, new)
        if target is not None:
            # Someone we already have: store the card, then merge it through the dedup plan so
            # the merge keeps job history, lands in the merge log and can be undone.
            from cardbox.dedup import apply_merge

            new.id = None
            apply_merge(store, target, store.save(new), reasons=f"import: {new.uid}")
            return store.get(target), ImportedId(target, "updated")
    if existing is None:
        new.id = None
        return new, ImportedId(store.save(new), "created")
    before = _comparable(existing)
    merge_import(existing, new, started)
    if _comparable(existing) == before:
        return existing, ImportedId(existing.id or 0, "unchanged")
    return existing, ImportedId(store.save(existing), "updated")


def _merged_into(store: Store, uid: str) -> Contact | None:
    """The contact a card with this UID was merged into (so re-importing it changes nothing)."""
    row = store.conn.execute(
        "SELECT kept_id FROM merges WHERE removed_uid = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1", (uid,)
    ).fetchone()
    return store.get(row[0]) if row is not None and store.exists(row[0]) else None


def _comparable(c: Contact) -> dict[str, object]:
    d = contact_to_dict(c)
    d.pop("updated_at")
    return d


def _wins(new_kind: SourceKind, old_kind: SourceKind) -> bool:
    return _TRUST.index(new_kind) <= _TRUST.index(old_kind)


def merge_import(existing: Contact, new: Contact, started: datetime | None = None) -> None:
    """Fold an imported card into a stored contact: lists are unioned, user-typed values kept."""
    for name in SCALAR_FIELDS:
        value, old = getattr(new, name), getattr(existing, name)
        if value and value != old and (not old or _wins(new.source_of(name).kind, existing.source_of(name).kind)):
            existing.set_field(name, value, new.source_of(name))
    _union(existing.emails, new.emails, lambda e: e.address.strip().lower())
    _union(existing.phones, new.phones, lambda p: p.e164)
    _union(existing.urls, new.urls, lambda u: u.url.strip())
    _union(existing.addresses, new.addresses, lambda a: (squash(a.street), a.postal_code, squash(a.city), a.country))
    _union(existing.socials, new.socials, lambda s: (s.service, s.handle.strip().lower()))
    _union(existing.tags, new.tags, lambda t: t.casefold())
    _union(existing.events, new.events, lambda e: squash(e.name))
    _union(existing.jobs, new.jobs, lambda j: (j.org, j.title, j.until))
    _union(existing.extra_vcard, new.extra_vcard, lambda line: line)
    _merge_notes(existing, new, started)
    _merge_relationship(existing, new)


def _union(target: list, incoming: list, key: Callable) -> None:  # type: ignore[type-arg]
    seen = {key(x) for x in target}
    for item in incoming:
        if key(item) not in seen:
            seen.add(key(item))
            target.append(item)


def _merge_notes(existing: Contact, new: Contact, started: datetime | None) -> None:
    """Same text at the same moment is the same note. A plain NOTE from another app has no date
    of its own (the reader stamps it with the import time), so there the text alone decides."""
    norm = lambda s: " ".join(s.split())  # noqa: E731
    dated = {(norm(n.text), n.at) for n in existing.notes}
    texts = {norm(n.text) for n in existing.notes}
    for note in new.notes:
        undated = started is not None and note.at >= started
        if (norm(note.text), note.at) in dated or (undated and norm(note.text) in texts):
            continue
        note.id = None
        existing.notes.append(note)
        dated.add((norm(note.text), note.at))
        texts.add(norm(note.text))
    existing.notes.sort(key=lambda n: n.at)


def _merge_relationship(existing: Contact, new: Contact) -> None:
    _union(existing.warmth_history, new.warmth_history, lambda w: (w.warmth, w.at))
    existing.warmth_history.sort(key=lambda w: w.at)
    if existing.warmth_history:
        existing.warmth = existing.warmth_history[-1].warmth
    elif new.warmth > existing.warmth:
        existing.warmth = new.warmth
    existing.follow_up = existing.follow_up or new.follow_up
    existing.birthday = existing.birthday or new.birthday
    if new.last_contacted and (existing.last_contacted is None or new.last_contacted > existing.last_contacted):
        existing.last_contacted = new.last_contacted
    existing.introduced_by_uid = existing.introduced_by_uid or new.introduced_by_uid


def _resolve_introducers(store: Store, ids: list[int]) -> None:
    """After the whole batch is stored, turn introducers' UIDs into contact ids where known."""
    with store.transaction():
        for cid in ids:
            contact = store.get(cid)
            if contact.introduced_by is not None or not contact.introduced_by_uid:
                continue
            introducer = store.get_by_uid(contact.introduced_by_uid)
            if introducer is not None and introducer.id != cid:
                contact.introduced_by = introducer.id
                store.save(contact)
