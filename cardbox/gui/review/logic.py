"""What the review view decides, without widgets: the queue, the evidence, accept and undo.

Kept apart from the Qt view so it can be read and tested on its own ("views lay out,
controllers decide"). Every write goes through the GUI's Store in one transaction, and each
one pushes an undo step that restores exactly what it changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardbox.model import SCALAR_FIELDS, Contact, SourceKind, Warmth
from cardbox.serialize import contact_from_dict, contact_to_dict
from cardbox.store import Store

DOUBT_BELOW = 0.75  # a machine-read value under this confidence is highlighted for a look


@dataclass(frozen=True)
class OcrWord:
    """One OCR word and its box, in pixels of the stored (warped, upright) card image."""

    text: str
    x: int
    y: int
    w: int
    h: int
    conf: float = 1.0


@dataclass
class Evidence:
    """The card behind a draft contact: its image, OCR words and the parser's confidences."""

    scan_id: int
    image: Path | None
    words: list[OcrWord] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    status: str = "new"


def parse_words(text: str | None) -> list[OcrWord]:
    """The scans.ocr_words JSON (written by cardbox.scan.work.words_json) as OcrWords."""
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return []
    out = []
    for w in raw if isinstance(raw, list) else []:
        try:
            out.append(OcrWord(str(w["text"]), int(w["x"]), int(w["y"]), int(w["w"]), int(w["h"]),
                               float(w.get("conf", 1.0))))
        except (KeyError, TypeError, ValueError):
            continue  # a malformed word is skipped; the rest of the card stays clickable
    return [w for w in out if w.text.strip()]


def review_ids(store: Store) -> list[int]:
    """Contacts waiting for review: flagged `needs_review`, or with a scan still 'new'."""
    rows = store.conn.execute(
        "SELECT c.id, (SELECT MIN(s.id) FROM scans s WHERE s.contact_id = c.id) AS first_scan "
        "FROM contacts c WHERE c.needs_review = 1 OR EXISTS (SELECT 1 FROM scans s "
        "WHERE s.contact_id = c.id AND s.status = 'new') "
        "ORDER BY first_scan IS NULL, first_scan, c.id"
    ).fetchall()
    return [int(r[0]) for r in rows]


def evidence(store: Store, contact_id: int) -> Evidence | None:
    """The newest scan of this contact (a 'new' one first), or None for a typed contact."""
    row = store.conn.execute(
        "SELECT id, warped_sha256, ocr_words, fields, status FROM scans WHERE contact_id = ? "
        "ORDER BY status = 'new' DESC, id DESC LIMIT 1", (contact_id,)
    ).fetchone()
    if row is None:
        return None
    image = None
    if row["warped_sha256"]:
        path = store.images.path(row["warped_sha256"], ".jpg")
        image = path if path.exists() else None
    try:
        fields = json.loads(row["fields"] or "{}")
    except ValueError:
        fields = {}
    conf = {str(k): float(v) for k, v in (fields.get("confidence") or {}).items()}
    return Evidence(int(row["id"]), image, parse_words(row["ocr_words"]), conf, row["status"])


def field_confidence(contact: Contact, name: str, parsed: dict[str, float] | None = None) -> float | None:
    """How sure the machine was of a field (None: typed by the user, or empty)."""
    if name in SCALAR_FIELDS:
        if not getattr(contact, name):
            return None
        src = contact.sources.get(name)
        if src is None:
            return (parsed or {}).get(name)
        return None if src.kind is SourceKind.USER else src.confidence
    items = {"emails": contact.emails, "phones": contact.phones, "urls": contact.urls,
             "addresses": contact.addresses}.get(name, [])
    machine = [i.source.confidence for i in items if i.source.kind is not SourceKind.USER]
    return min(machine) if machine else None


def is_doubtful(conf: float | None) -> bool:
    return conf is not None and conf < DOUBT_BELOW


@dataclass
class _Step:
    """One undoable action: contact snapshots before it, scan statuses, or a merge id."""

    kind: str  # accept | warmth | delete | merge
    contact_id: int
    before: list[dict[str, Any]] = field(default_factory=list)
    scans: list[tuple[int, str, int | None]] = field(default_factory=list)  # id, status, contact
    merge_id: int | None = None


class ReviewSession:
    """Accept, delete, merge and undo for the review view. `undo()` reverts the last step."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.steps: list[_Step] = []

    def _snapshot(self, kind: str, contact_id: int) -> _Step:
        step = _Step(kind, contact_id, [contact_to_dict(self.store.get(contact_id))])
        rows = self.store.conn.execute("SELECT id, status, contact_id FROM scans WHERE contact_id = ?", (contact_id,))
        step.scans = [(int(r[0]), str(r[1]), r[2]) for r in rows]
        return step

    def accept(self, contact: Contact) -> None:
        """Save the reviewed contact, clear needs_review and mark its new scans accepted."""
        assert contact.id is not None
        step = self._snapshot("accept", contact.id)
        contact.needs_review = False
        with self.store.transaction() as conn:
            self.store.save(contact)
            conn.execute("UPDATE scans SET status = 'accepted' WHERE contact_id = ? AND status = 'new'", (contact.id,))
        self.steps.append(step)

    def set_warmth(self, contact_id: int, warmth: Warmth) -> bool:
        """Record how warm this person was (saved at once, undoable). False when unchanged."""
        step = self._snapshot("warmth", contact_id)
        contact = self.store.get(contact_id)
        if not contact.set_warmth(warmth):
            return False
        self.store.save(contact)
        self.steps.append(step)
        return True

    def delete_card(self, contact_id: int) -> bool:
        """Drop this card. The contact goes too only when the card is all there is of it.

        Returns True when the contact itself was deleted. A contact with other cards, notes or
        non-scan data only loses this card's image and the scan is marked rejected.
        """
        step = self._snapshot("delete", contact_id)
        contact = self.store.get(contact_id)
        ev = evidence(self.store, contact_id)
        scan_id = ev.scan_id if ev else None
        only_this = _only_from_scan(contact, scan_id)
        with self.store.transaction() as conn:
            if scan_id is not None:
                conn.execute("UPDATE scans SET status = 'rejected' WHERE id = ?", (scan_id,))
            if only_this:
                self.store.delete(contact_id)
            else:
                contact.cards = [c for c in contact.cards if c.scan_id != scan_id]
                contact.needs_review = False
                self.store.save(contact)
        self.steps.append(step)
        return only_this

    def merge(self, kept_id: int, other_id: int) -> int:
        """Merge the card's contact `other_id` into `kept_id` (dedup core); returns the merge id.

        The card's new scans become 'merged': choosing the merge was the review.
        """
        from cardbox.dedup import apply_merge

        rows = self.store.conn.execute("SELECT id, status, contact_id FROM scans WHERE contact_id = ?", (other_id,))
        scans = [(int(r[0]), str(r[1]), r[2]) for r in rows]
        with self.store.transaction() as conn:
            merge_id = apply_merge(self.store, kept_id, other_id, reasons="review")
            for scan_id, status, _ in scans:
                if status == "new":
                    conn.execute("UPDATE scans SET status = 'merged' WHERE id = ?", (scan_id,))
        self.steps.append(_Step("merge", kept_id, scans=scans, merge_id=merge_id))
        return merge_id

    def can_undo(self) -> bool:
        return bool(self.steps)

    def undo(self) -> int | None:
        """Revert the last step; returns the contact id to show again (None: nothing to undo)."""
        if not self.steps:
            return None
        step = self.steps.pop()
        if step.kind == "merge":
            from cardbox.dedup import undo_merge

            with self.store.transaction() as conn:
                undo_merge(self.store, step.merge_id)
                for scan_id, status, _ in step.scans:
                    conn.execute("UPDATE scans SET status = ? WHERE id = ?", (status, scan_id))
                row = conn.execute("SELECT contact_id FROM scans WHERE id = ?", (step.scans[0][0],)).fetchone() \
                    if step.scans else None
            # the merged-away card comes back (under a new id when SQLite reused the old one)
            return int(row[0]) if row and row[0] is not None else step.contact_id
        with self.store.transaction() as conn:
            for snap in step.before:
                # save() updates in place, or re-inserts under the same id after a delete, so
                # scans, card images and introductions point at the contact again.
                self.store.save(contact_from_dict(snap))
            for scan_id, status, cid in step.scans:
                conn.execute("UPDATE scans SET status = ?, contact_id = ? WHERE id = ?", (status, cid, scan_id))
        return step.contact_id


def _only_from_scan(contact: Contact, scan_id: int | None) -> bool:
    """True when everything in the contact came from this one card (safe to delete)."""
    if contact.notes or contact.introduced_by or any(c.scan_id != scan_id for c in contact.cards):
        return False
    kinds = {p.kind for p in contact.sources.values()}
    for items in (contact.emails, contact.phones, contact.urls, contact.addresses, contact.socials):
        kinds |= {i.source.kind for i in items}
    return kinds <= {SourceKind.SCAN, SourceKind.QR}
