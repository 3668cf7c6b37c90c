"""Pairing a server contact with a tarjetero contact on a first sync, so both sides merge
instead of duplicating. Uses `cardbox.dedup` when it is installed; otherwise UID, then email."""

from __future__ import annotations

from dataclasses import dataclass

from cardbox.model import Contact, new_uid
from cardbox.store import Store


@dataclass
class Match:
    contact: Contact | None
    rules: str  # "dedup" | "uid+email"


def is_linked(store: Store, account_id: int, contact_id: int | None) -> bool:
    """True when this contact (id *and* UID: ids get reused) is already paired with a server item."""
    row = store.conn.execute(
        "SELECT 1 FROM sync_items s JOIN contacts c ON c.id = s.contact_id AND c.uid = s.uid "
        "WHERE s.account_id = ? AND s.contact_id = ?",
        (account_id, contact_id),
    ).fetchone()
    return row is not None


def find_match(store: Store, remote: Contact, account_id: int) -> Match:
    """The unsynced local contact that is the same person as `remote`, if any."""
    rules = "uid+email"
    by_uid = store.get_by_uid(remote.uid) if remote.uid else None
    if by_uid is not None:
        if not is_linked(store, account_id, by_uid.id or 0):
            return Match(by_uid, rules)
        remote.uid = new_uid()  # the UID is taken by another synced item: never collide
    candidates = _dedup_candidates(store, remote)
    if candidates is None:  # cardbox.dedup not available: the simple rule
        candidates = [cid for email in remote.emails for cid in store.ids_by_email(email.address)]
    else:
        rules = "dedup"
    for cid in candidates:
        if store.exists(cid) and not is_linked(store, account_id, cid):
            return Match(store.get(cid), rules)
    return Match(None, rules)


def _dedup_candidates(store: Store, remote: Contact) -> list[int] | None:
    """Ids of sure ("auto") matches by the dedup rules, best first; None without cardbox.dedup."""
    try:
        from cardbox.dedup import find_candidates  # type: ignore[attr-defined]
    except ImportError:
        return None
    found = [c for c in find_candidates(store, remote) if getattr(c, "decision", "") == "auto"]
    found.sort(key=lambda c: -c.score)
    return [c.other_id for c in found]


def merge_pair(local: Contact, remote: Contact) -> Contact:
    """The contact a first-sync pair becomes: the dedup merge plan when available (the same
    rules as a manual merge), else the sync's own field-by-field union."""
    try:
        from cardbox.dedup import plan_merge
    except ImportError:
        from cardbox.sync.merge import merge3

        return merge3(None, local, remote)[0]
    result = plan_merge(local, remote).result
    result.id, result.uid = local.id, local.uid
    return result
