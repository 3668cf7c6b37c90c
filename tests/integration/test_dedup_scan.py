"""Scanning a card of someone already in the tarjetero: the real save path applies the dedup rules."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from cardbox.dedup import review_queue, undo_merge
from cardbox.model import Contact, Email, Event, Phone, PhoneType, Provenance, SourceKind
from cardbox.scan.result import CardResult
from cardbox.scan.save import save_scanned_card
from cardbox.store import Store
from cardbox.store.images import sha256_file

SCAN = Provenance(SourceKind.SCAN, "scan", 0.9)


def scanned(data_dir: Path, contact: Contact) -> CardResult:
    photo = data_dir / "cards-real" / "azure-business-card-english.jpg"
    parsed = SimpleNamespace(contact=contact, confidence={"full_name": 0.93}, needs_review=False)
    return CardResult(
        photo=str(photo),
        parsed=parsed,
        ocr_text="Dr. Avery Smith Senior Researcher",
        warped_jpeg=photo.read_bytes()[:5000],
        photo_sha256=sha256_file(photo),
    )


def avery_draft() -> Contact:
    return Contact(
        full_name="Dr. Avery Smith",
        org="Contoso",
        title="Senior Researcher",
        department="Cloud & AI Department",
        emails=[Email("avery.smith@contoso.com", "work", SCAN)],
        phones=[Phone("+447911123456", PhoneType.CELL, SCAN), Phone("+442098765432", PhoneType.WORK, SCAN)],
        sources={"full_name": SCAN, "org": SCAN, "title": SCAN, "department": SCAN},
    )


def test_scan_of_a_known_person_merges_into_them(store: Store, data_dir: Path) -> None:
    avery = Contact(
        full_name="Avery Smith", org="Contoso Ltd", title="Researcher", phones=[Phone("+447911123456", PhoneType.CELL)]
    )
    avery.add_note("Met at the AI summit")
    aid = store.save(avery)
    event = store.ensure_event(Event("Feria Test"))
    card = scanned(data_dir, avery_draft())
    cid = save_scanned_card(store, card, event)
    assert cid == aid == card.contact_id
    assert store.count() == 1
    merged = store.get(aid)
    assert merged.full_name == "Avery Smith"  # typed by the user: the OCR'd "Dr. Avery Smith" does not replace it
    # same company: the title the user typed stays; the scanned one is recorded in the merge log
    assert merged.title == "Researcher" and merged.jobs == []
    snap = json.loads(store.conn.execute("SELECT before FROM merges").fetchone()[0])
    assert any("Senior Researcher" in k for k in snap["kept_back"])
    assert merged.department == "Cloud & AI Department"  # empty before: filled from the card
    assert [c.scan_id for c in merged.cards] == [card.scan_id] and "Feria Test" in [e.name for e in merged.events]
    assert [n.text for n in merged.notes] == ["Met at the AI summit"]
    assert store.conn.execute("SELECT contact_id FROM scans WHERE id = ?", (card.scan_id,)).fetchone()[0] == aid
    undo_merge(store)  # the scan becomes its own contact again, with its image and scan row
    assert store.count() == 2
    back = store.get_many(store.all_ids())[1]
    assert back.full_name == "Dr. Avery Smith" and back.cards[0].scan_id == card.scan_id
    assert store.conn.execute("SELECT contact_id FROM scans WHERE id = ?", (card.scan_id,)).fetchone()[0] == back.id


def test_scan_with_weak_evidence_is_new_and_queued(store: Store, data_dir: Path) -> None:
    aid = store.save(Contact(full_name="Avery Smith", org="Contoso"))
    card = scanned(data_dir, avery_draft())
    cid = save_scanned_card(store, card, None)
    assert cid != aid and store.count() == 2
    queue = review_queue(store)
    assert {queue[0].contact_id, queue[0].other_id} == {aid, cid}
    assert "same company" in queue[0].explanation


def test_scan_of_someone_new_stays_new(store: Store, data_dir: Path) -> None:
    store.save(Contact(full_name="Chris Smith", org="Fabrikam", phones=[Phone("+19871234567", PhoneType.CELL)]))
    cid = save_scanned_card(store, scanned(data_dir, avery_draft()), None)
    assert store.count() == 2 and review_queue(store) == [] and store.get(cid or 0).full_name == "Dr. Avery Smith"


def test_dedup_on_save_can_be_switched_off(store: Store, data_dir: Path) -> None:
    store.save(Contact(full_name="Avery Smith", phones=[Phone("+447911123456", PhoneType.CELL)]))
    store.set_setting("dedup.on_save", False)
    save_scanned_card(store, scanned(data_dir, avery_draft()), None)
    assert store.count() == 2
