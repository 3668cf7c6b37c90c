"""Importing .vcf files into a real tarjetero: progress, upsert by UID, user wins, resolver, cancel."""

from __future__ import annotations

from pathlib import Path

from cardbox.importer import ImportedId, import_files, merge_import
from cardbox.model import Contact, Email, SourceKind
from cardbox.progress import CancelFlag
from cardbox.serialize import contact_to_dict
from cardbox.store import Store
from cardbox.vcard import read_vcards, write_vcards

DATA = Path(__file__).resolve().parents[1] / "data"
ES = DATA / "vcards-es"


def _card(uid: str, fn: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{fn}\r\n{body}END:VCARD\r\n"


def _snapshot(store: Store) -> list[dict]:
    out = []
    for c in store.get_many(store.all_ids()):
        d = contact_to_dict(c)
        d.pop("updated_at")
        out.append(d)
    return out


def test_spanish_fixtures_import_with_progress_and_errors(store: Store) -> None:
    files = sorted(ES.glob("*.vcf"))
    events = list(import_files(store, files))
    assert [e.done for e in events] == list(range(1, 10)) and {e.total for e in events} == {9}
    assert {e.stage for e in events} == {"import"}
    failed = [e for e in events if e.error]
    assert len(failed) == 1 and failed[0].error.source == "malformed-middle.vcf" and failed[0].error.index == 1
    ok = [e for e in events if not e.error]
    assert all(isinstance(e.payload, ImportedId) and e.payload.action == "created" for e in ok)
    assert store.count() == 8
    maria = store.get(next(e.payload for e in ok if e.label == "outlook-21-qp-latin1.vcf"))
    assert maria.full_name == "María José Fernández Gómez" and maria.org == "Innovación Textil S.L."
    assert maria.source_of("org").kind is SourceKind.IMPORT and maria.source_of("org").ref == "outlook-21-qp-latin1.vcf"
    assert "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2" in maria.extra_vcard
    assert store.search("fernandez gomez") != []


def test_reimport_is_idempotent(store: Store) -> None:
    files = sorted(ES.glob("*.vcf"))
    list(import_files(store, files))
    before = _snapshot(store)
    again = [e for e in import_files(store, files) if not e.error]
    assert {e.payload.action for e in again} == {"unchanged"}
    assert _snapshot(store) == before


def test_user_typed_values_win_and_lists_are_unioned(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ana.vcf"
    path.write_text(_card("u-ana", "Ana López", "TITLE:Comercial", "EMAIL:ana@a.es", "NOTE:Primera"), encoding="utf-8")
    (event,) = import_files(store, [path])
    ana = store.get(event.payload)
    ana.set_field("title", "Directora de ventas")  # typed by the user
    ana.emails.append(Email("ana@personal.es", "home"))
    store.save(ana)
    path.write_text(
        _card("u-ana", "Ana López", "TITLE:Jefa", "ORG:Acme", "EMAIL:ana@b.es", "EMAIL:ana@a.es", "NOTE:Primera"),
        encoding="utf-8",
    )
    (event,) = import_files(store, [path])
    assert event.payload.action == "updated" and store.count() == 1
    ana = store.get(event.payload)
    assert ana.title == "Directora de ventas" and ana.org == "Acme"
    assert [e.address for e in ana.emails] == ["ana@a.es", "ana@personal.es", "ana@b.es"]
    assert [n.text for n in ana.notes] == ["Primera"]


def test_imported_values_replace_older_imported_ones(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_text(_card("u-1", "Ana", "TITLE:Comercial"), encoding="utf-8")
    list(import_files(store, [path]))
    path.write_text(_card("u-1", "Ana", "TITLE:Directora"), encoding="utf-8")
    (event,) = import_files(store, [path])
    assert store.get(event.payload).title == "Directora"


def test_introducer_uid_is_resolved_after_the_batch(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "intro.vcf"
    path.write_text(_card("u-b", "Beatriz", "X-CARDBOX-INTRODUCED-BY:u-a") + _card("u-a", "Alberto"), encoding="utf-8")
    events = list(import_files(store, [path]))
    b, a = (store.get(e.payload) for e in events)
    assert b.introduced_by == a.id and b.introduced_by_uid == "u-a"
    assert store.introduced(a.id) == [b.id]


def test_resolver_merges_unknown_uids_into_an_existing_contact(store: Store, tmp_path: Path) -> None:
    existing = Contact(full_name="Carlos Ruiz", emails=[Email("carlos@ruiz.es")])
    cid = store.save(existing)
    path = tmp_path / "c.vcf"
    path.write_text(_card("u-other", "Carlos Ruiz", "EMAIL:carlos@ruiz.es", "TEL:+34612345678"), encoding="utf-8")
    asked: list[str] = []

    def resolver(s: Store, c: Contact) -> int | None:
        asked.append(c.uid)
        ids = s.ids_by_email(c.emails[0].address)
        return ids[0] if ids else None

    (event,) = import_files(store, [path], resolver=resolver)
    assert asked == ["u-other"] and event.payload == cid and event.payload.action == "updated"
    assert store.count() == 1 and store.get(cid).phones[0].e164 == "+34612345678"


def test_a_card_that_cannot_be_saved_does_not_abort_its_chunk(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "five.vcf"
    path.write_text("".join(_card(f"u-{i}", f"Persona {i}") for i in range(5)), encoding="utf-8")

    def resolver(s: Store, c: Contact) -> int | None:
        return 999 if c.uid == "u-2" else None  # an id that does not exist: that card fails

    events = list(import_files(store, [path], resolver=resolver, chunk=2))
    errors = [e.error for e in events if e.error]
    assert len(errors) == 1 and errors[0].index == 2 and "not saved" in errors[0].reason
    assert sorted(c.full_name for c in store.get_many(store.all_ids())) == [
        "Persona 0",
        "Persona 1",
        "Persona 3",
        "Persona 4",
    ]


def test_cancel_stops_between_cards_and_keeps_what_was_done(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "many.vcf"
    path.write_text("".join(_card(f"u-{i}", f"P {i}") for i in range(10)), encoding="utf-8")
    flag = CancelFlag()
    seen = []
    for event in import_files(store, [path], cancel=flag, chunk=3):
        seen.append(event)
        flag.cancel()
    assert len(seen) == 3 and store.count() == 3  # the first chunk was already committed


def test_every_real_export_goes_into_the_store(store: Store) -> None:
    files = sorted((DATA / "vcards").rglob("*.vcf"))
    events = list(import_files(store, files, chunk=25))
    cards = sum(f.read_bytes().upper().count(b"BEGIN:VCARD") for f in files)
    assert len(events) == cards
    assert store.count() == len({e.payload for e in events if not e.error})


def test_cardbox_export_round_trips_through_the_store(store: Store, tmp_path: Path) -> None:
    list(import_files(store, sorted(ES.glob("*.vcf"))))
    contacts = store.get_many(store.all_ids())
    path = tmp_path / "out.vcf"
    path.write_text(write_vcards(contacts, "4.0"), encoding="utf-8", newline="")
    events = list(import_files(store, [path]))
    assert {e.payload.action for e in events} == {"unchanged"}


def test_merge_import_unions_relationship_data() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nX-CARDBOX-WARMTH:hot\r\n"
        "X-CARDBOX-WARMTH-HISTORY;X-AT=20260304T100000Z:hot\r\nX-CARDBOX-LAST-CONTACTED:2026-03-04\r\nEND:VCARD\r\n"
    )
    (new,), _ = read_vcards(text)
    old = Contact(full_name="Ana")
    merge_import(old, new)
    assert old.warmth.key == "hot" and len(old.warmth_history) == 1 and str(old.last_contacted) == "2026-03-04"
