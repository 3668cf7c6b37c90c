"""Two-way sync against a real Radicale on 127.0.0.1: first sync, changes, conflicts, a phone's
vCard with unknown properties, interruptions, a server that stops, 5xx, 412, timeouts and
wrong credentials."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbox.errors import SyncError
from cardbox.model import Contact, Email, Phone, PhoneType
from cardbox.phones import normalize
from cardbox.store import Store
from cardbox.sync import carddav, codec
from cardbox.sync.carddav import CardDAVStorage
from cardbox.sync.config import SyncSettings
from cardbox.sync.engine import SyncResult, sync
from cardbox.sync.http import AuthFailed, ServerFailed, ServerTimeout, ServerUnreachable, Session
from cardbox.sync.state import Account, get_account, load_items, save_account
from cardbox.sync.storage import Item

pytestmark = pytest.mark.radicale

IPHONE = "vcards/ez-vcard/src/test/resources/ezvcard/io/text/John_Doe_IPHONE.vcf"


def person(name: str, email: str, phone: str = "") -> Contact:
    c = Contact(full_name=name, emails=[Email(email)])
    if phone:
        c.phones.append(Phone(phone, PhoneType.CELL))
    return c


def make_account(
    store: Store, url: str, user: str, password: str, book: str, **settings: object
) -> tuple[Account, CardDAVStorage]:
    session = Session(url, user, password, SyncSettings(**settings))  # type: ignore[arg-type]
    home, _ = carddav.discover(session)
    found = carddav.create_addressbook(session, home, book)
    account = save_account(
        store, Account("radicale", url=url, username=user, collection=found.url, settings=session.settings)
    )
    return account, CardDAVStorage(session, found.url)


def run(store: Store, storage: CardDAVStorage, **kw: object) -> SyncResult:
    events = list(sync(store, get_account(store, "radicale"), storage=storage, **kw))  # type: ignore[arg-type]
    return events[-1].payload  # type: ignore[return-value]


@pytest.fixture
def dav(store: Store, radicale, book_name: str) -> tuple[Account, CardDAVStorage]:  # type: ignore[no-untyped-def]
    return make_account(store, radicale.url, radicale.user, radicale.password, book_name)


def test_first_sync_merges_then_only_changes_travel(store: Store, dav) -> None:  # type: ignore[no-untyped-def]
    _, remote = dav
    store.save(person("Avery Smith", "avery.smith@contoso.com", "+447911123456"))
    store.save(person("Chris Smith", "chris.smith@contoso.com"))
    remote.create(
        Item(
            "phone-avery",
            "",
            "",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-avery\r\nFN:Avery Smith\r\n"
            "N:Smith;Avery;;;\r\nEMAIL:avery.smith@contoso.com\r\nTEL;TYPE=WORK:+44 20 7946 0958\r\nEND:VCARD\r\n",
        )
    )
    res = run(store, remote)
    assert res.merged == 1 and res.created_remote == 1
    assert store.count() == 2 and len(remote.list()) == 2
    avery = store.get(store.ids_by_email("avery.smith@contoso.com")[0])
    assert {normalize(p.e164) for p in avery.phones} == {"+447911123456", "+442079460958"}
    again = run(store, remote)
    assert (again.created_local, again.created_remote, again.updated_local, again.updated_remote) == (0, 0, 0, 0)


def test_phone_vcard_unknown_properties_survive_a_local_edit(store: Store, dav, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _, remote = dav
    text = (
        (data_dir / IPHONE)
        .read_text(encoding="utf-8")
        .replace(
            "END:VCARD",
            "UID:iphone-john\r\nIMPP;X-SERVICE-TYPE=Skype:skype:johndoe\r\nX-CUSTOM:keep me\r\nEND:VCARD",
            1,
        )
    )
    href, etag = remote.create(Item("iphone-john", "", "", text))
    run(store, remote)
    assert remote.list()[href] == etag  # pulling alone never rewrites the phone's card
    john = store.get_by_uid("iphone-john")
    assert john is not None and john.org == "IBM"
    john.set_field("title", "Chief Money Counter")
    john.add_note("met at the fair")
    store.save(john)
    res = run(store, remote)
    assert res.updated_remote == 1
    back = remote.get(href).text
    for prop in (
        "Chief Money Counter",
        "X-CUSTOM:keep me",
        "skype:johndoe",
        "X-ABLabel",
        "BDAY",
        "PHOTO",
        "NICKNAME:Johny",
    ):
        assert prop.lower() in back.lower(), prop


def test_conflict_on_both_sides_is_merged(store: Store, dav) -> None:  # type: ignore[no-untyped-def]
    _, remote = dav
    cid = store.save(person("Ana García", "ana@example.com"))
    run(store, remote)
    c = store.get(cid)
    c.emails.append(Email("ana@work.es"))
    c.add_note("prefers mornings")
    store.save(c)
    ((href, etag),) = remote.list().items()
    text = remote.get(href).text.replace("END:VCARD", "TEL;TYPE=CELL:+34600111222\r\nNOTE:phone note\r\nEND:VCARD")
    remote.update(href, text, etag)
    res = run(store, remote)
    assert res.conflicts >= 1
    local = store.get(cid)
    server = codec.from_text(remote.get(href).text)
    assert {e.address for e in local.emails} == {e.address for e in server.emails} == {"ana@example.com", "ana@work.es"}
    assert [normalize(p.e164) for p in local.phones] == ["+34600111222"]
    notes = " ".join(n.text for n in local.notes)
    assert "prefers mornings" in notes and "phone note" in notes


def test_deletions_travel_and_many_need_confirmation(store: Store, dav) -> None:  # type: ignore[no-untyped-def]
    _, remote = dav
    ids = [store.save(person(f"P{i}", f"p{i}@x.com")) for i in range(7)]
    run(store, remote)
    store.delete(ids[0])
    assert run(store, remote).deleted_remote == 1
    for href, etag in list(remote.list().items()):
        remote.delete(href, etag)
    res = run(store, remote)
    assert res.needs_confirmation and store.count() == 6
    assert run(store, remote, confirm_deletions=True).deleted_local == 6 and store.count() == 0


class Boom(RuntimeError):
    pass


class Dying(CardDAVStorage):
    """Raises (as if the app were killed) after `after` successful creates."""

    def __init__(self, base: CardDAVStorage, after: int) -> None:
        super().__init__(base.session, base.collection)
        self.left = after

    def create(self, item: Item) -> tuple[str, str]:
        if self.left == 0:
            raise Boom("killed")
        self.left -= 1
        return super().create(item)


def test_interrupted_sync_resumes_without_duplicates(store: Store, dav) -> None:  # type: ignore[no-untyped-def]
    _, remote = dav
    for i in range(8):
        store.save(person(f"L{i}", f"l{i}@x.com"))
    with pytest.raises(Boom):
        run(store, Dying(remote, 3))
    assert len(remote.list()) == 3
    res = run(store, remote)
    assert res.created_remote == 5 and len(remote.list()) == 8 and store.count() == 8


def test_server_stopped_mid_sync_then_resumed(store: Store, start_radicale, book_name: str) -> None:  # type: ignore[no-untyped-def]
    server = start_radicale()
    _, remote = make_account(store, server.url, server.user, server.password, book_name, timeout=5)
    for i in range(6):
        store.save(person(f"S{i}", f"s{i}@x.com"))

    class Stopping(CardDAVStorage):
        def create(self, item: Item) -> tuple[str, str]:
            out = super().create(item)
            if len(load_items(store, 1)) == 1:
                server.stop()
            return out

    with pytest.raises(ServerUnreachable) as err:
        run(store, Stopping(remote.session, remote.collection))
    assert "cannot reach" in err.value.message and store.count() == 6
    server.start()
    res = run(store, remote)
    assert len(remote.list()) == 6 and store.count() == 6 and res.created_remote + res.merged >= 4


def test_wrong_password_is_clear_and_changes_nothing(store: Store, radicale, book_name: str) -> None:  # type: ignore[no-untyped-def]
    account, remote = make_account(store, radicale.url, radicale.user, radicale.password, book_name)
    store.save(person("Ana", "ana@example.com"))
    bad = CardDAVStorage(Session(radicale.url, radicale.user, "wrong"), remote.collection)
    with pytest.raises(AuthFailed) as err:
        run(store, bad)
    assert "refused the user name or password" in err.value.message and "wrong" not in err.value.message
    assert load_items(store, account.id or 0) == {} and remote.list() == {}


def test_server_error_and_timeout_are_clear(store: Store, radicale, fault_proxy, book_name: str) -> None:  # type: ignore[no-untyped-def]
    account, direct = make_account(store, radicale.url, radicale.user, radicale.password, book_name)
    store.save(person("Ana", "ana@example.com"))
    session = Session(fault_proxy.url, radicale.user, radicale.password, SyncSettings(timeout=0.5))
    remote = CardDAVStorage(session, direct.collection)
    fault_proxy.fail("PUT", 500)
    with pytest.raises(ServerFailed) as err:
        run(store, remote)
    assert "HTTP 500" in err.value.message and load_items(store, account.id or 0) == {}
    fault_proxy.rules.clear()
    fault_proxy.fail("REPORT", delay=1.5, times=1)
    with pytest.raises(ServerTimeout):
        run(store, remote)
    fault_proxy.rules.clear()
    assert run(store, remote).created_remote == 1 and len(direct.list()) == 1


def test_412_on_update_is_merged_and_written_again(store: Store, radicale, fault_proxy, book_name: str) -> None:  # type: ignore[no-untyped-def]
    _, direct = make_account(store, radicale.url, radicale.user, radicale.password, book_name)
    cid = store.save(person("Ana", "ana@example.com"))
    run(store, direct)
    c = store.get(cid)
    c.set_field("title", "CTO")
    store.save(c)
    remote = CardDAVStorage(Session(fault_proxy.url, radicale.user, radicale.password), direct.collection)
    fault_proxy.fail("PUT", 412, times=1)
    res = run(store, remote)
    assert res.conflicts == 1
    ((href, _),) = direct.list().items()
    assert "CTO" in direct.get(href).text
    assert run(store, direct).updated_remote == 0


def test_digest_auth_against_a_digest_only_front(store: Store, radicale, digest_front, book_name: str) -> None:  # type: ignore[no-untyped-def]
    _, direct = make_account(store, radicale.url, radicale.user, radicale.password, book_name)
    with pytest.raises(AuthFailed):  # Basic is refused by a Digest-only server
        carddav.discover(Session(digest_front.url, radicale.user, radicale.password))
    session = Session(digest_front.url, radicale.user, radicale.password, SyncSettings(auth="digest"))
    store.save(person("Ana", "ana@example.com"))
    assert run(store, CardDAVStorage(session, direct.collection)).created_remote == 1
    wrong = Session(digest_front.url, radicale.user, "nope", SyncSettings(auth="digest"))
    with pytest.raises(AuthFailed):
        CardDAVStorage(wrong, direct.collection).list()
    assert len(direct.list()) == 1


def test_settings_reach_requests() -> None:
    from cardbox.errors import InvalidInput

    with pytest.raises(InvalidInput):
        Session("https://ana:secret@dav.example.com/", "ana", "secret")
    with pytest.raises(InvalidInput):
        Session("dav.example.com", "ana", "secret")
    session = Session("https://dav.example.com/", "ana", "pw", SyncSettings(auth="digest", ca_file="/etc/my-ca.pem"))
    assert session.verify == "/etc/my-ca.pem"
    with pytest.raises(SyncError):
        Session("https://127.0.0.1:1/", "ana", "pw", SyncSettings(timeout=1)).propfind("/", "<d:displayname/>", 0)


def test_https_self_signed_needs_its_certificate(store: Store, start_radicale, book_name: str) -> None:  # type: ignore[no-untyped-def]
    from cardbox.sync.http import CertificateError

    server = start_radicale(tls=True)
    with pytest.raises(CertificateError) as err:
        carddav.discover(Session(server.url, server.user, server.password))
    assert "--ca-file" in err.value.message
    _, remote = make_account(store, server.url, server.user, server.password, book_name, ca_file=str(server.cert))
    store.save(person("Ana", "ana@example.com"))
    assert run(store, remote).created_remote == 1 and len(remote.list()) == 1


def test_discovery_and_choosing_the_address_book(store: Store, radicale, memory_keyring, book_name: str) -> None:  # type: ignore[no-untyped-def]
    from cardbox.sync.setup import setup_carddav

    session = Session(radicale.url + ".well-known/carddav", radicale.user, radicale.password)
    home, before = carddav.discover(session)
    assert home == f"/{radicale.user}/"
    account = setup_carddav(store, radicale.url, radicale.user, radicale.password, addressbook=book_name)
    _, books = carddav.discover(session)
    (book,) = [b for b in books if b.url == account.collection]
    assert book.displayname == book_name and book.supports_sync and len(books) == len(before) + 1
    again = setup_carddav(store, radicale.url, radicale.user, radicale.password, addressbook=book_name)
    assert again.collection == account.collection and len(carddav.discover(session)[1]) == len(books)


def test_item_changed_again_during_a_pull_is_left_for_the_next_sync(
    store: Store, radicale, fault_proxy, book_name: str
) -> None:  # type: ignore[no-untyped-def]
    _, direct = make_account(store, radicale.url, radicale.user, radicale.password, book_name)
    cid = store.save(person("Ana", "ana@example.com"))
    run(store, direct)
    c = store.get(cid)
    c.set_field("title", "CTO")
    store.save(c)
    ((href, etag),) = direct.list().items()
    direct.update(href, direct.get(href).text.replace("END:VCARD", "NOTE:from the phone\r\nEND:VCARD"), etag)
    remote = CardDAVStorage(Session(fault_proxy.url, radicale.user, radicale.password), direct.collection)
    fault_proxy.fail("PUT", 412, times=10)  # the server keeps saying "changed meanwhile"
    res = run(store, remote)
    assert res.errors and "next sync" in res.errors[0].reason
    assert store.get(cid).title == "CTO" and not any("from the phone" in n.text for n in store.get(cid).notes)
    fault_proxy.rules.clear()
    res = run(store, remote)
    assert not res.errors and res.conflicts == 1
    local = store.get(cid)
    assert local.title == "CTO" and any("from the phone" in n.text for n in local.notes)
    assert "CTO" in direct.get(href).text


EZ = "vcards/ez-vcard/src/test/resources/ezvcard/io/text/"


@pytest.mark.parametrize("name", ["John_Doe_GMAIL", "John_Doe_EVOLUTION", "gmail-single"])
def test_real_exports_keep_every_property_through_an_edit(store: Store, dav, data_dir: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    import re

    _, remote = dav
    text = (data_dir / EZ / f"{name}.vcf").read_text(encoding="utf-8")
    text = text[: text.upper().index("END:VCARD")] + "END:VCARD\r\n"  # the first card
    if not re.search(r"^UID[:;]", text, re.M | re.I):
        text = text.replace("END:VCARD", f"UID:{name}\r\nEND:VCARD")
    href, _ = remote.create(Item(name, "", "", text))
    run(store, remote)
    (cid,) = store.all_ids()
    c = store.get(cid)
    c.add_note("edited in cardbox")
    store.save(c)
    assert run(store, remote).updated_remote == 1
    back = remote.get(href).text

    def names(t: str) -> set[str]:
        return {m.upper() for m in re.findall(r"^(?:[\w-]+\.)?([\w-]+)[;:]", t, re.M)} - {"REV", "PRODID"}

    assert names(text) <= names(back), names(text) - names(back)
    assert "edited in cardbox" in back
