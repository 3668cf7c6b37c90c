"""Dedup against a real SQLite tarjetero: matching, merging in one transaction, undo after reopening."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cardbox.dedup import (
    AUTO,
    NONE,
    REVIEW,
    Candidate,
    MergeEdited,
    apply_merge,
    dismiss,
    find_candidates,
    import_resolver,
    merge_log,
    resolve,
    review_queue,
    scan_tarjetero,
    undo_merge,
)
from cardbox.errors import InvalidInput
from cardbox.model import (
    Address,
    CardImage,
    Contact,
    Email,
    Event,
    Phone,
    PhoneType,
    Provenance,
    SourceKind,
    Warmth,
)
from cardbox.serialize import contact_to_dict
from cardbox.store import Store

SCAN = Provenance(SourceKind.SCAN, "scan", 0.8)


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, 30, tzinfo=UTC)


def maria(store: Store) -> int:
    c = Contact(
        full_name="María José Fernández Gómez",
        given_names="María José",
        family_names="Fernández Gómez",
        org="Innovación Textil S.L.",
        title="Directora Comercial",
        emails=[Email("mjfernandez@innotextil.es")],
        phones=[Phone("+34612345678", PhoneType.CELL), Phone("+34963111222", PhoneType.WORK)],
        addresses=[Address(city="Valencia")],
        events=[Event("Fitur 2024")],
        warmth=Warmth.WARM,
        cards=[CardImage(store.images.put(b"front of the 2024 card"), scan_id=None)],
        created_at=at(2024, 1, 25),
    )
    c.add_note("Met at Fitur; wants a demo", at=at(2024, 1, 25))
    return store.save(c)


def maria_new_card(store: Store) -> int:
    c = Contact(
        full_name="M. José Fernández",
        org="Moda Global S.A.",
        title="CEO",
        emails=[Email("mj@modaglobal.com", source=SCAN)],
        phones=[Phone("+34 612345678".replace(" ", ""), PhoneType.OTHER, SCAN)],
        events=[Event("Feria Moda 2026")],
        cards=[CardImage(store.images.put(b"front of the 2026 card"))],
        sources={"full_name": SCAN, "org": SCAN, "title": SCAN},
        created_at=at(2026, 10, 2),
        warmth=Warmth.HOT,
    )
    c.add_note("Now CEO; call in December", at=at(2026, 10, 2))
    return store.save(c)


def test_new_draft_matches_by_mobile_and_resolves_auto(store: Store) -> None:
    mid = maria(store)
    draft = Contact(full_name="M. José Fernández", phones=[Phone("+34612345678")], org="Moda Global")
    cands = find_candidates(store, draft)
    assert cands[0].other_id == mid and cands[0].decision == AUTO
    assert "same mobile" in cands[0].explanation
    assert resolve(store, draft).target_id == mid


def test_hard_negatives_never_auto(store: Store) -> None:
    """Same common name at different companies, a shared info@, a shared switchboard."""
    board = "+34963555000"
    a = store.save(
        Contact(
            full_name="José García",
            org="Construcciones Levante S.L.",
            emails=[Email("info@levante.es")],
            phones=[Phone(board, PhoneType.WORK)],
        )
    )
    b = store.save(Contact(full_name="José García", org="Seguros Atlántica", emails=[Email("jgarcia@atlantica.es")]))
    c = store.save(
        Contact(
            full_name="Elena Ruiz",
            org="Construcciones Levante",
            emails=[Email("info@levante.es")],
            phones=[Phone(board, PhoneType.WORK)],
        )
    )
    d = store.save(Contact(full_name="Pedro Gil", org="Construcciones Levante", phones=[Phone(board, PhoneType.WORK)]))
    draft = Contact(
        full_name="José García", org="Nuevo Grupo", emails=[Email("info@levante.es")], phones=[Phone(board)]
    )
    assert all(x.decision != AUTO for x in find_candidates(store, draft))
    pairs = [ev.payload for ev in scan_tarjetero(store) if isinstance(ev.payload, Candidate)]
    assert all(p.decision != AUTO for p in pairs)
    assert {(p.contact_id, p.other_id) for p in pairs if p.decision == REVIEW} <= {(a, b)}
    assert not any({p.contact_id, p.other_id} & {c, d} for p in pairs)


def test_self_dedup_finds_auto_and_review_pairs(store: Store) -> None:
    a, b = maria(store), maria_new_card(store)
    x = store.save(Contact(full_name="Chris Smith", org="CONTOSO", addresses=[Address(city="Redmond")]))
    y = store.save(Contact(full_name="Chris Smith", org="Contoso Ltd"))
    events = list(scan_tarjetero(store))
    found = {(e.payload.contact_id, e.payload.other_id): e.payload.decision for e in events if e.payload}
    assert found == {(a, b): AUTO, (x, y): REVIEW}
    assert events[-1].stage == "dedup-done"


def test_merge_keeps_history_images_events_and_job(store: Store) -> None:
    a, b = maria(store), maria_new_card(store)
    introduced = store.save(Contact(full_name="Laura Vidal", introduced_by=b))
    store.conn.execute(
        "INSERT INTO scans(photo_sha256, photo_path, card_index, status, contact_id, created_at) "
        "VALUES ('p', '/x.jpg', 0, 'accepted', ?, ?)",
        (b, at(2026, 10, 2).isoformat()),
    )
    merge_id = apply_merge(store, a, b, reasons="same mobile")
    assert not store.exists(b)
    m = store.get(a)
    assert (m.org, m.title) == ("Moda Global S.A.", "CEO")
    assert [(j.org, j.title, j.until) for j in m.jobs] == [
        ("Innovación Textil S.L.", "Directora Comercial", date(2026, 10, 2))
    ]
    assert m.full_name == "María José Fernández Gómez"  # typed by the user, OCR's "M. José" does not replace it
    assert [n.text for n in m.notes] == ["Met at Fitur; wants a demo", "Now CEO; call in December"]
    assert {e.name for e in m.events} == {"Fitur 2024", "Feria Moda 2026"}
    assert len(m.cards) == 2 and all(store.images.exists(c.sha256) for c in m.cards)
    assert m.warmth is Warmth.HOT
    assert store.get(introduced).introduced_by == a
    assert store.conn.execute("SELECT contact_id FROM scans").fetchone()[0] == a
    assert store.search("moda global") == [a] and store.search("innovacion") == [a]
    assert merge_log(store)[0].id == merge_id


def test_undo_after_reopening_restores_both_exactly(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    with Store.open(path) as store:
        a, b = maria(store), maria_new_card(store)
        introduced = store.save(Contact(full_name="Laura Vidal", introduced_by=b))
        before = {cid: contact_to_dict(store.get(cid)) for cid in (a, b)}
        apply_merge(store, a, b)
    with Store.open(path) as store:  # the app was restarted
        undone = undo_merge(store)
        after = {cid: contact_to_dict(store.get(cid)) for cid in (a, b)}
        for cid in (a, b):
            before[cid].pop("updated_at"), after[cid].pop("updated_at")
        assert after == before
        assert store.get(introduced).introduced_by == b
        assert merge_log(store)[0].undone_at is not None and merge_log(store)[0].id == undone
        with pytest.raises(InvalidInput):
            undo_merge(store)  # nothing left to undo
        with pytest.raises(InvalidInput):
            undo_merge(store, undone)


def test_undo_then_merge_again(store: Store) -> None:
    a, b = maria(store), maria_new_card(store)
    first = apply_merge(store, a, b)
    undo_merge(store, first)
    assert store.exists(b)
    # undone pairs are not proposed again automatically…
    assert not any(e.payload for e in scan_tarjetero(store))
    # …but the user can still merge them by hand
    second = apply_merge(store, a, b)
    assert second != first and not store.exists(b)
    assert len(store.get(a).notes) == 2
    undo_merge(store, second)
    assert store.get(b).full_name == "M. José Fernández"


def test_undo_refuses_after_edit_unless_forced_and_keeps_new_notes(store: Store) -> None:
    a, b = maria(store), maria_new_card(store)
    merge_id = apply_merge(store, a, b)
    kept = store.get(a)
    kept.add_note("Sent the proposal", at=at(2026, 11, 1))
    kept.title = "CEO & founder"
    store.save(kept)
    with pytest.raises(MergeEdited) as err:
        undo_merge(store)
    assert str(merge_id) in err.value.message and "--force" in err.value.message
    undo_merge(store, merge_id, force=True)
    restored = store.get(a)
    assert [n.text for n in restored.notes] == ["Met at Fitur; wants a demo", "Sent the proposal"]
    assert restored.title == "Directora Comercial"  # other edits made after the merge are dropped (documented)
    assert [n.text for n in store.get(b).notes] == ["Now CEO; call in December"]


def test_review_queue_and_dismissal(store: Store) -> None:
    x = store.save(Contact(full_name="Chris Smith", org="CONTOSO"))
    y_draft = Contact(full_name="Chris Smith", org="Contoso Ltd", emails=[Email("chris.smith@contoso.com")])
    assert import_resolver(store, y_draft) is None  # review-level: not merged, recorded
    y = store.save(y_draft)
    queue = review_queue(store)
    assert [(c.contact_id, c.other_id) for c in queue] in ([(x, y)], [(y, x)])
    assert "same company" in queue[0].explanation
    dismiss(store, x, y)
    assert review_queue(store) == []
    assert find_candidates(store, store.get(y)) == []
    assert not any(e.payload for e in scan_tarjetero(store))


def test_import_resolver_returns_id_only_for_auto(store: Store) -> None:
    a = maria(store)
    same = Contact(full_name="Maria Jose Fernandez", emails=[Email("MJFernandez@innotextil.es")])
    assert import_resolver(store, same) == a
    other = Contact(full_name="José García", emails=[Email("jgarcia@atlantica.es")])
    assert import_resolver(store, other) is None


def test_same_uid_from_a_qr_is_strong(store: Store) -> None:
    a = store.save(Contact(full_name="Avery Smith", uid="urn:uuid:0b3f6f1e-avery"))
    draft = Contact(full_name="Dr. Avery Smith", uid="urn:uuid:0b3f6f1e-avery")
    assert resolve(store, draft).decision == AUTO and resolve(store, draft).target_id == a


def test_thresholds_come_from_settings(store: Store) -> None:
    maria(store)
    draft = Contact(full_name="M. José Fernández", phones=[Phone("+34612345678")])
    store.set_setting("dedup.auto_threshold", 1.5)
    assert resolve(store, draft).decision == REVIEW
    store.set_setting("dedup.review_threshold", 1.5)
    assert resolve(store, draft).decision == NONE


def test_merge_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = maria(store), maria_new_card(store)
    snapshot = {cid: contact_to_dict(store.get(cid)) for cid in (a, b)}

    def boom(*args: object, **kw: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "delete", boom)  # fail half-way, after the kept contact was written
    with pytest.raises(RuntimeError):
        apply_merge(store, a, b)
    for cid in (a, b):
        now = contact_to_dict(store.get(cid))
        assert {k: v for k, v in now.items() if k != "updated_at"} == {
            k: v for k, v in snapshot[cid].items() if k != "updated_at"
        }
    assert store.conn.execute("SELECT COUNT(*) FROM merges").fetchone()[0] == 0


def test_merge_row_holds_both_snapshots(store: Store) -> None:
    a, b = maria(store), maria_new_card(store)
    merge_id = apply_merge(store, a, b, reasons="same mobile")
    row = store.conn.execute("SELECT * FROM merges WHERE id = ?", (merge_id,)).fetchone()
    snap = json.loads(row["before"])
    assert snap["kept"]["id"] == a and snap["other"]["id"] == b and row["reasons"] == "same mobile"
    assert row["removed_uid"] == snap["other"]["uid"]
    assert len(snap["other"]["notes"]) == 1 and snap["other"]["cards"]


def test_older_database_migrates_to_dedup_pairs(tmp_path: Path) -> None:
    import sqlite3

    from cardbox.store.schema import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Store.open(path) as store:
        x = store.save(Contact(full_name="Chris Smith", org="Contoso"))
        y = store.save(Contact(full_name="Chris Smith", org="CONTOSO Ltd"))
        dismiss(store, x, y)
        assert store.conn.execute("SELECT status FROM dedup_pairs").fetchone()[0] == "dismissed"
