"""The review queue: pairs that may be one person, waiting for the user, and dismissed pairs.

Rows are keyed by the two UIDs (sorted), so a pair can be recorded for a draft that is not
saved yet, and survives merges, undo and id reuse. A pair the user dismissed ("not the same
person") is never proposed again.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from cardbox.dedup.match import Candidate, Reason
from cardbox.model import utcnow

if TYPE_CHECKING:
    from cardbox.store import Store

PENDING, DISMISSED = "pending", "dismissed"


def _key(uid_a: str, uid_b: str) -> tuple[str, str]:
    return (uid_a, uid_b) if uid_a <= uid_b else (uid_b, uid_a)


def _uid(store: Store, contact_id: int) -> str:
    row = store.conn.execute("SELECT uid FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        from cardbox.errors import NotFound

        raise NotFound(what="contact", key="id", value=contact_id)
    return str(row[0])


def record_review(store: Store, uid_a: str, uid_b: str, cand: Candidate) -> None:
    """Put a pair in the queue (a dismissed pair stays dismissed)."""
    a, b = _key(uid_a, uid_b)
    reasons = json.dumps([r.to_dict() for r in cand.reasons], ensure_ascii=False)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO dedup_pairs(uid_a, uid_b, status, score, reasons, explanation, at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(uid_a, uid_b) DO UPDATE SET score=excluded.score, reasons=excluded.reasons, "
            "explanation=excluded.explanation WHERE dedup_pairs.status = 'pending'",
            (a, b, PENDING, cand.score, reasons, cand.explanation, utcnow().isoformat()),
        )


def dismiss_uids(store: Store, uid_a: str, uid_b: str) -> None:
    """Remember that these two are different people."""
    a, b = _key(uid_a, uid_b)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO dedup_pairs(uid_a, uid_b, status, at) VALUES (?,?,?,?) "
            "ON CONFLICT(uid_a, uid_b) DO UPDATE SET status = excluded.status",
            (a, b, DISMISSED, utcnow().isoformat()),
        )


def dismiss(store: Store, id_a: int, id_b: int) -> None:
    """ "Not the same person": the pair leaves the queue and is never proposed again."""
    dismiss_uids(store, _uid(store, id_a), _uid(store, id_b))


def dismissed_pairs(store: Store) -> set[tuple[str, str]]:
    """Every dismissed pair as sorted (uid, uid)."""
    return {(r[0], r[1]) for r in store.conn.execute("SELECT uid_a, uid_b FROM dedup_pairs WHERE status = 'dismissed'")}


def is_dismissed(dismissed: set[tuple[str, str]], uid_a: str, uid_b: str) -> bool:
    return _key(uid_a, uid_b) in dismissed


def review_queue(store: Store) -> list[Candidate]:
    """Pending pairs whose two contacts both still exist, best score first (contact_id < other_id)."""
    rows = store.conn.execute(
        "SELECT ca.id AS a, cb.id AS b, p.score, p.reasons, p.explanation FROM dedup_pairs p "
        "JOIN contacts ca ON ca.uid = p.uid_a JOIN contacts cb ON cb.uid = p.uid_b "
        "WHERE p.status = 'pending' ORDER BY p.score DESC, p.at"
    ).fetchall()
    out = []
    for r in rows:
        reasons = [Reason(d["code"], d.get("value")) for d in json.loads(r["reasons"])]
        low, high = sorted((int(r["a"]), int(r["b"])))
        out.append(Candidate(high, float(r["score"]), "review", reasons, r["explanation"], low))
    return out
