"""Applying a merge in the store, in one transaction, and undoing it later (even after a restart).

Every merge writes a `merges` row whose `before` JSON holds both contacts as they were
(`contact_to_dict`), the scans and introductions that were re-pointed, and the merged contact
as written (`after`). Undo restores both contacts with their ids, UIDs, notes, images and events.

Edits after the merge: undo compares the kept contact with `after`. If it changed (a note, a
field, another merge into it) undo refuses unless forced; forced, notes added since the merge are
kept on the restored kept contact and other later edits to it are dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cardbox.dedup import queue
from cardbox.dedup.merge import MergePlan, plan_merge
from cardbox.errors import InvalidInput, NotFound, UserError
from cardbox.model import Contact, utcnow
from cardbox.serialize import contact_from_dict, contact_to_dict

if TYPE_CHECKING:
    import sqlite3

    from cardbox.store import Store

SNAPSHOT_VERSION = 1


class MergeEdited(UserError):
    """Undoing would silently drop what the user changed since the merge."""

    template = (
        "Contact {kept_id} ({name}) changed after merge {merge_id}; undoing it would lose those changes. "
        "Use --force to undo anyway (notes added since are kept on the restored contact)."
    )
    exit_code = 11


@dataclass
class MergeRecord:
    """One row of the merge log."""

    id: int
    at: str
    kept_id: int
    removed_uid: str
    removed_name: str
    kept_name: str
    reasons: str
    undone_at: str | None


def apply_merge(store: Store, kept_id: int, other_id: int, reasons: str = "") -> int:
    """Merge contact `other_id` into `kept_id` in one transaction; returns the merge id."""
    if kept_id == other_id:
        raise InvalidInput(f"cannot merge contact {kept_id} with itself")
    with store.transaction() as conn:
        kept, other = store.get(kept_id), store.get(other_id)
        plan = plan_merge(kept, other)
        return _write_merge(store, conn, plan, kept, other, reasons)


def _write_merge(
    store: Store, conn: sqlite3.Connection, plan: MergePlan, kept: Contact, other: Contact, reasons: str
) -> int:
    assert kept.id is not None and other.id is not None
    scans = [r[0] for r in conn.execute("SELECT id FROM scans WHERE contact_id = ?", (other.id,))]
    introduced = [
        r[0] for r in conn.execute("SELECT id FROM contacts WHERE introduced_by = ? AND id != ?", (other.id, kept.id))
    ]
    conn.execute("UPDATE scans SET contact_id = ? WHERE contact_id = ?", (kept.id, other.id))
    conn.execute(
        "UPDATE contacts SET introduced_by = ? WHERE introduced_by = ? AND id != ?", (kept.id, other.id, kept.id)
    )
    conn.execute("UPDATE contacts SET introduced_by_uid = ? WHERE introduced_by_uid = ?", (kept.uid, other.uid))
    store.save(plan.result)  # moves the other's notes (by id) before its row goes
    store.delete(other.id)
    conn.execute("DELETE FROM dedup_pairs WHERE uid_a = ? AND uid_b = ?", tuple(sorted((kept.uid, other.uid))))
    after = contact_to_dict(store.get(kept.id))
    snapshot = {
        "version": SNAPSHOT_VERSION,
        "kept": contact_to_dict(kept),
        "other": contact_to_dict(other),
        "other_scans": scans,
        "introduced": introduced,
        "after": after,
        "kept_back": plan.kept_back,
    }
    cur = conn.execute(
        "INSERT INTO merges(at, kept_id, removed_uid, before, reasons) VALUES (?,?,?,?,?)",
        (utcnow().isoformat(), kept.id, other.uid, json.dumps(snapshot, ensure_ascii=False), reasons),
    )
    return int(cur.lastrowid or 0)


def _comparable(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != "updated_at"}


def _merge_row(store: Store, merge_id: int | None) -> sqlite3.Row:
    if merge_id is None:
        row = store.conn.execute("SELECT * FROM merges WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise InvalidInput("nothing to undo: every merge in the log is already undone")
        return row
    row = store.conn.execute("SELECT * FROM merges WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        raise NotFound(what="merge", key="id", value=merge_id)
    if row["undone_at"]:
        raise InvalidInput(f"merge {merge_id} was already undone at {row['undone_at']}")
    return row


def _restored_pair(store: Store, row: sqlite3.Row, snap: dict[str, Any], force: bool) -> tuple[Contact, Contact]:
    kept, other = contact_from_dict(snap["kept"]), contact_from_dict(snap["other"])
    current = store.get(kept.id) if kept.id is not None and store.exists(kept.id) else None
    if current is None or current.uid != kept.uid:
        if not force:
            raise MergeEdited(kept_id=row["kept_id"], name=kept.display_name, merge_id=row["id"])
        if current is not None:
            kept.id = None  # the id now belongs to someone else
    elif _comparable(contact_to_dict(current)) != _comparable(snap["after"]):
        if not force:
            raise MergeEdited(kept_id=row["kept_id"], name=kept.display_name, merge_id=row["id"])
        had = {n["id"] for n in snap["after"]["notes"]}
        kept.notes += [n for n in current.notes if n.id not in had]
    if store.get_by_uid(other.uid) is not None:
        raise InvalidInput(f"a contact with the UID of the merged-away one ({other.uid}) exists again; delete it first")
    if other.id is not None and store.exists(other.id):
        other.id = None  # SQLite reused the id for a newer contact: restore under a fresh one
    return kept, other


def undo_merge(store: Store, merge_id: int | None = None, force: bool = False) -> int:
    """Undo merge `merge_id` (default: the latest not undone). Returns the merge id undone."""
    row = _merge_row(store, merge_id)
    snap = json.loads(row["before"])
    with store.transaction() as conn:
        kept, other = _restored_pair(store, row, snap, force)
        store.save(kept)
        other_id = store.save(other)
        for sid in snap.get("other_scans", []):
            conn.execute("UPDATE scans SET contact_id = ? WHERE id = ?", (other_id, sid))
        for cid in snap.get("introduced", []):
            conn.execute("UPDATE contacts SET introduced_by = ? WHERE id = ?", (other_id, cid))
        conn.execute("UPDATE merges SET undone_at = ? WHERE id = ?", (utcnow().isoformat(), row["id"]))
        queue.dismiss_uids(store, kept.uid, other.uid)
    return int(row["id"])


def merge_log(store: Store, limit: int | None = None) -> list[MergeRecord]:
    """The merges, newest first."""
    sql = "SELECT * FROM merges ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    out = []
    for r in store.conn.execute(sql):
        snap = json.loads(r["before"])
        kept_name = contact_from_dict(snap["kept"]).display_name if "kept" in snap else ""
        other_name = contact_from_dict(snap["other"]).display_name if "other" in snap else ""
        out.append(
            MergeRecord(
                r["id"], r["at"], r["kept_id"], r["removed_uid"], other_name, kept_name, r["reasons"], r["undone_at"]
            )
        )
    return out
