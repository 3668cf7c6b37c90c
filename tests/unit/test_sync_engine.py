"""The sync engine against the in-memory storage: first sync, changes both ways, conflicts,
deletions with their threshold, resume after an interruption."""

from __future__ import annotations

import pytest

from cardbox.model import Contact, Email, Phone, PhoneType, Provenance, SourceKind
from cardbox.progress import CancelFlag
from cardbox.store import Store
from cardbox.sync import codec
from cardbox.sync.engine import SyncResult, sync
from cardbox.sync.state import Account, load_items, save_account
from cardbox.sync.storage import Item, MemoryStorage


def run(store: Store, account: Account, storage, **kw) -> SyncResult:  # type: ignore[no-untyped-def]
    from cardbox.sync.state import get_account

    account = get_account(store, account.name)  # fresh token, like a new app start
    events = list(sync(store, account, storage=storage, **kw))
    result = events[-1].payload
    assert isinstance(result, SyncResult)
    return result


def person(name: str, email: str = "", phone: str = "", **kw: object) -> Contact:
    c = Contact(full_name=name, **kw)  # type: ignore[arg-type]
    if email:
        c.emails.append(Email(email))
    if phone:
        c.phones.append(Phone(phone, PhoneType.CELL))
    return c


def remote_card(uid: str, name: str, extra: str = "") -> Item:
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:;{name};;;\r\n{extra}END:VCARD\r\n"
    return Item(uid, f"{uid}.vcf", "", text)


@pytest.fixture
def account(store: Store) -> Account:
    return save_account(store, Account("phone", kind="memory"))


@pytest.fixture(params=[True, False], ids=["sync-token", "etags"])
def remote(request: pytest.FixtureRequest) -> MemoryStorage:
    return MemoryStorage(with_sync_tokens=request.param)


def server_contacts(storage: MemoryStorage) -> dict[str, Contact]:
    return {i.uid: codec.from_text(i.text) for i in storage.items.values()}


def test_first_sync_both_ways(store: Store, account: Account, remote: MemoryStorage) -> None:
    store.save(person("Ana Local", "ana@example.com"))
    remote.create(remote_card("r1", "Rita Remote"))
    res = run(store, account, remote)
    assert (res.created_local, res.created_remote) == (1, 1)
    assert store.count() == 2 and len(remote.items) == 2
    again = run(store, account, remote)
    assert again.created_local == again.created_remote == again.updated_remote == again.updated_local == 0


def test_first_sync_merges_same_person_instead_of_duplicating(
    store: Store, account: Account, remote: MemoryStorage
) -> None:
    store.save(person("Ana García", "ana@example.com"))
    remote.create(remote_card("r1", "Ana García", "EMAIL:ANA@example.com\r\nTEL:+34600111222\r\n"))
    res = run(store, account, remote)
    assert res.merged == 1 and store.count() == 1 and len(remote.items) == 1
    local = store.get(store.all_ids()[0])
    assert [p.e164 for p in local.phones] == ["+34600111222"]


def test_changes_flow_both_ways(store: Store, account: Account, remote: MemoryStorage) -> None:
    cid = store.save(person("Ana", "ana@example.com"))
    run(store, account, remote)
    c = store.get(cid)
    c.set_field("title", "CEO")
    store.save(c)
    res = run(store, account, remote)
    assert res.updated_remote == 1
    (item,) = remote.items.values()
    assert "CEO" in item.text
    remote.update(item.href, item.text.replace("CEO", "CTO"), item.etag)
    res = run(store, account, remote)
    assert res.updated_local == 1 and store.get(cid).title == "CTO"


def test_conflict_is_merged_field_by_field(store: Store, account: Account, remote: MemoryStorage) -> None:
    c = person("Ana", "ana@example.com")
    cid = store.save(c)
    run(store, account, remote)
    c = store.get(cid)
    c.set_field("org", "Local SA", Provenance(SourceKind.USER))
    c.emails.append(Email("ana@local.es"))
    c.add_note("met at the fair")
    store.save(c)
    (item,) = remote.items.values()
    text = item.text.replace("END:VCARD", "ORG:Phone SL\r\nEMAIL:ana@phone.com\r\nNOTE:call back\r\nEND:VCARD")
    remote.update(item.href, text, item.etag)
    res = run(store, account, remote)
    assert res.conflicts == 1
    local = store.get(cid)
    assert local.org == "Local SA"  # the user's own edit wins
    assert {e.address for e in local.emails} == {"ana@example.com", "ana@local.es", "ana@phone.com"}
    notes = " ".join(n.text for n in local.notes)
    assert "met at the fair" in notes and "call back" in notes and "Phone SL" in notes
    on_server = server_contacts(remote)[local.uid]
    assert {e.address for e in on_server.emails} == {e.address for e in local.emails}
    assert run(store, account, remote).updated_remote == 0


def test_scan_value_loses_to_phone_edit(store: Store, account: Account, remote: MemoryStorage) -> None:
    c = person("Ana")
    c.set_field("title", "Gerentc", Provenance(SourceKind.SCAN, confidence=0.6))
    cid = store.save(c)
    run(store, account, remote)
    c = store.get(cid)
    c.set_field("title", "Gerentx", Provenance(SourceKind.SCAN, confidence=0.5))
    store.save(c)
    (item,) = remote.items.values()
    remote.update(item.href, item.text.replace("Gerentc", "Gerente"), item.etag)
    run(store, account, remote)
    assert store.get(cid).title == "Gerente"


def test_deletions_both_ways_and_threshold(store: Store, account: Account, remote: MemoryStorage) -> None:
    ids = [store.save(person(f"P{i}", f"p{i}@x.com")) for i in range(8)]
    run(store, account, remote)
    store.delete(ids[0])
    res = run(store, account, remote)
    assert res.deleted_remote == 1 and len(remote.items) == 7
    for item in list(remote.items.values())[:6]:
        remote.delete(item.href, item.etag)
    res = run(store, account, remote)
    assert res.needs_confirmation and res.pending_deletions == 6
    assert store.count() == 7  # nothing touched
    res = run(store, account, remote, confirm_deletions=True)
    assert res.deleted_local == 6 and store.count() == 1


def test_delete_versus_edit_keeps_the_edit(store: Store, account: Account, remote: MemoryStorage) -> None:
    cid = store.save(person("Ana", "ana@example.com"))
    run(store, account, remote)
    (item,) = remote.items.values()
    remote.delete(item.href, item.etag)
    c = store.get(cid)
    c.add_note("still a client")
    store.save(c)
    res = run(store, account, remote)
    assert res.created_remote == 1 and len(remote.items) == 1 and store.count() == 1


def test_interrupted_sync_resumes_without_duplicates(store: Store, account: Account, remote: MemoryStorage) -> None:
    for i in range(6):
        store.save(person(f"L{i}", f"l{i}@x.com"))
        remote.create(remote_card(f"r{i}", f"R{i}"))
    flag = CancelFlag()
    gen = sync(store, account, storage=remote, cancel=flag)
    for event in gen:
        if event.done == 5:
            flag.cancel()
    assert 0 < len(load_items(store, account.id or 0)) < 12
    res = run(store, account, remote)
    assert not res.cancelled
    assert store.count() == 12 and len(remote.items) == 12
    assert run(store, account, remote).created_remote == 0


def test_crash_between_remote_write_and_state_is_healed(store: Store, account: Account, remote: MemoryStorage) -> None:
    cid = store.save(person("Ana", "ana@example.com"))
    c = store.get(cid)
    # The app died after its PUT reached the server but before the state row was written.
    remote.create(Item(c.uid, "", "", codec.to_text(c)))
    res = run(store, account, remote)
    assert store.count() == 1 and len(remote.items) == 1
    assert res.created_local == 0
