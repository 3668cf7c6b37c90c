"""Storing one scanned card: its evidence (photo, quad, warp, OCR) and a draft contact.

`save_scanned_card` is the one place a scan becomes a contact, so deduplication can plug in
here later (match the draft against the tarjetero before creating a new contact).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardbox.dedup.hooks import absorb_new
from cardbox.model import CardImage, Event, utcnow
from cardbox.scan.result import CardResult
from cardbox.store.images import ALLOWED_EXTS

if TYPE_CHECKING:
    from cardbox.store import Store

REVIEW_BELOW = 0.6  # a present field read with less confidence than this needs a human look


def _photo_ext(path: str) -> str:
    ext = Path(path).suffix.lower()
    return ext if ext in ALLOWED_EXTS else ".jpg"


def _put_photo(store: Store, card: CardResult) -> None:
    """Keep the original photo beside the tarjetero (content-addressed, stored once)."""
    if not card.photo_sha256:
        return
    ext = _photo_ext(card.photo)
    if store.images.exists(card.photo_sha256, ext):
        return
    try:
        data = Path(card.photo).read_bytes()
    except OSError:
        return  # the photo vanished since it was read; the scan row still records it
    store.images.put(data, ext)


def parsed_fields(card: CardResult) -> dict[str, Any]:
    """The parsed draft as JSON for scans.fields: the contact, confidences and review flag."""
    if card.parsed is None:
        return {}
    from cardbox.serialize import contact_to_dict

    return {
        "contact": contact_to_dict(card.parsed.contact),
        "confidence": {k: round(float(v), 4) for k, v in card.parsed.confidence.items()},
        "needs_review": bool(card.parsed.needs_review),
        "rotation": card.rotation,
    }


def needs_review(card: CardResult) -> bool:
    parsed = card.parsed
    if parsed is None:
        return True
    low = any(0 < float(v) < REVIEW_BELOW for v in parsed.confidence.values())
    return bool(parsed.needs_review or low)


def _write_scan_row(store: Store, card: CardResult, warped_sha: str, event: Event | None) -> int:
    status = "failed" if card.error else "new"
    values = (
        card.photo_sha256 or f"unreadable:{card.photo}",
        card.photo,
        card.card_index,
        json.dumps(card.quad),
        warped_sha,
        card.ocr_text,
        json.dumps(card.ocr_words, ensure_ascii=False),
        card.qr,
        json.dumps(parsed_fields(card), ensure_ascii=False),
        card.error,
        status,
        event.id if event else None,
        utcnow().isoformat(),
    )
    # A re-scan (forced, or of a photo that failed before) replaces the row in place: its id
    # stays valid for card images that already point at it.
    row = store.conn.execute(
        "INSERT INTO scans(photo_sha256, photo_path, card_index, quad, warped_sha256, ocr_text, "
        "ocr_words, qr, fields, error, status, event_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(photo_sha256, card_index) DO UPDATE SET photo_path=excluded.photo_path, "
        "quad=excluded.quad, warped_sha256=excluded.warped_sha256, ocr_text=excluded.ocr_text, "
        "ocr_words=excluded.ocr_words, qr=excluded.qr, fields=excluded.fields, error=excluded.error, "
        "status=excluded.status, event_id=excluded.event_id, contact_id=NULL, created_at=excluded.created_at "
        "RETURNING id",
        values,
    ).fetchone()
    return int(row[0])


def save_scanned_card(store: Store, card: CardResult, event: Event | None) -> int | None:
    """Store a scanned card (or a failed photo's error) and its draft contact.

    Returns the new contact's id, or None when the card failed. Sets `card.scan_id` and
    `card.contact_id`. Everything happens in one transaction.
    """
    with store.transaction() as conn:
        _put_photo(store, card)
        warped_sha = store.images.put(card.warped_jpeg, ".jpg") if card.warped_jpeg else ""
        card.scan_id = _write_scan_row(store, card, warped_sha, event)
        if card.error or card.parsed is None:
            return None
        contact = card.parsed.contact
        if warped_sha:
            contact.cards.append(CardImage(sha256=warped_sha, side="front", scan_id=card.scan_id, ext=".jpg"))
        if event is not None and all(e.id != event.id for e in contact.events):
            contact.events.append(event)
        contact.needs_review = contact.needs_review or needs_review(card)
        cid = store.save(contact)
        conn.execute("UPDATE scans SET contact_id = ? WHERE id = ?", (cid, card.scan_id))
        if not warped_sha:  # no card image carries the scan id: index again now that it is linked
            store.reindex(cid)
        cid = absorb_new(store, cid, why="scan")  # dedup: merge into a sure match, or queue for review
    card.contact_id = cid
    return cid
