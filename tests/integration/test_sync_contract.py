"""One contract, every backend: the in-memory storage, a vdir folder and a real Radicale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbox.sync import carddav
from cardbox.sync.http import Session
from cardbox.sync.storage import Item, ItemNotFound, MemoryStorage, PreconditionFailed, Storage
from cardbox.sync.vdir import VdirStorage


def card(uid: str, name: str, extra: str = "") -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:;{name};;;\r\n{extra}END:VCARD\r\n"


@pytest.fixture(params=["memory", "vdir", pytest.param("radicale", marks=pytest.mark.radicale)])
def storage(request: pytest.FixtureRequest, tmp_path: Path, book_name: str) -> Iterator[Storage]:
    if request.param == "memory":
        yield MemoryStorage()
    elif request.param == "vdir":
        yield VdirStorage(tmp_path / "vdir")
    else:
        server = request.getfixturevalue("radicale")
        session = Session(server.url, server.user, server.password)
        home, _ = carddav.discover(session)
        yield carddav.CardDAVStorage(session, carddav.create_addressbook(session, home, book_name).url)


def same(a: str, b: str) -> bool:
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


class TestStorageContract:
    def test_create_list_get(self, storage: Storage) -> None:
        href, etag = storage.create(Item("u1", "", "", card("u1", "Ana")))
        assert storage.list() == {href: etag}
        (item,) = storage.get_many([href, "missing.vcf"])
        assert item.uid == "u1" and item.etag == etag and same(item.text, card("u1", "Ana"))

    def test_create_never_overwrites(self, storage: Storage) -> None:
        href, _ = storage.create(Item("u1", "", "", card("u1", "Ana")))
        with pytest.raises(PreconditionFailed):
            storage.create(Item("u1", href, "", card("u1", "Other")))
        assert "Ana" in storage.get(href).text

    def test_update_needs_the_current_etag(self, storage: Storage) -> None:
        href, etag = storage.create(Item("u1", "", "", card("u1", "Ana")))
        etag2 = storage.update(href, card("u1", "Ana María"), etag)
        assert etag2 != etag and storage.list()[href] == etag2
        with pytest.raises(PreconditionFailed):
            storage.update(href, card("u1", "Stale"), etag)
        assert "Ana María" in storage.get(href).text

    def test_delete_needs_the_current_etag(self, storage: Storage) -> None:
        href, etag = storage.create(Item("u1", "", "", card("u1", "Ana")))
        etag2 = storage.update(href, card("u1", "Ana 2"), etag)
        with pytest.raises(PreconditionFailed):
            storage.delete(href, etag)
        storage.delete(href, etag2)
        assert storage.list() == {}
        with pytest.raises(ItemNotFound):
            storage.get(href)

    def test_unknown_properties_come_back_verbatim(self, storage: Storage, data_dir: Path) -> None:
        src = data_dir / "vcards/ez-vcard/src/test/resources/ezvcard/io/text/John_Doe_IPHONE.vcf"
        text = src.read_text(encoding="utf-8").replace("END:VCARD", "UID:iphone-john\r\nEND:VCARD", 1)
        href, _ = storage.create(Item("iphone-john", "", "", text))
        back = storage.get(href).text
        for prop in ("X-ABLabel:_$!<AssistantPhone>!$_", "BDAY;value=date:2012-06-06", "PHOTO;ENCODING=b;TYPE=JPEG:"):
            assert prop.lower() in back.lower()

    def test_changes_since_token(self, storage: Storage) -> None:
        first = storage.changes(None)
        if first is None:
            pytest.skip("this backend has no sync tokens (the engine compares etags)")
        a, ea = storage.create(Item("a", "", "", card("a", "A")))
        b, eb = storage.create(Item("b", "", "", card("b", "B")))
        mid = storage.changes(first.token)
        assert mid is not None and set(mid.changed) == {a, b} and not mid.deleted
        storage.update(a, card("a", "A2"), ea)
        storage.delete(b, eb)
        last = storage.changes(mid.token)
        assert last is not None and set(last.changed) == {a} and last.deleted == {b}


def test_vdir_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    vdir = VdirStorage(tmp_path / "v")
    href, etag = vdir.create(Item("u1", "", "", card("u1", "Ana")))
    vdir.update(href, card("u1", "Ana 2"), etag)
    with pytest.raises(PreconditionFailed):
        vdir.create(Item("u1", href, "", card("u1", "Other")))
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == [href]
    with pytest.raises(ItemNotFound):
        vdir.get("../escape.vcf")
