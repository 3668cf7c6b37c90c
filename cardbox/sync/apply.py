"""Applying one planned sync action: the remote write first, then the local write and the
item's state row in one transaction (so a crash between them is healed by the next sync)."""

from __future__ import annotations

import re

from cardbox.errors import ItemError, NotFound, VCardError
from cardbox.model import Contact
from cardbox.store import Store
from cardbox.sync import codec
from cardbox.sync.match import find_match, is_linked, merge_pair
from cardbox.sync.merge import merge3
from cardbox.sync.plan import Action
from cardbox.sync.state import ItemState, drop_item, put_item, seq_of
from cardbox.sync.storage import Item, ItemNotFound, PreconditionFailed, Storage, href_for_uid, uid_of

MAX_RETRIES = 3
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")


class Applier:
    """Runs actions against one store and one storage, counting into a SyncResult."""

    def __init__(self, store: Store, storage: Storage, account_id: int, result) -> None:  # type: ignore[no-untyped-def]
        self.store, self.storage, self.account_id, self.result = store, storage, account_id, result

    def run(self, action: Action) -> str:
        """Apply one action; a bad vCard becomes an ItemError, network errors propagate."""
        try:
            return getattr(self, "_" + action.kind)(action)
        except (VCardError, NotFound) as exc:
            self.result.errors.append(ItemError(action.href or str(action.contact_id), None, exc.message))
            return action.href
        except PreconditionFailed as exc:  # changed again while we worked: nothing was written here
            reason = f"{exc.message}; it will be merged on the next sync"
            self.result.errors.append(ItemError(action.href or str(action.contact_id), None, reason))
            return action.href

    def bump_seqs(self, seqs: dict[int, int]) -> None:
        """Touched-but-unchanged contacts: remember their seq so the next sync skips them."""
        if not seqs:
            return
        with self.store.transaction() as conn:
            conn.executemany(
                "UPDATE sync_items SET local_seq = ? WHERE account_id = ? AND contact_id = ?",
                [(seq, self.account_id, cid) for cid, seq in seqs.items()],
            )

    # -- server -> tarjetero -------------------------------------------------------------

    def _pull(self, a: Action) -> str:
        local = self.store.get(a.contact_id)  # type: ignore[arg-type]
        base = codec.from_text(a.state.last_text) if a.state and a.state.last_text else None
        merged, _ = merge3(base, local, a.remote)  # type: ignore[arg-type]
        self.result.conflicts += a.kind == "conflict"  # both sides changed, field conflicts or not
        self._settle(a.item, a.remote, merged, force_push=a.kind == "conflict")  # type: ignore[arg-type]
        self.result.updated_local += 1
        return merged.display_name

    _conflict = _pull

    def _recreate_local(self, a: Action) -> str:
        return self._create_local(a)

    def _create_local(self, a: Action) -> str:
        remote: Contact = a.remote  # type: ignore[assignment]
        match = find_match(self.store, remote, self.account_id)
        self.result.dedup = match.rules
        if match.contact is None:
            remote.id = None
            with self.store.transaction() as conn:
                self.store.save(remote)
                self._record(conn, a.item, remote, a.item.text)  # type: ignore[union-attr,arg-type]
            self.result.created_local += 1
            return remote.display_name
        merged = merge_pair(match.contact, remote)
        self._settle(a.item, remote, merged, force_push=False)  # type: ignore[arg-type]
        self.result.merged += 1
        return merged.display_name

    def _delete_local(self, a: Action) -> str:
        with self.store.transaction() as conn:
            row = conn.execute("SELECT uid FROM contacts WHERE id = ?", (a.contact_id,)).fetchone()
            if row is not None and a.state is not None and row[0] == a.state.uid:  # never a reused id
                self.store.delete(a.contact_id)  # type: ignore[arg-type]
            drop_item(conn, self.account_id, a.href)
        self.result.deleted_local += 1
        return a.href

    def _forget(self, a: Action) -> str:
        with self.store.transaction() as conn:
            drop_item(conn, self.account_id, a.href)
        return a.href

    # -- tarjetero -> server -------------------------------------------------------------

    def _push(self, a: Action) -> str:
        local = self.store.get(a.contact_id)  # type: ignore[arg-type]
        st: ItemState = a.state  # type: ignore[assignment]
        text = server_text(local, uid_of(st.last_text), st.last_text)
        try:
            etag = self.storage.update(st.href, text, st.etag)
        except PreconditionFailed:
            return self._refetch_and_merge(st.href, a)
        except ItemNotFound:
            return self._push_new(Action("push_new", contact_id=a.contact_id, state=st))
        self._record_pushed(st.href, etag, local, text)
        self.result.updated_remote += 1
        return local.display_name

    def _recreate_remote(self, a: Action) -> str:
        return self._push_new(Action("push_new", contact_id=a.contact_id, state=a.state))

    def _push_new(self, a: Action) -> str:
        if a.state is None and self._linked(a.contact_id):  # paired with a server item meanwhile
            return str(a.contact_id)
        local = self.store.get(a.contact_id)  # type: ignore[arg-type]
        text = compose(codec.to_text(local), a.state.last_text if a.state else "")
        href = href_for_uid(local.uid)
        try:
            href, etag = self.storage.create(Item(local.uid, href, "", text))
        except PreconditionFailed:  # already there: a resumed sync, or the phone has it too
            return self._refetch_and_merge(href, a)
        with self.store.transaction() as conn:
            if a.state is not None and a.state.href != href:
                drop_item(conn, self.account_id, a.state.href)
            self._record_pushed(href, etag, local, text)
        self.result.created_remote += 1
        return local.display_name

    def _delete_remote(self, a: Action) -> str:
        st: ItemState = a.state  # type: ignore[assignment]
        try:
            self.storage.delete(st.href, st.etag)
        except ItemNotFound:
            pass
        except PreconditionFailed:  # changed on the server meanwhile: keep it, bring it back
            item = self.storage.get(st.href)
            remote = codec.from_text(item.text, item.href)
            return self._create_local(Action("recreate_local", st.href, None, item, remote))
        with self.store.transaction() as conn:
            drop_item(conn, self.account_id, st.href)
        self.result.deleted_remote += 1
        return st.href

    # -- helpers --------------------------------------------------------------------------

    def _linked(self, contact_id: int | None) -> bool:
        return is_linked(self.store, self.account_id, contact_id)

    def _refetch_and_merge(self, href: str, a: Action, attempt: int = 1) -> str:
        """412: someone else wrote the item; merge with what is there now and write again."""
        if attempt > MAX_RETRIES:
            raise PreconditionFailed(href=href, server=self.storage.server)
        item = self.storage.get(href)
        remote = codec.from_text(item.text, href)
        local = self.store.get(a.contact_id)  # type: ignore[arg-type]
        base = codec.from_text(a.state.last_text) if a.state and a.state.last_text else None
        merged, conflicts = merge3(base, local, remote)
        self.result.conflicts += 1
        try:
            self._settle(item, remote, merged, force_push=True)
        except PreconditionFailed:
            return self._refetch_and_merge(href, a, attempt + 1)
        return merged.display_name

    def _settle(self, item: Item, remote: Contact, merged: Contact, *, force_push: bool) -> None:
        """Save `merged` locally; write it to the server too when it differs from `remote`."""
        text, etag = item.text, item.etag
        new_text = server_text(merged, item.uid, item.text)
        if force_push or codec.content_hash(new_text) != codec.content_hash(server_text(remote, item.uid, item.text)):
            if codec.content_hash(new_text) != codec.content_hash(item.text):
                etag = self.storage.update(item.href, new_text, item.etag)
                text = new_text
                self.result.updated_remote += 1
        with self.store.transaction() as conn:
            self.store.save(merged)
            self._record(conn, Item(item.uid, item.href, etag, text), merged, text)

    def _record_pushed(self, href: str, etag: str, local: Contact, text: str) -> None:
        with self.store.transaction() as conn:
            self._record(conn, Item(uid_of(text), href, etag, text), local, text)

    def _record(self, conn, item: Item, contact: Contact, text: str) -> None:  # type: ignore[no-untyped-def]
        st = ItemState(
            item.href,
            contact.uid,
            item.etag,
            contact.id,
            codec.content_hash(codec.to_text(contact)),
            seq_of(conn, contact.id or 0),
            text,
        )
        put_item(conn, self.account_id, st)


def server_text(contact: Contact, uid: str, last_text: str) -> str:
    """What to PUT for a contact at an href: its vCard under the UID the server knows it by
    (a first-sync merge may pair different UIDs; servers refuse a UID change, RFC 6352 5.1)."""
    text = codec.to_text(contact)
    if uid and uid != contact.uid:
        text = re.sub(
            r"^UID(;[^:\r\n]*)?:.*$", lambda m: f"UID{m.group(1) or ''}:{uid}", text, count=1, flags=re.M | re.I
        )
    return compose(text, last_text)


def compose(text: str, server_text: str) -> str:
    """`text` plus the server's properties that cardbox cannot represent (PHOTO, X-…, IMPP…),
    so a phone's data survives a round trip even when the vCard codec drops it."""
    if not server_text:
        return text
    ours = {_name(ln) for ln in _lines(text)}
    understood = {_name(ln) for ln in _lines(codec.to_text(codec.from_text(server_text)))} | ours
    carried = [ln for ln in _raw_props(server_text) if _name(ln) not in understood]
    if not carried:
        return text
    body = text.rstrip("\r\n")
    head, _, _ = body.rpartition("\n")
    return head.rstrip("\r") + "\r\n" + "\r\n".join(carried) + "\r\nEND:VCARD\r\n"


def _lines(text: str) -> list[str]:
    return [ln for ln in text.replace("\r\n", "\n").split("\n") if ln and ln[0] not in " \t"]


def _raw_props(text: str) -> list[str]:
    """Content lines with their folded continuations kept as they were."""
    out: list[str] = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        if ln[:1] in (" ", "\t") and out:
            out[-1] += "\r\n" + ln
        elif ln:
            out.append(ln)
    return out


def _name(line: str) -> str:
    m = _NAME.match(line)
    return m.group(1).upper() if m else ""


__all__ = ["Applier", "compose", "uid_of"]
