"""Deciding what a sync does: compare both sides with the recorded state, item by item.

Nothing is written here. The plan is complete before the first write, so the deletion
threshold can stop a sync before it touches anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cardbox.model import Contact
from cardbox.store import Store
from cardbox.sync import codec
from cardbox.sync.state import ItemState, contact_seqs
from cardbox.sync.storage import Changes, InvalidSyncToken, Item, Storage


@dataclass
class RemoteDiff:
    """What the server changed since the recorded state."""

    changed: dict[str, str] = field(default_factory=dict)  # href -> etag
    deleted: set[str] = field(default_factory=set)
    token: str | None = None


@dataclass
class LocalDiff:
    changed: dict[int, Contact] = field(default_factory=dict)  # contact id -> contact
    unchanged_seq: dict[int, int] = field(default_factory=dict)  # touched but same text: new seq
    deleted: set[int] = field(default_factory=set)
    new: set[int] = field(default_factory=set)


@dataclass
class Action:
    kind: str  # pull | conflict | recreate_local | create_local | push | push_new | recreate_remote
    #            | delete_local | delete_remote | forget
    href: str = ""
    state: ItemState | None = None
    item: Item | None = None
    remote: Contact | None = None
    contact_id: int | None = None

    @property
    def is_deletion(self) -> bool:
        return self.kind in ("delete_local", "delete_remote")


def remote_diff(storage: Storage, items: dict[str, ItemState], token: str | None) -> RemoteDiff:
    """Changed and deleted hrefs on the server: by sync token when offered, by etags otherwise."""
    changes: Changes | None = None
    delta = bool(token and items)
    if delta:
        try:
            changes = storage.changes(token)
        except InvalidSyncToken:
            delta = False
    if not delta:
        changes = storage.changes(None)
    if changes is None:
        changed, new_token = storage.list(), None
    else:
        changed, new_token = changes.changed, changes.token
    deleted = (changes.deleted & set(items)) if delta and changes else set(items) - set(changed)
    fresh = {h: e for h, e in changed.items() if h not in items or items[h].etag != e}
    return RemoteDiff(fresh, deleted, new_token)


def local_diff(store: Store, items: dict[str, ItemState]) -> LocalDiff:
    """Contacts changed, deleted or new since the recorded state (only touched ones are read)."""
    seqs = contact_seqs(store)
    out = LocalDiff()
    synced: set[int] = set()
    for st in items.values():
        cid = st.contact_id
        if cid is None:
            continue
        if cid not in seqs or seqs[cid][1] != st.uid:
            out.deleted.add(cid)
            continue
        synced.add(cid)
        if seqs[cid][0] > st.local_seq:
            contact = store.get(cid)
            if codec.content_hash(codec.to_text(contact)) != st.local_hash:
                out.changed[cid] = contact
            else:
                out.unchanged_seq[cid] = seqs[cid][0]
    out.new = set(seqs) - synced
    return out


def make_plan(
    items: dict[str, ItemState],
    remote: RemoteDiff,
    fetched: dict[str, tuple[Item, Contact]],
    local: LocalDiff,
) -> list[Action]:
    """One action per item that differs, pulls first, deletions last."""
    actions: list[Action] = []
    handled: set[int] = set()
    for href, (item, contact) in fetched.items():
        st = items.get(href)
        if st is None:
            actions.append(Action("create_local", href, None, item, contact))
            continue
        cid = st.contact_id
        handled.add(cid or -1)
        kind = "conflict" if cid in local.changed else "recreate_local" if cid in local.deleted else "pull"
        actions.append(Action(kind, href, st, item, contact, cid))
    for href in sorted(remote.deleted):
        st = items.get(href)
        if st is None:
            continue
        cid = st.contact_id
        handled.add(cid or -1)
        kind = "recreate_remote" if cid in local.changed else "forget" if cid in local.deleted else "delete_local"
        actions.append(Action(kind, href, st, contact_id=cid))
    for st in items.values():
        if st.contact_id in handled:
            continue
        if st.contact_id in local.changed:
            actions.append(Action("push", st.href, st, contact_id=st.contact_id))
        elif st.contact_id in local.deleted:
            actions.append(Action("delete_remote", st.href, st, contact_id=st.contact_id))
    actions += [Action("push_new", contact_id=cid) for cid in sorted(local.new)]
    order = {"delete_local": 1, "delete_remote": 1}
    return sorted(actions, key=lambda a: order.get(a.kind, 0))
