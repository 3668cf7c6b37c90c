"""Two-way sync of the tarjetero with one Storage (a CardDAV address book or a vdir folder).

`sync()` is a generator: it lists both sides, plans every action before writing anything
(so too many deletions stop it untouched), then applies the actions one item at a time. Each
item's remote write comes first and its local write + state row go in one transaction, so a
sync cut off anywhere resumes without duplicating or deleting anything.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass, field

from cardbox.errors import ItemError, SyncError, VCardError
from cardbox.model import Contact
from cardbox.progress import CancelFlag, Progress
from cardbox.store import Store
from cardbox.sync import codec, plan
from cardbox.sync.apply import Applier
from cardbox.sync.state import Account, load_items, set_token
from cardbox.sync.storage import Item, Storage


@dataclass
class SyncResult:
    """What one sync did; `needs_confirmation` means it stopped before touching anything."""

    created_local: int = 0
    updated_local: int = 0
    deleted_local: int = 0
    created_remote: int = 0
    updated_remote: int = 0
    deleted_remote: int = 0
    merged: int = 0  # first-sync pairs merged instead of duplicated
    conflicts: int = 0
    errors: list[ItemError] = field(default_factory=list)
    needs_confirmation: bool = False
    pending_deletions: int = 0
    cancelled: bool = False
    dedup: str = ""  # which matching rules paired items on a first sync

    def to_dict(self) -> dict[str, object]:
        out = dict(self.__dict__)
        out["errors"] = [e.__dict__ for e in self.errors]
        return out


def sync(
    store: Store,
    account: Account,
    *,
    storage: Storage | None = None,
    cancel: CancelFlag | None = None,
    confirm_deletions: bool = False,
) -> Iterator[Progress]:
    """Sync the tarjetero with the account's storage; the last event's payload is a SyncResult.

    Raises SyncError (wrong credentials, timeout, server error, server gone); what finished
    before the error is recorded, nothing half-done is.
    """
    if account.id is None:
        raise SyncError("the account was never saved", server=account.url)
    storage = storage or open_storage(account)
    result = SyncResult()
    items = load_items(store, account.id)
    yield Progress("sync", 0, None, "listing")
    remote = plan.remote_diff(storage, items, account.sync_token)
    fetched = yield from _fetch(storage, remote, result)
    local = plan.local_diff(store, items)
    actions = plan.make_plan(items, remote, fetched, local)
    deletions = sum(a.is_deletion for a in actions)
    if deletions > account.settings.deletion_threshold and not confirm_deletions:
        result.needs_confirmation, result.pending_deletions = True, deletions
        yield Progress("sync", 0, len(actions), "needs confirmation", payload=result)
        return
    applier = Applier(store, storage, account.id, result)
    applier.bump_seqs(local.unchanged_seq)
    for done, action in enumerate(actions, 1):
        if cancel is not None and cancel.cancelled:
            result.cancelled = True
            break
        label = applier.run(action)
        yield Progress("sync", done, len(actions), label)
    if not (result.cancelled or result.errors):
        set_token(store, account.id, remote.token)
        account.sync_token = remote.token  # a caller holding the account stays current
    yield Progress("sync", len(actions), len(actions), "done", payload=result)


def _fetch(
    storage: Storage, remote: plan.RemoteDiff, result: SyncResult
) -> Generator[Progress, None, dict[str, tuple[Item, Contact]]]:
    """Download and parse the changed items (a batch at a time); returns href -> (item, contact)."""
    fetched: dict[str, tuple[Item, Contact]] = {}
    hrefs = sorted(remote.changed)
    for item in storage.get_many(hrefs):
        try:
            contact = codec.from_text(item.text, item.href)
        except VCardError as exc:
            result.errors.append(ItemError(item.href, None, exc.message))
            continue
        if not contact.uid.strip():
            contact.uid = item.uid or item.href
        fetched[item.href] = (item, contact)
        if len(fetched) % 100 == 0:
            yield Progress("download", len(fetched), len(hrefs), item.href)
    # Gone between the listing and the download: deleted on the server.
    remote.deleted |= {h for h in hrefs if h not in fetched and not any(e.source == h for e in result.errors)}
    return fetched


def open_storage(account: Account) -> Storage:
    """The storage an account points at (the password comes from the keyring)."""
    if account.kind == "vdir":
        from cardbox.sync.vdir import VdirStorage

        return VdirStorage(account.url)
    from cardbox.sync.carddav import CardDAVStorage, Session
    from cardbox.sync.credentials import get_password

    session = Session(account.url, account.username, get_password(account.url, account.username), account.settings)
    return CardDAVStorage(session, account.collection)
