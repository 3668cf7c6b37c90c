"""Dedup at the doors of the tarjetero: a card just scanned or a contact just created.

The scan pipeline saves the draft first (so its card image, event and scan row are real rows),
then calls `absorb_new`: on strong evidence the new contact is merged into the existing one
through `apply_merge` (so the merge is in the log and can be undone); on weaker evidence the
pair goes to the review queue and the contact stays new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cardbox.dedup import queue
from cardbox.dedup.apply import apply_merge
from cardbox.dedup.find import find_candidates
from cardbox.dedup.match import AUTO, REVIEW

if TYPE_CHECKING:
    from cardbox.store import Store

ENABLED_SETTING = "dedup.on_save"  # false: scans never merge or queue on their own


def absorb_new(store: Store, contact_id: int, why: str = "new card") -> int:
    """Apply the dedup rules to a just-saved contact; returns the id it lives under now."""
    if not store.setting(ENABLED_SETTING, True):
        return contact_id
    with store.transaction():
        contact = store.get(contact_id)
        cands = find_candidates(store, contact)
        best = cands[0] if cands else None
        if best is not None and best.decision == AUTO:
            apply_merge(store, best.other_id, contact_id, reasons=f"{why}: {best.explanation}")
            return best.other_id
        for cand in cands:
            if cand.decision == REVIEW:
                row = store.conn.execute("SELECT uid FROM contacts WHERE id = ?", (cand.other_id,)).fetchone()
                if row is not None:
                    queue.record_review(store, contact.uid, row[0], cand)
    return contact_id
